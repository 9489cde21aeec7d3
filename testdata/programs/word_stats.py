# word frequencies, longest words and a formatted table from a fixed text
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(f"{'word':<10}|{'count':>6}|{'share':>7}")
print("-" * 25)
for w, c in top:
    print(f"{w:<10}|{c:>6}|{c / len(words):>7.1%}")
print(len(words), len(freq), max(freq, key=lambda w: (len(w), w)))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
