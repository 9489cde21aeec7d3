"""Fallback for the transaction module of PyPy-STM, for interpreters that lack one.

pystm provides its own transaction module in which `atomic` blocks and the calls
run by TransactionQueue are transactions that run in parallel. Under CPython and
PyPy the same programs run with this module instead: `atomic` is one process-wide
reentrant lock and every call run by TransactionQueue holds it, so the results are
those of some serial order of the blocks, exactly what pystm guarantees.

The benchmark programs append bench/ to the END of sys.path, so a transaction
module that the interpreter itself provides always takes precedence over this one.
"""

import threading

__all__ = ["atomic", "is_atomic", "hint_commit_soon", "getsegmentlimit", "TransactionQueue"]


class _Atomic:
    """A context manager that makes its block atomic by holding one global RLock."""

    def __init__(self):
        self._lock = threading.RLock()
        self._depth = threading.local()  # per thread: how deeply nested

    def __enter__(self):
        self._lock.acquire()
        self._depth.n = getattr(self._depth, "n", 0) + 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self._depth.n -= 1
        self._lock.release()
        return False


atomic = _Atomic()


def is_atomic():
    """True inside an atomic block (in the calling thread)."""
    return getattr(atomic._depth, "n", 0) > 0


def hint_commit_soon():
    """A hint for STM implementations; nothing to do under one lock."""
    return None


def getsegmentlimit():
    """How many transactions can run at once: one, under one lock."""
    return 1


class TransactionQueue:
    """Runs the calls added with add() on several threads, each call atomically.

    Calls may add further calls while the queue runs; run() returns when no call
    is pending or running. The first exception raised by a call stops the queue
    and is re-raised by run().
    """

    def __init__(self):
        self._cond = threading.Condition()
        self._pending = []
        self._head = 0
        self._active = 0
        self._error = None
        self._count = 0
        self._last_count = 0

    def add(self, f, *args, **kwds):
        """Schedules f(*args, **kwds) to run in a later call of run()."""
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
        # Returns the next call, or None when the queue is finished.
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
        while True:
            call = self._next()
            if call is None:
                return
            f, args, kwds = call
            error = None
            try:
                with atomic:
                    f(*args, **kwds)
            except BaseException as e:
                error = e
            self._done(error)

    def run(self, nthreads=None):
        """Runs the pending calls on nthreads threads (default: the CPU count)."""
        if nthreads is None:
            import os  # only here, so that the module itself needs just threading

            nthreads = os.cpu_count() or 1
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
            # A failed queue forgets the calls it did not run.
            self._pending, self._head = [], 0
            raise error
