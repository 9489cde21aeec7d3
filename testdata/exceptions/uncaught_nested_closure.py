# uncaught error deep inside nested closures called through map()
def make_scaler(k):
    def scale(v):
        return v / k
    return scale
def apply(fn, values):
    return list(map(fn, values))
print(apply(make_scaler(2), [1, 2]))
print(apply(make_scaler(0), [1, 2]))
