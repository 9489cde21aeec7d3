package syntax

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

const stdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// nodePositions lists "Class line col endLine endCol" for every node of
// the tree, sorted, in the format of testdata/dump_files.py.
func nodePositions(n any) []string {
	var out []string
	walk(n, func(n any) {
		h, ok := n.(interface{ pos() *Pos })
		if !ok {
			return
		}
		ps := h.pos()
		out = append(out, fmt.Sprintf("%s %d %d %d %d", nodeName(n), ps.Line, ps.Col, ps.EndLine, ps.EndCol))
	})
	sort.Strings(out)
	return out
}

// TestStdlibAgainstCPython parses every pure-Python module of the
// standard library and compares the tree (ast.dump) and every node's
// position with CPython's. It needs python3 and the stdlib at stdlibDir,
// and is skipped where they are absent.
func TestStdlibAgainstCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	files, _ := filepath.Glob(stdlibDir + "/*.py")
	py, err := exec.LookPath("python3")
	if len(files) == 0 || err != nil {
		t.Skip("no CPython standard library here")
	}
	out, err := exec.Command(py, append([]string{"testdata/dump_files.py"}, files...)...).Output()
	if err != nil {
		t.Skipf("python3: %v", err)
	}
	var want map[string]struct {
		Dump string   `json:"dump"`
		Pos  []string `json:"pos"`
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for f, w := range want {
		src, err := readFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := Parse(f, src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if got := Dump(mod); got != w.Dump {
			t.Errorf("%s: tree differs from CPython's", f)
			continue
		}
		if got := nodePositions(mod); !reflect.DeepEqual(got, w.Pos) && len(got)+len(w.Pos) > 0 {
			t.Errorf("%s: node positions differ from CPython's", f)
		}
	}
	t.Logf("compared %d files", len(want))
}
