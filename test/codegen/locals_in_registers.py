# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# LOAD_FAST / STORE_FAST become SSA values at -O2: the function body stores
# no i64 anywhere (only the frame's i32 lasti and i8 flags are written) and
# keeps no stack slots.
def shuffle(a, b):
    c = a
    d = b
    a = d
    b = c
    return a

# CHECK-LABEL: define internal {{.*}}i64 @__main__.shuffle(ptr %frame, i64 %sent)
# CHECK-NOT: alloca
# CHECK-NOT: store i64
# CHECK: {{^}}}
