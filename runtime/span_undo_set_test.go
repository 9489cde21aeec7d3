package runtime

import (
	"testing"

	"go.uber.org/goleak"
)

// bigLocalSetProgram: a worker fills big sets of its own (set(gen), adds
// and discards past several resizes).
const bigLocalSetProgram = `import threading
out = []
def work():
    s = set(i * 7 for i in range(20000))
    t = set()
    for i in range(30000):
        t.add(i % 25000)
        if i % 3 == 0:
            t.discard(i // 2)
    out.append((len(s), len(t), sum(t) % 1000003, list(t)[:3]))
th = threading.Thread(target=work)
th.start(); th.join()
print(out)
`

// TestBigLocalSetsStayAbortable: writes to a big thread-local set are
// recorded per slot (span_undo_set.go), so the worker's spans stay
// abortable (every one became irrevocable before), with CPython's output
// at abort rates 0 and 0.3 (testdata/transaction/rollback_bigset.py checks
// the iteration order after rollbacks).
func TestBigLocalSetsStayAbortable(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[(20000, 18334, 830098, [0, 1, 2])]\n" // CPython 3.11's
	st := runSpannedRates(t, "bigset.py", bigLocalSetProgram, want)[0]
	if st.Irrevocable > 50 || st.Committed < 100 {
		t.Errorf("%d of %d spans irrevocable, %d committed; want few irrevocable: %+v", st.Irrevocable, st.Begun, st.Committed, st)
	}
}
