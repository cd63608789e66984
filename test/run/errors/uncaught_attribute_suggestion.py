# RUN: %difftest %s
# exit: 1
# uncaught AttributeError suggests a similar attribute name
values = []
values.appendd(3)
