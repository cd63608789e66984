# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# CALL of a Python function with its number of positional parameters is
# made inline: the callee is checked to be a function whose code takes that
# many arguments and has a free frame, within the recursion and stack
# limits; the arguments are stored into the frame, the code's entry is
# called through its pointer, and the frame goes back to the code's list.
# Anything else, and a call with keywords, goes to kiln_call.

def add(a, b):
    return a + b

def use(x):
    return add(x, 1)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.use(
# CHECK: call.general:
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr null)
# CHECK: call.object:
# CHECK: icmp eq ptr %{{.*}}, @kiln_function_type
# CHECK: call.enter:
# Argument 1 (the small int 1, tagged 3) goes into the frame's second slot.
# CHECK: store i64 3, ptr
# CHECK: %[[R:.*]] = {{(tail )?}}call i64 %{{.*}}(ptr {{.*}}, i64 0)
# CHECK: call.kept:
# CHECK: call i32 @kiln_frame_release(
# CHECK: call.left:

def keywords(x):
    return add(a=x, b=2)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.keywords(
# CHECK-NOT: kiln_function_type
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr %{{.*}})
