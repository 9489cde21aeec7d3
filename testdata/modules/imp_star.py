# from m import * honours __all__ (importing listed submodules) or skips _names
from _imp_plain import *
print(PUBLIC, helper())
try:
    _private
except NameError as e:
    print("NameError", e)
from _imppkg import *
print(VALUE, double(5), sub2.quad(2))
try:
    _hidden
except NameError as e:
    print("NameError", e)
def f():
    from _imppkg.sub import double
    return double(21)
print(f())
