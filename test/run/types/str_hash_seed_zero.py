# RUN: %difftest %s
# str and bytes hashes and the order of sets of strs equal CPython's under PYTHONHASHSEED=0 (difftest sets it)
print(hash("a"), hash("hello world"), hash(""), hash("é"), hash("日本"), hash("\U0001F600"))
print(hash(b"abc"), hash(b""), hash(("a", 1)), hash(frozenset({"a", "b"})))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(list(set(words)), sorted(set(words)) == sorted(set(words)))
s = set()
for w in words:
    s.add(w.upper())
s.discard("THE")
print(list(s), list(frozenset(words[:5])))
print(list({"apple", "banana", "cherry", "date", "elderberry", "fig"}))
