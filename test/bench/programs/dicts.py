# Dict processing: word counting with get/setdefault, dict comprehensions,
# items/keys/values iteration, membership tests, deletes, int and str keys.


WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed & 0x100:
            w = w + str(seed % 13)
        out.append(w)
    return out


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return {k: len(v) for k, v in groups.items()}


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % 10007] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    for k in list(d.keys()):
        if k % 3 == 0:
            del d[k]
    inverted = {v: k for k, v in d.items()}
    return hits, len(d), len(inverted), sum(d.values()) % 100003


words = make_text(700000)
counts = count_words(words)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("distinct", len(counts), "top", top)
print("groups", sorted(group_by_first(words).items())[:5])
print("intkeys", int_keys(1000000))
