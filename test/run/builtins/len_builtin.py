# RUN: %difftest %s
# len() of containers and errors
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 1}), len({1, 2, 3}), len(range(0, 10, 3)), len(""), len(bytearray(3)), len(memoryview(b"abc")))
for bad in [5, 1.5, None, len, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
