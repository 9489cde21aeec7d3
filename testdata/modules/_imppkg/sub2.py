print("init sub2", __name__)
from .sub import double as d
from . import VALUE
def quad(x):
    return d(d(x)) + VALUE
