# uncaught ZeroDivisionError through methods, a lambda and a comprehension
class Stats:
    def __init__(self, data):
        self.data = data
    def mean(self):
        return sum(self.data) / len(self.data)
    def normalised(self):
        m = self.mean()
        return [(lambda v: v / m)(v) for v in self.data]
print(Stats([1, 2, 3]).normalised())
print(Stats([-1, 1]).normalised())
