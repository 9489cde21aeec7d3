# errors from raise and except themselves
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise KeyError("k") from ValueError("cause")
except KeyError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise IndexError
except IndexError as e:
    print(repr(e), type(e) is IndexError)
