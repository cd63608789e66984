# RUN: %difftest %s
# class decorators run after the class body
def register(cls):
    print("registering", cls.__name__)
    cls.registered = True
    return cls
def replace(cls):
    return "replaced " + cls.__name__
@register
class A:
    print("body of A")
@replace
@register
class B:
    pass
print(A.registered, B)
