# RUN: %difftest %s
# for/while else clauses run only without break
for i in range(3):
    pass
else:
    print("for else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 2:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(search("abc", "c"), search("abc", "z"))
