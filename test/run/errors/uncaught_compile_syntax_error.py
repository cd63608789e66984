# RUN: %difftest %s
# exit: 1
# a SyntaxError from compile() of bad source, uncaught
source = "def f(:\n    pass\n"
compile(source, "<generated>", "exec")
