"""Operating-system interfaces on top of posix, pystm's own version.

os.path is posixpath. environ is a dict subclass whose writes also
change the process environment (CPython's is a MutableMapping; the
mapping methods behave alike). stat() returns os.stat_result, a tuple
of the ten integer fields with the float and nanosecond times as
attributes.
"""

import sys as _sys
import posix as _posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, lstat, stat, access,
                   readlink, urandom, getpid, getppid, cpu_count, strerror,
                   putenv, unsetenv, _exit, error, F_OK, R_OK, W_OK, X_OK,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC,
                   O_APPEND, open, close, read, write, lseek, isatty, chmod,
                   symlink, getuid, geteuid, getgid, getegid, umask, utime,
                   truncate)
import posixpath as path
from posixpath import join as _join

_sys.modules['os.path'] = path

from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep,
                       altsep, devnull)

name = 'posix'
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep',
           'defpath', 'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path', 'fdopen',
           'extsep', 'makedirs', 'removedirs', 'renames', 'walk', 'getenv',
           'putenv', 'unsetenv', 'environ', 'fspath', 'PathLike', 'scandir',
           'stat', 'lstat', 'stat_result', 'DirEntry', 'getcwd', 'chdir',
           'listdir', 'mkdir', 'rmdir', 'remove', 'unlink', 'rename',
           'replace', 'access', 'readlink', 'urandom', 'getpid', 'getppid',
           'cpu_count', 'strerror', 'error', 'open', 'close', 'read',
           'write', 'lseek', 'chmod', 'symlink', 'getuid', 'geteuid',
           'getgid', 'getegid', 'umask', 'utime', 'truncate']


class stat_result(tuple):
    """The result of os.stat: (st_mode, st_ino, st_dev, st_nlink, st_uid,
    st_gid, st_size, st_atime, st_mtime, st_ctime) with float times as
    attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._times = seq[10:]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0] if self._times else self[7])
    st_mtime = property(lambda self: self._times[1] if self._times else self[8])
    st_ctime = property(lambda self: self._times[2] if self._times else self[9])
    st_atime_ns = property(lambda self: self._times[3])
    st_mtime_ns = property(lambda self: self._times[4])
    st_ctime_ns = property(lambda self: self._times[5])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._times,))


stat_result.__module__ = 'os'


_posix._stat_result = stat_result


class terminal_size(tuple):
    """The size of a terminal: (columns, lines)."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size takes a 2-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def fspath(path):
    """Return the path representation of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(r).__name__))


class _PathLikeMeta(type):
    # CPython's PathLike is an ABC whose __subclasshook__ accepts any
    # class with __fspath__; the metaclass gives the same answers.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return any('__fspath__' in vars(k) for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ(dict):
    """os.environ: a dict whose writes also change the process's
    environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ(_posix.environ)
_posix.environ = environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


class DirEntry:
    """An entry of scandir(): name, path and the kind of file."""

    __slots__ = ('name', 'path', '_is_dir', '_is_file', '_is_link')

    def __init__(self, name, path, is_dir, is_file, is_link):
        self.name = name
        self.path = path
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_link = is_link

    def is_dir(self, *, follow_symlinks=True):
        if self._is_link and follow_symlinks:
            return path.isdir(self.path)
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if self._is_link and follow_symlinks:
            return path.isfile(self.path)
        return self._is_file

    def is_symlink(self):
        return self._is_link

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return lstat(self.path)[1]

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the directory."""
    if path is None:
        path = '.'
    top = fspath(path)
    entries = []
    for name, is_dir, is_file, is_link in _posix._scandir(top):
        entries.append(DirEntry(name, _join(top, name), is_dir, is_file, is_link))
    return _ScandirIterator(entries)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all the intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and the empty ones above it."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory in the
    tree rooted at top, in the directory's own order."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs, nondirs, walk_dirs = [], [], []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                new_path = path.join(top, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def system(command):
    raise NotImplementedError('os.system is not supported by pystm')
