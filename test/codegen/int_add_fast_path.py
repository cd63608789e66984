# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# An int + is inlined for two small ints, with an overflow branch to the
# runtime's general addition (which also handles big ints and other types);
# two floats (or a float and a small int) add as doubles, boxed once.
def add(a, b):
    return a + b

# CHECK-LABEL: define internal {{.*}}i64 @__main__.add(
# Both operands small: the tag bits and'ed together.
# CHECK: and i64 {{.*}}, 1
# CHECK: br i1 %{{.*}}, label %binop.other, label %int.fast
# CHECK: binop.general:
# CHECK-NEXT: call i64 @kiln_number_binary_op(i64 %{{.*}}, i64 %{{.*}}, i32 0)
# CHECK: int.fast:
# CHECK: call { i64, i1 } @llvm.sadd.with.overflow.i64
# CHECK: br i1 %{{.*}}, label %binop.general
# CHECK: flt.compute:
# CHECK: fadd double
# CHECK: call i64 @kiln_float_new(double
