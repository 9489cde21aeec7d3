package syntax

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// nodeName is the Python class name of a node, for position listings.
func nodeName(n any) string {
	if _, ok := n.(*ExprStmt); ok {
		return "Expr"
	}
	if _, ok := n.(*ExceptHandler); ok {
		return "ExceptHandler"
	}
	name := reflect.TypeOf(n).Elem().Name()
	switch name {
	case "Arg", "Keyword", "Alias":
		return strings.ToLower(name)
	}
	return name
}

// TestPositionsMatchCPython compares every node's line/column span with
// CPython's lineno, col_offset, end_lineno and end_col_offset.
func TestPositionsMatchCPython(t *testing.T) {
	var cases []struct {
		Src string   `json:"src"`
		Pos []string `json:"pos"`
	}
	loadJSON(t, "ast_cases.json", &cases)
	fails := 0
	for _, c := range cases {
		if strings.Contains(c.Src, "f'") || strings.Contains(c.Src, "f\"") || strings.Contains(c.Src, "f'''") {
			continue // CPython 3.11's positions inside f-strings are approximate
		}
		mod, err := Parse("<s>", []byte(c.Src))
		if err != nil {
			continue // reported by TestParseMatchesCPythonDump
		}
		var got []string
		walk(mod, func(n any) {
			h, ok := n.(interface{ pos() *Pos })
			if !ok {
				return
			}
			ps := h.pos()
			got = append(got, fmt.Sprintf("%s %d %d %d %d", nodeName(n), ps.Line, ps.Col, ps.EndLine, ps.EndCol))
		})
		sort.Strings(got)
		if len(got) == 0 && len(c.Pos) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.Pos) {
			fails++
			t.Errorf("positions of %q:\n got %v\nwant %v", c.Src, got, c.Pos)
		}
	}
	t.Logf("%d mismatches", fails)
}
