#!/usr/bin/env python3
"""The plain word-overlap baseline the README's quality tables compare ClaimBot with.

It speaks the CLI's batch contract, so run_eval.py scores it exactly like claimbot:
    CLI="python3 tests/quality/overlap_baseline.py" tests/quality/run-suites.sh out SUITE
ask: the five sentences sharing most words with the question are cited (the first is the answer);
check: the sentence sharing most words; "supported" when it holds at least 60 % of the statement's words, else
"not_enough_info"; compare: per source, the (at most three) sentences that share a word with the topic.
Words: lower-cased letter/digit runs, no stemming, no stop-word removal, no translation.
"""
import json, os, re, sys

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def words(text):
    return set(WORD.findall(text.lower()))


def load(folder):
    sentences = []
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                text = open(path, encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                continue
            for s in SENTENCE.split(text):
                s = s.strip()
                if len(WORD.findall(s)) >= 3:
                    sentences.append((os.path.relpath(path, folder), s, words(s)))
    return sentences


def ranked(query, sentences):
    q = words(query)
    scored = [(len(q & w), i) for i, (_, _, w) in enumerate(sentences)]
    return q, [(n, sentences[i]) for n, i in sorted(scored, key=lambda x: (-x[0], x[1])) if n > 0]


def source(file):
    return {"file": file}


def answer(kind, text, sentences):
    q, hits = ranked(text, sentences)
    if kind == "ask":
        top = hits[:5]
        return {"answer": top[0][1][1] if top else "", "citations": [{"quote": s, "source": source(f)} for _, (f, s, _) in top]}
    if kind == "check":
        if not hits:
            return {"verdict": "not_enough_info", "evidence": []}
        n, (f, s, _) = hits[0]
        verdict = "supported" if n >= 0.6 * max(1, len(q)) else "not_enough_info"
        return {"verdict": verdict, "evidence": [{"quote": s, "source": source(f)}]}
    per = {}
    for _, (f, s, _) in hits:
        per.setdefault(f, [])
        if len(per[f]) < 3:
            per[f].append({"text": s})
    return {"sources": [{"source": source(f), "claims": c} for f, c in per.items()]}


def main():
    kind = sys.argv[1]
    sentences = load(os.environ.get("Sources__Path", "seeds"))
    if "--batch" in sys.argv:
        for line in sys.stdin.read().splitlines():
            if line.strip():
                print(json.dumps(answer(kind, line.strip(), sentences), ensure_ascii=False))
    else:
        print(json.dumps(answer(kind, " ".join(a for a in sys.argv[2:] if a != "--json"), sentences), ensure_ascii=False))


if __name__ == "__main__":
    main()
