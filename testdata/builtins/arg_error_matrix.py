# TypeError/ValueError messages for wrong argument types and counts across builtin functions and methods
cases = [
 "[].index('x', 'a')", "[].insert('a', 1)", "[1].pop('0')", "[].sort(key=1)", "[].sort(1)", "[].append()", "[].append(1, 2)", "[].extend(1)", "[].remove()",
 "[].count()", "[1].index(1, 0, 0)", "[].reverse(1)", "[].copy(1)", "[].clear(1)", "list(1, 2)", "list(x=1)", "[][1:2:0]", "[1][1.5:]",
 "{}.pop()", "{}.get()", "{}.get(1, 2, 3)", "{}.setdefault()", "{}.update(1, 2)", "{}.update([1])", "dict.fromkeys()", "{}.popitem(1)", "{}.keys(1)", "dict(1, 2)",
 "{}[[]]", "{}.get([])", "{}.pop([], None)", "{[]: 1}", "{}.fromkeys([[]])", "set().add()", "set().add([])", "set().remove([])", "set().discard([])",
 "set().update(1)", "set().union(1)", "set(1)", "set([[]])", "{1} < [1]", "{1}.issubset(1)", "frozenset(1)", "set().pop(1)",
 "'a'.split(1)", "'a'.join(1)", "'a'.join([1])", "'a'.replace(1, 2)", "'a'.center('x')", "'a'.zfill('1')", "'a'.find(1)", "'a'.count(None)", "'a'.startswith(['a'])",
 "'a'.strip(1)", "'a'.encode(1)", "'a'.encode('utf-8', 1)", "'a'.ljust()", "'a'.partition('')", "'a'.partition(1)", "'a'.splitlines('x')", "'a'.expandtabs('x')",
 "'a'.format(**1)", "'{}'.format()", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{'.format()", "'}'.format()", "'{:d}'.format('a')", "'{:s}'.format(1)",
 "'{!x}'.format(1)", "'{0[}'.format(1)", "'{a.}'.format(a=1)", "'{:>{}}'.format('a')", "'%s %s' % 1", "'%(a)s' % 1", "'%(a)s' % {'b': 1}", "'%' % ()",
 "b'a'.decode(1)", "b'a'.join(['a'])", "b'a' + bytearray(b'b') + 'c'", "bytes('a')", "bytes(1.5)", "bytearray('a')", "b'abc'.find('a')", "b'a'.split('a')",
 "tuple(1)", "(1,).index(2)", "(1,).count()", "()[0]", "range('a')", "range(1, 2, 3, 4)", "range(0)[0]", "range(3).index(5)", "len(range(3), 1)",
 "int('1', base=40)", "int(1, 10)", "int('1', 10.0)", "float(1, 2)", "float([])", "complex('a')", "complex(1, 'a')", "complex('1', 1)", "bool(1, 2)",
 "abs('a')", "divmod('a', 1)", "pow('a', 2)", "pow(2, 2, 'a')", "pow(2.0, 2, 3)", "round(1, 'a')", "round('a')", "sum('ab')", "sum([], 'a')", "min()", "max(1, 2, key=1)",
 "sorted(1)", "reversed(1)", "enumerate(1)", "zip(1)", "list(map(1, [1]))", "filter(1, 1)", "iter(1)", "iter(1, 2)", "next(1)", "next(iter([]))",
 "chr('a')", "ord(1)", "hex('a')", "bin(1.0)", "oct([])", "repr()", "ascii()", "format(1, 2)", "hash([])", "len(1)", "callable()", "isinstance(1)", "issubclass(1, int)",
 "getattr(1)", "getattr(1, 2)", "setattr(1, 'x')", "delattr(1, 'x')", "hasattr(1, 2)", "vars(1)", "dir(1, 2)", "type(1, 2)", "type('a', 1, {})", "type('a', (), 1)",
 "super(1)", "super(int, 'a')", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "object(1)", "slice()", "slice(1, 2, 3, 4)", "id()",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c))[:60])
    except BaseException as e:
        print(c, "!>", type(e).__name__, str(e)[:110])
