# bytes(), bytearray(), bytes.join and bytearray.extend take an array.array's raw item bytes (buffer protocol)
import array

for code, items in [('b', [-1, 2]), ('B', [65, 66, 255]), ('h', [1, -2]), ('H', [513]),
                    ('i', [1, -2, 300]), ('I', [7]), ('l', [-1]), ('q', [2**40]),
                    ('f', [1.5, -0.25]), ('d', [1.5, float('inf')]), ('u', 'hé')]:
    a = array.array(code, items)
    b = bytes(a)
    print(code, b, len(b) == len(a) * a.itemsize, b == a.tobytes())
    print(' ', bytearray(a), type(bytearray(a)).__name__)

a = array.array('i', [1, 2])
print(b''.join([a, b'|', array.array('B', [67, 68])]))
print(b'-'.join([array.array('B', b'xy'), array.array('B')]))
print(bytearray(b'.').join([a]))
ba = bytearray(b'ab')
ba.extend(array.array('h', [1, 2]))
print(ba)
print(bytes(array.array('d')), bytearray(array.array('q')))

# a copy: changing the array afterwards does not change the bytes
a = array.array('B', [1, 2, 3])
b = bytes(a)
a[0] = 9
print(b, bytes(a))

class A(array.array):
    pass
print(bytes(A('B', [70, 71])))

try:
    b''.join([b'a', [1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
