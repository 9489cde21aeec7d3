# assert statement with and without a message
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
assert True, "never"
x = 5
assert x < 3, f"x is {x}"
