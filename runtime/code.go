package runtime

// This file defines Code, the runtime's view of a compiled code object:
// the bytecode.Code plus its constants converted to Values once, and the
// inline caches the interpreter keeps beside the instructions.

import (
	"math/big"
	"sync/atomic"

	"github.com/pystm/pystm/compiler/bytecode"
)

// Code is a Python code object. It is immutable after creation except for
// its inline caches, which are atomic pointers to immutable entries, so one
// Code can run on many threads.
type Code struct {
	bc      *bytecode.Code
	consts  []Value
	kwnames [][]string // KW_NAMES constants as Go strings, by constant index
	// globalCache has one slot per instruction; LOAD_GLOBAL uses its own.
	globalCache []atomic.Pointer[globalCacheEntry]
	// attrCache (LOAD_ATTR, STORE_ATTR) and methodCache (LOAD_METHOD)
	// have one slot per instruction.
	attrCache   []atomic.Pointer[attrSet]
	methodCache []atomic.Pointer[methodSet]
	// classCache (CALL of a class) remembers its Python __init__.
	classCache []atomic.Pointer[classCallEntry]
	// binCache (BINARY_OP on instances) remembers the operator method.
	binCache []atomic.Pointer[binOpEntry]
	// cacheMisses counts misses per instruction (eval_cache.go).
	cacheMisses []atomic.Uint32
	nlocals     int
	ncells      int
	// hidden marks the code of a builtin's loop run as a frame
	// (consume.go): no traceback entry, skipped by sys._getframe.
	hidden bool
}

// globalCacheEntry remembers where a global was found for one pair of
// globals/builtins key versions. The entry is immutable.
type globalCacheEntry struct {
	globals, builtins *Dict
	gver, bver        uint64
	gix               int // entry number in globals, or -1 for a builtin
	value             Value
	// rs and node: the globals' read side and the name's node (in the
	// globals' or the builtins' read side); miss: the globals' miss
	// stripe of the name (builtin entries); for the entries spans make
	// (span_globals.go).
	rs   *dictReadSide
	node *dictReadNode
	miss *versionWord
}

// CodeType is the type of code objects.
var CodeType = &Type{Name: "code", flags: flagFinal}

// Type returns code.
func (c *Code) Type() *Type { return CodeType }

// Bytecode returns the compiled code c runs.
func (c *Code) Bytecode() *bytecode.Code { return c.bc }

// Name returns the code's name (the function's __name__).
func (c *Code) Name() string { return c.bc.Name }

// NewCode converts a compiled code object (and those among its constants)
// into a runtime Code.
func NewCode(bc *bytecode.Code) *Code {
	c := &Code{bc: bc, nlocals: len(bc.VarNames), ncells: len(bc.CellVars) + len(bc.FreeVars)}
	c.consts = make([]Value, len(bc.Consts))
	c.kwnames = make([][]string, len(bc.Consts))
	for i, k := range bc.Consts {
		c.consts[i] = constToValue(k)
		if tup, ok := k.(bytecode.Tuple); ok {
			names := make([]string, len(tup))
			allStr := true
			for j, x := range tup {
				s, ok := x.(string)
				if !ok {
					allStr = false
					break
				}
				names[j] = s
			}
			if allStr {
				c.kwnames[i] = names
			}
		}
	}
	c.globalCache = make([]atomic.Pointer[globalCacheEntry], len(bc.Instrs))
	c.attrCache = make([]atomic.Pointer[attrSet], len(bc.Instrs))
	c.methodCache = make([]atomic.Pointer[methodSet], len(bc.Instrs))
	c.classCache = make([]atomic.Pointer[classCallEntry], len(bc.Instrs))
	c.cacheMisses = make([]atomic.Uint32, len(bc.Instrs))
	c.binCache = make([]atomic.Pointer[binOpEntry], len(bc.Instrs))
	return c
}

func constToValue(k any) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return Int(k)
	case *big.Int:
		return NewInt(k)
	case float64:
		return Float(k)
	case complex128:
		return newComplexConst(k)
	case string:
		return NewStr(k)
	case []byte:
		return NewBytes(k)
	case bytecode.Ellipsis:
		return Ellipsis
	case *bytecode.Code:
		return FromObject(NewCode(k))
	case bytecode.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constToValue(x)
		}
		return NewTuple(items)
	}
	return None
}

// newComplexConst converts an imaginary literal.
func newComplexConst(c complex128) Value { return NewComplex(real(c), imag(c)) }
