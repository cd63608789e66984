print("circ_b start")
from Inputs import circ_a
print("circ_b sees circ_a.A_EARLY =", circ_a.A_EARLY, "has A_LATE:", hasattr(circ_a, "A_LATE"))
B = "b-value"
