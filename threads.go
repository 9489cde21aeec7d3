package pystm

import (
	"context"
	"sync"

	"github.com/pystm/pystm/runtime"
)

// callThread is a Python thread that serves the interpreter's calls, one
// at a time. Between calls it waits in the interpreter's pool, so that a
// call does not pay for a new thread (its registration with the
// scheduler, its frames). As in a Python thread pool, a thread keeps its
// identity (threading.get_ident) and its threading.local values from one
// call to a later one.
type callThread struct {
	t *runtime.Thread
	// ctx is the context of the call the thread runs now (nil between
	// calls); only the goroutine running the call reads and writes it.
	ctx context.Context
}

// maxIdleThreads bounds the pool; threads beyond it end after their call.
const maxIdleThreads = 128

// threadPool holds the idle threads.
type threadPool struct {
	mu   sync.Mutex
	idle []*callThread
}

// getThread returns an idle thread, or a new one.
func (in *Interpreter) getThread() *callThread {
	p := &in.pool
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		ct := p.idle[n-1]
		p.idle[n-1] = nil
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return ct
	}
	p.mu.Unlock()
	ct := &callThread{t: in.rt.NewEmbedThread()}
	in.threads.Store(ct.t, ct)
	return ct
}

// putThread returns a thread after its call. A thread whose call was
// stopped outright (reusable false), or that the pool has no room for,
// ends.
func (in *Interpreter) putThread(ct *callThread, reusable bool) {
	if reusable && ct.t.ResetForReuse() {
		p := &in.pool
		p.mu.Lock()
		if len(p.idle) < maxIdleThreads {
			p.idle = append(p.idle, ct)
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
	}
	in.endThread(ct)
}

func (in *Interpreter) endThread(ct *callThread) {
	in.threads.Delete(ct.t)
	ct.t.ExitThread()
}

// drainPool ends the idle threads (Close, after the last call).
func (in *Interpreter) drainPool() {
	p := &in.pool
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	for _, ct := range idle {
		in.endThread(ct)
	}
}
