# sorted/min/max/sum/zip argument errors
for bad in (lambda: sorted(5), lambda: sorted([1], key=1), lambda: sum(5), lambda: zip(5), lambda: map(abs), lambda: enumerate(5), lambda: list(1), lambda: tuple(None)):
    try:
        bad()
    except TypeError as e:
        print(e)
