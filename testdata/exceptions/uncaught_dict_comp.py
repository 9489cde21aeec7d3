# uncaught error inside a dict comprehension inside a method
class Index:
    def __init__(self, words):
        self.words = words
    def build(self):
        return {w[0]: w for w in self.words}
print(Index(["ab", "cd"]).build())
Index(["ab", ""]).build()
