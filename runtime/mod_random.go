package runtime

// This file defines _random, the core of the random module: CPython's
// MT19937 Mersenne Twister, seeded as CPython seeds it (init_by_array over
// the 32-bit words of abs(seed)), so that seeded sequences equal
// CPython's bit for bit. The rest of random (mod_random_py.go) is Python
// built on the generator object this module hands out.

import (
	crand "crypto/rand"
	"crypto/sha512"
	"math/big"
	"math/bits"
	"sync"
	"time"
)

const mtN, mtM = 624, 397

// mtState is one generator. The lock makes a generator shared between
// threads safe (CPython's GIL gives the same guarantee).
type mtState struct {
	mu  sync.Mutex
	mt  [mtN]uint32
	idx int
}

func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		s.mt[i] = 1812433253*(s.mt[i-1]^(s.mt[i-1]>>30)) + uint32(i)
	}
	s.idx = mtN
}

func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000
	s.idx = mtN
}

func (s *mtState) genrand() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if s.idx >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+mtM] ^ (y >> 1) ^ (matrixA * (y & 1))
		}
		for ; kk < mtN-1; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (matrixA * (y & 1))
		}
		y := (s.mt[mtN-1] & upper) | (s.mt[0] & lower)
		s.mt[mtN-1] = s.mt[mtM-1] ^ (y >> 1) ^ (matrixA * (y & 1))
		s.idx = 0
	}
	y := s.mt[s.idx]
	s.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// seedBig seeds from abs(n) split into little-endian 32-bit words.
func (s *mtState) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	for _, w := range n.Bits() {
		for b := 0; b < bitsPerWord; b += 32 {
			key = append(key, uint32(uint64(w)>>uint(b)))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	s.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

func (s *mtState) random() float64 {
	a, b := s.genrand()>>5, s.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (s *mtState) getrandbits(k int) Value {
	if k <= 32 {
		if k == 0 {
			return Int(0)
		}
		return Int(int64(s.genrand() >> uint(32-k)))
	}
	if k <= 63 {
		lo := uint64(s.genrand())
		hi := uint64(s.genrand() >> uint(64-k))
		return Int(int64(lo | hi<<32))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := s.genrand()
		if k < 32 {
			r >>= uint(32 - k)
		}
		// big-endian buffer filled from the least significant word
		o := (words - 1 - i) * 4
		buf[o], buf[o+1], buf[o+2], buf[o+3] = byte(r>>24), byte(r>>16), byte(r>>8), byte(r)
		k -= 32
	}
	return NewInt(new(big.Int).SetBytes(buf))
}

func init() {
	RegisterModule("_random", func(t *Thread) (*Module, error) {
		m := NewModule("_random")
		m.Dict.SetStr("generator", NewBuiltin("generator", randomGenerator))
		return m, nil
	})
}

// randomGenerator returns a new generator, seeded from the system's
// randomness, as a tuple of three functions: ctl(op, arg) whose ops are
// "seed" (None, an int, or bytes hashed as CPython's version-2 seeding
// does), "getstate" and "setstate"; random(); getrandbits(k). The hot two
// are functions of their own so that a call costs no dispatch.
func randomGenerator(t *Thread, args []Value, kwnames []string) (Value, error) {
	s := &mtState{}
	s.seedNone()
	random := NewBuiltin("random", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 0 || len(kwnames) != 0 {
			return Value{}, Errorf(TypeErrorType, "Random.random() takes no arguments (%d given)", len(args))
		}
		s.mu.Lock()
		f := s.random()
		s.mu.Unlock()
		return Float(f), nil
	})
	getrandbits := NewBuiltin("getrandbits", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOne("getrandbits", args, kwnames); err != nil {
			return Value{}, err
		}
		arg := args[0]
		k, ok := AsInt64(arg)
		if !ok {
			if _, _, isInt := intOf(arg); isInt {
				return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
			}
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(arg))
		}
		if k < 0 {
			return Value{}, Errorf(ValueErrorType, "number of bits must be non-negative")
		}
		if k > 1<<31-1 {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.getrandbits(int(k)), nil
	})
	ctl := NewBuiltin("generator", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "generator expects 2 arguments")
		}
		op, _ := AsString(args[0])
		arg := args[1]
		s.mu.Lock()
		defer s.mu.Unlock()
		switch op {
		case "seed":
			if arg.IsNone() {
				s.seedNone()
				return None, nil
			}
			if b, ok := bytesOf(arg); ok {
				sum := sha512.Sum512(b)
				all := append(append([]byte{}, b...), sum[:]...)
				s.seedBig(new(big.Int).SetBytes(all))
				return None, nil
			}
			if _, _, ok := intOf(arg); ok {
				s.seedBig(toBig(arg))
				return None, nil
			}
			return Value{}, Errorf(TypeErrorType, "bad seed")
		case "getstate":
			items := make([]Value, mtN+1)
			for i, w := range s.mt {
				items[i] = Int(int64(w))
			}
			items[mtN] = Int(int64(s.idx))
			return NewTuple(items), nil
		case "setstate":
			tp, ok := arg.obj.(*Tuple)
			var items []Value
			if ok {
				items = tp.items
			}
			if !ok || len(items) != mtN+1 {
				return Value{}, Errorf(ValueErrorType, "state vector is the wrong size")
			}
			var mt [mtN]uint32
			for i := 0; i < mtN; i++ {
				w, ok := AsInt64(items[i])
				if !ok || w < 0 || w > 0xffffffff {
					return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
				}
				mt[i] = uint32(w)
			}
			idx, ok := AsInt64(items[mtN])
			if !ok || idx < 0 || idx > mtN {
				return Value{}, Errorf(ValueErrorType, "invalid state")
			}
			s.mt, s.idx = mt, int(idx)
			return None, nil
		}
		return Value{}, Errorf(ValueErrorType, "unknown generator op")
	})
	// below(n) is _randbelow_with_getrandbits for n >= 0: getrandbits of
	// n's bit length until the draw is below n, the same draws CPython
	// makes, without a Python call per draw.
	below := NewBuiltin("_randbelow", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOne("_randbelow", args, kwnames); err != nil {
			return Value{}, err
		}
		if n, ok := AsInt64(args[0]); ok && n >= 0 {
			k := bits.Len64(uint64(n))
			s.mu.Lock()
			defer s.mu.Unlock()
			for {
				r := s.getrandbits(k)
				if r.AsInt() < n || n == 0 {
					return r, nil
				}
			}
		}
		if _, _, ok := intOf(args[0]); !ok || bigSign(args[0]) < 0 {
			return Value{}, Errorf(ValueErrorType, "_randbelow needs a non-negative int")
		}
		n := toBig(args[0])
		k := n.BitLen()
		s.mu.Lock()
		defer s.mu.Unlock()
		for {
			r := s.getrandbits(k)
			if toBig(r).Cmp(n) < 0 {
				return r, nil
			}
		}
	})
	return NewTupleOf(ctl, random, getrandbits, below), nil
}

// seedNone seeds from the system's randomness, or the clock without it.
func (s *mtState) seedNone() {
	var b [32]byte
	if _, err := crand.Read(b[:]); err != nil {
		n := time.Now().UnixNano()
		s.seedBig(big.NewInt(n))
		return
	}
	s.seedBig(new(big.Int).SetBytes(b[:]))
}
