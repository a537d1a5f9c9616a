#!/usr/bin/env python3
"""Builds the language-neutral concept lexicon in ../concepts/ from maintained open data.

Every output line is `word<TAB>concept concept ...`, most common sense first. A concept is either a Princeton
WordNet 3.0 synset ("02667379-n": the same id in every language, through the Open Multilingual Wordnet) or an
English headword reached through a FreeDict translation ("en:agreement"). Words are lower-cased lemmas (and, for
German, the inflected forms FreeDict lists); the engine stems them with the same Snowball stemmer it uses on text.

Inputs (none is fetched by the product at run time; only this script reads them):
  /usr/share/wordnet            Debian package wordnet-base (WordNet 3.0)
  OMW                           ../shared/lexicons/omw-data (omwn/omw-data, commit f75be19)
  /usr/share/dictd              FreeDict dictionaries from Debian (bookworm, FreeDict 2022): dict-freedict-deu-eng,
                                dict-freedict-eng-deu, dict-freedict-dan-eng, dict-freedict-eng-dan,
                                dict-freedict-swe-eng, dict-freedict-eng-swe, dict-freedict-fra-eng,
                                dict-freedict-eng-fra, dict-freedict-eng-nor

Outputs (gzip): en.tsv da.tsv nb.tsv sv.tsv de.tsv fr.tsv, antonyms.tsv (synset -> opposite synsets, WordNet "!" pointers spread over
adjective clusters), related.tsv (synset -> WordNet derivational links and direct hypernyms, "+": invite <-> invitation).

usage: apt-get install wordnet-base dict-freedict-{deu-eng,eng-deu,dan-eng,eng-dan,swe-eng,eng-swe,fra-eng,eng-fra,eng-nor}
       python3 build_concepts.py OMW_DIR OUT_DIR     (e.g. ../../../../../shared/lexicons/omw-data ../concepts)
"""
import collections
import gzip
import os
import re
import sys

WORDNET = "/usr/share/wordnet"
DICTD = "/usr/share/dictd"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
MAX_CONCEPTS = 16
MAX_PIVOTS = 6
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"^[^\W\d_][\w'’\-]*$", re.UNICODE)
ENGLISH_STOP = set("a an the to of in on at by for with from and or be is are was were sb sth sb. sth. one's oneself someone something".split())


def single_word(text):
    text = text.strip().lower()
    return text if WORD.match(text) and len(text) > 1 else None


def wordnet_english():
    """lemma -> offsets, WordNet's most frequent senses first, the parts of speech interleaved (noun 1, verb 1,
    noun 2, ...): "cover" the verb matters as much as "cover" the noun."""
    by_pos = collections.defaultdict(dict)
    for name, p in POS.items():
        for line in open(os.path.join(WORDNET, "index." + name), encoding="utf-8"):
            if line.startswith(" "):
                continue
            f = line.split()
            lemma, synset_cnt, p_cnt = f[0], int(f[2]), int(f[3])
            offsets = f[6 + p_cnt: 6 + p_cnt + synset_cnt]
            word = single_word(lemma)
            if word:
                by_pos[word][p] = [f"{o}-{p}" for o in offsets]
    senses = {}
    for word, lists in by_pos.items():
        merged = []
        for rank in range(max(len(v) for v in lists.values())):
            for p in "nvar":
                if p in lists and rank < len(lists[p]):
                    merged.append(lists[p][rank])
        senses[word] = merged
    return senses


def wordnet_pointers():
    antonyms, similar, related = set(), collections.defaultdict(set), set()
    for name, p in POS.items():
        for line in open(os.path.join(WORDNET, "data." + name), encoding="utf-8"):
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            offset, pos = f[0], ("a" if f[2] == "s" else f[2])
            w_cnt = int(f[3], 16)
            i = 4 + 2 * w_cnt
            p_cnt = int(f[i]); i += 1
            me = f"{offset}-{pos}"
            for _ in range(p_cnt):
                sym, target, tpos = f[i], f[i + 1], f[i + 2]
                tpos = "a" if tpos == "s" else tpos
                other = f"{target}-{tpos}"
                if sym == "!":
                    antonyms.add(tuple(sorted((me, other))))
                elif sym == "&":
                    similar[me].add(other); similar[other].add(me)
                elif sym in ("+", "@", "@i"):
                    # derivation ("invite" / "invitation") and the direct hypernym ("gun" / "weapon")
                    related.add(tuple(sorted((me, other))))
                i += 4
    # "wet" ! "dry" also opposes the satellites of each ("damp", "arid").
    spread = set(antonyms)
    for a, b in antonyms:
        for x in {a} | similar.get(a, set()):
            for y in {b} | similar.get(b, set()):
                if x != y:
                    spread.add(tuple(sorted((x, y))))
    return spread, related


def omw(omw_dir, files):
    """word -> offsets from OMW tab files."""
    senses = collections.defaultdict(list)
    for path in files:
        full = os.path.join(omw_dir, path)
        for line in open(full, encoding="utf-8"):
            if line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) < 3 or not f[1].endswith("lemma"):
                continue
            word = single_word(f[2])
            offset = f[0].replace("-s", "-a")
            if word and offset not in senses[word]:
                senses[word].append(offset)
    return senses


def b64(s):
    v = 0
    for c in s:
        v = v * 64 + B64.index(c)
    return v


