package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(args []string, stdin string) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(script, []byte("import sys\nprint(sys.argv)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.py")
	if err := os.WriteFile(bad, []byte("def f():\n    return 1 / 0\nf()\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantOut    string
		wantErr    string // substring
		wantStatus int
	}{
		{"version", []string{"-version"}, "", "pystm 0.1.0 (Python 3.11 compatible)\n", "", 0},
		{"code", []string{"-c", "print(1 + 2)"}, "", "3\n", "", 0},
		{"code args", []string{"-c", "import sys; print(sys.argv)", "a", "-b"}, "", "['-c', 'a', '-b']\n", "", 0},
		{"flags stop at the program", []string{script, "-version", "x"}, "", "['" + script + "', '-version', 'x']\n", "", 0},
		{"stdin", []string{"-"}, "print('from stdin')\n", "from stdin\n", "", 0},
		{"ignored flags", []string{"-threads", "4", "-gil", "-c", "print('ok')"}, "", "ok\n", "", 0},
		{"missing file", []string{filepath.Join(dir, "nope.py")}, "", "",
			"pystm: can't open file '" + filepath.Join(dir, "nope.py") + "': [Errno 2] No such file or directory\n", 2},
		{"no program", nil, "", "", "usage: pystm", 2},
		{"bad flag", []string{"-nosuchflag"}, "", "", "flag provided but not defined", 2},
		{"help", []string{"-h"}, "", "", "usage: pystm", 0},
		{"uncaught", []string{bad}, "", "", "  File \"" + bad + "\", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n", 1},
		{"sys.exit code", []string{"-c", "import sys; sys.exit(3)"}, "", "", "", 3},
		{"sys.exit message", []string{"-c", "raise SystemExit('bye')"}, "", "", "bye\n", 1},
		{"syntax error", []string{"-c", "x = (1,"}, "", "", "SyntaxError", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, status := runCmd(tc.args, tc.stdin)
			if status != tc.wantStatus {
				t.Errorf("status %d, want %d (stderr %q)", status, tc.wantStatus, errs)
			}
			if out != tc.wantOut {
				t.Errorf("stdout %q, want %q", out, tc.wantOut)
			}
			if !strings.Contains(errs, tc.wantErr) {
				t.Errorf("stderr %q, want it to contain %q", errs, tc.wantErr)
			}
			if tc.wantErr == "" && errs != "" {
				t.Errorf("unexpected stderr %q", errs)
			}
		})
	}
}
