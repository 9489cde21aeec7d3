# `x is None` / `x is not None` as conditions compile to one jump on None;
# every kind of condition keeps its meaning, and for loops whose back edge
# runs FOR_ITER in the same dispatch keep theirs.


class Falsy:
    def __bool__(self):
        raise AssertionError("truth of the operand must not be asked")


values = [None, 0, "", [], False, Falsy(), 1]
for v in values:
    r = []
    if v is None:
        r.append("is")
    if v is not None:
        r.append("not")
    if not (v is None):
        r.append("not-is")
    if not v is not None:
        r.append("not-isnot")
    r.append("t" if v is None else "f")
    if v is None or v is False:
        r.append("or")
    if v is not None and v is not False:
        r.append("and")
    assert (v is None) == (type(v) is type(None))
    r.append([w for w in (v, None) if w is not None].__len__())
    print(type(v).__name__, r)

x = 3
while x is not None:
    x = x - 1 if x else None
print("while done", x)


def first_none(seq):
    for i, v in enumerate(seq):
        if v is None:
            return i
    return -1


print(first_none([1, 2, None, 4]), first_none([]), first_none(iter([None])))

# nested for loops, break/continue/else and loops over generators
out = []
for i in range(4):
    for j in "ab":
        if i == 2:
            continue
        if i == 3 and j == "b":
            break
        out.append((i, j))
    else:
        out.append(("else", i))
print(out)


def gen(n):
    for k in range(n):
        yield k * k


total = 0
for v in gen(5):
    for w in gen(v % 7):
        total += w
print(total)
