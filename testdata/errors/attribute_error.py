# AttributeError messages for instances, classes, modules and None
class C:
    def __init__(self):
        self.a = 1
import sys
for t in (lambda: C().b, lambda: C.zz, lambda: None.foo, lambda: (1).real.x, lambda: "s".nope, lambda: sys.nope, lambda: [].push, lambda: setattr(1, "x", 2), lambda: object().x):
    try:
        t()
    except AttributeError as e:
        print(e)
