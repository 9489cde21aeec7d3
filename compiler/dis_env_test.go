package compiler

import (
	"os"
	"testing"

	"github.com/pystm/pystm/compiler/syntax"
)

// TestDisassembleEnv prints the disassembly of the file named by
// PYSTM_DIS; it is a debugging aid and is skipped otherwise.
func TestDisassembleEnv(t *testing.T) {
	path := os.Getenv("PYSTM_DIS")
	if path == "" {
		t.Skip("set PYSTM_DIS=file.py to disassemble a file")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := syntax.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	code, err := Compile(mod, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + code.Disassemble())
}
