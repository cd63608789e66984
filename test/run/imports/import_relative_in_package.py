# RUN: %difftest %s
# relative imports inside a package: from . and from ..
from Inputs.pkg.sibling import sibling_info
print(sibling_info)
