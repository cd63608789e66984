# RUN: %difftest %s
# imports inside functions bind locals and share the module object
def load():
    from Inputs import helper_mod
    import Inputs.helper_mod as again
    return helper_mod is again, "helper_mod" in locals()
print(load(), "helper_mod" in globals())
