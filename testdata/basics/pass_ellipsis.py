# pass, Ellipsis, docstrings as no-op statements, empty bodies
def f():
    ...
def g():
    "only a docstring"
class C:
    pass
print(f(), g(), C.__doc__, g.__doc__, ..., Ellipsis is ..., type(...).__name__)
if True:
    pass
for _ in range(2):
    ...
print("done")
