# RUN: %difftest %s
# exit: 1
# uncaught ModuleNotFoundError traceback
import this_module_does_not_exist_kiln
