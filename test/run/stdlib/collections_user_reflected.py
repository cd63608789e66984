# RUN: %difftest %s
# UserList/UserString as the right operand of list/str concatenation and repetition (reflected operators)
from collections import UserList, UserString
ul = UserList([1, 2])
print([0] + ul, type([0] + ul).__name__, 2 * ul)
print('x' + UserString('y'), type('x' + UserString('y')).__name__, 3 * UserString('ab'))
