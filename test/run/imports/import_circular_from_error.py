# RUN: %difftest %s
# from-import of a name from a partially initialised module fails with a specific message
try:
    from Inputs import circ_from_a
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
