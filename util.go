package pystm

import "slices"

// sortedNames returns a map's keys in order, so that a module's globals
// are made in an order that does not change from run to run.
func sortedNames[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
