# RUN: %difftest %s
# exit: 1
# an uncaught exception class from an imported module is printed with its module path
from Inputs.errors_mod import parse
print(parse("a b"))
parse("")
