package runtime

// This file defines what a dict's index slot holds besides dictEmpty and
// dictDummy: the entry number, and in indexes of up to slotTaggedMax
// slots, above it, a tag of seven bits of the key's hash.
//
// Why: a probe that meets a slot of another key must tell it is another
// key, and without a tag that means loading the entry's hash: in a dict
// of millions of keys, a cache miss into an entries array of a hundred
// megabytes. Two threads inserting new keys into one dict met 1.46 other
// keys per insert (the index two thirds full at most; keys (k, i) of
// CPython's tuple hash), and the hash compare after that load was 86% of
// the probes' time (perf annotate, bench/scaling/insdict.py). With a tag,
// a slot of another key costs its entry load only once in 128.
//
// The entry numbers of an index of up to 2^24 slots stay below 2^24
// (entries are at most two thirds of the slots), so the tag takes bits
// 24-30 and slots stay non-negative; a bigger index carries no tag
// (slotCode's tag 0 matches every slot).

const (
	slotTagShift  = 24
	slotTaggedMax = 1 << slotTagShift // the longest index whose slots carry tags
)

// slotCode returns, for hash h in an index of n slots, the mask of a
// slot's entry-number bits and the tag bits a slot of h's key holds.
// A slot x >= 0 may be h's key's only if x&^mask == tag; its entry number
// is x&mask.
func slotCode(n int, h int64) (mask, tag int32) {
	if n > slotTaggedMax {
		return 1<<31 - 1, 0
	}
	return 1<<slotTagShift - 1, int32(uint64(h)>>57) << slotTagShift
}

// slotValue is what the index slot of entry n, of hash h, holds in d.
func (d *Dict) slotValue(h int64, n int) int32 {
	_, tag := slotCode(len(d.index), h)
	return tag | int32(n)
}

// slotOf returns the index slot holding entry number ix (d has an index
// and ix is a live entry).
func (d *Dict) slotOf(ix int) int {
	h := d.entries[ix].hash
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	want := d.slotValue(h, ix)
	for d.index[i] != want {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}
