# RUN: %difftest %s
# atexit callbacks run last-first at exit (an exception in one is reported and the rest still run); gc controls
import atexit, gc
def bye(name, punct="!"):
    print("bye", name + punct)
class Boom:
    def __call__(self):
        raise ValueError("in atexit")
    def __repr__(self):
        return "<Boom>"
atexit.register(bye, "first")
atexit.register(Boom())
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(bye, "second", punct="?")
atexit.unregister(bye)
print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold(), isinstance(gc.garbage, list))
gc.disable(); print(gc.isenabled()); gc.enable()
print("main done")
