# RUN: %difftest %s
# random functions: return types with a seed; shuffle in place returns None
import random
random.seed(2024)
x = [1, 2, 3, 4]
print(random.shuffle(x), x, type(random.random()).__name__, type(random.randint(1, 2)).__name__, type(random.uniform(1, 2)).__name__)
print(random.randrange(1, 2), random.choice([7]), random.sample([9], 1), random.randint(5, 5))
