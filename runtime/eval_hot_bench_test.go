package runtime

import "testing"

// Benchmarks of the interpreter's hot paths, one Python loop each (10000
// iterations per op), with allocations reported: a path that starts to
// allocate per iteration shows up as allocs/op growing with the loop.

func benchHot(b *testing.B, src string) {
	b.ReportAllocs()
	benchProgram(b, src, 10000)
}

// BenchmarkHotCall measures calls of a Python function with two arguments.
func BenchmarkHotCall(b *testing.B) {
	benchHot(b, `
def f(a, b):
    return a
def run(n):
    s = 0
    for i in range(n):
        s = f(i, s)
    return s
`)
}

// BenchmarkHotGlobalLoad measures LOAD_GLOBAL of module globals and builtins.
func BenchmarkHotGlobalLoad(b *testing.B) {
	benchHot(b, `
K = 3
M = 5
def run(n):
    s = 0
    for i in range(n):
        s = K + M
        len
    return s
`)
}

// BenchmarkHotSlotsAttr measures loads and stores of __slots__ attributes.
func BenchmarkHotSlotsAttr(b *testing.B) {
	benchHot(b, `
class P:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 0
        self.y = 1
def run(n):
    p = P()
    for i in range(n):
        p.x = p.y + i
    return p.x
`)
}

// BenchmarkHotFloatArith measures float arithmetic on locals.
func BenchmarkHotFloatArith(b *testing.B) {
	benchHot(b, `
def run(n):
    x = 0.5
    y = 1.25
    for i in range(n):
        x = x * y - x / 3.0 + 0.25
    return x
`)
}

// BenchmarkHotIntArith measures small-int arithmetic and comparisons.
func BenchmarkHotIntArith(b *testing.B) {
	benchHot(b, `
def run(n):
    s = 0
    for i in range(n):
        s = (s + i * 3 - 1) & 1023
        if s < 10:
            s += 1
    return s
`)
}

// BenchmarkHotListIndex measures list subscript loads and stores.
func BenchmarkHotListIndex(b *testing.B) {
	benchHot(b, `
def run(n):
    a = [0] * 64
    for i in range(n):
        j = i & 63
        a[j] = a[j - 1] + 1
    return a[0]
`)
}

// BenchmarkHotDictGetSet measures dict subscript with str and int keys.
func BenchmarkHotDictGetSet(b *testing.B) {
	benchHot(b, `
def run(n):
    d = {'a': 0, 'b': 1}
    e = {}
    for i in range(n):
        d['a'] = d['b'] + i
        e[i & 255] = i
    return d['a'] + len(e)
`)
}

// BenchmarkHotProperty measures property loads and a rich comparison
// defined in Python (both call back into Python code).
func BenchmarkHotProperty(b *testing.B) {
	benchHot(b, `
class C:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    def __lt__(self, o):
        return self._v < o._v
def run(n):
    a = C(1)
    b = C(2)
    s = 0
    for i in range(n):
        s += a.v
        if a < b:
            s += 1
    return s
`)
}

// BenchmarkHotBuiltinTypeCall measures calling built-in types (int, float,
// tuple, list construction through the type).
func BenchmarkHotBuiltinTypeCall(b *testing.B) {
	benchHot(b, `
def run(n):
    s = 0
    for i in range(n):
        s += int('7') + len(tuple((i, i))) + int(float(i))
    return s
`)
}
