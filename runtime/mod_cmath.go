package runtime

// This file defines the cmath module with CPython's algorithms
// (Modules/cmathmodule.c): the same formulas for each region of the plane
// (so branch cuts follow the sign of zero as CPython's do), the same
// special values for infinite and NaN parts (mod_cmath_tables.go, sampled
// from CPython), and the same errors: "math domain error" (ValueError)
// where C sets EDOM, "math range error" (OverflowError) where it sets
// ERANGE. atan2, sin, cos, tan, log and exp are rounded once from
// extended precision, as glibc's are; the hyperbolic functions, log1p and
// asinh come from Go's math package, so some finite results differ from
// CPython's in their last bits.

import (
	"math"
)

// cmathErr is the errno a C function leaves: 0, EDOM or ERANGE.
type cmathErr uint8

const (
	cmOK cmathErr = iota
	cmDomain
	cmRange
)

var (
	cmLargeDouble    = math.MaxFloat64 / 4
	cmSqrtLargeDbl   = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble = accurateLog(cmLargeDouble) // as C's log computes it
	cmSqrtDblMin     = math.Sqrt(0x1p-1022)
	cmLn2            = 0.6931471805599453094
	cmLn10           = 2.302585092994045684
)

const (
	cmDblMin     = 0x1p-1022
	cmScaleUp    = 53
	cmScaleDown  = -27
	cmMantDigits = 53
	cmClassNInf  = 0
	cmClassNeg   = 1
	cmClassNZero = 2
	cmClassPZero = 3
	cmClassPos   = 4
	cmClassPInf  = 5
	cmClassNaN   = 6
)

// cmathClass is special_type: the table index of x.
func cmathClass(x float64) int {
	switch {
	case math.IsNaN(x):
		return cmClassNaN
	case math.IsInf(x, 1):
		return cmClassPInf
	case math.IsInf(x, -1):
		return cmClassNInf
	case x == 0 && math.Signbit(x):
		return cmClassNZero
	case x == 0:
		return cmClassPZero
	case x < 0:
		return cmClassNeg
	}
	return cmClassPos
}

func cmFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// special returns the table entry when a part of z is not finite.
func cmSpecialValue(z complex128, table *cmTable) (complex128, bool) {
	if cmFinite(real(z)) && cmFinite(imag(z)) {
		return 0, false
	}
	return table[cmathClass(real(z))][cmathClass(imag(z))], true
}

// cPhase is phase(z). glibc's atan2 sets ERANGE when the result
// underflows to zero (phase(1e308+1e-20j)), and phase reports it.
func cPhase(z complex128) (float64, cmathErr) {
	r := crAtan2(imag(z), real(z))
	if r == 0 && imag(z) != 0 && cmFinite(real(z)) {
		return r, cmRange
	}
	return r, cmOK
}

func cSqrt(z complex128) complex128 {
	if r, ok := cmSpecialValue(z, &cmathSpecial.sqrt); ok {
		return r
	}
	re, im := real(z), imag(z)
	if re == 0 && im == 0 {
		return complex(0, im)
	}
	ax, ay := math.Abs(re), math.Abs(im)
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+crHypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+crHypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if re >= 0 {
		return complex(s, math.Copysign(d, im))
	}
	return complex(d, math.Copysign(s, im))
}

func cLog(z complex128) (complex128, cmathErr) {
	if r, ok := cmSpecialValue(z, &cmathSpecial.log); ok {
		return r, cmOK
	}
	re, im := real(z), imag(z)
	ax, ay := math.Abs(re), math.Abs(im)
	var lr float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		lr = crLog(crHypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax > 0 || ay > 0 {
			lr = crLog(crHypot(math.Ldexp(ax, cmMantDigits), math.Ldexp(ay, cmMantDigits))) - cmMantDigits*cmLn2
		} else {
			return complex(math.Inf(-1), crAtan2(im, re)), cmDomain
		}
	default:
		h := crHypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			lr = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			lr = crLog(h)
		}
	}
	return complex(lr, crAtan2(im, re)), cmOK
}

