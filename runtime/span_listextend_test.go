package runtime

import "testing"

// TestListExtendGenerator: l.extend(generator) on a thread's shared list
// runs as a hidden frame whose appends are buffered in the span (the
// figures say so), the generator sees the list grow as CPython's extend
// lets it (each item is len(l) at the time), and an exception from the
// generator leaves the items before it, with injected aborts too.
// (Mutation checked: listExtendFrame returning nil, the Go path, which
// takes the token for the shared list: 0 appends buffered.)
func TestListExtendGenerator(t *testing.T) {
	const src = `import threading
lists = [[0] for k in range(2)]
out = [None, None]
def work(k):
    l = lists[k]
    for i in range(3000):
        l.extend(len(l) + j for j in range(3))
    def g():
        yield -1
        yield -2
        raise KeyError(5)
    try:
        l.extend(g())
    except KeyError as e:
        out[k] = (len(l), l[-3:], repr(e))
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(out, [sum(l) for l in lists])
`
	const want = "[(9003, [9002, -1, -2], 'KeyError(5)'), (9003, [9002, -1, -2], 'KeyError(5)')] [40513497, 40513497]\n"
	for try := 0; try < 3; try++ {
		st := runSpannedRates(t, "extendgen.py", src, want)
		if st[0].BufferedAppends >= 15000 {
			return
		}
		t.Logf("%d list appends buffered at abort rate 0; want most of the 18,000", st[0].BufferedAppends)
	}
	t.Error("three runs without the generator's items buffered")
}
