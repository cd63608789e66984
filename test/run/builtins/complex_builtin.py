# RUN: %difftest %s
# complex() constructor and its keyword names
print(complex(), complex(1), complex(1, 2), complex(real=1.5), complex(imag=2), complex("5j"), complex(1 + 2j, 3))
try:
    complex([])
except TypeError as e:
    print(type(e).__name__, e)
