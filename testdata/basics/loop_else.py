# while/else and for/else: else runs when the loop ends without break, not after break; nested loops; continue.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 0)

n = 0
while n < 3:
    n += 1
else:
    print("while ended normally, n =", n)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("break at", n)
        break
else:
    print("not printed")

# else of a loop that never runs its body
while False:
    print("never")
else:
    print("else of an empty while")

# continue does not skip else
for i in range(4):
    if i % 2:
        continue
    print("even", i)
else:
    print("for done")

# the else belongs to the inner loop only
for a in range(3):
    for b in range(3):
        if a * b == 2:
            print("pair", a, b)
            break
    else:
        print("no pair with a =", a)

# primes with for/else
print([p for p in range(2, 30) if all(p % d for d in range(2, p))])
primes = []
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        primes.append(p)
print(primes)

# return from inside the loop skips else
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    else:
        return None
print(first_negative([1, -2, 3]), first_negative([1, 2]))
