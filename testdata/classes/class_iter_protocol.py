# iterator classes with __iter__/__next__, StopIteration ends the loop
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(4)))
c = CountDown(2)
print(next(c), next(c), next(c, "done"))
for v in CountDown(3):
    print("v", v)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountDown(self.n)
r = Range2(3)
print(list(r), list(r), sum(r), max(r), dict.fromkeys(r))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)
