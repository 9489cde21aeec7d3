# dataclasses: assigning to a frozen instance's field ends the program with FrozenInstanceError from the generated __setattr__
from dataclasses import dataclass
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, hash(p) == hash((1, 0)))
p.x = 5
