"""Counts words into one shared dict from several threads.

usage: wordcount.py [threads] [size]   (size = number of words in the text)
The text is generated from a hash of each word's position (a skewed vocabulary
built from syllables), cut into chunks; thread t counts chunks t, t+T, ... and
adds every word to the shared dict inside `with atomic:`. The checksum hashes
the counts with a string hash of its own, since str hashes vary between runs.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

CHUNK = 500
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pha", "gri", "ost"]
VOCABULARY = 3000


def mix(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


def word_at(i):
    # The smaller of two hashes skews the vocabulary toward low indices, so a
    # few words are frequent and conflict often, as in real text.
    w = min(mix(i) % VOCABULARY, mix(i + 0x51ED27) % VOCABULARY)
    parts = []
    w += 1
    while w:
        parts.append(SYLLABLES[w % len(SYLLABLES)])
        w //= len(SYLLABLES)
    return "".join(parts)


def text_hash(s):
    h = 2166136261
    for ch in s:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return h


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    counts = {}
    chunks = (size + CHUNK - 1) // CHUNK

    def work(t):
        for c in range(t, chunks, threads):
            line = " ".join(word_at(i) for i in range(c * CHUNK, min((c + 1) * CHUNK, size)))
            for word in line.split():
                with atomic:
                    counts[word] = counts.get(word, 0) + 1

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    digest = 0
    total = 0
    for word in sorted(counts):
        total += counts[word]
        digest = (digest * 1000003 + text_hash(word) * counts[word]) & 0xFFFFFFFF
    print("checksum:", len(counts), total, digest)


main()
