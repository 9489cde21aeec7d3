# TransactionQueue.run re-raises the exception of a failing call, drops the calls not run, and the queue stays usable
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import transaction

done = []


def ok(i):
    done.append(i)


def fail(msg):
    raise KeyError(msg)


q = transaction.TransactionQueue()
q.add(fail, "boom")
try:
    q.run(1)
except KeyError as e:
    print("run raised", type(e).__name__, e)
print("atomic after the failure:", transaction.is_atomic())

for i in range(5):
    q.add(ok, i)
q.run(2)
print("later run:", sorted(done))


class Stop(Exception):
    pass


def stopper():
    raise Stop("stop here")


q.add(stopper)
try:
    q.run(1)
except Stop as e:
    print("custom exception:", repr(e))

try:
    q.add(len)
    q.add(len, 1, 2)
    q.run(1)
except TypeError as e:
    print("TypeError:", e)
