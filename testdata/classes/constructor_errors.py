# constructor and base-class errors with CPython's messages
class NoInit:
    pass
for bad in (lambda: NoInit(1), lambda: NoInit(x=1), lambda: object(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Passes:
    def __init__(self, a):
        super().__init__(a)
try:
    Passes(1)
except TypeError as e:
    print("TypeError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class X(1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Y(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
class S:
    @staticmethod
    def helper():
        return "static called in class body"
    value = helper()
print(S.value)
