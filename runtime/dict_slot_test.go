package runtime

import "testing"

// TestSlotCode: slots of indexes up to slotTaggedMax carry seven bits of
// the hash above the entry number, bigger ones none.
func TestSlotCode(t *testing.T) {
	h := int64(-1) << 57 // top seven bits set
	mask, tag := slotCode(slotTaggedMax, h)
	if mask != 1<<24-1 || tag != 0x7f<<24 {
		t.Errorf("slotCode(2^24, top bits set) = %#x, %#x; want 0xffffff, 0x7f000000", mask, tag)
	}
	if _, tag := slotCode(slotTaggedMax, 1<<57); tag != 1<<24 {
		t.Errorf("tag of hash 2^57 = %#x, want 1<<24", tag)
	}
	if mask, tag := slotCode(2*slotTaggedMax, h); mask != 1<<31-1 || tag != 0 {
		t.Errorf("slotCode(2^25, ...) = %#x, %#x; want no tag", mask, tag)
	}
}

// TestDictTaggedCollisions: keys whose hashes agree in every bit the
// index uses to place them, and differ only in the tag's bits (i and
// i + 2^58 as ints), share probe sequences; lookups, deletions and
// reinsertions must still find each key by its own entry.
func TestDictTaggedCollisions(t *testing.T) {
	th := testThread()
	d := NewDict()
	const n = 3000
	key := func(i, j int) Value { return Int(int64(i) + int64(j)<<58) }
	for i := 0; i < n; i++ {
		for j := 0; j < 3; j++ {
			if err := d.SetItem(th, key(i, j), Int(int64(10*i+j))); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := 0; i < n; i += 2 {
		if ok, err := d.DelItem(th, key(i, 1)); err != nil || !ok {
			t.Fatalf("del %d: %v %v", i, ok, err)
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < 4; j++ {
			v, ok, err := d.GetItem(th, key(i, j))
			want := j < 3 && !(j == 1 && i%2 == 0)
			if err != nil || ok != want || ok && v.num != uint64(10*i+j) {
				t.Fatalf("d[%d + %d<<58] = %v, %v, %v; want present %v", i, j, v, ok, err, want)
			}
			if ix := d.lookupPure(key(i, j), mustHash(t, key(i, j))); (ix >= 0) != want {
				t.Fatalf("lookupPure(%d + %d<<58) = %d, want present %v", i, j, ix, want)
			}
		}
	}
}
