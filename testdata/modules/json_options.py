# json: indent, sort_keys, separators, skipkeys, default, cls, hooks, parse_* and dump/load
import json

data = {"b": [1, 2, {"c": []}], "a": {"y": None, "x": (True, False)}, "e": {}, "d": "s"}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=-1))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(" ,", " = ")))
print(json.dumps([1, [2, 3]], indent=3))
print(json.dumps({(1, 2): 1, "k": 2, 3: 4}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({(1, 2): 1, "a": 1}, skipkeys=True, indent=1))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError("nope " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}, 1j], default=enc))
print(json.dumps({"p": Point(Point(0, 1), [Point(2, 3)])}, default=enc, indent=1))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return ["P", o.x, o.y]
        return super().default(o)

print(json.dumps({"pt": Point(5, 6)}, cls=Enc))
print(Enc(sort_keys=True).encode({"b": Point(1, 1), "a": 0}))
print(Enc().encode("just a str"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print("".join(Enc().iterencode([1, 2])), "".join(Enc(indent=1).iterencode({"k": [1]})))
try:
    json.dumps({"x": object()}, cls=Enc)
except TypeError as e:
    print("TypeError", e)

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False) == "a\tb")
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}', 2))
print(dec.decode('  {"k": "v"}  '))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
json.dump({"z": [1, 2], "y": "é"}, sink, sort_keys=True, ensure_ascii=False)
print("".join(sink.parts))

class Source:
    def read(self):
        return '{"from": "file", "n": [1, 2, 3]}'
print(json.load(Source()))
print(json.load(Source(), object_pairs_hook=list))
