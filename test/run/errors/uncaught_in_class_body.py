# RUN: %difftest %s
# exit: 1
# error raised while executing a class body
class Config:
    name = "cfg"
    size = len(name) + undefined_size
