# RUN: %difftest %s
# exit: 1
# uncaught ModuleNotFoundError raised while importing another module
from Inputs import uses_missing
