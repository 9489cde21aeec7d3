"""Lines of source files, as tracebacks show them (pystm's version).

The lines come from the interpreter's own cache of source files (the one
tracebacks read, which also holds pystm's frozen standard library), so
getline agrees with what tracebacks print.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getlines(filename, module_globals=None):
    """The lines of filename, each ending in a newline ([] if unreadable)."""
    return _traceback.getlines(filename)


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
