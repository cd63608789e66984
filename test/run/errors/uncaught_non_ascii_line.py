# RUN: %difftest %s
# exit: 1
# carets on a source line containing non-ASCII characters
größe = "zehn"
ergebnis = größe + 1
