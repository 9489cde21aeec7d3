package runtime

import (
	"io"
	"testing"
)

// benchProgram runs src's function run(n) once per iteration.
func benchProgram(b *testing.B, src string, n int64) {
	in := New(Options{Stdout: io.Discard, Stderr: io.Discard})
	th := in.NewThread()
	g := NewDict()
	g.SetStr("__name__", NewStr("__main__"))
	if err := th.execSource([]byte(src), "<bench>", g, g); err != nil {
		b.Fatal(err)
	}
	fn, _ := g.GetStr("run")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := th.Call(fn, []Value{Int(n)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMethodCalls measures instance creation, attribute loads and
// method calls (the attribute and method caches, the __init__ frames).
func BenchmarkMethodCalls(b *testing.B) {
	benchProgram(b, `
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return V(self.x + o.x, self.y + o.y)
    def norm(self):
        return self.x * self.x + self.y * self.y
def run(n):
    v = V(0, 0)
    d = V(1, 2)
    s = 0
    for i in range(n):
        v = v.add(d)
        s += v.norm() % 7
    return s
`, 10000)
}

// BenchmarkIntLoop measures the int fast paths.
func BenchmarkIntLoop(b *testing.B) {
	benchProgram(b, `
def run(n):
    s = 0
    for i in range(n):
        s += i * 2 % 7
    return s
`, 10000)
}
