package runtime

import "testing"

// TestCommitLater: a span due to commit runs on while another thread
// holds the token, when its commit would take the token (it buffered
// writes), for at most its length again, and never under abort
// injection (whose short spans are the point).
func TestCommitLater(t *testing.T) {
	in := New(Options{Parallel: true})
	th, other := in.NewThread(), in.NewThread()
	th.schedThread()
	d := NewDict().markData()
	d.markShared()
	spanForTest(th)
	th.sp.length = 4
	due := func(b int) bool {
		th.sp.boundaries = b - 1
		return th.spanEnds()
	}
	if due(3) || !due(4) {
		t.Fatal("a span of 4 boundaries does not end at its 4th")
	}
	other.schedThread().AcquireToken()
	if !due(4) {
		t.Error("a span with nothing to apply (its commit takes no token) went on past its length")
	}
	other.schedThread().ReleaseToken()
	if !th.bufferDictStore(FromObject(d), Int(1), Int(1)) {
		t.Fatal("store not buffered")
	}
	if !due(4) {
		t.Error("with the token free, a span with writes went on past its length")
	}
	other.schedThread().AcquireToken()
	if due(4) || due(7) {
		t.Error("with the token held by another thread, a span with writes did not go on")
	}
	if !due(8) {
		t.Error("a span went on past twice its length")
	}
	in.spans.abortRate = 0.5
	if !due(4) {
		t.Error("under abort injection a span went on past its length")
	}
	in.spans.abortRate = 0
	other.schedThread().ReleaseToken()
	if !due(4) {
		t.Error("with the token released again, the span went on past its length")
	}
	th.rollback()
	th.schedThread().ReleaseToken()
}