func cExp(z complex128) (complex128, cmathErr) {
	re, im := real(z), imag(z)
	if !cmFinite(re) || !cmFinite(im) {
		var r complex128
		if math.IsInf(re, 0) && cmFinite(im) && im != 0 {
			if re > 0 {
				r = complex(math.Copysign(math.Inf(1), crCos(im)), math.Copysign(math.Inf(1), crSin(im)))
			} else {
				r = complex(math.Copysign(0, crCos(im)), math.Copysign(0, crSin(im)))
			}
		} else {
			r = cmathSpecial.exp[cmathClass(re)][cmathClass(im)]
		}
		if math.IsInf(im, 0) && (cmFinite(re) || math.IsInf(re, 1)) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var rr, ri float64
	if re > cmLogLargeDouble {
		l := crExp(re - 1)
		rr, ri = l*crCos(im)*math.E, l*crSin(im)*math.E
	} else {
		l := crExp(re)
		rr, ri = l*crCos(im), l*crSin(im)
	}
	if math.IsInf(rr, 0) || math.IsInf(ri, 0) {
		return complex(rr, ri), cmRange
	}
	return complex(rr, ri), cmOK
}

// cCoshSinh is cosh (sinh false) or sinh (sinh true).
func cCoshSinh(z complex128, sinh bool) (complex128, cmathErr) {
	re, im := real(z), imag(z)
	if !cmFinite(re) || !cmFinite(im) {
		var r complex128
		if math.IsInf(re, 0) && cmFinite(im) && im != 0 {
			c, s := math.Copysign(math.Inf(1), crCos(im)), math.Copysign(math.Inf(1), crSin(im))
			switch {
			case re > 0:
				r = complex(c, s)
			case sinh:
				r = complex(-c, s)
			default:
				r = complex(c, -s)
			}
		} else if sinh {
			r = cmathSpecial.sinh[cmathClass(re)][cmathClass(im)]
		} else {
			r = cmathSpecial.cosh[cmathClass(re)][cmathClass(im)]
		}
		if math.IsInf(im, 0) && !math.IsNaN(re) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var rr, ri float64
	if math.Abs(re) > cmLogLargeDouble {
		x1 := re - math.Copysign(1, re)
		if sinh {
			rr, ri = crCos(im)*cmSinh(x1)*math.E, crSin(im)*cmCosh(x1)*math.E
		} else {
			rr, ri = crCos(im)*cmCosh(x1)*math.E, crSin(im)*cmSinh(x1)*math.E
		}
	} else if sinh {
		rr, ri = crCos(im)*cmSinh(re), crSin(im)*cmCosh(re)
	} else {
		rr, ri = crCos(im)*cmCosh(re), crSin(im)*cmSinh(re)
	}
	if math.IsInf(rr, 0) || math.IsInf(ri, 0) {
		return complex(rr, ri), cmRange
	}
	return complex(rr, ri), cmOK
}

func cTanh(z complex128) (complex128, cmathErr) {
	re, im := real(z), imag(z)
	if !cmFinite(re) || !cmFinite(im) {
		var r complex128
		if math.IsInf(re, 0) && cmFinite(im) && im != 0 {
			r = complex(math.Copysign(1, re), math.Copysign(0, 2*crSin(im)*crCos(im)))
		} else {
			r = cmathSpecial.tanh[cmathClass(re)][cmathClass(im)]
		}
		if math.IsInf(im, 0) && cmFinite(re) {
			return r, cmDomain
		}
		return r, cmOK
	}
	if math.Abs(re) > cmLogLargeDouble {
		return complex(math.Copysign(1, re), 4*crSin(im)*crCos(im)*crExp(-2*math.Abs(re))), cmOK
	}
	tx, ty := cmTanh(re), crTan(im)
	cx := 1 / cmCosh(re)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), cmOK
}

func cAcos(z complex128) complex128 {
	if r, ok := cmSpecialValue(z, &cmathSpecial.acos); ok {
		return r
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		rr := crAtan2(math.Abs(im), re)
		l := crLog(crHypot(re/2, im/2)) + cmLn2*2
		if re < 0 {
			return complex(rr, -math.Copysign(l, im))
		}
		return complex(rr, math.Copysign(l, -im))
	}
	s1 := cSqrt(complex(1-re, -im))
	s2 := cSqrt(complex(1+re, im))
	return complex(2*crAtan2(real(s1), real(s2)), cmAsinh(real(s2)*imag(s1)-imag(s2)*real(s1)))
}

func cAcosh(z complex128) complex128 {
	if r, ok := cmSpecialValue(z, &cmathSpecial.acosh); ok {
		return r
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		return complex(crLog(crHypot(re/2, im/2))+cmLn2*2, crAtan2(im, re))
	}
	s1 := cSqrt(complex(re-1, im))
	s2 := cSqrt(complex(re+1, im))
	return complex(cmAsinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*crAtan2(imag(s1), real(s2)))
}

func cAsinh(z complex128) complex128 {
	if r, ok := cmSpecialValue(z, &cmathSpecial.asinh); ok {
		return r
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		l := crLog(crHypot(re/2, im/2)) + cmLn2*2
		var rr float64
		if im >= 0 {
			rr = math.Copysign(l, re)
		} else {
			rr = -math.Copysign(l, -re)
		}
		return complex(rr, crAtan2(im, math.Abs(re)))
	}
	s1 := cSqrt(complex(1+im, -re))
	s2 := cSqrt(complex(1-im, re))
	return complex(cmAsinh(real(s1)*imag(s2)-real(s2)*imag(s1)), crAtan2(im, real(s1)*real(s2)-imag(s1)*imag(s2)))
}

func cAtanh(z complex128) (complex128, cmathErr) {
	if r, ok := cmSpecialValue(z, &cmathSpecial.atanh); ok {
		return r, cmOK
	}
	re, im := real(z), imag(z)
	if re < 0 {
		r, e := cAtanh(complex(-re, -im))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(im)
	switch {
	case re > cmSqrtLargeDbl || ay > cmSqrtLargeDbl:
		h := crHypot(re/2, im/2)
		return complex(re/4/h/h, -math.Copysign(math.Pi/2, -im)), cmOK
	case re == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), im), cmDomain
		}
		return complex(-crLog(math.Sqrt(ay)/math.Sqrt(crHypot(ay, 2))), math.Copysign(crAtan2(2, -ay)/2, im)), cmOK
	}
	return complex(math.Log1p(4*re/((1-re)*(1-re)+ay*ay))/4, -crAtan2(-2*im, (1-re)*(1+re)-ay*ay)/2), cmOK
}

