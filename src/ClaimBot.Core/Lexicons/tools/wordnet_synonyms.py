#!/usr/bin/env python3
"""Builds wordnet/synonyms.tsv from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet).

For every single-word lemma, the other single-word members of its most frequent synset per part of speech
(the first synset listed in index.<pos>), e.g. "call -> name", "adviser -> advisor consultant". Query-side synonyms only.
Usage: python3 wordnet_synonyms.py /usr/share/wordnet ../wordnet/synonyms.tsv
"""
import os
import sys

POS = ["noun", "verb", "adj", "adv"]


def synset_words(data_path, offset):
    with open(data_path, "rb") as f:
        f.seek(offset)
        line = f.readline().decode("utf-8", "replace")
    parts = line.split()
    count = int(parts[3], 16)
    return [parts[4 + 2 * i].lower() for i in range(count)]


def main(folder, out):
    synonyms = {}
    for pos in POS:
        index = os.path.join(folder, "index." + pos)
        data = os.path.join(folder, "data." + pos)
        with open(index, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if "_" in lemma or "-" in lemma or not lemma.isalpha():
                    continue
                synset_count = int(parts[2])
                pointer_count = int(parts[3])
                offsets = parts[4 + pointer_count + 2:]
                if len(offsets) != synset_count or not offsets:
                    continue
                words = [w.split("(")[0] for w in synset_words(data, int(offsets[0]))]
                words = [w for w in words if w != lemma and "_" not in w and w.isalpha()]
                if words:
                    synonyms.setdefault(lemma, [])
                    for w in words:
                        if w not in synonyms[lemma]:
                            synonyms[lemma].append(w)
    with open(out, "w", encoding="utf-8") as f:
        for lemma in sorted(synonyms):
            f.write(lemma + "\t" + " ".join(synonyms[lemma][:6]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
