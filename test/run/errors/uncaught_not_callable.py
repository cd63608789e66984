# RUN: %difftest %s
# exit: 1
# calling a non-callable
handlers = {"a": 1}
handlers["a"]("event")
