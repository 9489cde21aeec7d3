# uncaught exception raised inside __init__ called through a class call and a factory
class Config:
    def __init__(self, data):
        self.port = int(data["port"])
def load(raw):
    return Config(raw)
print(load({"port": "80"}).port)
load({"port": "eighty"})
