# RUN: %difftest %s
# round() half-to-even on a table of values
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.25, 1.35]
print([round(v) for v in vals[:6]])
print([round(v, 2) for v in vals[6:]], [round(v, 1) for v in vals[9:]])
print([round(n, -1) for n in (5, 15, 25, 35, -5, -15)], [round(n, -2) for n in (50, 150, 250)])
