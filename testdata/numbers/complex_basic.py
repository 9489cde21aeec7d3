# complex numbers: literals, arithmetic, attributes, repr
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z)
print(z * z, z / (1 - 1j), z + 1, 2 * z, z - 4j, 1j * 1j, 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(2), complex(0, -1), 0j, -0j if False else 1j)
print(repr(complex(1.5, -0.5)), str(2j), (1 + 0j) == 1, 1j != 0)
print(type(z).__name__, complex(3, 4) == z, hash(complex(5, 0)) == hash(5))
try:
    z < z
except TypeError as e:
    print("TypeError", e)
