# NameError messages including the "Did you mean" hint absent when caught
try:
    x_value
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def f():
    print(later)
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
later = 1
f()
