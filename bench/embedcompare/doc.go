// Package embedcompare measures the per-call overhead of calling a
// trivial script function from Go: pystm's Module.Call / Value.Call
// against go.starlark.net's starlark.Call. It is a module of its own so
// that pystm does not depend on Starlark.
//
//	cd bench/embedcompare && go test -bench . -count 5
package embedcompare
