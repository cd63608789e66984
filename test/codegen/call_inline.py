# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# CALL without keywords goes to the module's kiln.call.N (LowerCalls.cpp):
# for a Python function whose code takes exactly those positional
# arguments and has a free frame, within the recursion and stack limits,
# it fills the frame, calls the code's entry through its pointer and puts
# the frame back on the code's list itself; anything else goes to
# kiln_call. A call with keywords calls kiln_call directly.

def add(a, b):
    return a + b

def use(x):
    return add(x, 1)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.use(
# CHECK: call fastcc i64 @kiln.call.2(
# CHECK-LABEL: define internal fastcc i64 @kiln.call.2(
# CHECK: call.general:
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr null)
# CHECK: call.object:
# CHECK: icmp eq ptr %{{.*}}, @kiln_function_type
# CHECK: call.enter:
# The only call site passes the small int 1 (tagged 3): it goes into the
# frame's second slot.
# CHECK: store i64 3, ptr
# CHECK: call i64 %{{.*}}(ptr {{.*}}, i64 0)
# CHECK: call.kept:
# CHECK: call i32 @kiln_frame_release(
# CHECK: call.left:

def keywords(x):
    return add(a=x, b=2)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.keywords(
# CHECK-NOT: kiln.call.
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr %{{.*}})
