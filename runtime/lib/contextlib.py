"""Utilities for with statements (pystm's contextlib).

contextmanager turns a generator into a context manager whose exception
handling follows CPython 3.11 exactly: the exception of the with block is
thrown into the generator at its yield, and the generator decides whether it
is suppressed, replaced or re-raised. ExitStack unwinds a dynamic stack of
exit callbacks with CPython's exception chaining.
"""

import sys as _sys
from abc import ABC as _ABC, abstractmethod as _abstractmethod
from collections import deque as _deque
from functools import wraps as _wraps

_GenericAlias = type(list[int])

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _has_methods(C, *names):
    # True when every name is defined somewhere in C's MRO and not None
    # there (a class sets a method to None to opt out).
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager(_ABC):
    """An ABC for classes with __enter__ and __exit__."""

    __slots__ = ()

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__") or NotImplemented
        return NotImplemented


class AbstractAsyncContextManager(_ABC):
    """An ABC for classes with __aenter__ and __aexit__."""

    __slots__ = ()

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__") or NotImplemented
        return NotImplemented


class ContextDecorator(object):
    """Base class for context managers that can also decorate functions:
    the decorated function runs inside a fresh `with self._recreate_cm():`."""

    def _recreate_cm(self):
        # Plain context managers are reused; _GeneratorContextManager makes
        # a new generator for each call.
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """ContextDecorator for async context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    # What the sync and async generator context managers share: the
    # generator, and what is needed to make another one.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which a
        # manager already entered never does.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement passed only a type.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned: the exception is suppressed, unless
            # it was the StopIteration itself that came out.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration raised in the block becomes RuntimeError in
            # the generator (PEP 479); that is still the same exception.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a factory
    of context managers (the code before the yield is __enter__, after it
    __exit__)."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes a
    factory of async context managers."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Swaps sys.<_stream> for the target while the block runs; nestable and
    # reusable, because the previous streams are kept on a stack.

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout (and so print) to another file-like object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Suppresses the given exception types (and their subclasses) raised
    in the with block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _cm_methods(cm, enter, exit_):
    # The bound __enter__ and __exit__ (or __aenter__/__aexit__) of cm, or
    # the TypeError CPython 3.11 raises for objects that lack them.
    cls = type(cm)
    try:
        enter_fn = getattr(cls, enter)
        exit_fn = getattr(cls, exit_)
    except AttributeError:
        kind = "asynchronous context manager" if enter == "__aenter__" else "context manager"
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {kind} protocol") from None
    return enter_fn, exit_fn


class _BaseExitStack:
    # The stack of exit callbacks shared by ExitStack and AsyncExitStack.
    # Each entry is (is_sync, callback taking the three exception values).

    @staticmethod
    def _bound_exit(cm, cm_exit):
        return cm_exit.__get__(cm, type(cm))

    @staticmethod
    def _wrap_callback(callback, args, kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        """Moves all callbacks to a new stack of the same type and returns
        it; this stack is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new_stack

    def push(self, exit):
        """Registers an exit callback: a context manager's __exit__ (taken
        from its type) or any callable with __exit__'s signature."""
        exit_type = type(exit)
        try:
            exit_method = exit_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns __enter__'s result."""
        enter_fn, exit_fn = _cm_methods(cm, "__enter__", "__exit__")
        result = enter_fn(cm)
        self._push_cm_exit(cm, exit_fn)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit; returns
        callback so it can be used as a decorator."""
        wrapper = self._wrap_callback(callback, args, kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        exit_fn = self._bound_exit(cm, cm_exit)
        self._push_exit_callback(exit_fn, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


def _chain_context(new_exc, old_exc, frame_exc):
    # Makes old_exc the context at the end of new_exc's context chain, as if
    # the callbacks had run nested inside each other: stop at old_exc (already
    # linked) or at the exception being handled around the stack.
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a dynamic set of exit callbacks in
    reverse order of registration, passing each the exception left by the
    ones after it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = _sys.exc_info()
                _chain_context(new_details[1], exc_details[1], frame_exc)
                pending = True
                exc_details = new_details
        if pending:
            # Raise the last callback's exception with the context chain
            # built above (raising would otherwise overwrite __context__).
            fixed = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed
                raise
        return received_exc and suppressed

    def close(self):
        """Runs the callbacks now, with no exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async context managers and coroutine callbacks."""

    @staticmethod
    def _wrap_coro_callback(callback, args, kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enters the async context manager cm and pushes its __aexit__."""
        enter_fn, exit_fn = _cm_methods(cm, "__aenter__", "__aexit__")
        result = await enter_fn(cm)
        self._push_exit_callback(self._bound_exit(cm, exit_fn), False)
        return result

    def push_async_exit(self, exit):
        """Registers an async exit callback or an async manager's __aexit__."""
        exit_type = type(exit)
        try:
            exit_method = exit_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(self._bound_exit(exit, exit_method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers a coroutine function to be awaited on exit."""
        wrapper = self._wrap_coro_callback(callback, args, kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Runs the callbacks now, with no exception."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = _sys.exc_info()
                _chain_context(new_details[1], exc_details[1], frame_exc)
                pending = True
                exc_details = new_details
        if pending:
            fixed = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed
                raise
        return received_exc and suppressed
