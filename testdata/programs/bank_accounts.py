# a small object model: accounts, transfers, custom exceptions and a ledger
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.ledger.append(("failed", src.id, dst.id, amount))
            raise
        else:
            dst.deposit(amount)
            self.ledger.append(("ok", src.id, dst.id, amount))
        finally:
            self.ledger.append(("attempt", amount))
bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
bank.transfer(alice, bob, 30)
try:
    bank.transfer(bob, alice, 50)
except InsufficientFunds as e:
    print("failed:", e, e.amount, e.account.owner)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError", e)
print(alice, bob, sorted(bank.accounts))
print(bank.ledger)
print(alice.history, bob.history, sum(a.balance for a in bank.accounts.values()))
