# single inheritance, overriding, super() calls, isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def describe(self):
        return f"{self.name} makes {self.sound()}"
class Cat(Animal):
    def sound(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"
for a in (Animal("x"), Cat("tom"), Lion("leo", 3)):
    print(a.describe())
l = Lion("simba", 1)
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), isinstance(Cat("c"), Lion), issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(isinstance(l, (int, Cat)), issubclass(bool, int), issubclass(Lion, object), Lion.__bases__[0].__name__, Lion.__base__ is Cat)
print([c.__name__ for c in Lion.__mro__])
