package runtime

// This file defines the itertools module in Python (CPython 3.11's
// functions with their argument checks and error texts), run through
// loadEmbedded like random.

func init() {
	RegisterModule("itertools", func(t *Thread) (*Module, error) { return t.loadEmbedded("itertools", itertoolsSource) })
}

const itertoolsSource = `"""Functions creating iterators for efficient looping (pystm)."""

from _itertools import comb as _comb


def _intarg(v, what):
    if not isinstance(v, int):
        try:
            return v.__index__()
        except AttributeError:
            raise TypeError(what) from None
    return v


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not any(
                    hasattr(type(v), m) for m in ('__index__', '__int__', '__float__', '__complex__')):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._init(*args, **kwargs)

    def _init(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _intarg(times, "'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


_marker = object()


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls.__new__(cls)
        c._sources = iter(iterable)
        c._active = None
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                src = next(self._sources)
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or (self._tgtkey is not _marker and self._currkey == self._tgtkey):
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _step(self):
        v = next(self._it)
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


def islice(iterable, *args):
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    s = slice(*args)
    start, stop, step = s.start, s.stop, s.step
    if start is None:
        start = 0
    if step is None:
        step = 1
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(start, int) or not isinstance(step, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for i, element in enumerate(it):
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                return
        if stop is not None and i + 1 >= stop:
            return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buf = []
    offsets = [0] * n
    base = [0]

    def gen(k):
        while True:
            pos = offsets[k] - base[0]
            if pos >= len(buf):
                try:
                    buf.append(next(it))
                except StopIteration:
                    return
            v = buf[offsets[k] - base[0]]
            offsets[k] += 1
            low = min(offsets)
            if low > base[0]:
                del buf[:low - base[0]]
                base[0] = low
            yield v
    return tuple(gen(k) for k in range(n))


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _comb("product", tuple(pools), 0)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _comb("permutations", (pool,), r)


def combinations(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _comb("combinations", (pool,), r)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _comb("combinations_with_replacement", (pool,), r)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
`
