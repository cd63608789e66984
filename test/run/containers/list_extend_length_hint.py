# RUN: %difftest %s
# list(x) and list.extend(x): iteration order, __len__/__length_hint__ calls and errors, subclasses overriding __iter__
class A:
    def __iter__(self): print("iter"); return iter([1,2])
    def __len__(self): print("len"); return 2
print(list(A()))
class B:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): print("hint"); return NotImplemented
print(list(B()))
class C:
    def __iter__(self): return iter([1,2])
    def __len__(self): raise KeyError("x")
try: list(C())
except KeyError as e: print("KeyError", e)
class D:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): return -1
try: list(D())
except ValueError as e: print("ValueError", e)
class E:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): return "x"
try: [].extend(E())
except TypeError as e: print("TypeError", e)
class F(list):
    def __iter__(self): return iter(["overridden"])
print(list(F([1,2])), [0] + list(F([3])))
l=[1,2]; l.extend(F([5])); print(l)
class G:
    def __iter__(self): return iter([1,2])
    def __len__(self): raise TypeError("nope")
print(list(G()))
