# dataclasses: a small task-tracker program combining dataclasses, enum, typing generics, abc and contextlib as real programs do
from __future__ import annotations
import abc
from contextlib import contextmanager, ExitStack, suppress
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto
from typing import Callable, Dict, Generic, Iterator, List, Optional, Protocol, TypeVar, NamedTuple
import functools, collections

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

@functools.total_ordering
@dataclass(eq=True)
class Task:
    name: str
    priority: Priority = Priority.MEDIUM
    state: State = State.PENDING
    deps: List[str] = field(default_factory=list)
    perms: Perm = Perm.READ
    def __lt__(self, other: Task) -> bool:
        return (self.priority, self.name) < (other.priority, other.name)

T = TypeVar("T")

class Repo(abc.ABC, Generic[T]):
    @abc.abstractmethod
    def add(self, item: T) -> None: ...
    @abc.abstractmethod
    def all(self) -> Iterator[T]: ...

class MemRepo(Repo[Task]):
    def __init__(self) -> None:
        self._items: Dict[str, Task] = {}
    def add(self, item: Task) -> None:
        self._items[item.name] = item
    def all(self) -> Iterator[Task]:
        yield from sorted(self._items.values(), reverse=True)

class Stat(NamedTuple):
    state: State
    count: int

log: List[str] = []

@contextmanager
def running(task: Task):
    log.append(f"start {task.name}")
    task.state = State.RUNNING
    try:
        yield task
    except RuntimeError as e:
        log.append(f"failed {task.name}: {e}")
        task.state = State.PENDING
    else:
        task.state = State.DONE
    finally:
        log.append(f"end {task.name} -> {task.state.value}")

repo = MemRepo()
for n, p in [("build", Priority.HIGH), ("test", Priority.MEDIUM), ("docs", Priority.LOW), ("lint", Priority.MEDIUM)]:
    repo.add(Task(n, p, perms=Perm.READ | (Perm.WRITE if p >= Priority.MEDIUM else Perm(0))))

with ExitStack() as stack:
    for t in repo.all():
        stack.enter_context(running(t))
        if t.name == "lint":
            with suppress(KeyError):
                {}["x"]
print(log)
log.clear()
for t in repo.all():
    with running(t):
        if t.priority is Priority.LOW:
            raise RuntimeError("no time")
print(log)
counts = collections.Counter(t.state for t in repo.all())
stats = [Stat(s, counts[s]) for s in State]
print(stats)
print([asdict(t) for t in repo.all()][0])
print(replace(next(repo.all()), name="build2"), max(repo.all()).name, min(repo.all()).name)
print(sorted((t.perms for t in repo.all() if Perm.WRITE in t.perms), key=lambda p: p.value), f"{Priority.HIGH}", Priority.HIGH.name)
try:
    Repo()
except TypeError as e:
    print(e)
print(isinstance(repo, Repo), Repo.__parameters__, MemRepo.__orig_bases__)
