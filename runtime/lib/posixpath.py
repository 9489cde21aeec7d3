"""Path operations on POSIX path names (os.path), pystm's own version.

Pure string functions follow CPython's rules (normpath keeps a leading
'//', split strips trailing slashes from the head unless it is all
slashes); the ones that look at the file system go through posix.
"""

import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


def _seps(p):
    # The separator and the empty string of p's kind (str or bytes).
    if isinstance(p, bytes):
        return b'/', b''
    return '/', ''


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash, empty = _seps(a)
    path = a
    try:
        if not p:
            path[:0] + slash
        for b in map(_fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except TypeError:
        for x in (a,) + p:
            if not isinstance(x, (str, bytes)) and not hasattr(type(x), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                                % type(x).__name__) from None
        raise TypeError("Can't mix strings and bytes in path components") from None
    return path


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A name made only of leading dots (".bashrc") has no extension.
        for c in p[last_sep + 1:last_dot]:
            if c != dot and c != 46:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    lead = 0
    if path.startswith(slash):
        # POSIX leaves the meaning of exactly two leading slashes to the
        # implementation, so they are kept; three or more become one.
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if lead:
                continue
        parts.append(comp)
    out = slash * lead + slash.join(parts)
    return out or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path = abspath(filename)
    seen = 0
    parts = path.split('/')[1:]
    resolved = '/'
    while parts:
        name = parts.pop(0)
        candidate = join(resolved, name)
        if islink(candidate):
            seen += 1
            if seen > 40:
                if strict:
                    raise OSError(40, 'Too many levels of symbolic links', candidate)
                return normpath(join(candidate, *parts))
            target = _posix.readlink(candidate)
            if target.startswith('/'):
                resolved = '/'
            parts = [p for p in target.split('/') if p] + parts
            continue
        if name == '..':
            resolved = dirname(resolved) or '/'
        elif name and name != '.':
            if strict and not lexists(candidate):
                _posix.stat(candidate)
            resolved = candidate
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    i = 0
    while i < min(len(start_parts), len(path_parts)) and start_parts[i] == path_parts[i]:
        i += 1
    rel = [pardir] * (len(start_parts) - i) + path_parts[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    try:
        isabs_set = set(p[:1] == sep for p in paths)
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = sep if paths[0][:1] == sep else ''
    return prefix + sep.join(common)


def _stat(path):
    try:
        return _posix.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def islink(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st[0] & _S_IFMT == _S_IFLNK


def ismount(path):
    path = abspath(path)
    if path == '/':
        return True
    a, b = _stat(path), _stat(join(path, '..'))
    if a is None or b is None:
        return False
    return a[2] != b[2] or a[1] == b[1]


def getsize(filename):
    return _posix.stat(filename)[6]


def _time(filename, i):
    st = _posix.stat(filename)
    if len(st) > 10:
        return st[i]  # the plain tuple (os not imported yet)
    return (st.st_atime, st.st_mtime, st.st_ctime)[i - 10]


def getmtime(filename):
    return _time(filename, 11)


def getatime(filename):
    return _time(filename, 10)


def getctime(filename):
    return _time(filename, 12)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a, b = _posix.stat(f1), _posix.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    raise NotImplementedError('os.path.sameopenfile is not supported by pystm')


def expanduser(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expanduser(path.decode()).encode()
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get('HOME')
        if home is None:
            return path
    else:
        # Other users' homes need the password database: left as is.
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    env = _posix.environ
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)
