# A module named like a library module, next to the program's package:
# only found as Inputs.heapq, never as heapq.
MARK = "Inputs.heapq"
