# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# A generator is resumed by a switch on the frame's lasti (offset 72); its
# state (locals and value stack) lives in the GC-allocated frame; a yield
# saves the stack depth and the offset, marks the frame suspended and
# returns the value.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

# CHECK-LABEL: define internal {{.*}}i64 @__main__.counter(
# CHECK: [[LASTI:%[0-9]+]] = load i32, ptr %{{.*}}
# CHECK: icmp slt i32 [[LASTI]], 0
# The first call runs to RETURN_GENERATOR, which makes the generator.
# CHECK: call i64 @kiln_generator_new(ptr {{.*}}%frame)
# CHECK: switch i32 [[LASTI]], label %resume.bad [
# CHECK: store i32 20, ptr
