# RUN: %difftest %s
path = '/tmp/kiln_file_iteration_lines.txt'
with open(path, 'w') as f:
    for i in range(2000):
        f.write(f'line {i} ' + 'x' * (i % 37) + '\n')
total = 0
n = 0
with open(path) as f:
    for line in f:
        total += len(line)
        n += 1
print(n, total)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(path) as f:
    data = f.read()
print(len(data), data.count('\n'))
with open(path) as f:
    first = next(f)
    rest = list(f)
print(repr(first), len(rest))
with open(path) as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
print(len(chunks), ''.join(chunks) == data)
print(sum(1 for _ in open(path)))
with open(path, 'rb') as f:
    print(sum(len(l) for l in f))
