# RUN: %difftest %s
# exit: 1
# an error inside exec'd source shows a <string> frame without source
code = "x = 1\ny = x / 0\n"
exec(code)
