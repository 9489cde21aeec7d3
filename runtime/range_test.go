package runtime

import (
	"math/big"
	"testing"
)

func rangeOf(tb testing.TB, t *Thread, args ...Value) Value {
	tb.Helper()
	fn, _ := RangeType.Lookup("__new__")
	v, err := fn.obj.(*BuiltinFunction).Fn(t, append([]Value{FromObject(RangeType)}, args...), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// TestRangeBig checks ranges beyond int64 (values from python3).
func TestRangeBig(t *testing.T) {
	th := newTestThread()
	e20, _ := new(big.Int).SetString("100000000000000000000", 10)
	r := rangeOf(t, th, NewInt(e20))
	last, err := GetItem(th, r, Int(-1))
	if err != nil || mustRepr(t, th, last) != "99999999999999999999" {
		t.Errorf("range(10**20)[-1] = %v %v", last, err)
	}
	in, err := Contains(th, r, NewInt(new(big.Int).Sub(e20, big.NewInt(1))))
	if err != nil || !in {
		t.Errorf("10**20-1 in range(10**20): %v %v", in, err)
	}
	if _, err := Len(th, r); err == nil || errText(err) != "OverflowError: Python int too large to convert to C ssize_t" {
		t.Errorf("len: %v", err)
	}
	if got := mustRepr(t, th, r); got != "range(0, 100000000000000000000)" {
		t.Errorf("repr = %s", got)
	}
	small := rangeOf(t, th, Int(0), Int(10), Int(3))
	if got := mustRepr(t, th, small); got != "range(0, 10, 3)" {
		t.Errorf("repr = %s", got)
	}
	rev, err := GetItem(th, small, NewSlice(None, None, Int(-1)))
	if err != nil || mustRepr(t, th, rev) != "range(9, -3, -3)" {
		t.Errorf("range(0,10,3)[::-1] = %v %v", rev, err)
	}
	if _, err := GetItem(th, small, Int(4)); err == nil || errText(err) != "IndexError: range object index out of range" {
		t.Errorf("index error: %v", err)
	}
}
