# Exceptions in while/else and for/else: an exception in the body skips else; one raised in else propagates.
def body_raises():
    for x in [1, 2, 0, 4]:
        print(10 // x)
    else:
        print("else not reached")

try:
    body_raises()
except ZeroDivisionError as e:
    print(type(e).__name__, e)

i = 0
try:
    while i < 5:
        i += 1
        if i == 3:
            raise ValueError("stop at %d" % i)
    else:
        print("else not reached")
except ValueError as e:
    print(type(e).__name__, e)

# StopIteration from next() inside a for body is an ordinary exception
it = iter([1])
try:
    for x in range(3):
        print("next:", next(it))
    else:
        print("else not reached")
except StopIteration as e:
    print(type(e).__name__, repr(e))

def else_raises(items):
    for x in items:
        pass
    else:
        return items[len(items)]

print("before")
else_raises([1, 2, 3])
print("not reached")
