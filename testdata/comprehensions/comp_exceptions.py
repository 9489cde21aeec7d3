# exceptions raised inside comprehensions propagate and leave no partial result
def risky(v):
    if v == 3:
        raise ValueError(f"bad {v}")
    return v
result = "unset"
try:
    result = [risky(v) for v in range(5)]
except ValueError as e:
    print("ValueError", e)
print(result)
try:
    d = {k: 1 / k for k in range(-2, 3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum(1 / k for k in range(1, 5)))
