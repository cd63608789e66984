# RUN: %difftest %s
# break/continue in nested loops, loop variable after loop
result = []
for i in range(4):
    if i == 2:
        continue
    for j in range(4):
        if j > i:
            break
        result.append((i, j))
print(result, i, j)
k = 0
while True:
    k += 1
    if k % 2:
        continue
    if k > 6:
        break
print(k)
for ch in "abc":
    pass
print(ch)
