package runtime

// This file builds CPython's struct sequences (sys.version_info): tuple
// subclasses whose items are also named attributes and whose repr names
// them. The class is written in Python and created when the interpreter
// starts, so it is an ordinary tuple subclass to comparisons, slicing and
// unpacking.

import (
	"strconv"
	"strings"
)

// structSeqSource defines the class; the placeholders are filled by
// newStructSeq.
const structSeqSource = `class NAME(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = COUNT
    n_unnamed_fields = 0
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'QUALNAME' instances")
    def __repr__(self):
        return "QUALNAME(" + ", ".join(f"{n}={v!r}" for n, v in zip(FIELDS, self)) + ")"
    def __reduce__(self):
        return (type(self), (tuple(self),))
PROPS
def _make(seq):
    return tuple.__new__(NAME, seq)
`

// newStructSeq returns an instance of a struct sequence type named
// module.name with the given fields and values, or an error if building
// the class fails (a bug: the source is fixed).
func (in *Interpreter) newStructSeq(module, name string, fields []string, values []Value) (Value, error) {
	var props strings.Builder
	quoted := make([]string, len(fields))
	for i, f := range fields {
		quoted[i] = StrRepr(f)
		props.WriteString("    " + f + " = property(lambda self: self[" + strconv.Itoa(i) + "])\n")
	}
	r := strings.NewReplacer("QUALNAME", module+"."+name, "NAME", name, "COUNT", strconv.Itoa(len(fields)),
		"FIELDS", "("+strings.Join(quoted, ", ")+",)", "PROPS", props.String())
	src := r.Replace(structSeqSource)
	t := in.NewThread()
	ns := NewDict()
	ns.SetStr("__name__", NewStr(module))
	if err := t.execSource([]byte(src), "<"+module+"."+name+">", ns, ns); err != nil {
		return Value{}, err
	}
	make, _ := ns.GetStr("_make")
	return t.Call(make, []Value{NewTuple(values)}, nil)
}
