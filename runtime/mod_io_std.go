package runtime

// This file gives the standard streams their binary layer:
// sys.stdout.buffer / sys.stderr.buffer (write bytes) and
// sys.stdin.buffer (read bytes), which programs use to write binary
// output (the benchmarks game's fasta, mandelbrot). Writes go straight to
// the interpreter's stream, as the text layer's do, so the two keep their
// order.

import "io"

// StdBuffer is the binary stream under a standard stream.
type StdBuffer struct {
	name string
	out  func(t *Thread) io.Writer // nil for stdin
}

// StdBufferWriterType and StdBufferReaderType are their classes.
var (
	StdBufferWriterType = &Type{Name: "BufferedWriter", Module: "_io", Bases: []*Type{BufferedIOBaseType}, flags: flagFinal}
	StdBufferReaderType = &Type{Name: "BufferedReader", Module: "_io", Bases: []*Type{BufferedIOBaseType}, flags: flagFinal}
)

// Type returns BufferedWriter or BufferedReader.
func (b *StdBuffer) Type() *Type {
	if b.out == nil {
		return StdBufferReaderType
	}
	return StdBufferWriterType
}

func init() {
	StdStreamType.AddGetSet("buffer", func(t *Thread, v Value) (Value, error) {
		s := v.obj.(*StdStream)
		return FromObject(&StdBuffer{name: s.name, out: s.w}), nil
	}, nil)
	StdinType.AddGetSet("buffer", func(t *Thread, v Value) (Value, error) {
		return FromObject(&StdBuffer{name: "stdin"}), nil
	}, nil)
	for _, typ := range []*Type{StdBufferWriterType, StdBufferReaderType} {
		typ.Slots.Repr = func(t *Thread, v Value) (string, error) {
			return "<_io." + TypeOf(v).Name + " name='<" + v.obj.(*StdBuffer).name + ">'>", nil
		}
		ioMethod(typ, "flush", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) { return None, nil })
		ioMethod(typ, "fileno", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) {
			return Int(int64(map[string]int{"stdin": 0, "stdout": 1, "stderr": 2}[b.name])), nil
		})
	}
	w := StdBufferWriterType
	ioMethod(w, "write", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) {
		if err := ioArgs("write", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		p, err := bytesLike(args[0])
		if err != nil {
			return Value{}, err
		}
		if _, err := b.out(t).Write(p); err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return Int(int64(len(p))), nil
	})
	ioMethod(w, "writable", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) { return True, nil })
	r := StdBufferReaderType
	ioMethod(r, "readable", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) { return True, nil })
	ioMethod(r, "read", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("read", args, kw)
		if err != nil {
			return Value{}, err
		}
		rd := t.stdinReader()
		if n < 0 {
			data, err := io.ReadAll(rd)
			if err != nil {
				return Value{}, osError(err, Value{}, Value{})
			}
			return NewBytes(data), nil
		}
		buf := make([]byte, n)
		got, err := io.ReadFull(rd, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return Value{}, osError(err, Value{}, Value{})
		}
		return NewBytes(buf[:got]), nil
	})
	readline := func(t *Thread) (Value, int, error) {
		s, err := t.stdinReader().ReadString('\n')
		if err != nil && err != io.EOF {
			return Value{}, 0, osError(err, Value{}, Value{})
		}
		return NewBytes([]byte(s)), len(s), nil
	}
	ioMethod(r, "readline", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) {
		v, _, err := readline(t)
		return v, err
	})
	ioMethod(r, "readlines", func(t *Thread, b *StdBuffer, args []Value, kw []string) (Value, error) {
		return ioHintLines(t, args, kw, func() (Value, int, error) { return readline(t) })
	})
	r.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	r.Slots.Next = func(t *Thread, v Value) (Value, error) {
		line, n, err := readline(t)
		if err != nil || n == 0 {
			return Value{}, err
		}
		return line, nil
	}
}
