package main

import (
	"path/filepath"
	"testing"
)

// TestExamples runs the programs under examples/ (the ones the README shows
// a newcomer) and compares them with CPython's output committed beside them:
// single files, and multi-module examples as examples/<name>/main.py.
func TestExamples(t *testing.T) {
	progs, err := filepath.Glob("../../examples/*.py")
	if err != nil || len(progs) == 0 {
		t.Fatalf("no example programs found (%v)", err)
	}
	mains, err := filepath.Glob("../../examples/*/main.py")
	if err != nil || len(mains) == 0 {
		t.Fatalf("no multi-module examples found (%v)", err)
	}
	progs = append(progs, mains...)
	for _, p := range progs {
		want, err := expected(p)
		if err != nil {
			t.Errorf("%s: no expected output: %v", p, err)
			continue
		}
		if diff := compare(runProgram(p), want); diff != "" {
			t.Errorf("%s:\n%s", p, diff)
		}
	}
}
