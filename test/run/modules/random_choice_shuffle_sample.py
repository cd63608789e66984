# RUN: %difftest %s
# seeded choice, shuffle, sample, choices
import random
random.seed(7)
items = list(range(10))
print(random.choice(items), random.choice("abcdef"), random.choice((1, 2, 3)))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[1, 0, 5], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 4], k=4))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
