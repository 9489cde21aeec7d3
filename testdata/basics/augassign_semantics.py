# augmented assignment evaluates the target once and uses in-place methods when present
class Obj:
    def __init__(self):
        self.calls = 0
        self._v = 10
    @property
    def v(self):
        self.calls += 1
        return self._v
    @v.setter
    def v(self, val):
        print("setting", val)
        self._v = val
o = Obj()
o.v += 5
print(o.v, o.calls)
lst = [1]
same = lst
lst += [2]
lst = lst + [3]
print(same, lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s2 = s
s |= {2}
print(s is s2, s2)
d = {"n": 0}
key_calls = []
def key():
    key_calls.append(1)
    return "n"
d[key()] += 1
print(d, len(key_calls))
