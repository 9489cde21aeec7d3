package runtime

// This file holds cmath's special values, sampled from CPython 3.11 by
// evaluating each function at every pair of the classes -inf, negative,
// -0, +0, positive, +inf and nan of the real and the imaginary part. An
// entry is used only where CPython's C code reads its table: when a part
// is infinite or NaN and the function does not compute the result from
// the finite part (cv(0, 0) marks the entries that are never read).

import "math"

var (
	cmInf  = math.Inf(1)
	cmNaN  = math.Float64frombits(0x7ff8000000000000) // CPython's Py_NAN (Go's math.NaN() has another payload)
	cmNZ   = math.Copysign(0, -1)
	cmPi   = math.Pi
	cmPi34 = 3 * cmPi / 4 // in float64 arithmetic, as C computes it
)

func cv(re, im float64) complex128 { return complex(re, im) }

// cmTable is one function's special values.
type cmTable [7][7]complex128

// cmathSpecial holds, per function, the results indexed by the special
// class of the real part, then of the imaginary part (cmathClass).
var cmathSpecial = struct {
	sqrt, acos, acosh, asinh, atanh, log, exp, cosh, sinh, tanh, rect cmTable
}{
	sqrt: cmTable{
		{cv(cmInf, -cmInf), cv(0, -cmInf), cv(0, -cmInf), cv(0, cmInf), cv(0, cmInf), cv(cmInf, cmInf), cv(cmNaN, cmInf)},
		{cv(cmInf, -cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmInf), cv(cmNaN, cmNaN)},
		{cv(cmInf, -cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmInf), cv(cmNaN, cmNaN)},
		{cv(cmInf, -cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmInf), cv(cmNaN, cmNaN)},
		{cv(cmInf, -cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmInf), cv(cmNaN, cmNaN)},
		{cv(cmInf, -cmInf), cv(cmInf, cmNZ), cv(cmInf, cmNZ), cv(cmInf, 0), cv(cmInf, 0), cv(cmInf, cmInf), cv(cmInf, cmNaN)},
		{cv(cmInf, -cmInf), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmInf, cmInf), cv(cmNaN, cmNaN)},
	},
	acos: cmTable{
		{cv(cmPi34, cmInf), cv(math.Pi, cmInf), cv(math.Pi, cmInf), cv(math.Pi, -cmInf), cv(math.Pi, -cmInf), cv(cmPi34, -cmInf), cv(cmNaN, cmInf)},
		{cv(math.Pi/2, cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(math.Pi/2, -cmInf), cv(cmNaN, cmNaN)},
		{cv(math.Pi/2, cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(math.Pi/2, -cmInf), cv(math.Pi/2, cmNaN)},
		{cv(math.Pi/2, cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(math.Pi/2, -cmInf), cv(math.Pi/2, cmNaN)},
		{cv(math.Pi/2, cmInf), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(math.Pi/2, -cmInf), cv(cmNaN, cmNaN)},
		{cv(math.Pi/4, cmInf), cv(0, cmInf), cv(0, cmInf), cv(0, -cmInf), cv(0, -cmInf), cv(math.Pi/4, -cmInf), cv(cmNaN, cmInf)},
		{cv(cmNaN, cmInf), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, -cmInf), cv(cmNaN, cmNaN)},
	},
	acosh: cmTable{
		{cv(cmInf, -cmPi34), cv(cmInf, -math.Pi), cv(cmInf, -math.Pi), cv(cmInf, math.Pi), cv(cmInf, math.Pi), cv(cmInf, cmPi34), cv(cmInf, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/4), cv(cmInf, cmNZ), cv(cmInf, cmNZ), cv(cmInf, 0), cv(cmInf, 0), cv(cmInf, math.Pi/4), cv(cmInf, cmNaN)},
		{cv(cmInf, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmInf, cmNaN), cv(cmNaN, cmNaN)},
	},
	asinh: cmTable{
		{cv(-cmInf, -math.Pi/4), cv(-cmInf, cmNZ), cv(-cmInf, cmNZ), cv(-cmInf, 0), cv(-cmInf, 0), cv(-cmInf, math.Pi/4), cv(-cmInf, cmNaN)},
		{cv(-cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(-cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(-cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(-cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/4), cv(cmInf, cmNZ), cv(cmInf, cmNZ), cv(cmInf, 0), cv(cmInf, 0), cv(cmInf, math.Pi/4), cv(cmInf, cmNaN)},
		{cv(cmInf, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNZ), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmInf, cmNaN), cv(cmNaN, cmNaN)},
	},
	atanh: cmTable{
		{cv(cmNZ, -math.Pi/2), cv(cmNZ, -math.Pi/2), cv(cmNZ, -math.Pi/2), cv(cmNZ, math.Pi/2), cv(cmNZ, math.Pi/2), cv(cmNZ, math.Pi/2), cv(cmNZ, cmNaN)},
		{cv(cmNZ, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNZ, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmNZ, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNZ, math.Pi/2), cv(cmNZ, cmNaN)},
		{cv(0, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, math.Pi/2), cv(0, cmNaN)},
		{cv(0, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(0, -math.Pi/2), cv(0, -math.Pi/2), cv(0, -math.Pi/2), cv(0, math.Pi/2), cv(0, math.Pi/2), cv(0, math.Pi/2), cv(0, cmNaN)},
		{cv(0, -math.Pi/2), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(0, math.Pi/2), cv(cmNaN, cmNaN)},
	},
	log: cmTable{
		{cv(cmInf, -cmPi34), cv(cmInf, -math.Pi), cv(cmInf, -math.Pi), cv(cmInf, math.Pi), cv(cmInf, math.Pi), cv(cmInf, cmPi34), cv(cmInf, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/2), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmInf, math.Pi/2), cv(cmNaN, cmNaN)},
		{cv(cmInf, -math.Pi/4), cv(cmInf, cmNZ), cv(cmInf, cmNZ), cv(cmInf, 0), cv(cmInf, 0), cv(cmInf, math.Pi/4), cv(cmInf, cmNaN)},
		{cv(cmInf, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmInf, cmNaN), cv(cmNaN, cmNaN)},
	},
	exp: cmTable{
		{cv(0, 0), cv(0, 0), cv(0, cmNZ), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(cmInf, cmNZ), cv(cmInf, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNZ), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN)},
	},
	cosh: cmTable{
		{cv(0, 0), cv(0, 0), cv(cmInf, 0), cv(cmInf, cmNZ), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(cmInf, cmNZ), cv(cmInf, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, 0), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN)},
	},
	sinh: cmTable{
		{cv(0, 0), cv(0, 0), cv(-cmInf, cmNZ), cv(-cmInf, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(cmInf, cmNZ), cv(cmInf, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNZ), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN)},
	},
	tanh: cmTable{
		{cv(-1, 0), cv(0, 0), cv(-1, cmNZ), cv(-1, 0), cv(0, 0), cv(-1, 0), cv(-1, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(1, 0), cv(0, 0), cv(1, cmNZ), cv(1, 0), cv(0, 0), cv(1, 0), cv(1, 0)},
		{cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNZ), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN)},
	},
	rect: cmTable{
		{cv(0, 0), cv(0, 0), cv(-cmInf, 0), cv(-cmInf, cmNZ), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0)},
		{cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(0, 0), cv(cmNaN, cmNaN)},
		{cv(0, 0), cv(0, 0), cv(cmInf, cmNZ), cv(cmInf, 0), cv(0, 0), cv(0, 0), cv(cmInf, cmNaN)},
		{cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, 0), cv(cmNaN, 0), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN), cv(cmNaN, cmNaN)},
	},
}
