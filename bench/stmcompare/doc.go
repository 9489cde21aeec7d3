// Package stmcompare benchmarks pystm's STM engine against
// github.com/anacrolix/stm on the same workloads. It is a separate module
// so that the product does not depend on anacrolix/stm.
//
// Run: cd bench/stmcompare && go test -bench . -count=5
package stmcompare
