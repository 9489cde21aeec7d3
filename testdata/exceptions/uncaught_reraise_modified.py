# an exception re-raised with a bare raise keeps its original traceback plus the re-raise point
def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError:
        print("logging and re-raising")
        raise
load("x1")
