# classes: __init__, instance vs class attributes, methods, shadowing
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return self.name + " says woof"
a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak(), Dog.count, a.count, a.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
print(type(a).__name__, type(a) is Dog, Dog.__name__, isinstance(a, Dog), a.__dict__)
m = a.speak
print(m(), Dog.speak(b))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, hasattr(e, "y"), getattr(e, "y", "default"))
