package compiler

import "sort"

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// mangle applies private name mangling: inside class C, an identifier
// __x (not ending in __, without dots) becomes _C__x, with C's leading
// underscores removed; a class named only with underscores mangles nothing.
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	p := private
	for len(p) > 0 && p[0] == '_' {
		p = p[1:]
	}
	if p == "" {
		return name
	}
	return "_" + p + name
}
