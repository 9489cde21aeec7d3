# closures sharing a cell across several inner functions and across calls
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
d, w, g = make_account(100)
d(50)
w(30)
print(g())
try:
    w(1000)
except ValueError as e:
    print("ValueError", e, g())
d2, w2, g2 = make_account(0)
d2(1)
print(g(), g2())
def counter_gen():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return [step() for _ in range(3)], step
vals, step = counter_gen()
print(vals, step())
