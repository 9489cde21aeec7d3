package main

import (
	"math"
	"testing"
)

func TestMedian(t *testing.T) {
	cases := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{1, 100, 2}, 2}, // an outlier does not move it
	}
	for _, c := range cases {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	xs := []float64{3, 1, 2}
	median(xs)
	if xs[0] != 3 || xs[1] != 1 || xs[2] != 2 {
		t.Errorf("median reordered its argument: %v", xs)
	}
}

func TestSpread(t *testing.T) {
	cases := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{2}, 0},
		{[]float64{2, 2, 2}, 0},
		{[]float64{0.9, 1.0, 1.1}, 0.2},
		{[]float64{1.2, 2, 1}, 1.0 / 1.2},
	}
	for _, c := range cases {
		if got := spread(c.in); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("spread(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestMedianInt(t *testing.T) {
	if got := medianInt([]int64{30 << 20, 10 << 20, 20 << 20}); got != 20<<20 {
		t.Errorf("medianInt = %d, want %d", got, 20<<20)
	}
	if got := spreadInt([]int64{30 << 20, 10 << 20, 20 << 20}); got != 1 {
		t.Errorf("spreadInt = %v, want 1", got)
	}
}
