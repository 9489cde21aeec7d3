package runtime

// This file saves what a span rolls back besides objects: the thread's
// state and the frames that existed when the span began. Frames are saved
// whole (fields and value stack) at the beginning, the current frame and
// the callers below it in the outermost loop; a generator's frame when
// the span first resumes or suspends the generator (span_undo.go). Frames
// made during the span need nothing: a rollback makes them unreachable.

// maxSpanFrames bounds the frames saved at a span's beginning: a deeper
// chain runs without an abortable span (a recursion's loop stays
// irrevocable rather than copying its frames at every boundary).
const maxSpanFrames = 16

// frameSave is one saved frame.
type frameSave struct {
	f     *Frame
	saved Frame
	vals  []Value
}

// save copies f into s (reusing s's storage). Only the live part of the
// value stack is copied, the fast locals and the stack below sp: the
// slots above sp are dead (every push writes its slot before anything
// reads it; a call leaves its argument slots there uncleared for the
// same reason), so a re-run never reads what they held at the beginning.
func (s *frameSave) save(f *Frame) {
	s.f = f
	s.saved = *f
	s.vals = append(s.vals[:0], f.vals[:f.sp]...)
}

// restore puts the saved frame back (the live part of its stack; the
// slots above sp keep whatever the span left there, dead as above).
func (s *frameSave) restore() {
	f := s.f
	*f = s.saved
	copy(f.vals, s.vals)
}

// spanSnapshot is the state a span began with.
type spanSnapshot struct {
	frames    []frameSave
	nframes   int
	frame     *Frame
	depth     int
	nextDepth int
	goLoops   int
	excInfo   *Exception
	reprLen   int
	atomic    int
	wait      pendingWait
}

// snapshotBegin saves t's state and frames for a span beginning now;
// pcBack is subtracted from the current frame's saved pc so that a re-run
// executes the boundary instruction again. It reports false (no span)
// when the frame chain is too deep.
func (t *Thread) snapshotBegin(pcBack int) bool {
	s := &t.sp.snap
	n := 0
	for f := t.frame; f != nil; f = f.back {
		if n++; n > maxSpanFrames {
			return false
		}
	}
	s.nframes = 0
	for f := t.frame; f != nil; f = f.back {
		if s.nframes == len(s.frames) {
			s.frames = append(s.frames, frameSave{})
		}
		s.frames[s.nframes].save(f)
		f.spanOwned = t.sp.id
		s.nframes++
	}
	if t.frame != nil {
		s.frames[0].saved.pc -= pcBack
	}
	s.frame, s.depth, s.nextDepth, s.goLoops = t.frame, t.depth, t.nextDepth, t.goLoops
	s.excInfo, s.reprLen, s.wait, s.atomic = t.excInfo, len(t.reprStack), t.th.wait, t.th.atomic
	return true
}

// restore puts the thread state and the saved frames back.
func (s *spanSnapshot) restore(t *Thread) {
	for i := 0; i < s.nframes; i++ {
		s.frames[i].restore()
	}
	t.frame, t.depth, t.nextDepth, t.goLoops = s.frame, s.depth, s.nextDepth, s.goLoops
	t.excInfo, t.th.wait, t.th.atomic = s.excInfo, s.wait, s.atomic
	if len(t.reprStack) > s.reprLen {
		clear(t.reprStack[s.reprLen:])
		t.reprStack = t.reprStack[:s.reprLen]
	}
}

// spanOwnsFrame reports whether a rollback of the running span would
// restore f: a frame saved at the beginning or with a generator. The
// frame's stamp says it in O(1) (it was a scan of the saved frames and
// the generator records on every frame release).
func (t *Thread) spanOwnsFrame(f *Frame) bool { return f.spanOwned == t.sp.id }

// clear forgets the saved frames (their storage is kept for the next span).
func (s *spanSnapshot) clear() {
	for i := 0; i < s.nframes; i++ {
		s.frames[i].f = nil
	}
	s.nframes = 0
	s.frame, s.excInfo = nil, nil
}
