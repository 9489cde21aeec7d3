# Stress: many threads transfer money between shared accounts in atomic blocks while auditors sum every account inside atomic blocks; nothing is ever created or lost
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/../../../bench")  # CPython: bench/transaction.py; pystm's own module wins
import threading
import transaction

N_ACCOUNTS = 40
START = 1000


class Account:
    __slots__ = ("balance", "moves")

    def __init__(self, balance):
        self.balance = balance
        self.moves = 0


bank = {i: Account(START) for i in range(N_ACCOUNTS)}
ledger = []
bad = []
audits = [0]


def rng(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield x >> 33


def teller(seed, n):
    r = rng(seed)
    for _ in range(n):
        a, b, amount = next(r) % N_ACCOUNTS, next(r) % N_ACCOUNTS, next(r) % 50
        with transaction.atomic:
            src, dst = bank[a], bank[b]
            if a != b and src.balance >= amount:
                src.balance -= amount
                # a loop inside the block: other threads' blocks must not
                # see the money in flight
                for _ in range(2):
                    pass
                dst.balance += amount
                src.moves += 1
                dst.moves += 1
                ledger.append(amount)


def auditor(n):
    for _ in range(n):
        with transaction.atomic:
            total = 0
            for acc in bank.values():
                total += acc.balance
            moves = sum(acc.moves for acc in bank.values())
            if total != N_ACCOUNTS * START or moves != 2 * len(ledger):
                bad.append((total, moves, len(ledger)))
            audits[0] += 1


threads = [threading.Thread(target=teller, args=(s, 1500)) for s in range(6)]
threads += [threading.Thread(target=auditor, args=(150,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", sum(acc.balance for acc in bank.values()))
print("audits", audits[0], "inconsistent", len(bad))
print("moves match ledger", sum(acc.moves for acc in bank.values()) == 2 * len(ledger))
print("no negative balance", all(acc.balance >= 0 for acc in bank.values()))
