# json: dumps/loads round trips of every JSON type, float and int repr, string escapes
import json

values = [None, True, False, 0, -1, 2**63, -2**100, 1.5, 0.1, -0.0, 1e16, 1e-5, 123.456e300,
          5e-324, 1/3, float('inf'), float('-inf'), "", "abc", 'q"uo\\te', "tab\tnl\ncr\r\x08\x0c\x00\x1f\x7f",
          "é", "\u2028\u2029", "\U0001f600", "\ud800", [], {}, [1, [2, [3, []]]], (1, 2),
          {"a": 1, "b": [True, None], "c": {"d": "e"}}]
for v in values:
    s = json.dumps(v)
    u = json.dumps(v, ensure_ascii=False)
    print(repr(s), repr(u))
    back = json.loads(s)
    if v == v and not isinstance(v, tuple):
        assert back == v or (back != back), (v, back)
    print(repr(back), type(back).__name__)

# keys of other types become strings
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', 'e': 'f', -3: 'g', float('nan'): 'h'}))
# subclasses are encoded as their base
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
print(json.dumps([MyInt(7), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(x=1)]))
print(json.dumps(float('nan')), json.loads('NaN'), json.loads('[Infinity, -Infinity]'))
# whitespace and nesting
doc = ' \n {"k" :\t[ 1 , 2.0,\r\n"x" , {"y":null}] , "z" : -0 } \n'
print(json.loads(doc))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\"\\/\\\\"'))
print(json.loads('"\\ud834"') == '\ud834', json.loads('"\\ud834x"') == '\ud834x')
print(json.loads('[1.0, 1e2, 1E-2, -5e+3, 12345678901234567890, 0.5]'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.dumps("\x7f\x80\xff", ensure_ascii=True), json.dumps("\x7f\x80\xff", ensure_ascii=False))
print(json.encoder.encode_basestring_ascii("x\u20acy"), json.decoder.JSONDecodeError is json.JSONDecodeError)
