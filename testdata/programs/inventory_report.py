# grouping, sorting by several keys and aggregating records held in tuples and dicts
records = [
    ("apples", "fruit", 3, 0.5), ("bananas", "fruit", 12, 0.25), ("carrots", "veg", 7, 0.1),
    ("dates", "fruit", 0, 2.0), ("eggplant", "veg", 2, 1.25), ("figs", "fruit", 5, 0.75),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append({"name": name, "qty": qty, "value": qty * price})
for cat in sorted(by_cat):
    items = sorted(by_cat[cat], key=lambda r: (-r["value"], r["name"]))
    total = sum(r["value"] for r in items)
    print(f"{cat}: {len(items)} items, value {total:.2f}")
    for r in items:
        print(f"  {r['name']:<9} {r['qty']:>3} {r['value']:>6.2f}")
out_of_stock = [n for n, _, q, _ in records if q == 0]
cheap = {n: p for n, _, _, p in records if p < 0.5}
print(out_of_stock, cheap, max(records, key=lambda r: r[2] * r[3])[0])
