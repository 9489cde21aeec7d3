# SyntaxError reported at the right line deep in a file, after valid code
def ok():
    return 1


class Fine:
    def method(self):
        return [x for x in range(3)]


value = ok() +
