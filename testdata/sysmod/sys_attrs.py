# deterministic sys attributes: float_info, hash_info, maxsize, byteorder, version_info, implementation-free checks
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
hi = sys.hash_info
print(hi.width, hi.modulus == 2 ** 61 - 1, hi.inf, hi.nan, hash(float("inf")) == hi.inf)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info >= (3, 11), sys.version_info[:2], tuple(sys.version_info)[:2])
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, type(sys.path).__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdin, "read"))
print(sys.getrecursionlimit(), callable(sys.exc_info), sys.exc_info() == (None, None, None))
