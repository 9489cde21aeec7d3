# gc: a program that builds and drops reference cycles around gc.collect() keeps working (results, not counts)
import gc

def build(n):
    nodes = [{"id": i} for i in range(n)]
    for i, d in enumerate(nodes):
        d["next"] = nodes[(i + 1) % n]
    return nodes[0]

total = 0
for round in range(5):
    head = build(100)
    node, seen = head, 0
    while True:
        seen += 1
        node = node["next"]
        if node is head:
            break
    total += seen
    del head, node
    gc.collect()
print(total)
gc.disable()
lst = [[i] for i in range(1000)]
lst.append(lst)
print(len(lst), lst[-1] is lst)
gc.enable()
print(gc.collect() >= 0)
