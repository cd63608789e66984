# RUN: %difftest %s
# an imported module sees its own name, not "__main__"
from Inputs import mainguard_mod
print(mainguard_mod.main(), __name__)
