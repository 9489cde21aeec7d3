# Subscripting classes without __class_getitem__, and errors raised inside it.
class Plain:
    pass

for expr in [lambda: Plain[int], lambda: Plain()[0], lambda: int[3]]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)

class OnlyInts:
    def __class_getitem__(cls, item):
        if not isinstance(item, int):
            raise TypeError(f"{cls.__name__} needs an int, not {type(item).__name__}")
        return [cls.__name__] * item

print(OnlyInts[2])
try:
    OnlyInts["x"]
except TypeError as e:
    print(type(e).__name__, e)

class WrongArity:
    def __class_getitem__(cls):
        return cls

try:
    WrongArity[1]
except TypeError as e:
    print(type(e).__name__, e)

print(OnlyInts[-1])
OnlyInts[1.5]
