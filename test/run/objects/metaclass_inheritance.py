# RUN: %difftest %s
# metaclass is inherited; metaclass methods visible on class not instance
class M(type):
    def hello(cls):
        return "hello from " + cls.__name__
    attr = "meta-attr"
class A(metaclass=M): pass
class B(A): pass
print(type(B).__name__, B.hello(), B.attr)
try:
    B().hello
except AttributeError as e:
    print(type(e).__name__, e)
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
