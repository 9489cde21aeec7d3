package runtime

// This file holds the Python side of the per-element consumers
// (consume.go): the loops that sum, any, all, min, max, sorted, list,
// tuple, set, dict, dict.update, list.extend and str.join run as hidden frames of the interpreter loop
// when their iteration calls Python code. Each function takes what the Go
// side has already checked and prepared (arguments parsed, the start
// value tested, an exception for the empty case, helpers written in Go)
// and uses no globals, so the code runs against any namespace.
// Collections are built by comprehensions (LIST_APPEND, SET_ADD: one
// instruction per element, where list.append costs a method load and a
// call); the comprehensions' code is hidden too.
//
// Semantics follow CPython's C loops exactly: sum adds with + (never
// +=, which would mutate a list start); min/max compute the key of each
// item as it comes and compare it with the best so far by < (min) or >
// (max), replacing only on a true result (the first of equal items
// wins); sorted materialises the list first, then parses reverse, then
// computes every key in order, then sorts (list.sort's order of steps);
// dict takes each item as a sequence (its pair helper, with CPython's
// errors naming the element's number), checks its length, then stores
// the pair (dict_merge_from_seq2's order).

// consumeSource is compiled once per interpreter (consumeLibOf).
const consumeSource = `
def sum(it, acc):
    for x in it:
        acc = acc + x
    return acc

def any(it):
    for x in it:
        if x:
            return True
    return False

def all(it):
    for x in it:
        if not x:
            return False
    return True

def min(it, dflt, err):
    best = err
    for x in it:
        if best is err or x < best:
            best = x
    if best is err:
        if dflt is err:
            raise err
        return dflt
    return best

def max(it, dflt, err):
    best = err
    for x in it:
        if best is err or x > best:
            best = x
    if best is err:
        if dflt is err:
            raise err
        return dflt
    return best

def min_key(it, key, dflt, err):
    best = err
    for x in it:
        k = key(x)
        if best is err or k < bk:
            best = x
            bk = k
    if best is err:
        if dflt is err:
            raise err
        return dflt
    return best

def max_key(it, key, dflt, err):
    best = err
    for x in it:
        k = key(x)
        if best is err or k > bk:
            best = x
            bk = k
    if best is err:
        if dflt is err:
            raise err
        return dflt
    return best

def sorted(it, key, rev, flag, finish):
    items = [x for x in it]
    rev = flag(rev)
    if key is None:
        return finish(items, None, rev)
    return finish(items, [key(x) for x in items], rev)

def sorted_keys(items, key, rev, flag, finish):
    rev = flag(rev)
    return finish(items, [key(x) for x in items], rev)

def list(it):
    return [x for x in it]

def tuple(it, finish):
    return finish([x for x in it])

def set(it):
    return {x for x in it}

def join(sep, it):
    return sep.join([x for x in it])

def dict(d, it, add, result):
    n = 0
    for x in it:
        add(d, x, n)
        n += 1
    return result

def list_extend(l, it):
    for x in it:
        l.append(x)

def dict_gen(d, it, add, result, enumerate):
    for n, x in enumerate(it):
        add(d, x, n)
    return result
`
