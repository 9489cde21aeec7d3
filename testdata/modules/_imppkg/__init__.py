"""The test package."""
print("init _imppkg", __name__, __package__)
from . import sub
from .sub import double
__all__ = ["double", "sub2", "VALUE"]
VALUE = 10
_hidden = 1
