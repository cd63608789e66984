# RUN: %difftest %s
# assignment expressions
data = [1, 5, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
results = [y for x in data if (y := x * 2) > 4]
print(results, y)
while (item := data.pop()) != 5:
    print("popped", item)
print(data)
def f():
    print((z := 10), z + 1)
f()
print([(a := i) + a for i in range(3)], a)
