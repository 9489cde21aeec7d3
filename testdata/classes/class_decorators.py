# class decorators and decorators that add methods or register classes
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("first")
@add_greeting
class One:
    pass
@register("second")
class Two(One):
    pass
print(One().greet(), Two().greet(), sorted(registry), registry["second"] is Two)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Conf:
    def __init__(self):
        print("Conf created once")
print(Conf() is Conf())
