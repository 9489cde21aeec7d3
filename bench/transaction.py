"""Fallback for the transaction module of PyPy-STM, for interpreters that lack one.

pystm provides its own transaction module in which `atomic` blocks and the calls
run by TransactionQueue are transactions that run in parallel. Under CPython and
PyPy the same programs run with this module instead: `atomic` is one process-wide
reentrant lock and every call run by TransactionQueue holds it, so the results are
those of some serial order of the blocks, exactly what pystm guarantees.

The benchmark programs append bench/ to the END of sys.path, so a transaction
module that the interpreter itself provides always takes precedence over this one.
"""

import os
import sys
import threading
import types

# The primitives, written with one global reentrant lock, are installed as
# the `_transaction` module that pystm's own transaction.py is written
# against; that file (runtime/lib/transaction.py) then supplies `atomic`
# and TransactionQueue unchanged, so the fallback cannot drift from it.
_lock = threading.RLock()
_depth = threading.local()  # per thread: how deeply atomic blocks nest


def _enter_atomic():
    _lock.acquire()
    _depth.n = getattr(_depth, "n", 0) + 1


def _exit_atomic():
    _depth.n -= 1
    _lock.release()


def _is_atomic():
    """True inside an atomic block (in the calling thread)."""
    return getattr(_depth, "n", 0) > 0


def _hint_commit_soon():
    """A hint for STM implementations; nothing to do under one lock."""
    return None


def _getsegmentlimit():
    """How many threads TransactionQueue.run() uses by default: the CPU count."""
    return os.cpu_count() or 1


_primitives = types.ModuleType("_transaction")
_primitives.enter_atomic = _enter_atomic
_primitives.exit_atomic = _exit_atomic
_primitives.is_atomic = _is_atomic
_primitives.hint_commit_soon = _hint_commit_soon
_primitives.getsegmentlimit = _getsegmentlimit
sys.modules["_transaction"] = _primitives

_here = os.path.dirname(os.path.realpath(__file__))
_shared = os.path.join(_here, "..", "runtime", "lib", "transaction.py")
_fallback_doc = __doc__
with open(_shared) as _f:
    exec(compile(_f.read(), _shared, "exec"), globals())
__doc__ = _fallback_doc
