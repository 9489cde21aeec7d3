package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// repoBench returns the bench directory of this repository.
func repoBench(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "bench"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRepoSuite(t *testing.T) {
	bench := repoBench(t)
	progs, err := loadSuite(filepath.Join(bench, "suite.json"))
	if err != nil {
		t.Fatal(err)
	}
	parallel := 0
	for _, p := range progs {
		if !p.Parallel {
			continue
		}
		parallel++
		for _, class := range []string{"tiny", "default", "large"} {
			if p.Sizes[class] == "" {
				t.Errorf("%s: no %s size", p.Name, class)
			}
		}
		if _, err := os.Stat(filepath.Join(bench, p.File)); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
	if parallel < 11 {
		t.Errorf("%d parallel programs in the suite, want at least 11", parallel)
	}
}

func TestLoadSuiteErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"dup.json":     `{"programs": [{"name": "a", "file": "a.py"}, {"name": "a", "file": "b.py"}]}`,
		"noname.json":  `{"programs": [{"file": "a.py"}]}`,
		"badjson.json": `{"programs": [`,
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loadSuite(path); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestProgramArgs(t *testing.T) {
	par := Program{Name: "bank", Parallel: true, Extra: []string{"8"}, Sizes: map[string]string{"tiny": "100"}}
	if got, ok := par.args("tiny", 4); !ok || !reflect.DeepEqual(got, []string{"4", "100", "8"}) {
		t.Errorf("parallel args = %v, %v", got, ok)
	}
	if _, ok := par.args("large", 4); ok {
		t.Error("a missing size class gave arguments")
	}
	single := Program{Name: "nbody", Sizes: map[string]string{"default": "", "tiny": "5"}}
	if got, ok := single.args("default", 4); !ok || len(got) != 0 {
		t.Errorf("single-threaded default args = %v, %v; want none", got, ok)
	}
	if got, _ := single.args("tiny", 4); !reflect.DeepEqual(got, []string{"5"}) {
		t.Errorf("single-threaded tiny args = %v", got)
	}
	looped := Program{Name: "fannkuch", Extra: []string{"2"}, Sizes: map[string]string{"default": "9", "ref": "9  4"}}
	if got, _ := looped.args("default", 1); !reflect.DeepEqual(got, []string{"9", "2"}) {
		t.Errorf("one-word size args = %v; want the size then the extras", got)
	}
	if got, _ := looped.args("ref", 1); !reflect.DeepEqual(got, []string{"9", "4"}) {
		t.Errorf("several-word size args = %v; want the words alone", got)
	}
	if got := single.threadCounts([]int{1, 2, 4}); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("single-threaded program runs at %v threads", got)
	}
}

func TestSelectPrograms(t *testing.T) {
	bench := repoBench(t)
	progs, err := loadSuite(filepath.Join(bench, "suite.json"))
	if err != nil {
		t.Fatal(err)
	}
	kept, _, err := selectPrograms(progs, []string{"mandelbrot", "bank"}, "tiny", bench)
	if err != nil || len(kept) != 2 || kept[0].Name != "mandelbrot" || kept[1].Name != "bank" {
		t.Errorf("kept %v, err %v", kept, err)
	}
	if _, _, err := selectPrograms(progs, []string{"nosuch"}, "tiny", bench); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("unknown program: err = %v", err)
	}
	missing := []Program{{Name: "ghost", File: "ghost.py", Sizes: map[string]string{"tiny": "1"}}}
	kept, notes, err := selectPrograms(missing, nil, "tiny", bench)
	if err != nil || len(kept) != 0 || len(notes) != 1 || !strings.Contains(notes[0], "file not in") || !strings.Contains(notes[0], "ghost") {
		t.Errorf("missing file: kept %v, notes %v, err %v", kept, notes, err)
	}
}

func TestParseInterpSpec(t *testing.T) {
	in, err := parseInterpSpec("cpy312=/usr/bin/python3.12 -X faulthandler")
	if err != nil || in.Name != "cpy312" || !reflect.DeepEqual(in.Command, []string{"/usr/bin/python3.12", "-X", "faulthandler"}) {
		t.Errorf("got %+v, %v", in, err)
	}
	for _, bad := range []string{"", "noequals", "=cmd", "name=", "a b=cmd"} {
		if _, err := parseInterpSpec(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestDefaultThreads(t *testing.T) {
	for n, want := range map[int][]int{1: {1}, 2: {1, 2}, 6: {1, 2, 4, 6}, 16: {1, 2, 4, 8, 16}} {
		if got := defaultThreads(n); !reflect.DeepEqual(got, want) {
			t.Errorf("defaultThreads(%d) = %v, want %v", n, got, want)
		}
	}
}

func TestChecksumLine(t *testing.T) {
	out := "warming up\nchecksum: 1 2\nchecksum: 3 4\ndone\n"
	if got := checksumLine(out); got != "checksum: 3 4" {
		t.Errorf("checksumLine = %q", got)
	}
	if got := checksumLine("no sum here\n"); got != "" {
		t.Errorf("checksumLine without one = %q", got)
	}
}

func TestVerify(t *testing.T) {
	interps := []Interp{{Name: "ref"}, {Name: "good"}, {Name: "bad"}, {Name: "flaky"}}
	cells := make([]Cell, 4)
	for i := range cells {
		cells[i].OK = true
	}
	sums := [][]string{{"checksum: 1", "checksum: 1"}, {"checksum: 1"}, {"checksum: 2"}, {"checksum: 1", "checksum: 3"}}
	verify("ref", interps, cells, sums)
	if !cells[0].OK || !cells[0].Verified || !cells[1].OK || !cells[1].Verified {
		t.Errorf("matching cells: %+v %+v", cells[0], cells[1])
	}
	if cells[2].OK || !strings.Contains(cells[2].Error, "mismatch") {
		t.Errorf("mismatching cell: %+v", cells[2])
	}
	if cells[3].OK || !strings.Contains(cells[3].Error, "varies") {
		t.Errorf("varying cell: %+v", cells[3])
	}
	// Without the reference the cells stay OK but unverified.
	cells = []Cell{{OK: true}}
	verify("ref", []Interp{{Name: "other"}}, cells, [][]string{{"checksum: 9"}})
	if !cells[0].OK || cells[0].Verified || cells[0].Checksum != "checksum: 9" {
		t.Errorf("unreferenced cell: %+v", cells[0])
	}
}
