# dataclasses: an exception from __post_init__ ends the program; the traceback names the generated __init__ in <string> as CPython does
from dataclasses import dataclass, field
@dataclass
class Temp:
    celsius: float
    unit: str = "C"
    history: list = field(default_factory=list)
    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")
print(Temp(20))
Temp(-300)
