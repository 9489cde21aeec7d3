# uncaught error raised inside a property getter
class Temp:
    @property
    def kelvin(self):
        return self.celsius + 273.15
print(Temp().kelvin)
