print("failing runs")
raise RuntimeError("boom in module body")
