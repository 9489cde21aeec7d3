//go:build unix

// Command ceiling measures what the machine itself allows for the
// weak-scaling probes of bench/scaling: the same kinds of work done by
// native Go goroutines that share nothing, so no interpreter, lock or
// transaction stands between them and the cores.
//
//	go run ./bench/scaling/ceiling [-threads 2] [-n 1000000] [-runs 5]
//
// For each kind it prints time(1), time(T) with each goroutine doing the
// one-goroutine work, and the weak scaling T x time(1) / time(T), as
// medians of alternating runs:
//
//   - cpu: an arithmetic loop (no memory traffic): the cores themselves;
//   - inserts: each goroutine fills its own map with n new keys whose
//     values are boxed (one allocation per insert, as a Python tuple key
//     is): what bench/scaling/insdict.py asks of the memory system, minus
//     the sharing;
//   - pages: each goroutine writes one byte per page of fresh memory (n/4
//     KiB of it): the cost of the kernel (and on a virtual machine, the
//     host) paging memory in.
//
// A kind that scales poorly here cannot scale better under any runtime on
// this machine.
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sync"
	"syscall"
	"time"
)

func main() {
	threads := flag.Int("threads", 2, "goroutines in the parallel runs")
	n := flag.Int("n", 1000000, "work per goroutine (loop steps, inserts)")
	runs := flag.Int("runs", 5, "runs of each kind and thread count")
	flag.Parse()
	kinds := []struct {
		name string
		work func(n int) int
	}{{"cpu", cpuWork}, {"inserts", insertWork}, {"pages", pageWork}}
	for _, k := range kinds {
		var one, many []time.Duration
		for r := 0; r < *runs; r++ {
			one = append(one, timed(1, *n, k.work))
			many = append(many, timed(*threads, *n, k.work))
		}
		t1, tn := median(one), median(many)
		fmt.Printf("%-8s time(1) %-12v time(%d) %-12v weak scaling %.2fx\n",
			k.name, t1.Round(time.Millisecond), *threads, tn.Round(time.Millisecond),
			float64(*threads)*float64(t1)/float64(tn))
	}
}

// timed runs work(n) in each of t goroutines at once and returns the wall
// time until all finished.
func timed(t, n int, work func(int) int) time.Duration {
	var wg sync.WaitGroup
	sink := make([]int, t)
	start := time.Now()
	for g := 0; g < t; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sink[g] = work(n)
		}()
	}
	wg.Wait()
	return time.Since(start)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// cpuWork is a dependent chain of multiplications: registers only.
func cpuWork(n int) int {
	x := 1
	for i := 0; i < 40*n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	return x
}

type pairKey struct{ a, b int }

// insertWork inserts n new keys, each value a fresh allocation.
func insertWork(n int) int {
	m := map[pairKey]*[2]int{}
	for i := 0; i < n; i++ {
		m[pairKey{n, i}] = &[2]int{n, i}
	}
	return len(m)
}

// pageWork writes one byte into each page of n/4 KiB of fresh anonymous
// memory.
func pageWork(n int) int {
	size := max(n/4, 1) << 12
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ceiling:", err)
		os.Exit(1)
	}
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	sum := int(b[0])
	if err := syscall.Munmap(b); err != nil {
		fmt.Fprintln(os.Stderr, "ceiling:", err)
		os.Exit(1)
	}
	return sum
}
