package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchSource is a self-contained program exercising most of the grammar.
var benchSource = []byte(strings.Repeat(`
import os, sys
from collections import defaultdict as dd

@decorator(arg=1)
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    y: int = 0

    def __init__(self, x, y=0, *args, z=None, **kw) -> None:
        self.x, self.y = x, y
        self.data = {k: v for k, v in kw.items() if v is not None}
        self.items = [i * 2 for i in range(10) if i % 3]

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

def main(argv):
    total = 0
    for i, name in enumerate(argv[1:]):
        if name.startswith("-") and len(name) > 1:
            continue
        elif name == "--":
            break
        else:
            total += int(name, 16) if name[:2] == "0x" else 0
    try:
        with open(argv[0]) as f, open(os.devnull, "w") as g:
            g.write(f"{total:>10} {argv!r} {len(argv) = }")
    except (OSError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        print('done', end='\n', file=sys.stderr)
    return lambda a, b=2: a + b

if __name__ == "__main__":
    main(sys.argv)
`, 20))

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(benchSource)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", benchSource); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	b.SetBytes(int64(len(benchSource)))
	for i := 0; i < b.N; i++ {
		s := newScanner("bench.py", benchSource)
		for {
			t, err := s.next()
			if err != nil {
				b.Fatal(err)
			}
			if t.kind == tEOF {
				break
			}
		}
	}
}

// BenchmarkParseStdlib parses the standard library's top-level modules
// (where installed).
func BenchmarkParseStdlib(b *testing.B) {
	files, _ := filepath.Glob(stdlibDir + "/*.py")
	if len(files) == 0 {
		b.Skip("no standard library here")
	}
	var srcs [][]byte
	n := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		srcs = append(srcs, src)
		n += len(src)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			if _, err := Parse(files[j], src); err != nil {
				b.Fatal(err)
			}
		}
	}
}
