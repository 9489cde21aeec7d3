# json: collections types (OrderedDict, Counter, defaultdict, namedtuple), object_pairs_hook=OrderedDict, dump/load with io.StringIO
import json
from collections import OrderedDict, Counter, defaultdict, namedtuple, deque
P = namedtuple('P', 'x y')
print(json.dumps([OrderedDict(b=1, a=2), Counter('abca'), defaultdict(int, {'k': [1]}), P(1, 2)], sort_keys=True))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
try: json.dumps(deque([1]))
except TypeError as e: print(e)
import io
f = io.StringIO(); json.dump({"a": [1, 2]}, f, indent=1); print(f.getvalue())
print(json.load(io.StringIO('[1, {"x": null}]')))
