# RUN: %difftest %s
# every flavour of ZeroDivisionError message
for c in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)", "0 ** -1", "0.0 ** -2",
          "pow(0, -1)", "1j / 0", "(10**100) // 0", "True / False", "1 % 0.0"]:
    try:
        eval(c)
    except ZeroDivisionError as e:
        print(f"{c:18} {e}")
