# RUN: %difftest %s
# closures created in a loop share the enclosing variable; nonlocal updates are visible to all
def make():
    total = 0
    adders = []
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        adders.append(add)
    return adders, lambda: total
adders, get = make()
print([a() for a in adders], get(), adders[0](), get())
