# RUN: %difftest %s
# global declarations in functions and nested functions
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
    counter = "local"
    return counter
print(nested(), counter)
def reads_global_then_sets():
    global gv
    gv = 1
    del gv
    return "gv" in globals()
print(reads_global_then_sets())
