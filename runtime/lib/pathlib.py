"""Object-oriented filesystem paths, pystm's own version of pathlib
(POSIX flavour only: PurePath and Path are PurePosixPath and PosixPath).

Parsing follows CPython 3.11: repeated slashes and '.' components go,
'..' stays, exactly two leading slashes are kept as the root.
"""

import fnmatch
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]


def _parse(args):
    # The (root, parts) of the joined arguments.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        else:
            s = os.fspath(a)
            if isinstance(s, bytes):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(s),))
            if not isinstance(s, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(s),))
        if s.startswith('/'):
            if s.startswith('//') and not s.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for comp in s.split('/'):
            if comp and comp != '.':
                parts.append(comp)
    return root, parts


class _Parents:
    """The ancestors of a path (p.parents), nearest first."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx < 0:
            idx += self._n
        if idx < 0 or idx >= self._n:
            raise IndexError(idx)
        return self._path._make(self._path._root, self._path._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path that never touches the file system."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    def _make(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        p._hash = None
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        return list(self.parts), list(other.parts)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a >= b

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by pystm")


class Path(PurePath):
    """A path on the file system, with methods that use it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner is not supported by pystm")

    def group(self):
        raise NotImplementedError("Path.group is not supported by pystm")

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        import glob as _glob
        base = str(self)
        # pathlib's '*' also matches names that start with a dot.
        for p in _glob.iglob(pattern, root_dir=base, recursive=True, include_hidden=True):
            yield self / p

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        import io
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data)) if not isinstance(data, (bytes, bytearray)) else data
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            os.utime(self, None)
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def expanduser(self):
        if self._parts and self._parts[0][:1] == '~' and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
