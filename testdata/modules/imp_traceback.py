# an uncaught exception raised inside a function of an imported package module
import _imppkg.sub as s
def go(n):
    return s.double(n) + s.double(None)
go(3)
