# RUN: %difftest %s
# which huge allocations give MemoryError and which OverflowError
for expr in ["[0] * (2 ** 62)", "'x' * (2 ** 62)", "'ab' * (2 ** 62)", "[0] * (2 ** 63)", "b'x' * (2 ** 62)", "(0,) * (2 ** 62)",
             "bytearray(2 ** 62)", "[1, 2] * (2 ** 62)", "'x' * (2 ** 63)", "bytes(2 ** 63)"]:
    try:
        eval(expr)
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
