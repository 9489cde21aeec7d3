# RecursionError through a property that refers to itself
class Broken:
    @property
    def value(self):
        return self.value + 1
print("start")
Broken().value
