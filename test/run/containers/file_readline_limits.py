# RUN: %difftest %s
path = '/tmp/kiln_file_readline_limits.txt'
text = ''.join(f'{i:05d}:' + 'ab☃' * (i % 5) + '\n' for i in range(300))
with open(path, 'w') as f:
    f.write(text)
with open(path) as f:
    parts = []
    while True:
        p = f.readline(7)
        if not p:
            break
        parts.append(p)
print(len(parts), ''.join(parts) == text, parts[:4])
with open(path, 'rb') as f:
    parts = []
    while True:
        p = f.readline(7)
        if not p:
            break
        parts.append(p)
print(len(parts), b''.join(parts) == text.encode(), parts[:4])
with open(path) as f:
    got = []
    n = 1
    while True:
        c = f.read(n)
        if not c:
            break
        got.append(c)
        n = n % 13 + 1
print(len(got), ''.join(got) == text)
with open(path, 'rb') as f:
    print(len(f.read(100000)), f.read(10), f.read())
big = 'x' * 100000 + '\n' + 'y' * 50000
with open(path, 'w') as f:
    f.write(big)
with open(path) as f:
    a = f.readline()
    b = f.readline()
    print(len(a), len(b), f.readline() == '')
