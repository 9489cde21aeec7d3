"""A plain helper module next to the main script."""
PUBLIC = 1
_private = 2
def helper():
    return "helper"
if __name__ == "__main__":
    print("not when imported")
