# random: error cases (empty choice, bad ranges, sample too large, bad weights)
import random
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
random.seed(5)
t(random.randrange, 0)
t(random.randrange, 5, 5)
t(random.randrange, 0, 10, 0)
t(random.randrange, 10, 0, 2)
t(random.sample, range(3), 5)
t(random.sample, {1, 2}, 1)
t(random.choices, "ab", [1], k=2)
t(random.choices, "ab", [0, 0])
t(random.choices, "ab", [1, 2], cum_weights=[1, 2])
t(random.getrandbits, -1)
t(random.seed, [1, 2])
t(random.gammavariate, -1, 1)
t(random.gauss, 0, 1)
t(random.choice, [])
t(random.choice, "")
t(random.Random().choice, ())
