package runtime

import (
	"testing"

	"go.uber.org/goleak"
)

// storeBackProgram: a worker applies in-place operators to module
// globals that hold shared objects (a set, a list, a dict); each
// operator stores the global back, the very object it held. A store of
// a shared set once counted as needing publication (token path, every
// span irrevocable), d |= x took the token, and a store back moved the
// name's version word.
const storeBackProgram = `import threading
s = set()
l = []
d = {}
e = {}
def work():
    global s, l, d
    for i in range(3000):
        s |= {i}
        l += [i]
        d |= {i: i}
        e.update({i: 2 * i})
    s -= {0}
t = threading.Thread(target=work)
t.start(); t.join()
print(len(s), min(s), len(l), l[-1], len(d), sum(e.values()))
`

// TestStoreBack: the worker's spans stay abortable (a store of a shared
// set needs no publication, d |= {...} is buffered item by item) and its
// stores back of the globals are left out (each would be a buffered
// store), with CPython's output; with injected aborts too.
func TestStoreBack(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "2999 1 3000 2999 3000 8997000\n" // CPython 3.11's
	for i, st := range runSpannedRates(t, "storeback.py", storeBackProgram, want) {
		rate := spannedRates[i]
		if st.BufferedSetWrites < 3000 {
			t.Errorf("abort rate %v: %d set writes buffered, want the 3000 adds: %+v", rate, st.BufferedSetWrites, st)
		}
		// The dict stores buffered are the items of d |= {i: i} and
		// e.update({i: 2 * i}), 6000 at most; buffered stores back of s,
		// l and d would add 9000.
		if rate == 0 && (st.Irrevocable > 100 || st.BufferedStores < 4000 || st.BufferedStores > 6000) {
			t.Errorf("abort rate 0: %d of %d spans irrevocable, %d dict stores buffered; want few irrevocable and 4000-6000 stores: %+v",
				st.Irrevocable, st.Begun, st.BufferedStores, st)
		}
	}
}

// TestPublishedAlreadySet: a shared set is published already (storing
// it into a shared container needs no walk); a thread-local one is not.
func TestPublishedAlreadySet(t *testing.T) {
	s := NewSet()
	if publishedAlready(FromObject(s)) {
		t.Fatal("a thread-local set counts as published")
	}
	markShared(&s.Header)
	if !publishedAlready(FromObject(s)) {
		t.Fatal("a shared set counts as needing publication")
	}
}
