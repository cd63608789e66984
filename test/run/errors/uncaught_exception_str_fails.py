# RUN: %difftest %s
# exit: 1
# when str() of the exception fails, the traceback says so
class Weird(Exception):
    def __str__(self):
        raise ValueError("cannot stringify")
raise Weird("x")
