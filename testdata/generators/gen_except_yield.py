# yielding inside except and finally blocks, and exception state restored after resumption
import sys
def g():
    try:
        raise ValueError("inside")
    except ValueError as e:
        yield "in except: " + str(e)
        yield "still active: " + repr(sys.exc_info()[1])
    yield "after: " + repr(sys.exc_info()[1])
it = g()
print(next(it))
print(sys.exc_info()[1])
print(next(it))
print(next(it))
