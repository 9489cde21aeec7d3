package runtime

// This file embeds the standard-library modules written in Python
// (lib/*.py); module_registry.go lists them, with the modules written in
// Go that they build on (_thread, time), as built-in modules.

import (
	"embed"
	"strings"
)

//go:embed lib/*.py
var libFS embed.FS

// libDir is the directory frozen modules claim as theirs (__file__ and
// tracebacks). Their sources are registered with the interpreter, so a
// traceback shows their lines although no such file exists on disk.
const libDir = "/pystm/lib/python3.11/"

// loadFrozen runs lib/<name>.py as the module name.
func (t *Thread) loadFrozen(name string) (*Module, error) {
	in := t.interp
	src, err := libFS.ReadFile("lib/" + name + ".py")
	if err != nil {
		return nil, Errorf(ImportErrorType, "frozen module %s is missing", name)
	}
	filename := libDir + name + ".py"
	in.mu.Lock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(string(src), "\n")
	in.mu.Unlock()
	mod := newFileModule(name, filename, "")
	// In sys.modules while it runs, as an imported .py file is.
	if err := t.execModule(mod, src, filename); err != nil {
		return nil, err
	}
	return mod, nil
}
