# RUN: %difftest %s
# subclass of str
class Up(str):
    def shout(self): return self.upper() + "!"
s = Up("hi")
print(s, s.shout(), type(s + "x").__name__, type(s.upper()).__name__, len(s))
print(isinstance(s, str), s == "hi", {s: 1}["hi"])
class Tag(str):
    def __new__(cls, v):
        return super().__new__(cls, "<" + v + ">")
print(Tag("b"), repr(Tag("b")))
