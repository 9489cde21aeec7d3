# order of try/except/else/finally blocks in every path
def run(kind):
    try:
        print("try", kind)
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        print("except ValueError", e)
    except (KeyError, IndexError) as e:
        print("except tuple", repr(e))
    else:
        print("else")
    finally:
        print("finally")
    print("after")
for k in ("none", "value", "key"):
    run(k)
def unhandled():
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
    finally:
        print("finally before propagation")
try:
    unhandled()
except TypeError as e:
    print("outer caught", e)
