"""Threads on top of the _thread module (pystm's own implementation).

The only blocking primitive is _thread's lock; everything that waits
(Condition, Event, Semaphore, Barrier, Timer, join) is built from it here,
so each wait is a lock acquire that re-runs after the thread is woken.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
Lock = _allocate_lock

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for the threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for the threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


class _RLock:
    """A lock its owner may acquire again; release undoes one acquire."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # As CPython's C RLock prints itself: owner is the owner's ident.
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self._owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # The three methods Condition uses to wait on an RLock held several
    # times: give it up entirely, then restore the same depth.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable: wait() releases the lock until notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: held and not acquirable counts as ours.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter parks on a lock of its own, which notify releases.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if end is None:
                    end = _time() + wait_time
                else:
                    wait_time = end - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter: acquire waits while it is zero, release adds to it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__,
                hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait for the previous round to drain (or a reset to finish).
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _await(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


_counter_lock = _allocate_lock()
_counter = 0


def _newname(template):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


# Threads by ident once running (_active), and started but not yet
# running (_limbo).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The join locks of non-daemon threads, which _shutdown waits for, by
# id(lock). A thread's lock leaves when the thread is seen stopped; locks of
# threads nobody joined are pruned when the table has doubled since the
# last pruning, so starting n threads costs O(n), not O(n**2).
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}
_shutdown_prune_at = 64


def _maintain_shutdown_locks():
    global _shutdown_prune_at
    if len(_shutdown_locks) < _shutdown_prune_at:
        return
    for key, lock in list(_shutdown_locks.items()):
        if not lock.locked():
            del _shutdown_locks[key]
    _shutdown_prune_at = max(64, 2 * len(_shutdown_locks))


class ExceptHookArgs:
    """The argument of threading.excepthook."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % (self.exc_type, self.exc_value,
                                self.exc_traceback, self.thread))


excepthook = _thread._excepthook
__excepthook__ = excepthook


class Thread:
    """A thread of control: target(*args, **kwargs), or an overridden run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The sentinel lock is released by the runtime when this thread
        # has finished: join waits for it.
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks[id(self._tstate_lock)] = self._tstate_lock

    def _stop(self):
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon and lock is not None:
            with _shutdown_locks_lock:
                _shutdown_locks.pop(id(lock), None)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    # run and _bootstrap_inner sit on the lines where CPython 3.11's
    # threading.py has them (982 and 1045), so a traceback through them
    # reads as CPython's does.













































































































































































































































































































































    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so the objects can be freed.
            del self._target, self._args, self._kwargs















































    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            # Tracing and profiling are not supported: the hooks are kept
            # for settrace/gettrace but never installed.
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()


class Timer(Thread):
    """Call a function after a number of seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread directly: alive until it ends."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread's Thread object."""
    return _main_thread


def _shutdown():
    """Wait for the non-daemon threads (called by the runtime at exit)."""
    if _main_thread._is_stopped:
        return
    tlock = _main_thread._tstate_lock
    tlock.release()
    _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks.values())
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()























































































































































































def _make_invoke_excepthook():
    original = excepthook
    stderr_at_start = _sys.stderr

    def invoke_excepthook(thread):
        hook = excepthook
        if hook is None:
            hook = original
        exc_type, exc_value, exc_tb = _sys.exc_info()
        args = ExceptHookArgs([exc_type, exc_value, exc_tb, thread])
        try:
            hook(args)
        except Exception as exc:
            # As CPython: say the hook failed and print the hook's own
            # exception, not the one it was handling.
            exc.__suppress_context__ = True
            stderr = _sys.stderr if _sys.stderr is not None else stderr_at_start
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            _thread._print_exception(exc)
        finally:
            args = None
    return invoke_excepthook


# Last: creating the main thread's object needs everything above.
_main_thread = _MainThread()
