# __init_subclass__ errors: unexpected class keywords reach object.__init_subclass__, a hook's exception aborts the class statement.
class Plain:
    pass

try:
    class Bad(Plain, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Strict:
    def __init_subclass__(cls, *, size):
        cls.size = size

try:
    class NoSize(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Sized(Strict, size=3):
    pass
print(Sized.size)

class Checked:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run()")

try:
    class Lazy(Checked):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Lazy" in globals())

class Worker(Checked):
    def run(self):
        return "ran"
print(Worker().run())

class Leaky(Checked, debug=True):
    def run(self):
        pass
