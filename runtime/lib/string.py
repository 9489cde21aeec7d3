"""String constants and helpers (pystm)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s, capitalize each word, and join with sep (or one space)."""
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # Yields (literal, name or None, start index); name '' means '$$'.
        s = self.template
        d = self.delimiter
        i = 0
        n = len(s)
        lit = []
        while i < n:
            if s.startswith(d, i):
                j = i + len(d)
                if s.startswith(d, j):
                    lit.append(d)
                    i = j + len(d)
                    continue
                if j < n and s[j] == '{':
                    k = j + 1
                    e = k
                    if e < n and _is_ident_start(s[e]):
                        e += 1
                        while e < n and _is_ident_char(s[e]):
                            e += 1
                    if e > k and e < n and s[e] == '}':
                        yield ''.join(lit), s[k:e], i, e + 1
                        lit = []
                        i = e + 1
                        continue
                    yield ''.join(lit), None, i, j
                    lit = []
                    i = j
                    continue
                e = j
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident_char(s[e]):
                        e += 1
                    yield ''.join(lit), s[j:e], i, e
                    lit = []
                    i = e
                    continue
                yield ''.join(lit), None, i, j
                lit = []
                i = j
                continue
            lit.append(s[i])
            i += 1
        yield ''.join(lit), False, n, n

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for lit, name, start, end in self._parse():
            out.append(lit)
            if name is None:
                self._invalid(end)
            elif name is not False:
                out.append('%s' % (mapping[name],))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for lit, name, start, end in self._parse():
            out.append(lit)
            if name is None:
                out.append(self.template[start:end])
            elif name is not False:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(self.template[start:end])
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for lit, name, start, end in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for lit, name, start, end in self._parse():
            if name is None:
                return False
        return True
