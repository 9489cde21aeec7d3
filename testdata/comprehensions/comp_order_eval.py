# evaluation order inside comprehensions: outer iterable first, conditions per item
def it(name, vals):
    print("iter", name)
    return vals
def cond(v):
    print("cond", v)
    return v != 2
print([(a, b) for a in it("outer", [1, 2]) if cond(a) for b in it("inner", "xy")])
print({k: print("value", k) or k for k in it("keys", [1, 2])})
