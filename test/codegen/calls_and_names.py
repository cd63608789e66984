# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# Calls go through kiln_call with the callable, self-or-null and arguments
# copied to a scratch array; keyword names come from the constant table.
# Globals, attributes and methods use their runtime entry points with
# interned names from the name table.
import math

def use(xs):
    xs.append(math.floor(2.5))
    return sorted(xs, reverse=True)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.use(
# Attribute sites keep a cache each (runtime/AttrCache.h).
# CHECK: call i32 @kiln_object_load_method_cached(i64 %{{.*}}, ptr %{{.*}}, ptr {{.*}}, ptr nonnull @__main__.use.acache)
# CHECK: call i64 @kiln_frame_load_global_cached(ptr {{.*}}%frame, ptr %{{.*}}, ptr {{.*}}@__main__.use.gcache
# CHECK: call i64 @kiln_object_getattr_cached(
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 1, ptr null)
# CHECK: load i64, ptr getelementptr inbounds ({{.*}}ptr @__main__.use.consts
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr %{{.*}})

# The class body and module code keep NAME-style namespaces.
class K:
    attr = 1
# CHECK-LABEL: define internal {{.*}}i64 @__main__.K(
# CHECK: call i32 @kiln_frame_store_name(
