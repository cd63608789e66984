# Float math: Mandelbrot set escape counts (float arithmetic in tight
# while loops, comparisons, int/float mixing).


def mandel(w, h, max_iter):
    total = 0
    rows = []
    for py in range(h):
        ci = 2.0 * py / h - 1.0
        row_count = 0
        for px in range(w):
            cr = 3.0 * px / w - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            row_count += i
        rows.append(row_count)
        total += row_count
    return total, rows[h // 2]


print("mandelbrot", mandel(280, 190, 250))
