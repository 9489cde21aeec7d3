package runtime

import (
	"testing"

	"go.uber.org/goleak"
)

// typeCallProgram asks for types in a worker's loop (type(x): no class
// made) and makes classes there too (type(name, bases, ns)).
const typeCallProgram = `import threading
out = []
def work():
    n = 0
    for i in range(3000):
        if type(i) is int and type(str(i)) is str:
            n += 1
    made = [type("C%d" % k, (), {"k": k}) for k in range(3)]
    out.append((n, [c.__name__ for c in made], [c.k for c in made]))
t = threading.Thread(target=work)
t.start(); t.join()
print(out)
`

// TestTypeOfStaysAbortable: type(x) in a span makes no class, so the span
// stays abortable (it made every span irrevocable); making a class with
// type() still works, with CPython's output.
func TestTypeOfStaysAbortable(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[(3000, ['C0', 'C1', 'C2'], [0, 1, 2])]\n" // CPython 3.11's
	st := runSpannedRates(t, "typecall.py", typeCallProgram, want)[0]
	if st.Irrevocable > 20 || st.Committed == 0 {
		t.Errorf("%d of %d spans irrevocable (%d committed); want few: %+v", st.Irrevocable, st.Begun, st.Committed, st)
	}
}
