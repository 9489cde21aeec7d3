package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseFiles parses every .py file matched by the globs and reports
// failures. Files CPython itself rejects are not expected here.
func parseFiles(t *testing.T, globs ...string) {
	n := 0
	for _, g := range globs {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			src, err := readFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n++
			_, err = Parse(f, src)
			if err == nil {
				continue
			}
			// A program that CPython rejects at compile time has its
			// message in the .err file beside it (testdata convention).
			want, _ := os.ReadFile(strings.TrimSuffix(f, ".py") + ".err")
			e := err.(*Error)
			if !strings.Contains(string(want), fmt.Sprintf("%s: %s\n", e.Kind, e.Msg)) ||
				!strings.Contains(string(want), fmt.Sprintf(", line %d\n", e.Line)) {
				t.Errorf("%v", err)
			}
		}
	}
	if n == 0 {
		t.Skip("no files")
	}
	t.Logf("parsed %d files", n)
}

// TestParseProjectPython parses the project's own Python test programs.
func TestParseProjectPython(t *testing.T) {
	parseFiles(t, "../../testdata/*.py", "../../testdata/*/*.py", "../../bench/*.py", "../../bench/*/*.py")
}

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
