# contextlib: uncaught exception through a @contextmanager with block
from contextlib import contextmanager
@contextmanager
def managed():
    print("enter")
    try:
        yield
    finally:
        print("cleanup")
def work():
    with managed():
        raise ValueError("bad value")
work()
