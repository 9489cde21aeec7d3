# dataclasses: a missing argument to a generated __init__ ends the program with CPython's TypeError
from dataclasses import dataclass, field

@dataclass
class Config:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)

c = Config("localhost")
print(c)
print(Config("example.org", 443, ["tls"]))
Config(port=1)
