from .. import sub
from ..sub2 import quad
from .leaf import LEAF
