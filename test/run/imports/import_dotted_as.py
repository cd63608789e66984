# RUN: %difftest %s
# import a.b as c binds the submodule; plain import a.b binds a
import Inputs.pkg.sub as s
print(s.__name__, s.sub_value, "Inputs" in globals())
import Inputs.pkg.sub
print(Inputs.pkg.sub is s, Inputs.pkg.pkg_level)
