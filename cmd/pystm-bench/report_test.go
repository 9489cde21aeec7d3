package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// markdownRow returns the cells of the Markdown row that starts with prefix.
func markdownRow(t *testing.T, md, prefix string) []string {
	t.Helper()
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, prefix) {
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "|"), " | ") {
				cells = append(cells, strings.TrimSpace(c))
			}
			return cells
		}
	}
	t.Fatalf("no row starting %q in:\n%s", prefix, md)
	return nil
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	fixture().writeMarkdown(&b)
	md := b.String()
	header := markdownRow(t, md, "| program")
	want := []string{"program", "threads", "interpreter", "time (s)", "range", "cpu (s)", "speedup", "efficiency", "vs python3", "vs pypy3", "max RSS (MiB)", "RSS range", "status"}
	if !reflect.DeepEqual(header, want) {
		t.Errorf("header = %q, want %q", header, want)
	}
	if !strings.Contains(md, "| --- | ---: | --- | ---: | ---: | ---: |") {
		t.Errorf("no alignment row with right-aligned numbers:\n%s", md)
	}
	// fast at 2 threads: 1.0 s -> 0.5 s is speedup 2, efficiency 100%, 4x python3, as fast as pypy3.
	row := markdownRow(t, md, "| mandel | 2 | fast |")
	if got, want := row[3:], []string{"0.500", "0%", "0.900", "2.00", "100%", "4.00x", "1.00x", "21.0", "5%", "ok"}; !reflect.DeepEqual(got, want) {
		t.Errorf("mandel/2/fast = %q, want %q", got, want)
	}
	row = markdownRow(t, md, "| mandel | 1 | python3 |")
	if row[4] != "10%" || row[8] != "1.00x" || row[9] != "0.25x" {
		t.Errorf("mandel/1/python3 = %q: want range 10%%, 1.00x python3, 0.25x pypy3", row)
	}
	row = markdownRow(t, md, "| nbody | 1 | fast |")
	if row[3] != "-" || !strings.HasPrefix(row[12], "FAIL: checksum mismatch") {
		t.Errorf("failed cell = %q, want no time and a FAIL status", row)
	}
	if strings.Contains(md, "| pystm |") {
		t.Errorf("an interpreter that never ran got rows:\n%s", md)
	}
	if !strings.Contains(md, "pystm did not run: go build failed") {
		t.Errorf("no note on the interpreter that did not run:\n%s", md)
	}
	if !strings.Contains(md, "Test CPU, 2 CPUs") {
		t.Errorf("the machine is not named:\n%s", md)
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	r := fixture()
	r.Cells[10].Error = "a|b"
	var b bytes.Buffer
	r.writeMarkdown(&b)
	if !strings.Contains(b.String(), `FAIL: a\|b`) {
		t.Errorf("| in a cell is not escaped:\n%s", b.String())
	}
}

func TestTextTableAligned(t *testing.T) {
	var b bytes.Buffer
	fixture().writeText(&b)
	lines := strings.Split(b.String(), "\n")
	col := strings.Index(lines[0], "interpreter")
	for _, l := range lines[1:9] {
		if len(l) <= col || l[col-1] != ' ' || l[col] == ' ' {
			t.Errorf("column 3 does not start at %d in %q", col, l)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := fixture()
	path := filepath.Join(t.TempDir(), "r.json")
	var b bytes.Buffer
	if err := r.writeJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := readResults(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Cells, r.Cells) || !reflect.DeepEqual(back.Interps, r.Interps) || back.Machine != r.Machine || !back.Started.Equal(r.Started) {
		t.Errorf("results changed on the way through JSON:\n%+v\n%+v", back, r)
	}
	if err := os.WriteFile(path, []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readResults(path); err == nil || !strings.Contains(err.Error(), "not a pystm-bench results file") {
		t.Errorf("bad JSON: err = %v", err)
	}
}
