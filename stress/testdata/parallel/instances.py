# Stress: threads share instances whose attributes they add, change and delete, and a class attribute they bump; invariants hold per object
import threading


class Node:
    created = 0

    def __init__(self, v):
        self.v = v
        self.next = None


class Stack:
    def __init__(self):
        self.lock = threading.Lock()
        self.head = None
        self.size = 0

    def push(self, v):
        n = Node(v)
        with self.lock:
            n.next = self.head
            self.head = n
            self.size += 1
            Node.created += 1

    def pop(self):
        with self.lock:
            n = self.head
            if n is None:
                return None
            self.head = n.next
            self.size -= 1
            return n.v


stack = Stack()
objs = [type("Obj%d" % i, (), {})() for i in range(8)]
for o in objs:
    o.n = 0
results = []
mismatch = []


def producer(base, n):
    for i in range(n):
        stack.push(base + i)
        o = objs[i % len(objs)]
        # a private attribute per thread on shared objects
        name = "t%d" % base
        setattr(o, name, getattr(o, name, 0) + 1)
        if i % 50 == 49:
            delattr(o, name)


def consumer(n):
    got = []
    while len(got) < n:
        v = stack.pop()
        if v is not None:
            got.append(v)
    results.append(got)


ps = [threading.Thread(target=producer, args=(k * 100000, 1000)) for k in range(4)]
cs = [threading.Thread(target=consumer, args=(800,)) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
left = []
while True:
    v = stack.pop()
    if v is None:
        break
    left.append(v)
allv = sorted(sum(results, []) + left)
print("every value once", allv == sorted(k * 100000 + i for k in range(4) for i in range(1000)))
print("size zero", stack.size, "created", Node.created)
for k in range(4):
    name = "t%d" % (k * 100000)
    print(name, sorted(getattr(o, name, 0) for o in objs))
print("consumers", sorted(len(g) for g in results))
