# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# Closures: MAKE_CELL creates the cell, COPY_FREE_VARS copies the closure's cells,
# STORE_DEREF writes the cell's contents (offset 8) and LOAD_DEREF reads it.
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 5
        return x
    return inner

# CHECK-LABEL: define internal {{.*}}i64 @__main__.outer(
# The cell is made empty at entry, then x = 1 (the word 3) fills it.
# CHECK: [[CELL0:%[0-9]+]] = {{.*}}call i64 @kiln_cell_new(i64 0)
# CHECK: store i64 3, ptr
# CHECK: call i64 @kiln_function_make(

# CHECK-LABEL: define internal {{.*}}i64 @"__main__.outer.<locals>.inner"(
# COPY_FREE_VARS inline: the frame's function, its closure tuple, and the
# tuple's first item (offset 16) into the free variable's frame slot.
# CHECK-NOT: @kiln_frame_copy_free_vars
# CHECK: freevars.copy:
# CHECK: getelementptr inbounds i8, ptr %{{.*}}, i64 16
# CHECK: freevars.done:
# CHECK: [[CELL:%[0-9a-z.]+]] = getelementptr inbounds i8, ptr %{{.*}}, i64 8{{$}}
# The small int 5 is the word 11.
# CHECK: store i64 11, ptr [[CELL]]
