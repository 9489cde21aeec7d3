package runtime

// Benchmarks of the dunder methods the loop runs as frames (comparisons,
// with statements, bound-method objects) and of builtin calls, with
// allocations reported (10000 Python loop iterations per op).

import "testing"

// BenchmarkHotCompareDunder measures == and < on instances whose class
// defines __eq__ and __lt__ in Python (contCompare frames).
func BenchmarkHotCompareDunder(b *testing.B) {
	benchHot(b, `
class K:
    __slots__ = ("k",)
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __lt__(self, o):
        return self.k < o.k
def run(n):
    a = K(1)
    c = K(2)
    s = 0
    for i in range(n):
        if a == c:
            s += 1
        if a < c:
            s += 2
    return s
`)
}

// BenchmarkHotWith measures a with statement whose manager's __enter__
// and __exit__ are Python methods.
func BenchmarkHotWith(b *testing.B) {
	benchHot(b, `
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return False
def run(n):
    cm = CM()
    s = 0
    for i in range(n):
        with cm as c:
            s += 1
    return s
`)
}

// BenchmarkHotBoundMethodValue measures calls of a bound method object
// kept in a local (a callback).
func BenchmarkHotBoundMethodValue(b *testing.B) {
	benchHot(b, `
class A:
    def f(self, x):
        return x
def run(n):
    m = A().f
    s = 0
    for i in range(n):
        s += m(i)
    return s
`)
}

// BenchmarkHotBuiltinCalls measures calls of builtins and of methods of
// built-in types (len, isinstance, list.append, list.pop).
func BenchmarkHotBuiltinCalls(b *testing.B) {
	benchHot(b, `
def run(n):
    l = [1, 2, 3]
    s = 0
    for i in range(n):
        s += len(l)
        if isinstance(l, list):
            l.append(i)
            l.pop()
    return s
`)
}
