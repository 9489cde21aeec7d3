# weakref: ref/proxy/WeakMethod on live objects, weakref-ability errors, finalize called explicitly and at exit
import weakref

class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n * 2
    def __repr__(self):
        return "A(%d)" % self.n

a = A(1)
r = weakref.ref(a)
print(r() is a, r().n, type(r) is weakref.ReferenceType, r == weakref.ref(a), hash(r) == hash(a))
print(weakref.ref(a, lambda x: None).__callback__ is not None, weakref.ref(a).__callback__)
for bad in [1, "s", (1,), [1], {}, None, 2.5]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

class S:
    __slots__ = ("x",)

class SW:
    __slots__ = ("x", "__weakref__")

class L(list):
    pass

try:
    weakref.ref(S())
except TypeError as e:
    print(e)
sw = SW()
lst = L([1])
s = {1, 2}
print(weakref.ref(sw)() is sw, weakref.ref(lst)(), weakref.ref(len)() is len, weakref.ref(A)() is A, weakref.ref(s)())
p = weakref.proxy(a)
print(p.n, p.m(), str(p), type(p) in weakref.ProxyTypes)
p.n = 5
print(a.n)
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

def fin(*args, **kw):
    print("finalizing", args, kw)
    return "done"

f = weakref.finalize(a, fin, 1, k=2)
print(f.alive, f.peek()[1] is fin, f.atexit)
print(f(), f.alive, f())
keep = A(9)
g = weakref.finalize(keep, print, "finalizer run at exit for", keep)
keep2 = A(10)
h = weakref.finalize(keep2, print, "never: detached")
print(h.detach()[2], h.alive, g.alive)
print("end of main")
