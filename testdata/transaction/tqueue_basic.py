# TransactionQueue: added calls (with args and kwargs) run once each; calls add more calls; run() twice; counts
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import transaction

results = {}


def square(i, offset=0):
    assert transaction.is_atomic()
    results[i] = i * i + offset


q = transaction.TransactionQueue()
for i in range(50):
    q.add(square, i, offset=1 if i % 2 else 0)
q.run(3)
print(len(results), sum(results.values()))
print("calls in last run:", q.number_of_transactions_in_last_run())

# Calls that split their work and add the halves: a parallel sum.
total = []


def part(lo, hi):
    if hi - lo <= 8:
        total.append(sum(range(lo, hi)))
        return
    mid = (lo + hi) // 2
    q.add(part, lo, mid)
    q.add(part, mid, hi)


q.add(part, 0, 1000)
q.run()
print("split sum:", sum(total), "pieces:", len(total))
print("calls in last run:", q.number_of_transactions_in_last_run())

# A generator's steps, each one transaction.
steps = []


def gen(name, n):
    for i in range(n):
        steps.append((name, i))
        yield


q.add_generator(gen("x", 5))
q.add_generator(gen("y", 3))
q.run(2)
print("generator steps:", sorted(steps))
print("x in order:", [i for n, i in steps if n == "x"])

# An empty queue runs nothing.
q.run()
print("empty run:", q.number_of_transactions_in_last_run())
print("outside:", transaction.is_atomic())
