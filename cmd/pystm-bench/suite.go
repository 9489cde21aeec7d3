// This file defines the benchmark suite: which programs run, with which
// arguments, read from bench/suite.json.

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Program is one benchmark program of the suite.
type Program struct {
	Name     string            `json:"name"`
	File     string            `json:"file"`               // relative to the bench directory
	Parallel bool              `json:"parallel,omitempty"` // takes [threads, size, extra...]
	Extra    []string          `json:"extra,omitempty"`    // arguments after the size
	Sizes    map[string]string `json:"sizes"`              // size class -> size argument ("" = program default)
}

// suiteFile is the layout of bench/suite.json.
type suiteFile struct {
	Comment  string    `json:"comment,omitempty"`
	Programs []Program `json:"programs"`
}

// loadSuite reads and checks a suite description.
func loadSuite(path string) ([]Program, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var sf suiteFile
	if err := json.Unmarshal(data, &sf); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	seen := map[string]bool{}
	for _, p := range sf.Programs {
		if p.Name == "" || p.File == "" {
			return nil, fmt.Errorf("%s: every program needs a name and a file", path)
		}
		if seen[p.Name] {
			return nil, fmt.Errorf("%s: program %q appears twice", path, p.Name)
		}
		seen[p.Name] = true
	}
	return sf.Programs, nil
}

// args returns the command-line arguments of one run of p, or ok=false when p
// has no size for this size class.
func (p Program) args(sizeClass string, threads int) (args []string, ok bool) {
	size, ok := p.Sizes[sizeClass]
	if !ok {
		return nil, false
	}
	if p.Parallel {
		args = append(args, strconv.Itoa(threads))
		if size == "" && len(p.Extra) > 0 {
			return nil, false // extra arguments need an explicit size before them
		}
	}
	// A size of several words ("9 4") gives every argument itself: a size
	// class may change a program's loop count as well as its problem size,
	// so the program's extra arguments are not added to it.
	if fields := strings.Fields(size); len(fields) > 1 {
		args = append(args, fields...)
	} else if size != "" {
		args = append(args, size)
		args = append(args, p.Extra...)
	}
	return args, true
}

// threadCounts returns the thread counts p runs at: all of them for a parallel
// program, only 1 for a single-threaded one.
func (p Program) threadCounts(all []int) []int {
	if p.Parallel {
		return all
	}
	return []int{1}
}

// selectPrograms keeps the programs named in names (all when names is empty)
// that have a size for sizeClass and whose file exists under benchDir. It
// returns the programs kept and a note for each one skipped.
func selectPrograms(progs []Program, names []string, sizeClass, benchDir string) ([]Program, []string, error) {
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	known := map[string]bool{}
	var kept []Program
	var notes, missing []string
	for _, p := range progs {
		known[p.Name] = true
		if len(want) > 0 && !want[p.Name] {
			continue
		}
		if _, ok := p.Sizes[sizeClass]; !ok {
			if len(want) > 0 {
				notes = append(notes, fmt.Sprintf("%s: no %q size, skipped", p.Name, sizeClass))
			}
			continue
		}
		if _, err := os.Stat(filepath.Join(benchDir, p.File)); err != nil {
			missing = append(missing, p.Name)
			continue
		}
		kept = append(kept, p)
	}
	if len(missing) > 0 {
		notes = append(notes, fmt.Sprintf("Skipped, file not in %s: %s.", benchDir, strings.Join(missing, ", ")))
	}
	for _, n := range names {
		if !known[n] {
			return nil, nil, fmt.Errorf("unknown program %q (see -list)", n)
		}
	}
	return kept, notes, nil
}
