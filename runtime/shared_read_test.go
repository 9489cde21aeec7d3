package runtime

import (
	"math/rand"
	goruntime "runtime"
	"strconv"
	"sync"
	"testing"
)

// lockFreeThread returns a thread that reads shared objects through their
// read sides, as one in an abortable span does (the test hook: its span
// state says optimistic; it never holds the token).
func lockFreeThread() *Thread {
	th := testThread()
	th.sp.optimistic = true
	return th
}

// commitWords stands for the commit of set-up writes made with no thread
// (their locks have no owner to release them, readlog.go): every locked
// (odd) word moves on to the next even version. Writers with a thread
// commit with unlockWords.
func commitWords(ws []*versionWord) {
	for _, w := range ws {
		if lockedVersion(w.load()) {
			w.v.Add(1)
		}
	}
}

// dictWords returns every version word of d's read side, its table's
// miss stripes included.
func dictWords(d *Dict) []*versionWord {
	rs := d.readSide()
	ws := []*versionWord{&rs.gen, &rs.keys}
	tab := rs.tab.Load()
	for i := range tab.miss {
		ws = append(ws, &tab.miss[i])
	}
	for i := range tab.slots {
		if n := tab.slots[i].Load(); n != nil {
			ws = append(ws, &n.w)
		}
	}
	return ws
}

