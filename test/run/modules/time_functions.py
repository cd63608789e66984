# RUN: %difftest %s
# time functions can be called; only relations between results are printed
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
c1 = time.process_time()
time.sleep(0.01)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
c2 = time.process_time()
print(t2 >= t1, p2 > p1, m2 >= m1, c2 >= c1, p2 - p1 >= 0.005)
print(type(t1).__name__, type(time.time_ns()).__name__, time.time_ns() > 0, type(time.perf_counter_ns()).__name__, t1 > 1600000000)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("x")
except TypeError as e:
    print(type(e).__name__, e)
