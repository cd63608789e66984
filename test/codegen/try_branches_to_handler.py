# RUN: %kiln emit-llvm -O0 %s | FileCheck %s
# A call inside a try body tests its result and branches to the handler
# found in the exception table: the error path adds the traceback entry,
# fetches the exception onto the handler's stack and jumps to the handler.
def guarded(f):
    try:
        f()
    except ValueError:
        return 1
    return 0

# CHECK-LABEL: define internal {{.*}}i64 @__main__.guarded(
# CHECK: [[R:%[0-9]+]] = call i64 @kiln.call.0(
# CHECK-NEXT: [[FAILED:%[0-9]+]] = icmp eq i64 [[R]], 0
# CHECK-NEXT: br i1 [[FAILED]], label %[[FAIL:fail[0-9]*]], label %ok
# (Blocks are laid out in creation order, so the rest is order-free.)
# CHECK-DAG: call i32 @kiln_frame_traceback_add(ptr %frame)
# CHECK-DAG: call i64 @kiln_exc_fetch()
# The handler matches the exception against ValueError.
# CHECK-DAG: call i32 @kiln_exc_matches(
