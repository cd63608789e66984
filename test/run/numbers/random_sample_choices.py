# RUN: %difftest %s
# random: sample (pool and set algorithms, counts), choices (weights, cum_weights), errors
import random
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for seed in [1, 2, 3, 2024]:
    random.seed(seed)
    print(random.sample(range(10), 3), random.sample(range(100), 10), random.sample(range(10 ** 6), 5),
          random.sample("abcdefghij", 4), random.sample(range(30), 30) == sorted(range(30)),
          random.sample(range(1000), 40)[:8], random.sample(list(range(50)), 25)[:5])
    print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(2 ** 40), 3))
    print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=8),
          random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5), random.choices("xy"),
          random.choices([0.5, 1.5], [0.25, 0.75], k=3), random.choices(["a", "b"], k=0))
random.seed(5)
t(lambda: random.sample(range(3), 4))
t(lambda: random.sample(range(3), -1))
t(lambda: random.sample({1, 2, 3}, 2))
t(lambda: random.sample({1: 2}, 1))
t(lambda: random.sample([1, 2], 1, counts=[1]))
t(lambda: random.sample([1, 2], 1, counts=[0, 0]))
t(lambda: random.sample([1, 2], 1, counts=[1.0, 2.0]))
t(lambda: random.choices([1, 2], [1], k=1))
t(lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
t(lambda: random.choices([1, 2], [0, 0]))
t(lambda: random.choices([1, 2], [1, float("inf")]))
t(lambda: random.choices([1, 2], 3))
t(lambda: random.choices([], k=2))
t(lambda: random.sample(range(5), k=5))
