# RUN: %difftest %s
# enum.IntEnum/StrEnum/mixins (str() and format() of the data type) and Flag/IntFlag combinations, iteration, reprs
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO > Num.ONE, f"{Num.TWO}", str(Num.TWO), Num(2), Num.ONE == 1, sorted([Num.TWO, Num.ONE]))
print(isinstance(Num.ONE, int), int(Num.TWO), [1, 2, 3][Num.ONE], f"{Num.TWO:03d}", Num.TWO * 3, hash(Num.ONE) == hash(1), Num, type(Num.ONE))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', f"{S.B}", S.A.upper(), S('bee'), isinstance(S.A, str), S.B + '!', list(S))
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), Mixed.A == 'a', f"{Mixed.A}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(~Perm.R, repr(~Perm.R), Perm(7), rw & Perm.W, rw ^ Perm.R, len(rw), rw is (Perm.W | Perm.R), list(Perm))
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(list(P), repr(P.RW), repr(P(6)), P.RW is P(6), P['RW'], P.R | P.W)
class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], Auto.A | Auto.C)
class IP(IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), IP.R + 1, repr(~IP.R), repr(IP(8)), repr(IP(0)), IP.R | IP.W == 6)
print(isinstance(IP.R, int), IP.W in (IP.R | IP.W), Perm, IP)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    Perm.R in 5 if False else 5 in Perm.R
except TypeError as e:
    print(e)
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0
print(Weekday.MON | Weekday.WED, Weekday(0), Weekday.WEEKEND, list(Weekday))
