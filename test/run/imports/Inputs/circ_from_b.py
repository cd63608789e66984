from Inputs.circ_from_a import a_name
b_name = "b"
