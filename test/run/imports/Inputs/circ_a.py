print("circ_a start")
A_EARLY = "early"
from Inputs import circ_b
A_LATE = "late"
print("circ_a end, sees circ_b.B =", circ_b.B)
