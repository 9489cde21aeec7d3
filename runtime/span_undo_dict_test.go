package runtime

import (
	"fmt"
	"testing"
)

// dictLayout is the exact state of a dict: every entry position (key
// identity, hash, value), the index table and the count.
type dictLayout struct {
	entries []dictEntry
	index   []int32
	used    int
	version uint64
}

func layoutOf(d *Dict) dictLayout {
	return dictLayout{entries: append([]dictEntry(nil), d.entries...), index: append([]int32(nil), d.index...), used: d.used,
		version: d.version}
}

func (a dictLayout) diff(b dictLayout) string {
	if a.used != b.used {
		return fmt.Sprintf("used %d, want %d", a.used, b.used)
	}
	if len(a.entries) != len(b.entries) {
		return fmt.Sprintf("%d entries, want %d", len(a.entries), len(b.entries))
	}
	for i := range a.entries {
		x, y := a.entries[i], b.entries[i]
		if x.key != y.key || x.value != y.value || x.hash != y.hash {
			return fmt.Sprintf("entry %d: %v=%v, want %v=%v", i, x.key, x.value, y.key, y.value)
		}
	}
	if len(a.index) != len(b.index) {
		return fmt.Sprintf("index of %d slots, want %d", len(a.index), len(b.index))
	}
	for i := range a.index {
		if a.index[i] != b.index[i] {
			return fmt.Sprintf("index slot %d holds %d, want %d", i, a.index[i], b.index[i])
		}
	}
	return ""
}

// restOf returns repr(list(it)).
func restOf(t *testing.T, th *Thread, it *DictIterator) string {
	t.Helper()
	items, err := collect(th, FromObject(it))
	if err != nil {
		t.Fatal(err)
	}
	return spanRepr(t, th, FromObject(NewList(items)))
}

