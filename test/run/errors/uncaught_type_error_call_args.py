# RUN: %difftest %s
# exit: 1
# TypeError for a bad call
def connect(host, port):
    return host, port
connect("localhost")
