# RUN: %difftest %s
# objects with only __getitem__ are iterable until IndexError
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__)
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
