# RUN: %difftest %s
# heapq push/pop/heapify/replace/pushpop list layouts, nlargest/nsmallest, merge; bisect with key
import heapq, bisect, random
random.seed(5)
data = [random.randrange(100) for _ in range(40)]
h = []
for x in data: heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
d2 = data[:]; heapq.heapify(d2); print(d2)
print(heapq.heapreplace(d2, 50), heapq.heappushpop(d2, 3), heapq.heappushpop(d2, 99), d2)
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, ['a', 'bb', 'c', 'dd'], key=len), heapq.nsmallest(2, ['bb', 'a', 'c'], key=len))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
h = []; heapq.heappush(h, (2, 'b')); heapq.heappush(h, (1, 'a')); heapq.heappush(h, (2, 'a')); print(h, heapq.heappop(h))
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
