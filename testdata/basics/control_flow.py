# if/elif/else, while/else, for/else, break, continue, pass, nested loops
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz", end=" ")
    elif n % 3 == 0:
        print("Fizz", end=" ")
    elif n % 5 == 0:
        print("Buzz", end=" ")
    else:
        print(n, end=" ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran", j)
for x in []:
    pass
else:
    print("empty for-else")
outer = 0
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        outer += 1
print(outer)
