"""io.TextIOWrapper over a binary buffer object (pystm).

open() makes text files in Go; io.TextIOWrapper(buffer, ...) over any
other binary stream (BytesIO, sys.stdout.buffer, a binary file) is this
class: writes are encoded and kept until flush (or a newline with
line_buffering, or 8 KiB), as CPython's; reads decode the rest of the
buffer on the first read. Mixing reads and writes on one
wrapper, and tell/seek after a partial read, are not supported.
"""

import io as _io


_CHUNK = 8192


class TextIOWrapper(_io.TextIOBase):
    """A text layer over a binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)  # LookupError for an unknown encoding, as CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else "strict"
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._text = None
        self._pos = 0
        self._detached = False
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_size = 0

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    newlines = property(lambda self: None)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        if self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        b = s.encode(self._encoding, self._errors)
        self._pending.append(b)
        self._pending_size += len(b)
        if (self._write_through or self._pending_size >= _CHUNK
                or self._line_buffering and ("\n" in s or "\r" in s)):
            self._flush_pending()
            if self._line_buffering:
                self.flush()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check()
        self._flush_pending()
        f = getattr(self._buffer, "flush", None)
        if f is not None:
            f()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        self._detached = True
        return self._buffer

    def _load(self):
        if self._text is None:
            self._flush_pending()
            data = self._buffer.read()
            text = bytes(data).decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._pos = 0

    def read(self, size=-1):
        self._check()
        self._load()
        if size is None or size < 0:
            out = self._text[self._pos:]
        else:
            out = self._text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def _line_end(self, start):
        t = self._text
        nl = self._newline
        if nl is None or nl == "\n":
            i = t.find("\n", start)
            return len(t) if i < 0 else i + 1
        if nl in ("\r", "\r\n"):
            i = t.find(nl, start)
            return len(t) if i < 0 else i + len(nl)
        for i in range(start, len(t)):
            c = t[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                return i + 2 if t[i + 1:i + 2] == "\n" else i + 1
        return len(t)

    def readline(self, size=-1):
        self._check()
        self._load()
        end = self._line_end(self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if pos != 0 or whence not in (0, 2):
            raise _io.UnsupportedOperation("pystm's TextIOWrapper over a buffer seeks to 0 or to the end only")
        self._text = None
        self._pos = 0
        return self._buffer.seek(0, whence)

    def tell(self):
        self._check()
        if self._text is not None:
            raise _io.UnsupportedOperation("pystm's TextIOWrapper over a buffer cannot tell after a read")
        return self._buffer.tell()

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self._encoding)


TextIOWrapper.__module__ = "_io"
