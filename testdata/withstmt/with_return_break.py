# __exit__ runs on return, break, continue and exceptions inside with blocks
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None)
        return False
def early():
    with CM("return"):
        return "returned value"
print(early())
for i in range(3):
    with CM(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
def nested():
    with CM("outer"):
        try:
            with CM("inner"):
                raise ValueError("x")
        except ValueError:
            print("handled between")
        return "done"
print(nested())
