# RUN: %difftest %s
# exit: 1
# NameError without a close match has no suggestion
print(completely_unrelated_identifier)
