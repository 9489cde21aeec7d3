"""Shallow and deep copy operations (pystm)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           frozenset, property, slice)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that holds itself through a list was copied already.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep x alive while memo is, so its id is not reused by a new object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    rv = None
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not getattr(object, "__reduce__", None):
        rv = x.__reduce__()
    if rv is None:
        # object.__reduce_ex__'s recipe: cls.__new__(cls, *newargs), then
        # the instance state, then the items of list and dict subclasses.
        getnewargs = getattr(x, "__getnewargs__", None)
        if isinstance(x, BaseException):
            args = x.args
        elif getnewargs is not None:
            args = getnewargs()
        elif isinstance(x, (tuple, frozenset)):
            args = (tuple(x),)
        else:
            args = ()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
        if deep:
            memo[id(x)] = y
        state = getattr(x, "__getstate__", None)
        if state is not None and getattr(cls, "__getstate__", None) is not getattr(object, "__getstate__", None):
            state = x.__getstate__()
        else:
            state = _default_state(x)
        if state:
            if deep:
                state = deepcopy(state, memo)
            _set_state(y, state)
        if isinstance(x, list):
            for item in x:
                y.append(deepcopy(item, memo) if deep else item)
        elif isinstance(x, dict):
            for key, value in x.items():
                if deep:
                    key = deepcopy(key, memo)
                    value = deepcopy(value, memo)
                y[key] = value
        elif isinstance(x, set):
            for item in x:
                y.add(deepcopy(item, memo) if deep else item)
        return y
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _default_state(x):
    state = dict(getattr(x, "__dict__", None) or {})
    slots = {}
    for klass in type(x).__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if isinstance(klass.__dict__.get("__slots__"), str):
                name = klass.__dict__["__slots__"]
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state or None, slots)
    return state


def _set_state(y, state):
    if hasattr(y, "__setstate__") and getattr(type(y), "__setstate__", None) is not getattr(object, "__setstate__", None):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)
