package syntax

import (
	"reflect"
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
		mod, err := Parse("<s>", []byte(c.Src))
		if err != nil {
			continue // reported by TestParseMatchesCPythonDump
		}
		got := nodePositions(mod)
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
