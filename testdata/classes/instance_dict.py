# __dict__ of instances and classes, vars(), adding attributes dynamically
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
p = P()
p.__dict__["b"] = 2
print(p.b, vars(p), p.__dict__ is vars(p))
p.__dict__.clear()
print(hasattr(p, "a"), p.kind)
for name, val in [("x", 1), ("y", 2)]:
    setattr(p, name, val)
print(vars(p), getattr(p, "x") + getattr(p, "y"))
print("kind" in P.__dict__, "a" in P.__dict__, type(P.__dict__).__name__)
try:
    P.__dict__["new"] = 1
except TypeError as e:
    print("TypeError", e)
