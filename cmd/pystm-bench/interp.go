// This file defines the interpreters a suite runs under: the ones found on
// PATH, pystm in its modes, and the commands users name with -interp.

package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Interp is one way of running a Python program: a command line to which the
// program path and its arguments are appended.
type Interp struct {
	Name    string   `json:"name"`
	Command []string `json:"command"`
	// Broken, when set, says why this interpreter cannot run at all (pystm
	// failed to build); its every cell is reported as a failure with this text.
	Broken string `json:"broken,omitempty"`
	// Version is what the interpreter says about itself, when it says anything.
	Version string `json:"version,omitempty"`
}

// describeScript prints the interpreter's executable and its version.
const describeScript = "import sys; print(sys.executable); print(sys.implementation.name, sys.version.split(chr(10))[0])"

// describe asks the interpreter for its version and, when resolve is set, for
// the real path of its executable, so that runs bypass wrappers such as
// pyenv's shims, whose start-up time would be counted otherwise.
func describe(ctx context.Context, in Interp, resolve bool) Interp {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	args := append(append([]string(nil), in.Command[1:]...), "-c", describeScript)
	out, err := exec.CommandContext(ctx, in.Command[0], args...).Output()
	if err != nil {
		return in
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		return in
	}
	in.Version = shorten(strings.TrimSpace(lines[1]), 70)
	if exe := strings.TrimSpace(lines[0]); resolve && exe != "" && len(in.Command) == 1 {
		if st, err := os.Stat(exe); err == nil && !st.IsDir() {
			in.Command = []string{exe}
		}
	}
	return in
}

// parseInterpSpec parses a -interp value "name=command arg...". The command is
// split on white space; there is no shell quoting.
func parseInterpSpec(spec string) (Interp, error) {
	name, cmd, ok := strings.Cut(spec, "=")
	name = strings.TrimSpace(name)
	fields := strings.Fields(cmd)
	if !ok || name == "" || len(fields) == 0 {
		return Interp{}, fmt.Errorf("-interp %q: want name=command [args...]", spec)
	}
	if strings.ContainsAny(name, " \t,|") {
		return Interp{}, fmt.Errorf("-interp %q: the name may not contain spaces, commas or |", spec)
	}
	return Interp{Name: name, Command: fields}, nil
}

// findOnPath returns an interpreter for the first of the commands found on PATH.
func findOnPath(name string, commands ...string) (Interp, bool) {
	for _, c := range commands {
		if path, err := exec.LookPath(c); err == nil {
			return Interp{Name: name, Command: []string{path}}, true
		}
	}
	return Interp{}, false
}

// buildPystm builds ./cmd/pystm of the module at root into dir and returns
// the binary's path, or the build's error output.
func buildPystm(ctx context.Context, root, dir string) (string, error) {
	bin := filepath.Join(dir, "pystm")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/pystm")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		msg := strings.TrimSpace(string(out))
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("go build ./cmd/pystm failed: %s", firstLines(msg, 3))
	}
	return bin, nil
}

// pystmModes returns pystm's modes worth measuring: the default mode and -gil
// always (a mode that fails shows up as failed cells), and each -jit setting
// that the binary accepts.
func pystmModes(ctx context.Context, bin string) []Interp {
	modes := []Interp{
		{Name: "pystm", Command: []string{bin}},
		{Name: "pystm-gil", Command: []string{bin, "-gil"}},
	}
	for _, jit := range []string{"off", "closure"} {
		flag := "-jit=" + jit
		if probe(ctx, bin, flag, "-c", "pass") {
			modes = append(modes, Interp{Name: "pystm-jit=" + jit, Command: []string{bin, flag}})
		}
	}
	return modes
}

// brokenPystm returns pystm's two always-measured modes, marked as broken.
func brokenPystm(why string) []Interp {
	return []Interp{
		{Name: "pystm", Command: []string{"pystm"}, Broken: why},
		{Name: "pystm-gil", Command: []string{"pystm", "-gil"}, Broken: why},
	}
}

// probe reports whether a command exits successfully within a few seconds.
func probe(ctx context.Context, name string, args ...string) bool {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = nil
	cmd.Stdout = nil
	cmd.Stderr = nil
	return cmd.Run() == nil
}

// firstLines returns at most n lines of s.
func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, " | ")
}

// moduleRoot returns the nearest directory at or above dir holding go.mod.
func moduleRoot(dir string) (string, error) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod at or above %s: run pystm-bench inside the pystm module or pass -bench", dir)
		}
		d = parent
	}
}
