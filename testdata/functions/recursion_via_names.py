# recursion through late-bound global names, lambdas and closures rebinding themselves
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
def make_fib():
    cache = {}
    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
fib = make_fib()
print(fib(80))
def countdown(n):
    return [] if n == 0 else [n] + countdown(n - 1)
original = countdown
def countdown(n):
    return ["replaced"]
print(original(3))
