# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# x[a:b] (BUILD_SLICE 2 then BINARY_SUBSCR) is one runtime call that makes
# no slice object; a stepped slice still builds one.
def two(s, a, b):
    return s[a:b]

def stepped(s):
    return s[::2]

# CHECK-LABEL: define internal {{.*}}i64 @__main__.two(
# CHECK-NOT: @kiln_slice_build
# CHECK: call i64 @kiln_object_getslice(
# CHECK: {{^}}}
# CHECK-LABEL: define internal {{.*}}i64 @__main__.stepped(
# CHECK: call i64 @kiln_slice_build(
# CHECK: {{^}}}
