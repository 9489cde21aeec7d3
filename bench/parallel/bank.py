"""Bank transfers between shared accounts, with a knob for contention.

usage: bank.py [threads] [size] [accounts]
size transfers move money between `accounts` accounts (default 1000): fewer
accounts mean more transfers touch the same accounts at once. Transfer i is a
function of i alone, thread t performs transfers t, t+T, ..., and each one
debits and credits inside `with atomic:`. Balances may go negative, so the
final balances are the same whatever the order, and so is the checksum.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

OPENING = 1000


def mix(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


class Account:
    def __init__(self, number):
        self.number = number
        self.balance = OPENING
        self.moves = 0


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    naccounts = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    accounts = [Account(n) for n in range(naccounts)]

    def work(t):
        for i in range(t, size, threads):
            h = mix(i)
            src = accounts[h % naccounts]
            dst = accounts[mix(h) % naccounts]
            amount = (h >> 20) % 100 + 1
            with atomic:
                src.balance -= amount
                dst.balance += amount
                src.moves += 1
                dst.moves += 1

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = sum(a.balance for a in accounts)
    if total != OPENING * naccounts:
        raise AssertionError("money was created or destroyed: %d" % total)
    digest = 0
    for a in accounts:
        digest = (digest * 31 + a.balance * 7 + a.moves) & 0xFFFFFFFF
    print("checksum:", total, sum(a.moves for a in accounts), digest)


main()