// cRect is rect(r, phi).
func cRect(r, phi float64) (complex128, cmathErr) {
	if !cmFinite(r) || !cmFinite(phi) {
		var z complex128
		if math.IsInf(r, 0) && cmFinite(phi) && phi != 0 {
			c, s := math.Copysign(math.Inf(1), crCos(phi)), math.Copysign(math.Inf(1), crSin(phi))
			if r > 0 {
				z = complex(c, s)
			} else {
				z = complex(-c, -s)
			}
		} else {
			z = cmathSpecial.rect[cmathClass(r)][cmathClass(phi)]
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, cmDomain
		}
		return z, cmOK
	}
	if phi == 0 {
		return complex(r, r*phi), cmOK
	}
	return complex(r*crCos(phi), r*crSin(phi)), cmOK
}

// cmViaI and cmBackI turn f(z) into -i f(iz) (sin, tan, asin, atan from their
// hyperbolic counterparts) or f(iz) (cos), as CPython does.
func cmViaI(z complex128) complex128  { return complex(-imag(z), real(z)) }
func cmBackI(s complex128) complex128 { return complex(imag(s), -real(s)) }

// cAbs is _Py_c_abs: hypot, with ERANGE on overflow.
func cAbs(z complex128) (float64, cmathErr) {
	re, im := real(z), imag(z)
	if !cmFinite(re) || !cmFinite(im) {
		switch {
		case math.IsInf(re, 0):
			return math.Abs(re), cmOK
		case math.IsInf(im, 0):
			return math.Abs(im), cmOK
		}
		return math.NaN(), cmOK
	}
	r := crHypot(re, im)
	if !cmFinite(r) {
		return r, cmRange
	}
	return r, cmOK
}
