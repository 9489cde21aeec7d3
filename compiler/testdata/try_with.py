try:
    a = 1
except ValueError as e:
    a = e
finally:
    a = 2
with m as v:
    pass