def read_dictd(stem):
    body = gzip.open(stem + ".dict.dz").read()
    for line in open(stem + ".index", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 3 or f[0].startswith("00"):
            continue
        yield f[0], body[b64(f[1]): b64(f[1]) + b64(f[2])].decode("utf-8", "replace")


def translations(entry):
    """The translation line of a FreeDict entry: comma/semicolon separated, without <pos>, [domain] and (notes)."""
    lines = [l for l in entry.split("\n") if l.strip()]
    if len(lines) < 2:
        return [], []
    numbered = [l.split(". ", 1)[1] for l in lines[1:] if re.match(r"^\s*\d+\. ", l)]
    senses = numbered[:3] if numbered else [lines[1]]
    out = []
    for sense in senses:
        sense = re.sub(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)", " ", sense)
        for item in re.split(r"[,;]", sense):
            words = [w for w in item.split() if w.lower() not in ENGLISH_STOP]
            if len(words) == 1 and single_word(words[0]):
                out.append(words[0].lower())
    forms = []
    for l in lines:
        if l.strip().startswith("see:"):
            forms += [single_word(m) for m in re.findall(r"\{([^}]*)\}", l)]
    return out, [f for f in forms if f]


def freedict(code):
    """foreign word -> English pivot words, from foreign-English and English-foreign dictionaries."""
    pivots = collections.defaultdict(list)
    for folder in (DICTD,):
        fwd = os.path.join(folder, f"freedict-{code}-eng")
        if os.path.exists(fwd + ".index"):
            for head, entry in read_dictd(fwd):
                word = single_word(head)
                english, forms = translations(entry)
                if not word:
                    continue
                for w in [word] + [f for f in forms if not (f.startswith("un") and not word.startswith("un"))]:
                    for e in english:
                        if e not in pivots[w]:
                            pivots[w].append(e)
        back = os.path.join(folder, f"freedict-eng-{code}")
        if os.path.exists(back + ".index"):
            for head, entry in read_dictd(back):
                english = single_word(head)
                foreign, _ = translations(entry)
                if english and english not in ENGLISH_STOP:
                    for w in foreign:
                        if english not in pivots[w]:
                            pivots[w].append(english)
    return pivots


def write(path, table, keep_empty=frozenset()):
    # gzip with a fixed mtime, so rebuilding unchanged data gives identical bytes.
    with gzip.GzipFile(path + ".gz", "wb", mtime=0) as raw, open_text(raw) as out:
        for word in sorted(table):
            if table[word] or word in keep_empty:
                out.write(word + "\t" + " ".join(table[word]) + "\n")


def open_text(raw):
    import io
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def pairs(links):
    table = collections.defaultdict(list)
    for a, b in sorted(links):
        table[a].append(b)
        table[b].append(a)
    return table


def main(omw_dir, out_dir):
    english = wordnet_english()
    for word, offsets in english.items():
        offsets[:] = list(dict.fromkeys(offsets))[:MAX_CONCEPTS]
    wikt = lambda code: f"wns/wikt/wn-wikt-{code}.tab"
    for word, offsets in omw(omw_dir, [wikt("eng")]).items():
        english.setdefault(word, [])
        english[word] += [o for o in offsets if o not in english[word]][: max(0, MAX_CONCEPTS - len(english[word]))]

    sources = {
        "da": (["wns/dan/wn-data-dan.tab", wikt("dan")], "dan"),
        "nb": (["wns/nor/wn-data-nob.tab", wikt("nob"), "wns/nor/wn-data-nno.tab", wikt("nno")], "nor"),
        "sv": (["wns/swe/wn-data-swe.tab", wikt("swe")], "swe"),
        "de": ([wikt("deu")], "deu"),
        "fr": (["wns/fra/wn-data-fra.tab", wikt("fra")], "fra"),
    }
    tables = {}
    for lang, (files, code) in sources.items():
        table = {w: o[:MAX_CONCEPTS] for w, o in omw(omw_dir, files).items()}
        for word, english_words in freedict(code).items():
            table.setdefault(word, [])
            table[word] += ["en:" + e for e in english_words[:MAX_PIVOTS]]
        write(os.path.join(out_dir, f"{lang}.tsv"), table)
        tables[lang] = table
        print(lang, len(table), "words", file=sys.stderr)

    headwords = pivot_headwords(english, tables)
    write(os.path.join(out_dir, "en.tsv"), english, keep_empty=headwords)
    antonyms, related = wordnet_pointers()
    write(os.path.join(out_dir, "antonyms.tsv"), pairs(antonyms))
    write(os.path.join(out_dir, "related.tsv"), pairs(related))
    print("en", len(english), "pivot headwords", len(headwords), "antonym pairs", len(antonyms), "related", len(related), file=sys.stderr)


def pivot_headwords(english, tables):
    """English headwords the other languages' FreeDict translations lead to ("siden" -> "en:since") that WordNet
    has no entry for: its function words ("since", "until", "although") and inflected forms. Each gets a line of its
    own with no synset, so the English word reaches its pivot, and through it the words that translate to it."""
    found = {n[3:] for table in tables.values() for names in table.values() for n in names if n.startswith("en:")}
    added = set()
    for word in found:
        if word not in english and single_word(word) == word:
            english[word] = []
            added.add(word)
    return added


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
