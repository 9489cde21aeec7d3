package main

import "time"

// fixture returns results of two interpreters on one parallel program at 1
// and 2 threads and one single-threaded program, plus a failed cell.
func fixture() *Results {
	return &Results{
		Machine:   Machine{CPU: "Test CPU", CPUs: 2, OS: "linux", Arch: "amd64"},
		Started:   time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC),
		SizeClass: "tiny", Threads: []int{1, 2}, Warmup: 1, Runs: 3, Reference: "python3",
		Interps: []Interp{
			{Name: "python3", Command: []string{"python3"}},
			{Name: "pypy3", Command: []string{"pypy3"}},
			{Name: "fast", Command: []string{"fast"}},
			{Name: "pystm", Command: []string{"pystm"}, Broken: "go build failed"},
		},
		Cells: []Cell{
			{Program: "mandel", Threads: 1, Interp: "python3", OK: true, Verified: true, Median: 2.0, Spread: 0.1, MedianRSS: 10 << 20},
			{Program: "mandel", Threads: 1, Interp: "pypy3", OK: true, Verified: true, Median: 0.5, MedianRSS: 60 << 20},
			{Program: "mandel", Threads: 1, Interp: "fast", OK: true, Verified: true, Median: 1.0, MedianRSS: 20 << 20},
			{Program: "mandel", Threads: 1, Interp: "pystm", Error: "go build failed"},
			{Program: "mandel", Threads: 2, Interp: "python3", OK: true, Verified: true, Median: 2.0, MedianRSS: 10 << 20},
			{Program: "mandel", Threads: 2, Interp: "pypy3", OK: true, Verified: true, Median: 0.5, MedianRSS: 60 << 20},
			{Program: "mandel", Threads: 2, Interp: "fast", OK: true, Verified: true, Median: 0.5, MedianCPU: 0.9, MedianRSS: 21 << 20, SpreadRSS: 0.05},
			{Program: "mandel", Threads: 2, Interp: "pystm", Error: "go build failed"},
			{Program: "nbody", Threads: 1, Interp: "python3", OK: true, Verified: true, Median: 1.0, MedianRSS: 9 << 20},
			{Program: "nbody", Threads: 1, Interp: "pypy3", OK: true, Verified: true, Median: 0.25, MedianRSS: 50 << 20},
			{Program: "nbody", Threads: 1, Interp: "fast", Error: `checksum mismatch: got "checksum: 1"`},
			{Program: "nbody", Threads: 1, Interp: "pystm", Error: "go build failed"},
		},
	}
}
