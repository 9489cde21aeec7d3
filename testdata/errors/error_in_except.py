# an exception while handling another: "During handling" traceback
def risky():
    return [][0]
try:
    risky()
except IndexError:
    print("handling")
    {}["k"]
