# RUN: %difftest %s
# random: real-valued distributions after seeding; Random instances; getstate/setstate
import random
random.seed(12345)
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, 5), random.uniform(2.5, -2.5))
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 2), random.triangular(1, 1, 1),
      random.triangular(5, 1))
print([random.gauss() for _ in range(3)], random.gauss(10, 2), random.gauss(mu=1, sigma=0))
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate())
print(random.lognormvariate(0, 0.5), random.expovariate(1.5), random.expovariate(-2))
print(random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0), random.gammavariate(0.5, 1),
      random.gammavariate(1, 2), random.gammavariate(3.5, 1.5), random.betavariate(2, 3),
      random.paretovariate(2.5), random.weibullvariate(1, 1.5))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), r1.choice("xyz"))
r3 = random.Random("seed")
print(r3.random(), r3.sample(range(20), 4), type(r3).__name__, isinstance(r3, random.Random))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, st[0], len(st[1]), st[2])
random.seed(1)
random.gauss()
st = random.getstate()
x = random.gauss()
random.setstate(st)
print(x == random.gauss())
class MyRandom(random.Random):
    pass
m = MyRandom(3)
print(m.random(), m.randrange(10))
random.seed(None)
v = random.random()
print(0.0 <= v < 1.0)
random.seed()
print(0 <= random.randrange(10) < 10)
