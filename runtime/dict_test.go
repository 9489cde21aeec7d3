package runtime

import (
	"strconv"
	"testing"
)

func TestDictBasics(t *testing.T) {
	th := newTestThread()
	d := NewDict()
	for i := 0; i < 100; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i*i))); err != nil {
			t.Fatal(err)
		}
	}
	// 1.0 and True are the same keys as 1.
	v, ok, err := d.GetItem(th, Float(1.0))
	if err != nil || !ok || v.AsInt() != 1 {
		t.Errorf("d[1.0] = %v %v %v", v, ok, err)
	}
	v, ok, _ = d.GetItem(th, True)
	if !ok || v.AsInt() != 1 {
		t.Errorf("d[True] missing")
	}
	ver := d.KeysVersion()
	d.SetItem(th, Int(5), Int(-5)) // replace: version unchanged
	if d.KeysVersion() != ver {
		t.Errorf("replacing a value changed the keys version")
	}
	for i := 0; i < 100; i += 2 {
		if ok, err := d.DelItem(th, Int(int64(i))); !ok || err != nil {
			t.Fatalf("del %d: %v %v", i, ok, err)
		}
	}
	if d.KeysVersion() == ver {
		t.Errorf("deleting keys did not change the keys version")
	}
	if d.Len() != 50 {
		t.Errorf("len = %d", d.Len())
	}
	keys, _ := d.Entries(th)
	for i, k := range keys {
		if k.AsInt() != int64(2*i+1) {
			t.Fatalf("order broken at %d: %v", i, k)
		}
	}
	// Reinsert a deleted key: it goes to the end.
	d.SetItem(th, Int(0), Int(0))
	keys, _ = d.Entries(th)
	if keys[len(keys)-1].AsInt() != 0 {
		t.Errorf("reinserted key not last")
	}
	// str keys through both paths.
	d.SetStr("name", Int(1))
	v, ok, _ = d.GetItem(th, NewStr("name"))
	if !ok || v.AsInt() != 1 {
		t.Errorf("GetItem after SetStr failed")
	}
	d.SetItem(th, NewStr("other"), Int(2))
	if v, ok := d.GetStr("other"); !ok || v.AsInt() != 2 {
		t.Errorf("GetStr after SetItem failed")
	}
	if !d.DelStr("other") || d.DelStr("other") {
		t.Errorf("DelStr")
	}
	if got := mustRepr(t, th, FromObject(NewDict())); got != "{}" {
		t.Errorf("repr = %s", got)
	}
	e := NewDict()
	e.SetStr("a", Int(1))
	e.SetItem(th, Int(2), NewStr("it's"))
	e.SetItem(th, NewStr("self"), FromObject(e))
	if got := mustRepr(t, th, FromObject(e)); got != `{'a': 1, 2: "it's", 'self': {...}}` {
		t.Errorf("repr = %s", got)
	}
	_, err = dictGetItem(th, FromObject(e), NewStr("zz"))
	if err == nil || errText(err) != "KeyError: 'zz'" {
		t.Errorf("missing key: %v", err)
	}
	_, _, err = e.GetItem(th, FromObject(NewList(nil)))
	if err == nil || errText(err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("unhashable: %v", err)
	}
}

func TestDictIterationErrors(t *testing.T) {
	th := newTestThread()
	d := NewDict()
	d.SetStr("a", Int(1))
	d.SetStr("b", Int(2))
	it := newDictIterator(d, dictIterKeys)
	if _, ok, err := it.NextErr(th); !ok || err != nil {
		t.Fatal("next")
	}
	d.SetStr("c", Int(3))
	if _, _, err := it.NextErr(th); err == nil || errText(err) != "RuntimeError: dictionary changed size during iteration" {
		t.Errorf("got %v", err)
	}
	// dict(seq) errors.
	nd := NewDict()
	err := dictUpdate(th, nd, FromObject(NewList([]Value{NewTuple([]Value{Int(1)})})), "")
	if err == nil || errText(err) != "ValueError: dictionary update sequence element #0 has length 1; 2 is required" {
		t.Errorf("got %v", err)
	}
	err = dictUpdate(th, nd, FromObject(NewList([]Value{Int(1)})), "")
	if err == nil || errText(err) != "TypeError: cannot convert dictionary update sequence element #0 to a sequence" {
		t.Errorf("got %v", err)
	}
}

