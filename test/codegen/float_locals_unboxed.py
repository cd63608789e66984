# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# A float local updated in a loop stays a double across iterations (a phi
# of doubles, no boxing in the loop); it is boxed when something other than
# an operator reads it (here the return).
def loop(n):
    x = 0.5
    i = 0
    while i < n:
        x = x * 1.0001 + 0.25
        i += 1
    return x

# CHECK-LABEL: define internal {{.*}}i64 @__main__.loop(
# CHECK: phi double
# CHECK: fmul double %{{.*}}, 1.000100e+00
# CHECK: fadd double %{{.*}}, 2.500000e-01
# CHECK: call i64 @kiln_float_new(double
