print("helper_mod executing as", __name__)
value = 42
_private = "hidden"
def double(x):
    return x * 2
class Helper:
    def hello(self):
        return "hello from " + __name__
