# RUN: %difftest %s
# exit: 1
# failure partway through a module-level loop
for i in range(5):
    print(i, 12 // (3 - i))
