# RUN: %difftest %s
# not/and/or return operands; bool() of containers and numbers
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last", not None, not [1], "" and 1)
print([] or {} or 0, (1, 2) and "x", 0.0 or -0.0, bool(float("nan")), bool(" "), bool(range(0)), bool(b"\x00"))
print(True is True, (not 1) is False, type(not 1).__name__, True == 1.0)
