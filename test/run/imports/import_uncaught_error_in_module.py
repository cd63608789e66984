# RUN: %difftest %s
# exit: 1
# traceback through an import shows the imported module's frame
print("before import")
import Inputs.raises_on_import
