# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# Calls pass the method-or-null, self-or-callable and arguments to the
# module's kiln.call.N (LowerCalls.cpp); a call with keywords copies them
# to a scratch array for kiln_call, keyword names from the constant table.
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
# CHECK: call fastcc i64 @kiln.call.1(i64 0, i64 %{{.*}}, i64 %{{.*}})
# CHECK: call fastcc i64 @kiln.call.1(i64 %method, i64 %method.self, i64 %{{.*}})
# CHECK: load i64, ptr getelementptr inbounds ({{.*}}ptr @__main__.use.consts
# CHECK: call i64 @kiln_call(ptr {{.*}}, i64 2, ptr %{{.*}})

# The class body and module code keep NAME-style namespaces.
class K:
    attr = 1
# CHECK-LABEL: define internal {{.*}}i64 @__main__.K(
# CHECK: call i32 @kiln_frame_store_name(
