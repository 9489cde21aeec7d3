print("bad runs")
from .. import nothing
