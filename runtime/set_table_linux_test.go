package runtime

import (
	"runtime"
	"syscall"
	"testing"
	"unsafe"
)

// resident counts the pages of the n bytes at p that are in memory
// (mincore), and how many whole pages the range covers.
func resident(t *testing.T, p unsafe.Pointer, n uintptr) (in, pages int) {
	const page = 4096
	start := (uintptr(p) + page - 1) &^ (page - 1)
	end := (uintptr(p) + n) &^ (page - 1)
	vec := make([]byte, (end-start)/page)
	if _, _, errno := syscall.Syscall(syscall.SYS_MINCORE, start, end-start, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	for _, b := range vec {
		in += int(b & 1)
	}
	return in, len(vec)
}

// TestSetTableFaultedIn: a big set table is in memory as soon as it is
// made, before anything is written into it (set_table.go: otherwise each
// page faults twice, read then written, with a TLB flush of every CPU).
// Catches makeSetTable without populate, or resize making its table with
// a plain make: a table of 48 MiB, bigger than anything this test binary
// freed before, comes from pages the kernel has not mapped yet.
func TestSetTableFaultedIn(t *testing.T) {
	const slots = 3 << 20 / 2 // 48 MiB of 32-byte slots
	tab := makeSetTable(slots)
	if len(tab) != slots {
		t.Fatalf("len %d, want %d", len(tab), slots)
	}
	in, pages := resident(t, unsafe.Pointer(&tab[0]), uintptr(slots)*unsafe.Sizeof(setEntry{}))
	if in != pages {
		t.Fatalf("%d of %d pages in memory after makeSetTable", in, pages)
	}
	for i := range tab {
		if tab[i].key.IsValid() || tab[i].hash != 0 {
			t.Fatalf("slot %d not empty", i)
		}
	}
	// A resize into a big table makes one too: 60,000 consecutive ints
	// end in a table of 2^17 slots (4 MiB), in its first 60,000 slots;
	// the other pages are in memory only if the table was populated.
	s := NewSet()
	for i := range 60000 {
		if err := s.Add(nil, Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.table)*int(unsafe.Sizeof(setEntry{})) < bigArrayBytes {
		t.Fatalf("table of %d slots: not big", len(s.table))
	}
	in, pages = resident(t, unsafe.Pointer(&s.table[0]), uintptr(len(s.table))*unsafe.Sizeof(setEntry{}))
	if in != pages {
		t.Fatalf("%d of %d pages of the resized table in memory", in, pages)
	}
	runtime.KeepAlive(tab) // (its pages are not reused for the resize)
}

// TestPopulatePieces: split into pieces (5 of whole pages; 4 whose
// whole pages leave 3 pages over for the last), every page of the range
// is in memory afterwards. Catches a last piece that does not take the
// remainder, or pieces that skip or overlap wrongly.
func TestPopulatePieces(t *testing.T) {
	for _, c := range []struct {
		words  int
		pieces int
	}{{5 << 20, 5}, {(10<<20 + 3*4096) / 8, 4}} {
		buf := make([]uint64, c.words) // 40 MiB and more, fresh pages
		n := uintptr(len(buf)) * 8
		populatePieces(unsafe.Pointer(&buf[0]), n, c.pieces)
		if in, pages := resident(t, unsafe.Pointer(&buf[0]), n); in != pages {
			t.Errorf("%d pieces over %d bytes: %d of %d pages in memory", c.pieces, n, in, pages)
		}
		runtime.KeepAlive(buf)
	}
}
