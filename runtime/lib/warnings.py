"""Python part of the warnings subsystem, pystm's own version.

Behaviour follows CPython 3.11: the default filters (DeprecationWarning
shown in __main__ only; Pending/Import/ResourceWarning ignored), the
"default" action printing "file:line: Category: message" and the source
line to stderr once per location, filters, simplefilter, filterwarnings,
catch_warnings(record=True). The caller's location comes from the
runtime (_traceback.caller).

Difference: pystm has no re module, so the message and module patterns
of filterwarnings understand a subset of regular expressions (literal
text, '.', '.*', '\\' escapes, a final '$'), matched at the start as
re.match does, the message case-insensitively.
"""

import sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


class _Pattern:
    """A compiled filter pattern (the subset of re that pystm supports)."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._tokens = []
        self._anchored = False
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == '\\' and i + 1 < n:
                self._tokens.append(('lit', pattern[i + 1]))
                i += 2
                continue
            if c == '.' and i + 1 < n and pattern[i + 1] == '*':
                self._tokens.append(('any*', None))
                i += 2
                continue
            if c == '.':
                self._tokens.append(('any', None))
            elif c == '$' and i == n - 1:
                self._anchored = True
            elif c == '\\' and i == n - 1:
                self._tokens.append(('lit', c))
            else:
                self._tokens.append(('lit', c))
            i += 1

    def _fold(self, s):
        return s.lower() if self._ignore_case else s

    def _match_at(self, text, ti, k):
        tokens = self._tokens
        while k < len(tokens):
            kind, c = tokens[k]
            if kind == 'any*':
                for j in range(len(text), ti - 1, -1):
                    if self._match_at(text, j, k + 1):
                        return True
                return False
            if ti >= len(text):
                return False
            if kind == 'lit' and self._fold(text[ti]) != self._fold(c):
                return False
            ti += 1
            k += 1
        return not self._anchored or ti == len(text) or (ti == len(text) - 1 and text[ti] == '\n')

    def match(self, text):
        return self._match_at(text, 0, 0)

    def __repr__(self):
        if self._ignore_case:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self._ignore_case == other._ignore_case)

    def __hash__(self):
        return hash((self.pattern, self._ignore_case))


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignore_case)
    return re.compile(pattern, re.I if ignore_case else 0)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _traceback.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_actions = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _actions, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the
    front): it matches every message and module."""
    assert action in _actions, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(stacklevel).__name__)
    where = _traceback.caller(max(stacklevel, 1))
    if where is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        filename, lineno, globals = where
    module = globals.get('__name__', "<string>")
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function; with record=True, __enter__
    returns the list the warnings go to instead of being shown."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_warnings_defaults = True
