# RUN: %difftest %s
# relative imports three levels deep
from Inputs.pkg.deep.leaf import leaf_info
print(leaf_info)
import sys
print(sorted(m for m in sys.modules if m.startswith("Inputs")))
