# LOAD_METHOD's cache for built-in receivers (lists, dicts, sets and their
# subclasses): a method replaced on the class, or shadowed by a subclass
# defined later, must be seen at once, also by code already warm; one call
# site seeing receivers of several types must call each type's method.
class L(list):
    def f(self):
        return "first"

class D(dict):
    pass

def run(objs, rounds):
    out = []
    for i in range(rounds):
        if i == 40:
            L.f = lambda self: "replaced"
        if i == 60:
            D.get = lambda self, k, default=None: "shadowed"
        for o in objs:
            if isinstance(o, L):
                out.append(o.f())
            elif isinstance(o, D):
                out.append(o.get("k", 0))
            elif isinstance(o, list):
                o.append(i)
                out.append(len(o))
            elif isinstance(o, set):
                o.add(i % 5)
                out.append(len(o))
            else:
                out.append(o.get("k", i))
        kinds = []
        for o in objs:
            kinds.append(type(o.copy()).__name__)  # one site, five receiver types
        out.append(" ".join(kinds))
    return out

res = run([L(), D(k=1), [], set(), {"k": 7}], 80)
for i in (0, 39, 40, 59, 60, 79):
    print(i, res[6 * i:6 * i + 6])
print(len(res))
