# Zero padding with grouping ('0=' fill, ',' or '_') fills very wide fields at once, separators included.
for spec in ['0=1000000,', '0=999999_x', '0=+1000001,', '0=1000000,.2f', '01000000_b']:
    s = format(-12345 if '+' not in spec else 12345, spec) if not spec.endswith('f') else format(-1234.5, spec)
    print(spec, len(s), s[:12], s[-12:], s.count(',') + s.count('_'))
print(format(7, '0=20,'), format(7, '0=21,'), format(255, '0=12_x'))
