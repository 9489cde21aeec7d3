# a helper module imported by other programs in this directory; run alone it prints its name
print("helper_mod executing as", __name__)
CONSTANT = 42
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v})"
_private = "hidden"
if __name__ == "__main__":
    print("run as a program")
