# RUN: %difftest %s
# __import__ with fromlist and level
m = __import__("Inputs.helper_mod")
print(m.__name__)
m2 = __import__("Inputs.helper_mod", fromlist=["value"])
print(m2.__name__, m2.value)
m3 = __import__("helper_mod", globals={"__package__": "Inputs", "__name__": "Inputs.x"}, fromlist=["x"], level=1)
print(m3.__name__)
