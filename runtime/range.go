package runtime

// RangeType is the type of range.
var RangeType = &Type{Name: "range"}

// Range is an immutable range object with int64 bounds.
type Range struct {
	Start, Stop, Step int64
	big               *rangeBig // non-nil: bounds beyond int64 (range_big.go); the int64 fields are unused
}

// Type returns range.
func (r *Range) Type() *Type { return RangeType }

// Len returns the number of elements (of an int64 range; see range_big.go).
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return int64((uint64(r.Stop-r.Start)-1)/uint64(r.Step) + 1)
	}
	if r.Step < 0 && r.Start > r.Stop {
		return int64((uint64(r.Start-r.Stop)-1)/uint64(-r.Step) + 1)
	}
	return 0
}

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) Value {
	return FromObject(&Range{Start: start, Stop: stop, Step: step})
}
