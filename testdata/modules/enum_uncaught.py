# enum: members in an uncaught exception's message; a program ends with it
from enum import Enum, IntEnum, auto

class Status(Enum):
    OK = auto()
    RETRY = auto()
    FAIL = auto()

class Code(IntEnum):
    NOT_FOUND = 404
    SERVER = 500

def check(status, code):
    print("checking", status, code, repr(code))
    if status is not Status.OK:
        raise RuntimeError(f"bad status {status!r} ({status}, {status.name}) with code {code}")

check(Status.OK, Code.NOT_FOUND)
check(Status.FAIL, Code.SERVER)