// sharedDictWithReadSide returns a published dict holding kv, with its
// read side built and committed.
func sharedDictWithReadSide(t *testing.T, kv ...Value) *Dict {
	t.Helper()
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.SetItem(nil, kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	publishOf(FromObject(d))
	d.buildReadSide(nil)
	commitWords(dictWords(d))
	return d
}

func TestPureKeys(t *testing.T) {
	inner := NewTuple([]Value{Int(1), NewStr("a")})
	for _, c := range []struct {
		v    Value
		pure bool
	}{
		{Int(3), true}, {Float(2.5), true}, {None, true}, {True, true}, {NewStr("s"), true},
		{inner, true}, {NewTuple([]Value{inner, Float(1)}), true},
		{NewTuple([]Value{FromObject(NewList(nil))}), false},
		{FromObject(NewList(nil)), false}, {FromObject(NewDict()), false},
	} {
		if got := pureKey(c.v); got != c.pure {
			t.Errorf("pureKey(%v) = %v, want %v", c.v, got, c.pure)
		}
	}
	deep := NewTuple(nil)
	for i := 0; i < 2*maxPureKeyDepth; i++ {
		deep = NewTuple([]Value{deep})
	}
	if pureKey(deep) {
		t.Error("a tuple nested deeper than maxPureKeyDepth is pure")
	}
	th := testThread()
	vals := []Value{Int(1), Float(1), True, Int(0), False, Float(0.5), NewStr("1"), NewStr("a"), None,
		NewTuple([]Value{Int(1), NewStr("a")}), NewTuple([]Value{Float(1), NewStr("a")}), NewTuple([]Value{Int(2)})}
	for _, a := range vals {
		for _, b := range vals {
			want, err := keysEqual(th, a, b)
			if err != nil {
				t.Fatal(err)
			}
			if got := pureEqual(a, b); got != want {
				t.Errorf("pureEqual(%v, %v) = %v, keysEqual says %v", a, b, got, want)
			}
		}
	}
}

func TestSharedDictLockFreeReads(t *testing.T) {
	var kv []Value
	for i := 0; i < 100; i++ {
		kv = append(kv, Int(int64(i)), Int(int64(3*i)), NewStr("k"+strconv.Itoa(i)), Int(int64(-i)))
	}
	tup := NewTuple([]Value{Int(1), NewStr("a")})
	tupVal := NewStr("tuple")
	kv = append(kv, tup, tupVal, Float(2.5), NewStr("float"), None, NewStr("none"))
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.SetItem(nil, kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	publishOf(FromObject(d))
	th := lockFreeThread()
	dv := FromObject(d)

	// The first read builds the read side under the token and takes the
	// token path itself.
	if _, ok, _ := th.readGetItem(dv, Int(5)); ok || d.readSide() == nil {
		t.Fatalf("first read: lock-free %v, read side %v; want the token path and a built side", ok, d.readSide())
	}
	commitWords(dictWords(d))

	for i := 0; i+1 < len(kv); i += 2 {
		r, ok, err := th.readGetItem(dv, kv[i])
		if !ok || err != nil || !r.Is(kv[i+1]) {
			t.Fatalf("d[%s] lock-free = %s, %v, %v; want %s", reprOf(kv[i]), reprOf(r), ok, err, reprOf(kv[i+1]))
		}
	}
	// Equal keys of other kinds, misses, len, in, get.
	for _, c := range []struct{ k, want Value }{
		{Float(7), Int(21)}, {True, Int(3)}, {NewTuple([]Value{Float(1), NewStr("a")}), tupVal},
	} {
		if r, ok, err := th.readGetItem(dv, c.k); !ok || err != nil || !r.Is(c.want) {
			t.Errorf("d[%s] lock-free = %s, %v, %v; want %s", reprOf(c.k), reprOf(r), ok, err, reprOf(c.want))
		}
	}
	if _, ok, err := th.readGetItem(dv, Int(1000)); !ok || !isExc(err, KeyErrorType) {
		t.Errorf("missing key: ok %v err %v; want KeyError without the token", ok, err)
	}
	if found, ok := th.readContains(dv, NewStr("k7")); !ok || !found {
		t.Errorf("'k7' in d: %v %v", found, ok)
	}
	if found, ok := th.readContains(dv, NewStr("k700")); !ok || found {
		t.Errorf("'k700' in d: %v %v", found, ok)
	}
	if n, ok := th.readLen(dv); !ok || n != d.Len() {
		t.Errorf("len lock-free = %d %v, want %d", n, ok, d.Len())
	}
	dflt := NewStr("dflt")
	if r, ok := dictGetLockFree(th, []Value{dv, Int(1000), dflt}, nil); !ok || !r.Is(dflt) {
		t.Errorf("d.get(1000, 'dflt') = %v %v", r, ok)
	}
	if r, ok := dictGetLockFree(th, []Value{dv, Int(4)}, nil); !ok || !r.Is(Int(12)) {
		t.Errorf("d.get(4) = %v %v", r, ok)
	}
	// Keys that could run Python code take the token path.
	if _, ok, _ := th.readGetItem(dv, FromObject(NewList(nil))); ok {
		t.Error("an unhashable key was looked up without the token")
	}
	if !th.readsValid() || len(th.sp.reads) == 0 {
		t.Fatalf("read log: %d entries, valid %v", len(th.sp.reads), th.readsValid())
	}

	// A write to a key invalidates the reads of that key only; an insert
	// invalidates misses and len, not hits.
	th.clearReads()
	th.readGetItem(dv, Int(7))
	if err := d.SetItem(nil, Int(8), Int(0)); err != nil {
		t.Fatal(err)
	}
	commitWords(dictWords(d))
	if !th.readsValid() {
		t.Error("writing d[8] invalidated a read of d[7]")
	}
	if err := d.SetItem(nil, Int(7), Int(0)); err != nil {
		t.Fatal(err)
	}
	commitWords(dictWords(d))
	if th.readsValid() {
		t.Error("writing d[7] left a read of d[7] valid")
	}
	// Misses are recorded per stripe: an insert of a key of another
	// stripe leaves a recorded miss valid (the table does not grow
	// here), one of the same stripe invalidates it; neither touches a
	// hit. (Mutation caught: misses recorded on the keys word.)
	stripes := int64(len(d.readSide().tab.Load().miss))
	th.clearReads()
	th.readGetItem(dv, Int(6))
	th.readGetItem(dv, Int(5000))
	mark := len(th.sp.reads)
	tab := d.readSide().tab.Load()
	if err := d.SetItem(nil, Int(5001), Int(0)); err != nil {
		t.Fatal(err)
	}
	commitWords(dictWords(d))
	if d.readSide().tab.Load() != tab {
		t.Fatal("the table grew: the test needs more room")
	}
	if !th.readsValid() {
		t.Error("inserting a key of another stripe invalidated a recorded miss")
	}
	if err := d.SetItem(nil, Int(5000+stripes), Int(0)); err != nil {
		t.Fatal(err)
	}
	commitWords(dictWords(d))
	if th.readsValid() {
		t.Error("inserting a key of the miss's stripe left the recorded miss valid")
	}
	th.sp.reads = th.sp.reads[:mark-1]
	if !th.readsValid() {
		t.Error("inserting a key invalidated a hit on another key")
	}
	// The key inserted is found now; the miss of 5000 is still one.
	if r, ok, err := th.readGetItem(dv, Int(5000+stripes)); !ok || err != nil || r.AsInt() != 0 {
		t.Errorf("d[%d] after the insert: %v %v %v", 5000+stripes, r, ok, err)
	}
	if found, ok := th.readContains(dv, Int(5000)); !ok || found {
		t.Errorf("5000 in d: %v %v", found, ok)
	}
	th.clearReads()
	th.readGetItem(dv, Int(6))
	if _, err := d.DelItem(nil, Int(6)); err != nil {
		t.Fatal(err)
	}
	commitWords(dictWords(d))
	if th.readsValid() {
		t.Error("deleting d[6] left a read of d[6] valid")
	}
	if _, ok, err := th.readGetItem(dv, Int(6)); !ok || !isExc(err, KeyErrorType) {
		t.Errorf("deleted key read lock-free: ok %v err %v", ok, err)
	}
	th.clearReads()
	th.readGetItem(dv, Int(9))
	d.Clear(nil)
	commitWords(dictWords(d))
	if th.readsValid() {
		t.Error("clear left a read valid")
	}
	if n, ok := th.readLen(dv); !ok || n != 0 {
		t.Errorf("len after clear = %d %v", n, ok)
	}
}

func TestSharedDictLockedWordsTakeTokenPath(t *testing.T) {
	d := sharedDictWithReadSide(t, Int(1), Int(10))
	th := lockFreeThread()
	// An uncommitted write (a locked word) must not be read.
	n := d.readSide().find(Int(1), intHash(1))
	n.w.v.Add(1)
	if _, ok, _ := th.readGetItem(FromObject(d), Int(1)); ok {
		t.Error("a locked key was read without the token")
	}
	n.w.v.Add(1)
	// An uncommitted insert locks its key's stripe: no miss of that
	// stripe is decided meanwhile; the key set's word (len) does not
	// matter to a miss.
	tab := d.readSide().tab.Load()
	tab.missWord(intHash(2)).v.Add(1)
	if _, ok, _ := th.readGetItem(FromObject(d), Int(2)); ok {
		t.Error("a miss was decided while its stripe was locked")
	}
	if _, ok, _ := th.readGetItem(FromObject(d), Int(3)); !ok {
		t.Error("a miss of another stripe needed the token")
	}
	tab.missWord(intHash(2)).v.Add(1)
	d.readSide().keys.v.Add(1)
	if _, ok, _ := th.readGetItem(FromObject(d), Int(2)); !ok {
		t.Error("a miss needed the token while only the key set's word was locked")
	}
	if _, ok := th.readLen(FromObject(d)); ok {
		t.Error("len was read while the key set's word was locked")
	}
	d.readSide().keys.v.Add(1)
	if _, ok, _ := th.readGetItem(FromObject(d), Int(1)); !ok {
		t.Error("a hit on an unlocked key needed the token")
	}
}

// mixedKey returns one of n keys, drawn by rng: ints, strs and tuples in
// turn, so that tables hold keys of different kinds and hashes.
func mixedKey(rng *rand.Rand, n int) Value {
	i := rng.Intn(n)
	switch i % 3 {
	case 0:
		return Int(int64(i))
	case 1:
		return NewStr("s" + strconv.Itoa(i))
	}
	return NewTuple([]Value{Int(int64(i)), NewStr("t")})
}

// TestSharedDictReadSideFollowsWrites applies random writes of every kind
// to a shared dict and checks after each that its read side holds exactly
// the dict's items.
func TestSharedDictReadSideFollowsWrites(t *testing.T) {
	d := sharedDictWithReadSide(t)
	th := lockFreeThread()
	w := testThread()
	rng := rand.New(rand.NewSource(7))
	key := func() Value { return mixedKey(rng, 300) }
	for step := 0; step < 5000; step++ {
		k := key()
		switch op := rng.Intn(20); {
		case op < 10:
			if err := d.SetItem(w, k, Int(int64(step))); err != nil {
				t.Fatal(err)
			}
		case op < 16:
			if _, err := d.DelItem(w, k); err != nil {
				t.Fatal(err)
			}
		case op < 18:
			d.SetStrT(w, "s"+strconv.Itoa(rng.Intn(300)), Int(int64(step)))
		case op < 19:
			d.DelStrT(w, "s"+strconv.Itoa(rng.Intn(300)))
		default:
			if rng.Intn(50) == 0 {
				d.Clear(w)
			}
		}
		commitWords(dictWords(d))
		if step%50 != 0 {
			continue
		}
		keys, vals := d.Entries(nil)
		if n, ok := th.readLen(FromObject(d)); !ok || n != len(keys) {
			t.Fatalf("step %d: len lock-free %d %v, dict has %d", step, n, ok, len(keys))
		}
		for i, k := range keys {
			r, ok, err := th.readGetItem(FromObject(d), k)
			if !ok || err != nil || !r.Is(vals[i]) {
				t.Fatalf("step %d: d[%v] lock-free = %v %v %v, dict has %v", step, k, r, ok, err, vals[i])
			}
		}
		for i := 0; i < 20; i++ {
			k := key()
			_, want, _ := d.GetItem(nil, k)
			if found, ok := th.readContains(FromObject(d), k); !ok || found != want {
				t.Fatalf("step %d: %v in d lock-free = %v %v, want %v", step, k, found, ok, want)
			}
		}
		th.clearReads()
	}
}

// TestSharedDictLockFreeReadersRace: a writer holding the token moves
// amounts between the keys of a shared dict, two writes per transaction,
// keeping their sum; readers without the token read every key through
// the read side and validate their read log. A read log that validates
// must have seen one committed state: the sum is right. (Run with -race:
// the readers touch only atomics and immutable data.)
func TestSharedDictLockFreeReadersRace(t *testing.T) {
	const keys, total = 16, 16 * 1000
	var kv []Value
	for i := 0; i < keys; i++ {
		kv = append(kv, Int(int64(i)), Int(1000))
	}
	d := sharedDictWithReadSide(t, kv...)
	dv := FromObject(d)
	var token sync.Mutex
	var wg sync.WaitGroup
	const rounds = 3000
	wg.Add(1)
	w := testThread()
	go func() {
		defer wg.Done()
		rng := rand.New(rand.NewSource(1))
		for i := 0; i < rounds; i++ {
			token.Lock()
			a, b := Int(int64(rng.Intn(keys))), Int(int64(rng.Intn(keys)))
			x := int64(rng.Intn(100))
			va, _, _ := d.GetItem(w, a)
			if err := d.SetItem(w, a, Int(va.AsInt()-x)); err != nil {
				t.Error(err)
			}
			goruntime.Gosched() // widen the window in which a is written and b is not
			vb, _, _ := d.GetItem(w, b)
			if err := d.SetItem(w, b, Int(vb.AsInt()+x)); err != nil {
				t.Error(err)
			}
			if i%100 == 0 { // an insert and a delete now and then: table growth
				d.SetItem(w, NewStr("extra"+strconv.Itoa(i)), Int(0))
				d.DelItem(w, NewStr("extra"+strconv.Itoa(i-100)))
			}
			w.unlockWords() // the writer's commit: its locked words move on
			token.Unlock()
		}
	}()
	bad := make(chan string, 4)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		th := lockFreeThread()
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				th.clearReads()
				sum, complete := int64(0), true
				for k := 0; k < keys; k++ {
					v, ok, err := th.readGetItem(dv, Int(int64(k)))
					if !ok {
						complete = false // locked: the token path's business
						break
					}
					if err != nil || !v.IsInt() {
						bad <- "a key of the dict was not found or not an int"
						return
					}
					sum += v.AsInt()
				}
				if complete && th.readsValid() && sum != total {
					bad <- "a validated read log saw sum " + strconv.FormatInt(sum, 10)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	for msg := range bad {
		t.Error(msg)
	}
	// Quiescent: every read is lock-free, valid, and sums up.
	th := lockFreeThread()
	sum := int64(0)
	for k := 0; k < keys; k++ {
		v, ok, err := th.readGetItem(dv, Int(int64(k)))
		if !ok || err != nil {
			t.Fatalf("d[%d] after the writer ended: ok %v err %v", k, ok, err)
		}
		sum += v.AsInt()
	}
	if sum != total || !th.readsValid() {
		t.Errorf("after the writer ended: sum %d, valid %v", sum, th.readsValid())
	}
}

// reprOf formats v for test messages.
func reprOf(v Value) string {
	if !v.IsValid() {
		return "<invalid>"
	}
	s, err := Repr(testThread(), v)
	if err != nil {
		return "<" + TypeOf(v).Name + ">"
	}
	return s
}

// sharedInstance returns a published instance of a new class C with the
// attributes kv (name, value pairs).
func sharedInstance(t *testing.T, kv ...any) *Instance {
	t.Helper()
	cls, err := NewClass(testThread(), nil, "C", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	inst := NewInstance(cls)
	for i := 0; i+1 < len(kv); i += 2 {
		if err := inst.StoreAttr(nil, kv[i].(string), kv[i+1].(Value)); err != nil {
			t.Fatal(err)
		}
	}
	publishOf(FromObject(inst))
	return inst
}

// instWords returns the version words of inst's read side.
func instWords(inst *Instance) []*versionWord {
	rs := inst.readSide()
	ws := []*versionWord{&rs.w}
	for i := range rs.slots {
		ws = append(ws, &rs.slots[i])
	}
	return ws
}

func TestSharedInstanceLockFreeReads(t *testing.T) {
	s := NewStr("a")
	inst := sharedInstance(t, "x", Int(1), "y", Float(2.5), "s", s)
	th := lockFreeThread()
	// The first read builds the read side under the token.
	if v, ok := inst.LoadAttr(th, "x"); !ok || !v.Is(Int(1)) || inst.readSide().snap.Load() == nil || len(th.sp.reads) != 0 {
		t.Fatalf("first read: %v %v, snapshot %v, %d logged reads", v, ok, inst.readSide().snap.Load(), len(th.sp.reads))
	}
	commitWords(instWords(inst))
	for _, c := range []struct {
		name string
		want Value
	}{{"x", Int(1)}, {"y", Float(2.5)}, {"s", s}} {
		v, found, ok := th.sharedLoadAttr(inst, c.name)
		if !ok || !found || !v.Is(c.want) {
			t.Errorf("%s lock-free = %s %v %v, want %s", c.name, reprOf(v), found, ok, reprOf(c.want))
		}
	}
	if _, found, ok := th.sharedLoadAttr(inst, "z"); !ok || found {
		t.Errorf("missing attribute lock-free: found %v ok %v", found, ok)
	}
	c := NewAttrCache(FromObject(inst), "y")
	if v, ok := c.Load(th, FromObject(inst)); !ok || !v.Is(Float(2.5)) {
		t.Errorf("cached y lock-free = %s %v", reprOf(v), ok)
	}
	if !th.readsValid() || len(th.sp.reads) == 0 {
		t.Fatalf("read log: %d entries, valid %v", len(th.sp.reads), th.readsValid())
	}

	// A write invalidates; the new value is read after the commit.
	if err := inst.StoreAttr(nil, "x", Int(5)); err != nil {
		t.Fatal(err)
	}
	commitWords(instWords(inst))
	if th.readsValid() {
		t.Error("a write to x left the reads of the instance valid")
	}
	th.clearReads()
	if v, found, ok := th.sharedLoadAttr(inst, "x"); !ok || !found || !v.Is(Int(5)) {
		t.Errorf("x after the write = %s %v %v", reprOf(v), found, ok)
	}
	// The inline cache's store path republishes too (y's word: a read of
	// y is what it invalidates, shared_read_instance.go).
	th.clearReads()
	if _, found, ok := th.sharedLoadAttr(inst, "y"); !ok || !found {
		t.Fatalf("y not read lock-free: %v %v", found, ok)
	}
	sc := NewStoreCache(FromObject(inst), "y")
	if sc == nil || !sc.Store(testThread(), FromObject(inst), Float(4.5)) {
		t.Fatal("no store cache for y")
	}
	commitWords(instWords(inst))
	if th.readsValid() {
		t.Error("a cached store to y left the reads valid")
	}
	if v, ok := c.Load(th, FromObject(inst)); !ok || !v.Is(Float(4.5)) {
		t.Errorf("cached y after the store = %s %v", reprOf(v), ok)
	}
	// A kind change moves the instance to another shape: the cache entry
	// no longer applies, the generic read still works.
	if err := inst.StoreAttr(nil, "y", s); err != nil {
		t.Fatal(err)
	}
	commitWords(instWords(inst))
	if _, ok := c.Load(th, FromObject(inst)); ok {
		t.Error("a cache entry for the old shape applied")
	}
	if v, found, ok := th.sharedLoadAttr(inst, "y"); !ok || !found || !v.Is(s) {
		t.Errorf("y after the kind change = %s %v %v", reprOf(v), found, ok)
	}
	// Dict mode: readers take the token path.
	inst.AttrDict(nil)
	commitWords(instWords(inst))
	if _, _, ok := th.sharedLoadAttr(inst, "x"); ok {
		t.Error("a dict-mode instance was read from its snapshot")
	}
}

// TestSharedInstanceLockFreeReadersRace: a writer holding the token keeps
// a + b == 100 on a shared instance with two stores per transaction,
// changing the kinds (int, float) and adding attributes (new shapes) now
// and then; readers read a and b without the token and validate.
func TestSharedInstanceLockFreeReadersRace(t *testing.T) {
	inst := sharedInstance(t, "a", Int(50), "b", Int(50))
	inst.buildReadSide(nil)
	commitWords(instWords(inst))
	var token sync.Mutex
	var wg sync.WaitGroup
	const rounds = 3000
	wg.Add(1)
	w := testThread()
	go func() {
		defer wg.Done()
		rng := rand.New(rand.NewSource(2))
		for i := 0; i < rounds; i++ {
			token.Lock()
			x := int64(rng.Intn(100))
			if i%10 == 0 {
				inst.StoreAttr(w, "a", Float(float64(x)))
			} else {
				inst.StoreAttr(w, "a", Int(x))
			}
			goruntime.Gosched()
			inst.StoreAttr(w, "b", Int(100-x))
			if i%300 == 0 {
				inst.StoreAttr(w, "n"+strconv.Itoa(i), Int(int64(i)))
			}
			w.unlockWords() // the writer's commit: its locked words move on
			token.Unlock()
		}
	}()
	num := func(v Value) float64 {
		if v.IsInt() {
			return float64(v.AsInt())
		}
		return v.AsFloat()
	}
	bad := make(chan string, 4)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		th := lockFreeThread()
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				th.clearReads()
				a, fa, oka := th.sharedLoadAttr(inst, "a")
				b, fb, okb := th.sharedLoadAttr(inst, "b")
				if !oka || !okb {
					continue // locked: the token path's business
				}
				if !fa || !fb {
					bad <- "an attribute of the instance was not found"
					return
				}
				if th.readsValid() && num(a)+num(b) != 100 {
					bad <- "a validated read log saw a + b = " + strconv.FormatFloat(num(a)+num(b), 'g', -1, 64)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	for msg := range bad {
		t.Error(msg)
	}
	th := lockFreeThread()
	a, _, oka := th.sharedLoadAttr(inst, "a")
	b, _, okb := th.sharedLoadAttr(inst, "b")
	if !oka || !okb || num(a)+num(b) != 100 || !th.readsValid() {
		t.Errorf("after the writer ended: %v %v, a + b = %g", oka, okb, num(a)+num(b))
	}
}

func TestSharedDictReadSideRestored(t *testing.T) {
	d := sharedDictWithReadSide(t, Int(1), Int(10), Int(2), Int(20))
	th := lockFreeThread()
	th.readGetItem(FromObject(d), Int(1))
	th.readGetItem(FromObject(d), Int(3))
	// A rollback puts back other entries wholesale.
	saved := append([]dictEntry(nil), d.entries...)
	d.SetItem(nil, Int(1), Int(11))
	d.entries = saved
	d.readSideRestored(nil)
	if th.readsValid() {
		t.Error("reads of a restored dict stayed valid")
	}
	if d.readSide() != nil {
		t.Fatal("the read side of a restored dict was kept")
	}
	th.clearReads()
	th.readGetItem(FromObject(d), Int(1)) // rebuilds under the token
	commitWords(dictWords(d))
	if r, ok, err := th.readGetItem(FromObject(d), Int(1)); !ok || err != nil || !r.Is(Int(10)) {
		t.Errorf("d[1] after the rebuild = %s %v %v, want 10", reprOf(r), ok, err)
	}
}
