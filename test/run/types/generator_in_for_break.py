# RUN: %difftest %s
# breaking out of a for loop over a generator leaves it suspended
def g():
    try:
        for i in range(5):
            print("yield", i)
            yield i
    finally:
        print("finally")
it = g()
for x in it:
    if x == 1:
        break
print("after break", it.gi_frame is not None)
print(next(it))
it.close()
print("closed")
