# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# obj.attr and obj.attr = v check the site cache's instance-dict entry
# inline (type, type version, entry count, the entry's key) and call the
# runtime only when that check fails.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v

# A new attribute that lands at the cache's entry is appended inline (as
# the runtime's dictTryAppendStr): entry, one-byte index slot, counters.
# CHECK-LABEL: define internal {{.*}}i64 @__main__.P.__init__(
# CHECK: call i32 @kiln_object_setattr_cached(
# CHECK: setattr.append:
# CHECK: append.slot:
# CHECK: icmp eq i8 %{{.*}}, -1
# CHECK: append.write:
# CHECK: store i8 %{{.*}}, ptr

# CHECK-LABEL: define internal {{.*}}i64 @__main__.P.get(
# CHECK-DAG: load ptr, ptr @__main__.P.get.acache
# CHECK-DAG: icmp ult i64
# CHECK-DAG: mul i64 %{{.*}}, 24
# CHECK-DAG: call i64 @kiln_object_getattr_cached(
# CHECK: {{^}}}

# CHECK-LABEL: define internal {{.*}}i64 @__main__.P.put(
# CHECK-DAG: load ptr, ptr @__main__.P.put.acache
# CHECK-DAG: icmp ult i64
# CHECK-DAG: mul i64 %{{.*}}, 24
# CHECK-DAG: store i64 %{{.*}}, ptr %{{.*}}, align
# CHECK-DAG: call i32 @kiln_object_setattr_cached(
# CHECK: {{^}}}

# obj.m(): the type's method, unless the instance dict's key filter has the
# name's bit (then the runtime decides whether the dict shadows it).
def call_get(p):
    return p.get()

# CHECK-LABEL: define internal {{.*}}i64 @__main__.call_get(
# CHECK-DAG: load ptr, ptr @__main__.call_get.acache
# CHECK-DAG: and i64 %{{.*}}, 63
# CHECK-DAG: call i32 @kiln_object_load_method_cached(
# CHECK: {{^}}}
