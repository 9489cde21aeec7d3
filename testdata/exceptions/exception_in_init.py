# exceptions from __init__, from properties, and from __del__-free cleanup code
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
made = []
for v in (1, -1, 2):
    try:
        made.append(Strict(v).v)
    except ValueError as e:
        print("ValueError", e)
print(made)
class P:
    @property
    def x(self):
        raise KeyError("inside property")
try:
    P().x
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(P(), "x")
except KeyError as e:
    print("hasattr lets KeyError through", e)
class G:
    def __getattr__(self, n):
        raise AttributeError(n)
print(hasattr(G(), "anything"), getattr(G(), "q", "dflt"))
