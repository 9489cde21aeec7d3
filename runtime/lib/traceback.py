"""Extract, format and print stack traces and exceptions, pystm's own
version of CPython's traceback module.

The text is CPython 3.11's, except that the lines of carets (^^^^) under
the failing expression are not drawn. Traceback entries come from the
runtime (_traceback), which also formats an exception's last lines, so
these functions print what an uncaught exception prints. pystm's
traceback objects carry no frames: walk_tb yields None for the frame.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class FrameSummary:
    """One entry of a stack: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[len(entries) + limit:] if -limit < len(entries) else entries


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if f is None:
                continue
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                       lookup_line=lookup_lines))
        if limit is not None:
            result = klass(_limited(list(result), limit))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or last != key:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def _summary(entries, limit):
    return StackSummary(FrameSummary(fn, ln, name) for fn, ln, name in _limited(entries, limit))


def extract_tb(tb, limit=None):
    """The entries of a traceback object, as a StackSummary."""
    return _summary(_traceback.tb_entries(tb), limit)


def _frame_entries(f):
    entries = []
    while f is not None:
        entries.append((f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    entries.reverse()
    return entries


def extract_stack(f=None, limit=None):
    """The entries of the current stack (or of frame f's), outermost
    first, as a StackSummary."""
    if f is None:
        entries = _traceback.stack(1)
    else:
        entries = _frame_entries(f)
    if limit is not None and limit >= 0:
        entries = entries[len(entries) - limit:] if limit < len(entries) else entries
        limit = None
    elif limit is not None:
        entries = entries[:-limit]
        limit = None
    return _summary(entries, None)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        entries = _traceback.stack(1)
        return _summary(_stack_limit(entries, limit), None).format()
    return format_list(extract_stack(f, limit=limit))


def _stack_limit(entries, limit):
    if limit is None:
        return entries
    if limit >= 0:
        return entries[len(entries) - limit:] if limit < len(entries) else entries
    return entries[:-limit]


def print_stack(f=None, limit=None, file=None):
    if f is None:
        entries = _summary(_stack_limit(_traceback.stack(1), limit), None)
    else:
        entries = extract_stack(f, limit=limit)
    print_list(entries, file=file)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of tb; pystm's tracebacks
    keep no frames, so frame is None."""
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        raise NotImplementedError('traceback.walk_stack(None) is not supported by pystm')
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    pass


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _exception_only_lines(value):
    if value is None:
        return ['NoneType: None\n']
    lines = _traceback.exception_only(value)
    if isinstance(value, SyntaxError):
        caret = _syntax_caret(value)
        if caret and len(lines) >= 2 and lines[1].startswith('    '):
            lines.insert(2, caret)
    return lines


def _syntax_caret(e):
    # The line of carets under a SyntaxError's text (the runtime's own
    # printing leaves it out; here it is part of the returned text).
    if e.text is None or e.offset is None or e.lineno is None:
        return None
    rtext = e.text.rstrip('\n')
    ltext = rtext.lstrip(' \n\f')
    spaces = len(rtext) - len(ltext)
    end = e.end_offset if e.end_offset not in (None, 0) else e.offset
    if e.offset == end or end == -1:
        end = e.offset + 1
    col = e.offset - 1 - spaces
    end_col = end - 1 - spaces
    if col < 0:
        return None
    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
    return '    {}{}\n'.format(pad, '^' * (end_col - col))


def _chain(value, tb, limit, chain, seen):
    lines = []
    if chain and value is not None:
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines += _chain(cause, cause.__traceback__, limit, chain, seen)
            lines.append(_cause_message)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            lines += _chain(context, context.__traceback__, limit, chain, seen)
            lines.append(_context_message)
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines += format_tb(tb, limit=limit)
    lines += _exception_only_lines(value)
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines of an exception's traceback, as print_exception prints
    them."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _chain(value, tb, limit, chain, set())


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: 'Type: message'."""
    if value is _sentinel:
        value = exc
    return _exception_only_lines(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as an uncaught one prints."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


class TracebackException:
    """An exception ready for formatting: its type, message, stack and
    the exceptions it chains to."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = str(exc_value) if exc_value is not None else 'None'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _exception_only_lines(self._value)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _cause_message
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _context_message
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
