# MemoryError for allocations no machine can hold, raised before trying them (caught, then the program goes on).
N = 10**15
cases = [
    ("list repeat", lambda: [0] * N),
    ("list repeat 2", lambda: [1, 2] * N),
    ("tuple repeat", lambda: (1,) * N),
    ("str repeat", lambda: 'x' * N),
    ("str repeat reflected", lambda: N * 'ab'),
    ("bytes repeat", lambda: b'x' * N),
    ("bytearray repeat", lambda: bytearray(b'x') * N),
    ("bytearray(n)", lambda: bytearray(N)),
    ("bytes(n)", lambda: bytes(N)),
    ("list(range)", lambda: list(range(N))),
    ("tuple(range)", lambda: tuple(range(N))),
    ("sorted(range)", lambda: sorted(range(N))),
    ("str.join", lambda: ''.join(['x' * 10**7] * 10**6)),
    ("bytes.join", lambda: b''.join([b'x' * 10**7] * 10**6)),
    ("int shift", lambda: 1 << N),
    ("str.ljust", lambda: 'x'.ljust(N)),
    ("str.rjust", lambda: 'x'.rjust(N, '*')),
    ("str.center", lambda: 'x'.center(N)),
    ("str.zfill", lambda: '7'.zfill(N)),
    ("bytes.ljust", lambda: b'x'.ljust(N)),
    ("format width", lambda: format('x', '<%d' % N)),
    ("str.format width", lambda: '{:{}}'.format('x', N)),
    ("f-string width", lambda: f'{1:{N}}'),
    ("percent width", lambda: '%*d' % (N, 1)),
    ("str.replace", lambda: ('a' * 10**6).replace('a', 'x' * 10**7)),
]
for name, f in cases:
    try:
        f()
        print(name, "no error")
    except MemoryError as e:
        print(name, type(e).__name__, repr(e.args))
x = [1]
try:
    x *= N
except MemoryError:
    print("list *= MemoryError, list still", x)
s = 'ab'
try:
    s *= N
except MemoryError:
    print("str *= MemoryError, str still", s)
# Sizes beyond Py_ssize_t are OverflowErrors, not MemoryErrors.
for name, f in [("list * 10**100", lambda: [1] * 10**100), ("str * 2**63", lambda: ' ' * 2**63),
                ("bytes * 2**62", lambda: b'ab' * 2**62), ("rjust 2**63", lambda: 'a'.rjust(2**63)),
                ("expandtabs 2**31", lambda: '\t'.expandtabs(2**31)),
                ("percent precision", lambda: '%.*f' % (10**15, 1.0)),
                ("format precision", lambda: format(1.5, '.1000000000000f'))]:
    try:
        f()
        print(name, "no error")
    except (OverflowError, ValueError) as e:
        print(name, type(e).__name__, e)
print("still running:", sum(range(10)))
