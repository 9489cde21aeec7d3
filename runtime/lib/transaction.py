"""PyPy-STM's transaction module (pystm's own implementation).

`atomic` makes a block one transaction: nestable, and no other thread's
transaction interleaves with it (in parallel mode the block holds the
interpreter's token from the outermost entry to the outermost exit; under
-gil the GIL is not handed over meanwhile). A blocking wait inside the
block (a lock, sleep, join) still lets other threads run while it waits.

TransactionQueue runs the calls added with add() on several threads, each
call inside `atomic`, so the result is that of some serial order of the
calls. Calls may add further calls while the queue runs; run() returns when
none is pending or running, and re-raises the first exception a call
raised (the calls not yet started are dropped).
"""

import threading
from _transaction import enter_atomic as _enter, exit_atomic as _exit
from _transaction import is_atomic, hint_commit_soon, getsegmentlimit

__all__ = ["atomic", "is_atomic", "hint_commit_soon", "getsegmentlimit", "TransactionQueue"]


class _Atomic:
    """The context manager behind `with transaction.atomic:`."""

    __slots__ = ()

    def __enter__(self):
        _enter()
        return self

    def __exit__(self, exc_type, exc, tb):
        _exit()
        return False

    def __repr__(self):
        return "<transaction.atomic>"


atomic = _Atomic()


class TransactionQueue:
    """A queue of calls run in parallel, each as one transaction."""

    def __init__(self):
        self._cond = threading.Condition()
        self._pending = []
        self._head = 0
        self._active = 0
        self._error = None
        self._count = 0
        self._last_count = 0

    def add(self, f, *args, **kwds):
        """Schedules f(*args, **kwds) to run in this or a later run()."""
        with self._cond:
            self._pending.append((f, args, kwds))
            self._cond.notify()

    def add_generator(self, generator_iterator):
        """Schedules the steps of a generator: each next() is one call,
        and the generator is added again after each step it makes."""

        def step():
            try:
                next(generator_iterator)
            except StopIteration:
                return
            self.add(step)

        self.add(step)

    def number_of_transactions_in_last_run(self):
        """How many calls the last run() ran."""
        return self._last_count

    def _next(self):
        # The next call, or None when the queue is finished or failed.
        with self._cond:
            while True:
                if self._error is not None:
                    return None
                if self._head < len(self._pending):
                    call = self._pending[self._head]
                    self._pending[self._head] = None
                    self._head += 1
                    if self._head > 1024 and self._head * 2 > len(self._pending):
                        del self._pending[: self._head]
                        self._head = 0
                    self._active += 1
                    self._count += 1
                    return call
                if self._active == 0:
                    return None
                self._cond.wait()

    def _done(self, error):
        with self._cond:
            self._active -= 1
            if error is not None and self._error is None:
                self._error = error
            self._cond.notify_all()

    def _worker(self):
        # The call comes first in the loop's body, right after the jump
        # back where pystm begins a transaction: taking the next call
        # (a lock) ends the one before, and the atomic block then runs
        # in the new one, in parallel with the other workers' calls.
        call = self._next()
        while call is not None:
            f, args, kwds = call
            error = None
            try:
                with atomic:
                    f(*args, **kwds)
            except BaseException as e:
                error = e
            self._done(error)
            call = self._next()

    def run(self, nthreads=None):
        """Runs the pending calls on nthreads threads (default: the number
        of threads that run at once, getsegmentlimit())."""
        if nthreads is None:
            nthreads = getsegmentlimit()
        nthreads = max(1, int(nthreads))
        self._count = 0
        workers = [threading.Thread(target=self._worker) for _ in range(nthreads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        self._last_count = self._count
        error, self._error = self._error, None
        if error is not None:
            self._pending, self._head = [], 0
            raise error
