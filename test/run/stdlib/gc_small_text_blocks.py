# RUN: %difftest %s
# Many short-lived and long-lived strs (pointer-free blocks from per-size lists) across many
# collections: every kept str must still hold its own text afterwards.
import gc

kept = []
for round_ in range(40):
    temp = []
    for i in range(3000):
        s = "%d-%s" % (i * round_, "x" * (i % 200))
        temp.append(s)
        if i % 97 == 0:
            kept.append((s, i, round_))
    if round_ % 7 == 0:
        gc.collect()
    del temp
ok = all(s == "%d-%s" % (i * r, "x" * (i % 200)) for s, i, r in kept)
print(len(kept), ok, kept[5][0][:20], kept[-1][0][:12])
words = ["w%05d" % i for i in range(50000)]
gc.collect()
joined = ",".join(words)
print(len(joined), joined[:20], joined[-13:], sum(len(w) for w in words))
