package runtime

import "strings"

// This file computes the method resolution order by C3 linearisation.

// c3MRO returns the MRO of a class with the given bases, or CPython's
// TypeError when no consistent order exists.
func c3MRO(typ *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		b.ready()
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, nil
		}
		var next *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			if !inTail(cand, seqs) {
				next = cand
				break
			}
		}
		if next == nil {
			return nil, mroError(seqs)
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(c *Type, seqs [][]*Type) bool {
	for _, s := range seqs {
		if len(s) == 0 {
			continue
		}
		for _, x := range s[1:] {
			if x == c {
				return true
			}
		}
	}
	return false
}

// mroError lists the heads that could not be placed, as CPython does.
func mroError(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) == 0 || seen[s[0]] {
			continue
		}
		seen[s[0]] = true
		names = append(names, s[0].Name)
	}
	return Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}
