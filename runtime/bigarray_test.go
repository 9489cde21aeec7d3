package runtime

import (
	"testing"
	"unsafe"
)

// TestCopyPreemptible: the piecewise copy copies exactly what copy
// would, for lengths around the piece size and with dst and src of
// different lengths.
func TestCopyPreemptible(t *testing.T) {
	step := copyChunkBytes / int(unsafe.Sizeof(dictEntry{}))
	for _, n := range []int{0, 1, step - 1, step, step + 1, 3*step + 7} {
		src := make([]dictEntry, n)
		for i := range src {
			src[i] = dictEntry{key: Int(int64(i)), value: NewStr("v"), hash: int64(i)}
		}
		for _, dn := range []int{n, n / 2, n + 5} {
			dst := make([]dictEntry, dn)
			got := copyPreemptible(dst, src)
			if want := min(dn, n); got != want {
				t.Fatalf("n=%d dst=%d: copied %d, want %d", n, dn, got, want)
			}
			for i := range dst {
				if i < n && (dst[i].hash != int64(i) || dst[i].key.AsInt() != int64(i)) {
					t.Fatalf("n=%d dst=%d: entry %d is %v", n, dn, i, dst[i].key)
				}
				if i >= n && dst[i].key.IsValid() {
					t.Fatalf("n=%d dst=%d: entry %d written past the source", n, dn, i)
				}
			}
		}
	}
}

// TestMakeEntriesBig: an entries array past bigArrayBytes, faulted in
// by populate, is zero, has the asked length and capacity, and holds
// what is written into it (populate must not touch memory outside it:
// the neighbours made before and after keep their contents).
func TestMakeEntriesBig(t *testing.T) {
	c := 2*bigArrayBytes/int(unsafe.Sizeof(dictEntry{})) + 3
	before := make([]int64, 1000)
	for i := range before {
		before[i] = int64(i)
	}
	s := makeEntries(5, c)
	after := makeIndex(3 * bigArrayBytes / 4)
	if len(s) != 5 || cap(s) != c || len(after) != 3*bigArrayBytes/4 {
		t.Fatalf("len %d cap %d, index %d", len(s), cap(s), len(after))
	}
	s = s[:c]
	for i := range s {
		if s[i].key.IsValid() || s[i].hash != 0 {
			t.Fatalf("entry %d not zero", i)
		}
		s[i].hash = int64(i)
	}
	for i := range after {
		if after[i] != 0 {
			t.Fatalf("index slot %d not zero", i)
		}
	}
	for i := range s {
		if s[i].hash != int64(i) {
			t.Fatalf("entry %d lost its write", i)
		}
	}
	for i := range before {
		if before[i] != int64(i) {
			t.Fatalf("neighbour word %d changed", i)
		}
	}
}
