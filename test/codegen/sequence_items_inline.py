# RUN: %kiln emit-llvm -O2 %s | FileCheck %s
# x[i], x[i] = v and unpacking read and write an exact list's or tuple's
# items directly when the index is a small int in range (or the length is
# right); everything else calls the runtime's general operation.
def get(l, i):
    return l[i]

def put(l, i, v):
    l[i] = v

def swap(pair):
    a, b = pair
    return b, a

# CHECK-LABEL: define internal {{.*}}i64 @__main__.get(
# CHECK-DAG: icmp eq ptr %{{.*}}, @kiln_list_type
# CHECK-DAG: icmp eq ptr %{{.*}}, @kiln_tuple_type
# A negative index counts from the end, then one unsigned bounds check.
# CHECK-DAG: icmp ult i64
# CHECK-DAG: getelementptr inbounds i64
# CHECK-DAG: call i64 @kiln_object_getitem(
# CHECK: {{^}}}

# Item assignment: lists only (tuples raise in the runtime).
# CHECK-LABEL: define internal {{.*}}i64 @__main__.put(
# CHECK-NOT: @kiln_tuple_type
# CHECK-DAG: icmp eq ptr %{{.*}}, @kiln_list_type
# CHECK-DAG: store i64 %{{.*}}, ptr %{{.*}}, align
# CHECK-DAG: call i32 @kiln_object_setitem(
# CHECK: {{^}}}

# Unpacking checks the length against the target count.
# CHECK-LABEL: define internal {{.*}}i64 @__main__.swap(
# CHECK-DAG: icmp eq i64 %{{.*}}, 2
# CHECK-DAG: call i32 @kiln_seq_unpack(
# CHECK: {{^}}}

# A for loop over a list iterator reads the item inline and advances the
# index; other iterators (and exhaustion) call the runtime.
def total(l):
    t = 0
    for x in l:
        t = x
    return t

# CHECK-LABEL: define internal {{.*}}i64 @__main__.total(
# CHECK-DAG: icmp eq ptr %{{.*}}, @kiln_listiter_type
# CHECK-DAG: add nsw i64 %{{.*}}, 1
# CHECK-DAG: call i64 @kiln_iter_for_next(
# CHECK: {{^}}}
