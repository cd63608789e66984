# RUN: %difftest %s
# sort stability with many equal keys and key function call count
import random
random.seed(5)
data = [(random.randint(0, 5), i) for i in range(60)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(59) if s[i][0] == s[i + 1][0]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: (l.append(0), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
