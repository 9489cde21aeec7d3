# atexit: callbacks run at normal exit, last registered first, with their arguments; unregister removes all copies
import atexit

def greet(name, punct="!"):
    print("bye", name + punct)

def never():
    print("never printed")

@atexit.register
def decorated():
    print("decorated runs last of all")

atexit.register(greet, "first")
atexit.register(greet, "second", punct="?")
atexit.register(never)
atexit.register(never)
print(atexit.register(print, "registered print") is print)
atexit.unregister(never)
atexit.unregister(lambda: None)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
print("main done")
