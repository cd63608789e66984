# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# An int + is inlined for two small ints, with an overflow branch to the
# runtime's general addition (which also handles big ints and other types);
# two floats (or a float and a small int) add as doubles, and the result is
# boxed only when something other than an operator reads it (here: return).
def add(a, b):
    return a + b

def poly(x):
    return x * x * 3.0 + x * 2.0 - 1.0

# CHECK-LABEL: define internal {{.*}}i64 @__main__.add(
# Both operands small: the tag bits and'ed together.
# CHECK: and i64 {{.*}}, 1
# CHECK: br i1 %{{.*}}, label %flt.boxed, label %int.fast
# CHECK: int.fast:
# CHECK: call { i64, i1 } @llvm.sadd.with.overflow.i64
# The overflow bit branches to the general path, else the sum is returned.
# CHECK: br i1 %{{.*}}, label %[[GENERAL:[a-z.0-9]+]], label %common.ret
# CHECK-DAG: [[GENERAL]]:
# CHECK-DAG: call i64 @kiln_number_binary_op(i64 %{{.*}}, i64 %{{.*}}, i32 0)
# CHECK-DAG: fadd double
# CHECK-DAG: call i64 @kiln_float_new(double

# Four float operators, one box: the floats stay unboxed between them.
# CHECK-LABEL: define internal {{.*}}i64 @__main__.poly(
# CHECK: fmul double
# CHECK: fmul double
# CHECK: fadd double
# CHECK: {{fadd|fsub}} double
# CHECK: call i64 @kiln_float_new(double
# CHECK-NOT: call i64 @kiln_float_new(double %
# CHECK: {{^}}}
