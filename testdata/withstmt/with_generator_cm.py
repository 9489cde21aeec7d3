# a hand-written generator-based context manager class (no contextlib)
class gencm:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("handled inside generator")
    print(f"</{name}>")
with gencm(tag("p")) as t:
    print("inside", t)
with gencm(tag("div")):
    1 / 0
print("after")
