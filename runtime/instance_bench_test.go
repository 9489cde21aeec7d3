package runtime

import "testing"

// Benchmarks of attribute access on instances and classes (the inline
// caches of eval_cache.go and protocol_cache.go), one Python loop of
// 10000 iterations per op, allocations reported per op (so 10000
// allocs/op is one allocation per iteration).

// BenchmarkAttrNewInstance makes instances whose __init__ adds three
// attributes of three kinds (transition store entries).
func BenchmarkAttrNewInstance(b *testing.B) {
	benchHot(b, `
class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
def run(n):
    v = None
    for i in range(n):
        v = V(i, 1.0, None)
    return v.x
`)
}

// BenchmarkAttrNewSlotsInstance makes instances of a __slots__ class
// with three float attributes (raytrace's Vector).
func BenchmarkAttrNewSlotsInstance(b *testing.B) {
	benchHot(b, `
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
def run(n):
    v = None
    for i in range(n):
        v = V(1.0, 2.0, 3.0)
    return v.x
`)
}

// BenchmarkAttrNewSubclassInstance makes instances whose __init__ calls
// the base class's __init__ through super().
func BenchmarkAttrNewSubclassInstance(b *testing.B) {
	benchHot(b, `
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
def run(n):
    v = None
    for i in range(n):
        v = B(i, None)
    return v.x
`)
}

// BenchmarkAttrLoadStore reads and rewrites instance attributes.
func BenchmarkAttrLoadStore(b *testing.B) {
	benchHot(b, `
class P:
    def __init__(self):
        self.x = 1
        self.y = 2.0
        self.z = None
def run(n):
    p = P()
    for i in range(n):
        p.x = p.x + 1
        p.y = p.y * 1.0
        p.z = p.z
    return p.x
`)
}

// BenchmarkAttrMethodCall calls a method and reads a class attribute
// through the instance.
func BenchmarkAttrMethodCall(b *testing.B) {
	benchHot(b, `
class P:
    K = 3
    def __init__(self):
        self.x = 1
    def get(self):
        return self.x + self.K
def run(n):
    p = P()
    s = 0
    for i in range(n):
        s += p.get()
    return s
`)
}

// BenchmarkAttrPolymorphic reads one attribute at a site that sees
// instances of three classes (richards' task classes).
func BenchmarkAttrPolymorphic(b *testing.B) {
	benchHot(b, `
class A:
    def __init__(self): self.v = 1
class B:
    def __init__(self): self.w = 0; self.v = 2
class C(A):
    def __init__(self): self.u = 0; A.__init__(self)
def run(n):
    objs = [A(), B(), C()]
    s = 0
    for i in range(n):
        s += objs[i % 3].v
    return s
`)
}

// BenchmarkAttrBoundMethod makes bound methods (a method read without a
// call) and calls them.
func BenchmarkAttrBoundMethod(b *testing.B) {
	benchHot(b, `
class P:
    def get(self):
        return 1
def run(n):
    p = P()
    s = 0
    for i in range(n):
        m = p.get
        s += m()
    return s
`)
}

// BenchmarkAttrProperty reads a property and a class attribute of a class.
func BenchmarkAttrProperty(b *testing.B) {
	benchHot(b, `
class P:
    K = 2
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
def run(n):
    p = P()
    s = 0
    for i in range(n):
        s += p.x + P.K
    return s
`)
}

// BenchmarkAttrIsinstance measures isinstance on user classes.
func BenchmarkAttrIsinstance(b *testing.B) {
	benchHot(b, `
class A: pass
class B(A): pass
def run(n):
    b = B()
    s = 0
    for i in range(n):
        if isinstance(b, A):
            s += 1
    return s
`)
}

// BenchmarkTypeCallBuiltin calls built-in types in a loop (int(x),
// range(n), enumerate(it): type_call_fast.go).
func BenchmarkTypeCallBuiltin(b *testing.B) {
	benchHot(b, `
def run(n):
    s = 0
    xs = "ab"
    for i in range(n):
        s += int(i * 0.5)
        for j in range(2):
            s += j
        for k, c in enumerate(xs):
            s += k
    return s
`)
}
