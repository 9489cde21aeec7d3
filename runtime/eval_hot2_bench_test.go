package runtime

import "testing"

// More hot-path benchmarks (see eval_hot_bench_test.go): the costs the
// bench/ profiles showed besides those.

// BenchmarkHotAttrLoad measures LOAD_ATTR and LOAD_METHOD on a plain instance.
func BenchmarkHotAttrLoad(b *testing.B) {
	benchHot(b, `
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
    def get(self):
        return self.y
def run(n):
    p = P()
    s = 0
    for i in range(n):
        s = p.x + p.get()
    return s
`)
}

// BenchmarkHotNewInstance measures making instances whose __init__ adds
// three attributes (shape transitions at STORE_ATTR).
func BenchmarkHotNewInstance(b *testing.B) {
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

// BenchmarkHotYieldFrom measures generators delegating with yield from
// (a generator made, run and finished per outer item).
func BenchmarkHotYieldFrom(b *testing.B) {
	benchHot(b, `
def inner(i):
    yield i
    return i
def outer(n):
    for i in range(n):
        yield (yield from inner(i))
def run(n):
    s = 0
    for v in outer(n):
        s += v
    return s
`)
}

// BenchmarkHotUnpack measures tuple building and unpacking into locals.
func BenchmarkHotUnpack(b *testing.B) {
	benchHot(b, `
def run(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        t = (b, c, a)
        a, b, c = t
    return a
`)
}
