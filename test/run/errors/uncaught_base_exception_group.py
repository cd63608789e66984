# RUN: %difftest %s
# exit: 1
# BaseExceptionGroup containing KeyboardInterrupt: exit status and rendering
raise BaseExceptionGroup("interrupted", [KeyboardInterrupt(), ValueError("v")])
