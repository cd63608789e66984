# RUN: %difftest %s
# deeply nested closures see the nearest binding
def a():
    v = "a"
    def b():
        def c():
            def d():
                return v
            return d()
        return c()
    def b2():
        v = "b2"
        def c():
            return v
        return c()
    return b(), b2()
print(a())
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        def peek():
            return count
        return peek
    return inc
inc = counter_gen()
p1 = inc()
p2 = inc()
print(p1(), p2())
