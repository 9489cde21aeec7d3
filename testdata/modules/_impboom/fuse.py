def light(n):
    return {}[n]

print("fuse body runs")
light("wick")
