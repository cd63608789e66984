# RUN: %difftest %s
# getstate/setstate and independent Random instances
import random
random.seed(3)
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b)
r1 = random.Random(11)
r2 = random.Random(11)
print(r1.random() == r2.random(), r1.randint(0, 1000), r2.randint(0, 1000), r1.choice("xyz"))
r1.seed(11)
print(r1.random())
