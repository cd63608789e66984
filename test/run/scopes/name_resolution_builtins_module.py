# RUN: %difftest %s
# builtins can be shadowed at module level and restored by del
print(max(1, 2))
max = min
print(max(1, 2))
del max
print(max(1, 2))
import builtins
saved = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = saved
print(abs(-1))
