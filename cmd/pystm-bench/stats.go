// This file defines the statistics the harness reports over counted runs.

package main

import "sort"

// median returns the median of xs (the mean of the middle two for an even
// count), or 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// spread returns the range of xs relative to their median, (max-min)/median:
// 0.04 means the slowest and fastest runs lie 4% of the median apart. With the
// few runs a benchmark can afford, the range says more than a deviation.
func spread(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	m := median(xs)
	if m == 0 {
		return 0
	}
	return (hi - lo) / m
}

// medianInt is median for integer samples (peak memory in bytes).
func medianInt(xs []int64) int64 {
	return int64(median(floats(xs)))
}

// spreadInt is spread for integer samples.
func spreadInt(xs []int64) float64 {
	return spread(floats(xs))
}

func floats(xs []int64) []float64 {
	f := make([]float64, len(xs))
	for i, x := range xs {
		f[i] = float64(x)
	}
	return f
}
