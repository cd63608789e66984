# RUN: %difftest %s
# exit: 1
# a SyntaxError from eval() of bad source, uncaught
eval("1 +* 2")
