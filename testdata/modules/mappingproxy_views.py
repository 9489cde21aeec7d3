# enum __members__ and dataclass field metadata are mappingproxy objects: repr, str, lookups, read-only
import enum, dataclasses
class C(enum.Enum):
    A = 1
    B = 2
m = C.__members__
print(m, len(m), list(m), m["A"], "B" in m, dict(m) == {"A": C.A, "B": C.B}, type(m).__name__, str(m) == repr(m))
try:
    m["Z"] = 3
except TypeError as e:
    print(e)
@dataclasses.dataclass
class D:
    x: int = dataclasses.field(default=1, metadata={"u": "m"})
    y: int = 2
f = dataclasses.fields(D)
print(f[0].metadata, f[1].metadata, f[0].metadata["u"], type(f[0].metadata).__name__)
