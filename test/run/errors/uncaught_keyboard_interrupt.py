# RUN: %difftest %s
# exit: -2
# an uncaught KeyboardInterrupt kills the process with SIGINT (status -2 here, 130 in a shell)
print("interrupting")
raise KeyboardInterrupt
