# RUN: %difftest %s
# class bodies in functions: free variables (LOAD_CLASSDEREF) vs names the class assigns (LOAD_NAME)
x = "global x"
def free_only():
    x = "function x"
    class A:
        seen = x
    return A.seen
print(free_only())
def also_assigned():
    x = "function x"
    class A:
        before = x
        x = "class x"
        after = x
    return A.before, A.after
print(also_assigned())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"x": "namespace x"}
def namespace_first():
    x = "function x"
    class A(metaclass=Meta):
        seen = x
    def use():
        return x
    return A.seen, use()
print(namespace_first())
def method_sees_function():
    v = 1
    class B:
        v = 2
        def get(self):
            return v
    return B().get(), B.v
print(method_sees_function())
def nonlocal_in_class():
    n = 0
    class C:
        nonlocal n
        n = 5
    return n, hasattr(C, "n")
print(nonlocal_in_class())
