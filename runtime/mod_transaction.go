package runtime

// This file defines _transaction, the Go half of the transaction module
// (PyPy-STM's API; the Python half is lib/transaction.py): entering and
// leaving atomic blocks, is_atomic, hint_commit_soon and getsegmentlimit.

func init() {
	registerBuiltin("_transaction", func(t *Thread) (*Module, error) { return newTransactionModule(t.interp), nil })
}

func newTransactionModule(in *Interpreter) *Module {
	m := NewModule("_transaction")
	d := m.Dict
	// Every function here is pure for spans (span_builtins.go): entering
	// and leaving an atomic block changes only the thread's atomic depth,
	// which a rollback restores, so an abortable span runs the block
	// (token.go, enterAtomic).
	noArgs := func(name string, f func(t *Thread) (Value, error)) {
		d.SetStr(name, FromObject(&BuiltinFunction{Name: name, pure: true,
			Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) {
				if len(args) != 0 {
					return Value{}, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
				}
				return f(t)
			}}))
	}
	noArgs("enter_atomic", func(t *Thread) (Value, error) {
		return None, t.enterAtomic()
	})
	noArgs("exit_atomic", func(t *Thread) (Value, error) {
		if !t.exitAtomic() {
			return Value{}, Errorf(RuntimeErrorType, "transaction.atomic: exit without a matching enter")
		}
		return None, nil
	})
	noArgs("is_atomic", func(t *Thread) (Value, error) {
		return Bool(t.th.atomic > 0), nil
	})
	// hint_commit_soon asks PyPy-STM to end the transaction early; here
	// transactions end at every boundary anyway.
	noArgs("hint_commit_soon", func(t *Thread) (Value, error) { return None, nil })
	noArgs("getsegmentlimit", func(t *Thread) (Value, error) {
		return Int(int64(in.threads.s.Slots())), nil
	})
	return m
}
