package runtime

import "math"

// The hyperbolic functions below follow fdlibm's e_cosh.c, e_sinh.c and
// s_tanh.c, which glibc uses, over the correctly rounded exp and fdlibm's
// expm1 (Go's math.Expm1 is a port of it), so that their roundings are
// glibc's. The thresholds compare the high 32 bits of |x| as fdlibm does.

func cmHighWord(x float64) uint32 { return uint32(math.Float64bits(x)>>32) & 0x7fffffff }

func cmCosh(x float64) float64 {
	ix := cmHighWord(x)
	ax := math.Abs(x)
	switch {
	case ix >= 0x7ff00000:
		return x * x
	case ix < 0x3fd62e43: // |x| < ln2/2
		t := math.Expm1(ax)
		w := 1 + t
		if ix < 0x3c800000 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := crExp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862e42: // |x| < log(DBL_MAX)
		return 0.5 * crExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d: // below the overflow threshold
		w := crExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func cmSinh(x float64) float64 {
	ix := cmHighWord(x)
	ax := math.Abs(x)
	h := 0.5
	if math.Signbit(x) {
		h = -0.5
	}
	switch {
	case ix >= 0x7ff00000:
		return x + x
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := math.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42:
		return h * crExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d:
		w := crExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

func cmTanh(x float64) float64 {
	ix := cmHighWord(x)
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	var z float64
	switch {
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix < 0x40360000: // |x| < 22
		ax := math.Abs(x)
		if ix >= 0x3ff00000 {
			t := math.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// cmAsinh is fdlibm's s_asinh.c over the correctly rounded log, as glibc.
func cmAsinh(x float64) float64 {
	ix := cmHighWord(x)
	var w float64
	switch {
	case ix < 0x3e300000: // |x| < 2**-28
		return x
	case ix >= 0x7ff00000:
		return x + x
	case ix > 0x41b00000: // |x| > 2**28
		w = crLog(math.Abs(x)) + math.Ln2
	case ix > 0x40000000: // 2 < |x| <= 2**28
		xa := math.Abs(x)
		w = crLog(2*xa + 1/(math.Sqrt(xa*xa+1)+xa))
	default:
		xa := math.Abs(x)
		t := xa * xa
		w = math.Log1p(xa + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}
