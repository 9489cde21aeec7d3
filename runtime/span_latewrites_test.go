package runtime

import (
	"testing"

	"go.uber.org/goleak"
)

// lateWritesProgram: two threads update disjoint key pairs of one dict
// (each iteration adds 1 to both keys of its pair, so in every whole
// state the two are equal) and, now and then, a hot key both write; a
// third thread watches. It reads the pairs lock-free, and sums the whole
// dict through the token path, where it must see each commit whole: the
// pairs' sum is even, so the sum's parity is the hot key's, never off by
// a commit half written outside the token.
const lateWritesProgram = `import threading, transaction
d = {(k, s): 0 for k in range(2) for s in "ab"}
d["hot"] = 0
bad = []
def work(k):
    for i in range(3000):
        d[(k, "a")] += 1
        d[(k, "b")] += 1
        if i % 500 == 0:
            d["hot"] += 1
def watch():
    for i in range(400):
        for k in range(2):
            if d[(k, "a")] != d[(k, "b")]:
                bad.append(("pair", k, i))
        if (sum(d.values()) - d["hot"]) % 2:
            bad.append(("sum", i))
        if i % 50 == 0:
            with transaction.atomic:
                if d[(0, "a")] != d[(0, "b")]:
                    bad.append(("atomic", i))
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
ts.append(threading.Thread(target=watch))
for t in ts: t.start()
for t in ts: t.join()
print(sorted(d.items(), key=str), bad)
`

// TestLateCommits: commits that only replace values of keys they read
// finish outside the token (the figures say so), with no lost update, and
// no reader, lock-free, holding the token or in an atomic block, ever
// sees one half written; with injected aborts too. Under -race the token
// path's reads of the dict are checked against the writes finished
// outside it: without AcquireToken's wait they race.
func TestLateCommits(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[('hot', 12), ((0, 'a'), 3000), ((0, 'b'), 3000), ((1, 'a'), 3000), ((1, 'b'), 3000)] []\n" // CPython 3.11's
	for i, st := range runSpannedRates(t, "late.py", lateWritesProgram, want) {
		if st.LateCommits == 0 {
			t.Errorf("abort rate %v: no commit finished outside the token: %+v", spannedRates[i], st)
		}
	}
}
