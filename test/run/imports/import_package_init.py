# RUN: %difftest %s
# importing a package runs its __init__ which can import submodules relatively
import Inputs.pkg as pkg
print(pkg.pkg_level, pkg.sub_value, pkg.__name__, pkg.__package__, pkg.__path__ is not None)
print(pkg.__file__.endswith("__init__.py"), hasattr(pkg, "sub"))
