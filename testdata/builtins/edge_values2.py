# edge cases of str methods and format specs, set/dict/list operators, float and complex arithmetic, bool arithmetic
cases = [
 "'abc'.split('')", "'a,b'.split(',', 10**20)", "'abc'.rsplit('b', -1)", "'aaa'.replace('a', 'bb', -1)", "'abc'.startswith(())", "'abc'.endswith(('x', 'c'), -1)",
 "'abc'.find('b', None, None)", "'abc'.count('', 1)", "'abc'.count('', 10)", "''.count('')", "'abc'[None:None:None]", "'abc'.strip(None)",
 "'AbC'.casefold()", "'ß'.casefold()", "'ﬃ'.lower()", "'İ'.lower()", "len('İ'.lower())", "'ǅ'.upper()", "'ǅ'.lower()", "'ǅ'.title()",
 "'a b\\tc'.split(' ')", "'1,234'.isdigit()", "'x'.join([])", "'ab'.join('cd')", "'%s' % [[]]", "str.join('', ('a',))",
 "'{0!r:>{1}}'.format('a', 5)", "'{:>{}}'.format('a', 3)", "'{}{}'.format(*'ab')", "'{a[0]}'.format(a='xyz')", "'{0.imag}'.format(3)",
 "'{:%}'.format(1)", "'{:.2%}'.format(2/3)", "'{:+}'.format(0)", "'{: }'.format(-1)", "'{:x<4}'.format('ab')", "'{:^}'.format('ab')",
 "'{:010,}'.format(1234)", "'{:,}'.format(1.5)", "'{:_}'.format(10**6+0.5)", "'{:08.3}'.format(3.14159)", "'{:#.0f}'.format(3)", "'{:.3s}'.format('abcdef')",
 "format(1.5, 'd')", "format('a', 'd')", "format(3, '.2f')", "format(3, '.2')", "format(True, '.2f')", "format(10**20, 'f')", "format(1e20, 'd') if False else 0",
 "{1, 2} ^ {2, 3} ^ {3, 4}", "{1} - set()", "set() <= set()", "frozenset() == set()", "{1,2}.isdisjoint([])", "set('abc') > set('ab')",
 "{**{1: 2}, **{1: 3}}", "dict([('a', 1)], a=2)", "dict(zip('ab', range(5)))", "{1: 2}.keys() - [1]", "{1: 2}.items() | {(3, 4)} == {(1, 2), (3, 4)}",
 "list({3: 1, 1: 2}.values())", "dict.fromkeys('aba')", "len({}.fromkeys(range(100)))", "{(): 1}[()]", "{frozenset(): 1}[frozenset()]",
 "[1, 2] * True", "[1] * False", "(1, 2) + ()", "[[]] * 2", "list('ab') + list(b'ab')", "[*range(3)][-1]", "[1, 2, 3][-1:-1]", "[1,2,3][::-1][::-1]",
 "sorted([[2], [1, 5], [1]])", "sorted([(1, 'b'), (1, 'a')])", "sorted(['b', 'A', 'a', 'B'])", "sorted([True, False, 0, 1])", "max('a', 'b', key=str.upper)",
 "min([[], [0]], key=len)", "sum([1.5, 2.5], 1)", "sum(range(10**6))", "any(x for x in [])", "all(iter(()))", "list(map(max, [1, 5], [3, 2]))",
 "divmod(-7, 2.0)", "divmod(7.5, -2)", "7.5 // -2", "-7.5 % 2", "(-7) % 2.5", "5 % -0.5", "1e300 % 3", "(-1e300) % 3", "2.0 ** 0.5",
 "0.0 ** 0", "0 ** 0.0", "(-1) ** 0.5 == 1j", "10 ** -1", "(-10) ** -3", "2 ** 0.5 * 2 ** 0.5", "complex(1, 2) ** 2",
 "abs(-1j)", "(1+2j) / 0.5", "complex('1e3j')", "complex(' 2+3j ')", "complex('(1+2j)')", "(1+2j) == (1+2j)", "hash(1j) == hash(complex(0, 1))",
 "int(True) + int(False)", "bool(-0.0)", "bool(0j)", "True / 2", "True // 2", "-True", "True << 3", "True ** 10", "(True + 0.5)", "True & 3",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:80])
    except BaseException as e:
        print(c, "!>", type(e).__name__, str(e)[:100])
