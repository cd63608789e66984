# RUN: %difftest %s
# exit: 1
# KeyError traceback with subscript carets
config = {"host": "localhost"}
port = config["port"]
