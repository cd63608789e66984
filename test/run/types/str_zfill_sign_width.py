# RUN: %difftest %s
# zfill and rjust with signs and wide characters
print("-3".zfill(1), "+0".zfill(3), "--1".zfill(5), "é".zfill(3), "日".rjust(3, "本"), "ab".ljust(0), "x".zfill(-5))
