"""Shell-style filename matching, pystm's own version of fnmatch.

Patterns: '*' matches everything, '?' one character, '[seq]' one
character in seq (ranges a-z, '[!seq]' negates; a '[' without its ']' is
an ordinary character). The matcher is written by hand (pystm has no re
module); translate() is not provided.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether name matches pat (case is significant on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    # A list of items: ('*',), ('?',), ('lit', c) or ('set', negate, items)
    # where items are characters or (lo, hi) ranges.
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != ('*',):
                items.append(('*',))
        elif c == '?':
            items.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            chars = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    chars.append((body[k], body[k + 2]))
                    k += 3
                else:
                    chars.append(body[k])
                    k += 1
            items.append(('set', negate, chars))
        else:
            items.append(('lit', c))
    return items


def _in_set(c, chars):
    for x in chars:
        if isinstance(x, tuple):
            if x[0] <= c <= x[1]:
                return True
        elif c == x:
            return True
    return False


def _match(name, items, ni, pi):
    while pi < len(items):
        item = items[pi]
        kind = item[0]
        if kind == '*':
            if pi == len(items) - 1:
                return True
            for k in range(ni, len(name) + 1):
                if _match(name, items, k, pi + 1):
                    return True
            return False
        if ni >= len(name):
            return False
        c = name[ni]
        if kind == 'lit':
            if c != item[1]:
                return False
        elif kind == 'set':
            if _in_set(c, item[2]) == item[1]:
                return False
        ni += 1
        pi += 1
    return ni == len(name)


_cache = {}


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    items = _cache.get(pat)
    if items is None:
        if isinstance(pat, bytes):
            items = _compile(pat.decode('latin-1'))
        else:
            items = _compile(pat)
        if len(_cache) < 32768:
            _cache[pat] = items
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    return _match(name, items, 0, 0)


def filter(names, pat):
    """The names of the list that match pat."""
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def translate(pat):
    raise NotImplementedError("fnmatch.translate is not supported by pystm (no re module)")
