# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# Small-int comparisons compare the tagged words; the truth of the result
# feeds the branch directly; bools, None and ints are tested inline.
def below(n, limit):
    if n < limit:
        return 1
    return 2

def truthy(x):
    if x:
        return 1
    return 2

# CHECK-LABEL: define internal {{.*}}i64 @__main__.below(
# CHECK: icmp slt i64
# Floats (and small ints below 2**53 against floats) compare as doubles.
# CHECK: fcmp olt double
# CHECK: call i64 @kiln_object_compare(i64 %{{.*}}, i64 %{{.*}}, i32 0)

# CHECK-LABEL: define internal {{.*}}i64 @__main__.truthy(
# CHECK-DAG: icmp eq i64 %{{.*}}, ptrtoint (ptr @kiln_true_object to i64)
# CHECK-DAG: icmp eq i64 %{{.*}}, ptrtoint (ptr @kiln_false_object to i64)
# CHECK-DAG: icmp eq i64 %{{.*}}, ptrtoint (ptr @kiln_none_object to i64)
# CHECK: call i32 @kiln_object_is_true(
