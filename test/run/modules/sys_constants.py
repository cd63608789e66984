# RUN: %difftest %s
# sys constants
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
print(type(sys.version).__name__, sys.version.startswith("3.11"), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(sys.platform in ("linux", "darwin"), type(sys.flags).__name__, sys.getdefaultencoding())