// bigDict returns a thread-local dict of n int keys (value = 10*key) with
// every seventh key deleted again, so that it has holes (dummy slots in
// its index, zeroed entries) as dicts written for a while do.
func bigDict(t *testing.T, th *Thread, n int) *Dict {
	t.Helper()
	d := NewDict()
	for i := 0; i < n; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(10*i))); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i += 7 {
		if _, err := d.DelItem(th, Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestRollbackKeyedDict writes a big thread-local dict (past maxCopyLen,
// so recorded per position) in every structural way inside a span, rolls
// the span back, and checks the dict is exactly as before: the same entry
// at every position (so insertion order), the same index table, the same
// count; an iterator made before the span goes on where it was; lookups
// find the old keys and not the new ones. The span must stay abortable
// throughout (a big dict made it irrevocable at its first store before).
func TestRollbackKeyedDict(t *testing.T) {
	const n = 2000
	keys := func(lo, hi int) []int {
		var ks []int
		for i := lo; i < hi; i++ {
			ks = append(ks, i)
		}
		return ks
	}
	cases := []struct {
		name string
		ops  func(t *testing.T, th *Thread, d *Dict)
	}{
		{"insert_few", func(t *testing.T, th *Thread, d *Dict) {
			for _, k := range keys(n, n+20) {
				_ = d.SetItem(th, Int(int64(k)), Int(1))
			}
		}},
		{"insert_grow", func(t *testing.T, th *Thread, d *Dict) {
			// Several rebuilds (new index, compaction of the holes).
			for _, k := range keys(n, 5*n) {
				_ = d.SetItem(th, Int(int64(k)), Int(2))
			}
		}},
		{"replace_values", func(t *testing.T, th *Thread, d *Dict) {
			for r := 0; r < 3; r++ {
				for _, k := range keys(1, 300) {
					if k%7 != 0 {
						_ = d.SetItem(th, Int(int64(k)), Int(int64(-k-r)))
					}
				}
			}
		}},
		{"delete_reinsert", func(t *testing.T, th *Thread, d *Dict) {
			for _, k := range keys(1, 200) {
				if k%7 != 0 {
					_, _ = d.DelItem(th, Int(int64(k)))
				}
			}
			for _, k := range keys(1, 100) { // back, at the end
				if k%7 != 0 {
					_ = d.SetItem(th, Int(int64(k)), Int(3))
				}
			}
			_ = d.SetItem(th, Int(n+5), Int(4)) // a new key, deleted again
			_, _ = d.DelItem(th, Int(n+5))
			_ = d.SetItem(th, Int(0), Int(5)) // a key deleted before the span
		}},
		{"replace_then_insert", func(t *testing.T, th *Thread, d *Dict) {
			// Value records taken before the dict is keyed, then a growth.
			_ = d.SetItem(th, Int(1), Int(-1))
			_ = d.SetItem(th, Int(2), Int(-2))
			for _, k := range keys(n, 3*n) {
				_ = d.SetItem(th, Int(int64(k)), Int(6))
			}
			_ = d.SetItem(th, Int(3), Int(-3))
			_, _ = d.DelItem(th, Int(4))
		}},
		{"insert_replace_grow", func(t *testing.T, th *Thread, d *Dict) {
			// Keyed first, then values replaced in the original array,
			// then a growth moves the dict to new arrays.
			_ = d.SetItem(th, Int(n), Int(6))
			_ = d.SetItem(th, Int(1), Int(-1))
			_ = d.SetItem(th, Int(2), Int(-2))
			for _, k := range keys(n+1, 3*n) {
				_ = d.SetItem(th, Int(int64(k)), Int(6))
			}
			_ = d.SetItem(th, Int(1), Int(-11))
		}},
		{"empty_refill", func(t *testing.T, th *Thread, d *Dict) {
			// Emptied by deletes, the dict keeps its entries array and
			// appends over the original positions.
			for _, k := range keys(0, n) {
				_, _ = d.DelItem(th, Int(int64(k)))
			}
			if d.Len() != 0 {
				t.Fatalf("len %d after deleting every key", d.Len())
			}
			for _, k := range keys(3*n, 3*n+50) {
				_ = d.SetItem(th, Int(int64(k)), Int(7))
			}
		}},
		{"popitem_pop_clear", func(t *testing.T, th *Thread, d *Dict) {
			for i := 0; i < 30; i++ {
				if _, _, err := d.Pop(th, Int(int64(n-1-i))); err != nil {
					t.Fatal(err)
				}
			}
			_ = d.SetItem(th, Int(n+1), Int(8))
			d.Clear(th)
			for _, k := range keys(0, 40) {
				_ = d.SetItem(th, Int(int64(k)), Int(9))
			}
		}},
		{"str_keys", func(t *testing.T, th *Thread, d *Dict) {
			for _, k := range keys(0, 600) {
				d.SetStrT(th, fmt.Sprint("s", k), Int(int64(k)))
			}
			d.DelStrT(th, "s5")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			th := New(Options{Parallel: true}).NewThread()
			d := bigDict(t, th, n)
			it := newDictIterator(d, dictIterItems)
			for i := 0; i < 10; i++ {
				if _, _, err := it.NextErr(th); err != nil {
					t.Fatal(err)
				}
			}
			before := layoutOf(d)
			rest := func() string { // what the iterator still yields
				return restOf(t, th, it)
			}
			spanForTest(th)
			if _, _, err := it.NextErr(th); err != nil {
				t.Fatal(err)
			}
			c.ops(t, th, d)
			if !th.spActive || th.sp.stats.Irrevocable != 0 {
				t.Fatalf("span became irrevocable writing a big local dict (stats %+v)", th.sp.stats)
			}
			spanVersion := d.version
			th.sp.abortReq, th.sp.cause = true, causeInjected
			th.rollback()
			if spanVersion != before.version && d.version == spanVersion {
				t.Fatalf("keys version %d after rollback as in the span: caches of the span's keys would stay valid", d.version)
			}
			if msg := layoutOf(d).diff(before); msg != "" {
				t.Fatalf("after rollback: %s", msg)
			}
			for i, e := range d.entries[len(d.entries):cap(d.entries)] {
				if e.key.IsValid() || e.value.IsValid() {
					t.Fatalf("spare capacity keeps the span's entry %d (%v=%v) alive", len(d.entries)+i, e.key, e.value)
				}
			}
			for i := 0; i < 5*n; i++ {
				v, ok, err := d.GetItem(th, Int(int64(i)))
				want := i < n && i%7 != 0
				if err != nil || ok != want || ok && v != Int(int64(10*i)) {
					t.Fatalf("d[%d] = %v %v %v after rollback", i, v, ok, err)
				}
			}
			// The iterator goes on from item 10 (its step in the span is
			// undone), as it would have without the span.
			got := rest()
			ref := bigDict(t, th, n)
			rit := newDictIterator(ref, dictIterItems)
			for i := 0; i < 10; i++ {
				_, _, _ = rit.NextErr(th)
			}
			if s := restOf(t, th, rit); got != s {
				t.Fatalf("iterator after rollback yields %.200s..., want %.200s...", got, s)
			}
			// Inserting after the rollback works (the index has room).
			for i := 0; i < 100; i++ {
				_ = d.SetItem(th, Int(int64(10*n+i)), Int(1))
			}
			if d.Len() != before.used+100 {
				t.Fatalf("len %d after 100 inserts, want %d", d.Len(), before.used+100)
			}
		})
	}
}

// TestKeyedDictRecordsFew: a span inserting into a big dict records what
// a rollback needs of the arrays it found (one record per insert, for
// its index slot), and nothing once a growth has moved the dict to new
// arrays; a loop replacing one value records it once.
func TestKeyedDictRecordsFew(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	d := NewDict()
	for i := 0; i < 1000; i++ {
		_ = d.SetItem(th, Int(int64(i)), Int(0))
	}
	spanForTest(th)
	_ = d.SetItem(th, Int(-1), Int(0)) // keyed from here
	for i := 0; i < 100; i++ {
		_ = d.SetItem(th, Int(5), Int(int64(i)))
	}
	if got := len(th.sp.undo.dicts) + len(th.sp.undo.dictSlots); got != 3 { // the table, the insert's slot, entry 5
		t.Fatalf("%d records for an insert and 100 stores into one key, want 3", got)
	}
	for i := 1000; i < 20000; i++ {
		_ = d.SetItem(th, Int(int64(i)), Int(0))
	}
	// 1000 entries in an index of 2048 slots: 365 inserts before the
	// growth, then none.
	if got := len(th.sp.undo.dicts) + len(th.sp.undo.dictSlots); got > 3+400 {
		t.Fatalf("%d records for 19000 inserts, want at most %d", got, 3+400)
	}
	if !th.spActive {
		t.Fatal("span became irrevocable")
	}
}

// TestKeyedDictRandomRollback: random sequences of inserts, value
// stores, deletes, pops, popitems, re-inserts and the odd clear on big
// dicts with holes, each rolled back: the layout must come back exactly
// every time, including after spans that committed changes in between.
func TestKeyedDictRandomRollback(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		th := New(Options{Parallel: true}).NewThread()
		rnd := seed * 0x9E3779B97F4A7C15
		next := func(n int) int {
			rnd ^= rnd << 13
			rnd ^= rnd >> 7
			rnd ^= rnd << 17
			return int(rnd % uint64(n))
		}
		d := bigDict(t, th, 600+next(3000))
		for round := 0; round < 3; round++ {
			before := layoutOf(d)
			spanForTest(th)
			ops := 1 + next(4000)
			for i := 0; i < ops; i++ {
				k := Int(int64(next(8000)))
				switch op := next(100); {
				case op < 45:
					_ = d.SetItem(th, k, Int(int64(i)))
				case op < 75:
					_, _ = d.DelItem(th, k)
				case op < 85:
					_, _, _ = d.Pop(th, k)
				case op < 95:
					if _, err := callMethodNamed(th, FromObject(d), "popitem"); err != nil && d.Len() > 0 {
						t.Fatal(err)
					}
				case op < 96 && next(10) == 0:
					d.Clear(th)
				default:
					d.SetStrT(th, fmt.Sprint("k", next(50)), k)
				}
			}
			if !th.spActive {
				t.Fatalf("seed %d: span became irrevocable", seed)
			}
			th.sp.abortReq, th.sp.cause = true, causeInjected
			th.rollback()
			if msg := layoutOf(d).diff(before); msg != "" {
				t.Fatalf("seed %d round %d (%d ops): after rollback: %s", seed, round, ops, msg)
			}
			// A committed span's changes stay (the next round starts from them).
			spanForTest(th)
			for i := 0; i < next(300); i++ {
				_ = d.SetItem(th, Int(int64(9000+next(500))), Int(1))
				_, _ = d.DelItem(th, Int(int64(next(8000))))
			}
			th.endSpan(true)
		}
	}
}
