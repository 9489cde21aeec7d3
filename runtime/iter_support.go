package runtime

import "fmt"

// This file holds the small helpers the container types share: raising
// the exceptions they raise, and the fast paths of hashing and equality
// they use before falling back to the general protocol.

// ctError is the exception the container code raises. It goes through
// one function so that the exception machinery can be swapped in at a
// single place.
func ctError(typ string, format string, a ...any) error {
	return &containerErr{typ: typ, msg: fmt.Sprintf(format, a...)}
}

// containerErr is a stand-in Python exception used until the exception
// types exist; it prints as CPython's last traceback line.
type containerErr struct{ typ, msg string }

func (e *containerErr) Error() string {
	if e.msg == "" {
		return e.typ
	}
	return e.typ + ": " + e.msg
}
