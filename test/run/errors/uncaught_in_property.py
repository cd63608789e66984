# RUN: %difftest %s
# exit: 1
# an exception from a property getter
class Temp:
    @property
    def kelvin(self):
        return self.celsius + 273.15
t = Temp()
print(t.kelvin)
