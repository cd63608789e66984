# RUN: %difftest %s
# exit: 1
# error inside a list comprehension shows the <listcomp> frame
data = {"a": 1, "b": 2}
keys = ["a", "b", "c"]
values = [data[k] for k in keys]
