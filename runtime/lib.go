package runtime

// This file embeds the standard-library modules written in Python
// (lib/*.py) and registers them, with the modules written in Go that they
// build on (_thread, time), as built-in modules.

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

func init() {
	RegisterModule("_thread", func(t *Thread) (*Module, error) { return newThreadModule(t.interp), nil })
	RegisterModule("time", func(t *Thread) (*Module, error) { return newTimeModule(t.interp), nil })
	entries, _ := libFS.ReadDir("lib")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		RegisterModule(name, func(t *Thread) (*Module, error) { return t.loadFrozen(name) })
	}
}

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
	mod := NewModule(name)
	mod.Dict.SetStr("__file__", NewStr(filename))
	// In sys.modules while it runs, as an imported .py file is.
	in.modules.SetStr(name, FromObject(mod))
	if err := t.execSource(src, filename, mod.Dict, mod.Dict); err != nil {
		in.modules.DelStr(name)
		return nil, err
	}
	return mod, nil
}
