# __repr__ and __str__ used by print, str, repr, f-strings and containers
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
class OnlyRepr:
    def __repr__(self):
        return "OR"
p = P("a")
print(p, str(p), repr(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", "%s %r" % (p, p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
