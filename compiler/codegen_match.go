package compiler

// This file defines code generation for match statements. Each case
// matches a copy of the subject; a pattern consumes the value on top of
// the stack and either falls through (matched, names bound) or jumps to
// its fail label with that value consumed too.

import (
	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

func (c *compiler) match(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	for _, mc := range s.Cases {
		next := c.newLabel()
		c.emit(bytecode.COPY, 1)
		c.pattern(mc.Pattern, next)
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, false, next)
		}
		c.emit(bytecode.POP_TOP, 0)
		c.stmts(mc.Body)
		c.emitJump(bytecode.JUMP, end)
		c.bind(next)
	}
	c.emit(bytecode.POP_TOP, 0)
	c.bind(end)
}

// failPop returns a label that pops n values and jumps to fail.
func (c *compiler) failPop(n int, fail int) int {
	if n == 0 {
		return fail
	}
	l := c.newLabel()
	c.pendingFails = append(c.pendingFails, pendingFail{label: l, pops: n, fail: fail})
	return l
}

type pendingFail struct{ label, pops, fail int }

// flushFails emits the pop-and-jump blocks of failPop after an
// unconditional jump.
func (c *compiler) flushFails(fails []pendingFail) {
	for _, pf := range fails {
		c.bind(pf.label)
		for i := 0; i < pf.pops; i++ {
			c.emit(bytecode.POP_TOP, 0)
		}
		c.emitJump(bytecode.JUMP, pf.fail)
	}
}

// withFails runs body, then emits the fail blocks it requested, jumping
// over them on success.
func (c *compiler) withFails(body func()) {
	saved := c.pendingFails
	c.pendingFails = nil
	body()
	fails := c.pendingFails
	c.pendingFails = saved
	if len(fails) == 0 {
		return
	}
	ok := c.newLabel()
	c.emitJump(bytecode.JUMP, ok)
	c.flushFails(fails)
	c.bind(ok)
}

func (c *compiler) pattern(p syntax.Pattern, fail int) {
	c.setLine(p)
	switch p := p.(type) {
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if p.Name == "" {
				c.emit(bytecode.POP_TOP, 0)
			} else {
				c.nameOp(p.Name, syntax.Store)
			}
			return
		}
		c.withFails(func() {
			c.emit(bytecode.COPY, 1)
			c.pattern(p.Pattern, c.failPop(1, fail))
			c.nameOp(p.Name, syntax.Store)
		})
	case *syntax.MatchValue:
		c.expr(p.Value)
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, fail)
	case *syntax.MatchSingleton:
		c.loadConst(p.Value)
		c.emit(bytecode.IS_OP, 0)
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, fail)
	case *syntax.MatchOr:
		success := c.newLabel()
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				c.pattern(alt, fail)
				break
			}
			next := c.newLabel()
			c.emit(bytecode.COPY, 1)
			c.pattern(alt, next)
			c.emit(bytecode.POP_TOP, 0)
			c.emitJump(bytecode.JUMP, success)
			c.bind(next)
		}
		c.bind(success)
	case *syntax.MatchSequence:
		c.withFails(func() { c.sequencePattern(p, fail) })
	case *syntax.MatchMapping:
		c.withFails(func() { c.mappingPattern(p, fail) })
	case *syntax.MatchClass:
		c.withFails(func() { c.classPattern(p, fail) })
	case *syntax.MatchStar:
		if p.Name == "" {
			c.emit(bytecode.POP_TOP, 0)
		} else {
			c.nameOp(p.Name, syntax.Store)
		}
	default:
		c.errorf(p, "unsupported pattern %T", p)
	}
}

func (c *compiler) sequencePattern(p *syntax.MatchSequence, fail int) {
	star := -1
	for i, q := range p.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			star = i
		}
	}
	n := len(p.Patterns)
	popSubject := c.failPop(1, fail)
	c.emit(bytecode.MATCH_SEQUENCE, 0)
	c.emitJump(bytecode.POP_JUMP_IF_FALSE, popSubject)
	c.emit(bytecode.GET_LEN, 0)
	if star < 0 {
		c.loadConst(int64(n))
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
	} else {
		c.loadConst(int64(n - 1))
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGE))
	}
	c.emitJump(bytecode.POP_JUMP_IF_FALSE, popSubject)
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, n)
	} else {
		c.emit(bytecode.UNPACK_EX, star|(n-star-1)<<8)
	}
	for i, q := range p.Patterns {
		c.pattern(q, c.failPop(n-i-1, fail))
	}
}

func (c *compiler) mappingPattern(p *syntax.MatchMapping, fail int) {
	popSubject := c.failPop(1, fail)
	c.emit(bytecode.MATCH_MAPPING, 0)
	c.emitJump(bytecode.POP_JUMP_IF_FALSE, popSubject)
	n := len(p.Keys)
	if n > 0 {
		c.emit(bytecode.GET_LEN, 0)
		c.loadConst(int64(n))
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGE))
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, popSubject)
	}
	c.mappingKeys(p)
	c.emit(bytecode.MATCH_KEYS, 0) // subj values|None
	c.emit(bytecode.COPY, 1)
	c.emitJump(bytecode.POP_JUMP_IF_NONE, c.failPop(2, fail))
	c.emit(bytecode.UNPACK_SEQUENCE, n) // subj v_n ... v_1
	for i, q := range p.Patterns {
		c.pattern(q, c.failPop(n-i, fail))
	}
	if p.Rest != "" {
		c.mappingKeys(p)
		c.emit(bytecode.MATCH_REST, 0)
		c.nameOp(p.Rest, syntax.Store)
	} else {
		c.emit(bytecode.POP_TOP, 0)
	}
}

func (c *compiler) mappingKeys(p *syntax.MatchMapping) {
	if k, ok := constTuple(p.Keys); ok {
		c.loadConst(k)
		return
	}
	c.exprs(p.Keys)
	c.emit(bytecode.BUILD_TUPLE, len(p.Keys))
}

func (c *compiler) classPattern(p *syntax.MatchClass, fail int) {
	c.expr(p.Cls)
	names := make(bytecode.Tuple, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.emit(bytecode.MATCH_CLASS, len(p.Patterns))
	c.emit(bytecode.COPY, 1)
	c.emitJump(bytecode.POP_JUMP_IF_NONE, c.failPop(1, fail))
	all := append(append([]syntax.Pattern(nil), p.Patterns...), p.KwdPatterns...)
	c.emit(bytecode.UNPACK_SEQUENCE, len(all))
	for i, q := range all {
		c.pattern(q, c.failPop(len(all)-i-1, fail))
	}
}
