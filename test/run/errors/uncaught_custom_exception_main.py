# RUN: %difftest %s
# exit: 1
# a user-defined exception class from __main__ prints without module prefix
class AppError(Exception):
    pass
class DetailedError(AppError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
raise DetailedError(404)
