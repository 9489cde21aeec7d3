# Bank transfers in atomic blocks from several threads, audited inside atomic blocks: the total never changes
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import threading
import transaction


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []


accounts = [Account(100) for _ in range(10)]
audits = []
transfers = [0]


def transfer(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        src, dst = x % 10, (x // 10) % 10
        amount = (x // 100) % 30
        with transaction.atomic:
            if src != dst and accounts[src].balance >= amount:
                accounts[src].balance -= amount
                accounts[dst].balance += amount
                accounts[src].history.append(-amount)
                accounts[dst].history.append(amount)
                transfers[0] += 1


def auditor(n):
    for _ in range(n):
        with transaction.atomic:
            total = sum(a.balance for a in accounts)
            flows = sum(sum(a.history) for a in accounts)
        audits.append((total, flows))


ts = [threading.Thread(target=transfer, args=(s, 400)) for s in (1, 2, 3)]
ts.append(threading.Thread(target=auditor, args=(100,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", sum(a.balance for a in accounts))
print("audits:", len(audits), "all consistent:", all(a == (1000, 0) for a in audits))
print("history matches balances:", all(100 + sum(a.history) == a.balance for a in accounts))
print("transfers counted:", transfers[0] == sum(len(a.history) for a in accounts) // 2)

# TransactionQueue version: each transfer is one call.
def queued_transfer(src, dst, amount):
    if accounts[src].balance >= amount:
        accounts[src].balance -= amount
        accounts[dst].balance += amount


q = transaction.TransactionQueue()
x = 7
for _ in range(300):
    x = (x * 1103515245 + 12345) % 2147483648
    q.add(queued_transfer, x % 10, (x // 10) % 10, (x // 100) % 30)
q.run(4)
print("total after queue:", sum(a.balance for a in accounts))
print("calls:", q.number_of_transactions_in_last_run())
