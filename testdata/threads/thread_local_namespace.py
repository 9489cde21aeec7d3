# threading.local gives each thread its own attribute namespace; the main thread keeps its value
import threading
data = threading.local()
data.name = "main"
seen = [None] * 3
def work(i):
    print_before = hasattr(data, "name")
    data.name = f"worker{i}"
    seen[i] = (print_before, data.name)
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, data.name)
