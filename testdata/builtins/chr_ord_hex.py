# chr/ord, hex/oct/bin, and their errors
print(chr(65), chr(0x263A), ord("A"), ord("\n"), [ord(c) for c in "09az"], chr(ord("a") + 25))
print(hex(0), hex(-1), hex(2 ** 40), oct(64), oct(-9), bin(10), bin(-10), bin(0))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
