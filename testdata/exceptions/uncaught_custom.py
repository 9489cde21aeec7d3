# uncaught custom exception with a multi-argument message and a method call in the traceback
class BankError(Exception):
    pass
class Account:
    def __init__(self):
        self.balance = 10
    def withdraw(self, n):
        if n > self.balance:
            raise BankError("insufficient funds", n, self.balance)
        self.balance -= n
a = Account()
a.withdraw(5)
print(a.balance)
a.withdraw(50)