func TestListStrategies(t *testing.T) {
	th := newTestThread()
	l := NewList([]Value{Int(1), Int(2)})
	if l.kind != listInts {
		t.Fatalf("kind %d", l.kind)
	}
	l.Append(th, Float(2.5))
	if l.kind != listValues || l.Len() != 3 || l.Get(th, 2).AsFloat() != 2.5 || l.Get(th, 0).AsInt() != 1 {
		t.Errorf("generalize failed: %v", mustRepr(t, th, FromObject(l)))
	}
	f := NewList([]Value{Float(1), Float(2)})
	if f.kind != listFloats {
		t.Errorf("floats kind %d", f.kind)
	}
	// Slice assignment, extended slices.
	x := NewList([]Value{Int(0), Int(1), Int(2), Int(3), Int(4)})
	err := listSetItem(th, FromObject(x), NewSlice(None, None, Int(2)), FromObject(NewList([]Value{Int(9), Int(9)})))
	if err == nil || errText(err) != "ValueError: attempt to assign sequence of size 2 to extended slice of size 3" {
		t.Errorf("got %v", err)
	}
	if err := listSetItem(th, FromObject(x), NewSlice(Int(1), Int(3), None), NewStr("ab")); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, th, FromObject(x)); got != "[0, 'a', 'b', 3, 4]" {
		t.Errorf("got %s", got)
	}
	if err := listDelItem(th, FromObject(x), NewSlice(None, None, Int(-2))); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, th, FromObject(x)); got != "['a', 3]" {
		t.Errorf("del x[::-2] left %s", got)
	}
	// Int fast path of slice assignment, including the list itself.
	p := NewList([]Value{Int(1), Int(2), Int(3), Int(4)})
	rev, _ := listGetItem(th, FromObject(p), NewSlice(Int(2), None, Int(-1)))
	if err := listSetItem(th, FromObject(p), NewSlice(None, Int(3), None), rev); err != nil {
		t.Fatal(err)
	}
	if err := listSetItem(th, FromObject(p), NewSlice(None, None, Int(-2)), FromObject(NewList([]Value{Int(7), Int(8)}))); err != nil {
		t.Fatal(err)
	}
	if err := listSetItem(th, FromObject(p), NewSlice(Int(1), Int(1), None), FromObject(p)); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, th, FromObject(p)); got != "[3, 3, 8, 1, 7, 8, 1, 7]" {
		t.Errorf("int slice assignment gave %s", got)
	}
	self := NewList([]Value{Int(1)})
	self.Append(th, FromObject(self))
	if got := mustRepr(t, th, FromObject(self)); got != "[1, [...]]" {
		t.Errorf("got %s", got)
	}
	_, err = listGetItem(th, FromObject(self), Int(5))
	if err == nil || errText(err) != "IndexError: list index out of range" {
		t.Errorf("got %v", err)
	}
	_, err = listGetItem(th, FromObject(self), NewStr("a"))
	if err == nil || errText(err) != "TypeError: list indices must be integers or slices, not str" {
		t.Errorf("got %v", err)
	}
}

func BenchmarkListIndex(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 1000)
	for i := range items {
		items[i] = Int(int64(i))
	}
	l := NewList(items)
	b.ReportAllocs()
	b.ResetTimer()
	var sum int64
	for i := 0; i < b.N; i++ {
		v, _ := listGetItem(th, FromObject(l), Int(int64(i&511)))
		sum += v.AsInt()
	}
	_ = sum
}

func BenchmarkListAppend(b *testing.B) {
	th := newTestThread()
	b.ReportAllocs()
	l := NewList(nil)
	for i := 0; i < b.N; i++ {
		if l.Len() >= 1<<16 {
			l.Clear(th)
		}
		l.Append(th, Int(int64(i)))
	}
}

func BenchmarkDictGetStr(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	keys := make([]Value, 64)
	for i := range keys {
		keys[i] = NewStr("key" + strconv.Itoa(i))
		d.SetItem(th, keys[i], Int(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.GetItem(th, keys[i&63])
	}
}

func BenchmarkDictGetStrGo(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	names := make([]string, 64)
	for i := range names {
		names[i] = "key" + strconv.Itoa(i)
		d.SetItem(th, NewStr(names[i]), Int(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.GetStr(names[i&63])
	}
}

func BenchmarkDictSetStr(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	keys := make([]Value, 64)
	for i := range keys {
		keys[i] = NewStr("key" + strconv.Itoa(i))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.SetItem(th, keys[i&63], Int(int64(i)))
	}
}

func BenchmarkDictGetInt(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	for i := 0; i < 1024; i++ {
		d.SetItem(th, Int(int64(i)), Int(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.GetItem(th, Int(int64(i&1023)))
	}
}

func BenchmarkDictSetInt(b *testing.B) {
	th := newTestThread()
	d := NewDict()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d.SetItem(th, Int(int64(i&1023)), Int(int64(i)))
	}
}
