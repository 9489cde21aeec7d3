package runtime

// This file defines a span's deferred output: while an abortable span
// runs, what it writes to stdout and stderr (print, sys.stdout.write,
// tracebacks) waits in the span and is written when the span commits or
// becomes irrevocable, in the order it was written; an abort drops it.

// spanOutput is a span's pending output: a run of chunks, each for
// stdout or stderr.
type spanOutput struct {
	buf    []byte
	chunks []outChunk
}

type outChunk struct {
	end    int // end of the chunk in buf
	stderr bool
}

func (o *spanOutput) pending() bool { return len(o.chunks) > 0 }

func (o *spanOutput) write(p []byte, stderr bool) {
	o.buf = append(o.buf, p...)
	if n := len(o.chunks); n > 0 && o.chunks[n-1].stderr == stderr {
		o.chunks[n-1].end = len(o.buf)
		return
	}
	o.chunks = append(o.chunks, outChunk{end: len(o.buf), stderr: stderr})
}

// flush writes the pending output to the interpreter's streams.
func (o *spanOutput) flush(t *Thread) {
	if len(o.chunks) == 0 {
		return
	}
	in := t.interp
	start := 0
	for _, c := range o.chunks {
		w := in.Stdout
		if c.stderr {
			w = in.Stderr
		}
		if in.serialOut != nil {
			in.outMu.Lock()
			_, _ = w.Write(o.buf[start:c.end])
			in.outMu.Unlock()
		} else {
			_, _ = w.Write(o.buf[start:c.end])
		}
		start = c.end
	}
	o.drop()
}

// drop forgets the pending output.
func (o *spanOutput) drop() {
	if cap(o.buf) > 1<<16 {
		o.buf = nil
	} else {
		o.buf = o.buf[:0]
	}
	o.chunks = o.chunks[:0]
}

// spanWriter is the writer t.Stdout and t.Stderr return while an
// abortable span runs. A write after the span ended (a writer kept
// across a boundary) goes straight to the stream.
type spanWriter struct {
	t      *Thread
	stderr bool
}

func (w spanWriter) Write(p []byte) (int, error) {
	t := w.t
	if !t.spActive {
		if w.stderr {
			return t.Stderr().Write(p)
		}
		return t.Stdout().Write(p)
	}
	t.sp.out.write(p, w.stderr)
	return len(p), nil
}
