# RUN: %difftest %s
# clock functions, sleep argument conversion and errors, get_clock_info
import time
ns1 = time.monotonic_ns(); time.sleep(0.002); ns2 = time.monotonic_ns()
print(ns2 - ns1 >= 2_000_000, isinstance(ns1, int))
print(type(time.process_time_ns()).__name__, type(time.thread_time()).__name__, time.thread_time_ns() >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1.0)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_MONOTONIC))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID)
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info)
class I:
    def __index__(self): return 0
class F:
    def __float__(self): return 0.0
class FF(float): pass
def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
for arg in (0, 0.0, -0.0, True, False, I(), FF(0.001), 0.0001):
    check(time.sleep, arg)
for arg in (-1, -0.5, -1e-10, float("nan"), float("inf"), -float("inf"), 1e300, 9.3e9, 10**10, 10**30, -10**30, None, "x", 1j, F(), [1]):
    check(time.sleep, arg)
check(time.sleep)
check(time.sleep, 1, 2)
check(time.sleep, secs=1)
check(time.time, 1)
check(time.get_clock_info, "nope")
check(time.clock_gettime, "x")
print(time.sleep.__name__, time.time.__name__, repr(time.perf_counter))
check(time.clock_settime, time.CLOCK_MONOTONIC, 0.0)
check(time.clock_settime_ns, time.CLOCK_MONOTONIC, "x")
check(time.clock_settime, time.CLOCK_MONOTONIC)
