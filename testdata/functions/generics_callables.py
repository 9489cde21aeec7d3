# higher-order functions: map/filter with functions, sorted with key functions, functools-free reduce
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def reduce(f, seq, init):
    acc = init
    for v in seq:
        acc = f(acc, v)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "abc", ""))
print(list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])), list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(list(map(Adder(100), [1, 2])), sorted([3, 1, 2], key=Adder(-10)))
