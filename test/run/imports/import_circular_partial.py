# RUN: %difftest %s
# circular imports see a partially initialised module
from Inputs import circ_a
print(circ_a.A_LATE, circ_a.circ_b.B)
