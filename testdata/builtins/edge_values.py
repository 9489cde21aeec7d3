# edge-value arguments to builtins and operators: huge indexes, shifts, int limits, bad codecs, format overflow
cases = [
 "[1,2,3][10**30]", "[1,2,3][-10**30]", "'abc'[10**20:]", "'abc'[::-10**20]", "[1,2][::2**70]", "range(10)[::2**70]",
 "(1 << 64) >> 10**20", "1 >> -1", "1 << -1", "2 ** -10**5 == 0", "(-1) ** 10**18", "pow(2, -1, 4)", "pow(0, -1)",
 "'x' * (2**63)", "[0] * (2**63)", "bytes(-1)", "bytearray(-5)", "'abc'.center(-5)", "'a'.zfill(-1)", "'%.500f' % 1.0 == '1.' + '0'*500",
 "chr(0x10FFFF) == '\\U0010FFFF'", "int('9'*50, 36)", "int('-0x10', 16)", "int('0x', 16)", "int(' 0 ', 0)", "int('00', 0)", "int('010', 0)",
 "float('1e500')", "float('-1e-500')", "float('nan')!=float('nan')", "float(' inf ')", "float('in')", "round(1.5, 10**10)",
 "divmod(1, 0.0)", "divmod(2**1000, 0.5)", "2**1000 / 0.5", "(2**1100) * 1.0", "1e308 + 2**1100", "int.from_bytes(b'', 'big')", "(0).to_bytes(0, 'big')",
 "'abc'.split(None, -5)", "'abc'.replace('', '-', 2)", "'abc'.expandtabs(-3)", "'a\\tb'.expandtabs(-3)", "list(range(5))[3:1:-10**20]", "'abc'.index('c', -10**20, 10**20)",
 "tuple(range(3))[slice(None, None, -2**63)]", "str(slice(1,2,3))", "hash(slice(1,2))", "sorted([3,1], key=None, reverse=None)", "sum([], start=[])",
 "max([], default=1, key=len)", "min(iter([]), default='d')", "'{:,}'.format(-10**30)", "'{:.0f}'.format(1e300)[:5]", "'{:e}'.format(10**400)",
 "'%d' % 2**200", "'%x' % -2**70", "'%s' % ()", "'%c' % 0x110000", "format(2**100, 'c')", "bin(-0)", "abs(-2**63)", "-(-2**63)",
 "(2**63) // -1", "(-2**63) // -1", "(-2**63) % -1", "divmod(-2**63, -1)", "(-2**63) * -1", "int(-2**63) - 1", "~(2**63-1)",
 "9223372036854775807 + 1", "-9223372036854775808 - 1", "4611686018427387904 * 2", "3037000500 * 3037000500", "abs(-9223372036854775808)",
 "list(zip(*[]))", "dict.fromkeys([], 1)", "{}.pop(1, None)", "[].index(1) if False else 0", "list(reversed([]))", "enumerate([], 2**70).__next__ if False else 1",
 "next(enumerate('a', 2**64))", "list(enumerate('ab', -2**64))", "range(2**64, 2**64+3)[1]", "len(range(-2**63, 2**63-1))", "(2**64) in range(2**65)",
 "bytes.fromhex('zz')", "b'\\xff'.decode()", "'\\x80'.encode('ascii')", "str(b'a', 'nope')", "'a'.encode('nope')",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:80])
    except BaseException as e:
        print(c, "!>", type(e).__name__, str(e)[:100])
