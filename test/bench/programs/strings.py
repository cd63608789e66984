# Str processing: split/join, str methods, %-formatting, format(), f-strings,
# slicing, concatenation, comparisons, str(int), in.


def make_lines(n):
    lines = []
    for i in range(n):
        lines.append("%d,%s,%.2f,%s" % (i, "item" + str(i % 97), i * 0.25,
                                        "yes" if i % 3 == 0 else "no"))
    return lines


def parse(lines):
    total = 0
    names = 0
    flags = 0
    for line in lines:
        parts = line.split(",")
        total += int(parts[0])
        if parts[1].startswith("item1"):
            names += 1
        if parts[3] == "yes":
            flags += 1
        total += len(parts[2])
    return total, names, flags


def transform(lines):
    out = []
    for line in lines:
        a, b, c, d = line.split(",")
        s = f"{b.upper()}:{a:>6}|{float(c):8.3f}|{d!r}"
        s = s.replace("ITEM", "it").strip()
        out.append(s[1:-1])
    joined = "\n".join(out)
    return len(joined), joined.count("t"), out[len(out) // 2]


def slicing(n):
    s = "".join(chr(97 + i % 26) for i in range(1000))
    acc = 0
    for i in range(n):
        j = i % 900
        piece = s[j:j + 50]
        rev = piece[::-1]
        if "abc" in piece:
            acc += 1
        if rev < piece:
            acc += 2
        acc += piece.find("z") + len("{}-{}".format(piece[:3], rev[-3:]))
    return acc


lines = make_lines(110000)
print("parse", parse(lines))
print("transform", transform(lines))
print("slicing", slicing(220000))
