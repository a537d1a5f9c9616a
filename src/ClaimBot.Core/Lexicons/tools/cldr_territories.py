#!/usr/bin/env python3
"""Builds entities/cldr-territories.json and languages/names.json from Unicode CLDR (npm package cldr-localenames-full).

Usage: npm pack cldr-localenames-full && tar xzf cldr-localenames-full-*.tgz && python3 cldr_territories.py package ..
CLDR data is under the Unicode License v3 (see entities/NOTICE.md).
"""
import json
import os
import sys

LANGS = ["en", "da", "nb", "sv", "de", "fr"]
ORGS = {"UN": "org:un", "EU": "org:eu"}


def main(pkg, out):
    territories = {}
    languages = {}
    for lang in LANGS:
        base = os.path.join(pkg, "main", lang)
        t = json.load(open(os.path.join(base, "territories.json"), encoding="utf-8"))
        t = t["main"][lang]["localeDisplayNames"]["territories"]
        for key, name in t.items():
            code = key.split("-alt-")[0]
            if len(code) != 2 or not code.isalpha() or code in ("ZZ", "EZ", "QO", "XA", "XB"):
                continue
            territories.setdefault(code, {}).setdefault(lang, [])
            if name not in territories[code][lang]:
                territories[code][lang].append(name)
        l = json.load(open(os.path.join(base, "languages.json"), encoding="utf-8"))
        l = l["main"][lang]["localeDisplayNames"]["languages"]
        languages[lang] = {code: l[code] for code in LANGS + ["no"] if code in l}
    entities = []
    for code in sorted(territories):
        ent_id = ORGS.get(code, "country:" + code.lower())
        kind = "organisation" if code in ORGS else "country"
        entities.append({"id": ent_id, "type": kind, "names": territories[code]})
    with open(os.path.join(out, "entities", "cldr-territories.json"), "w", encoding="utf-8") as f:
        json.dump(entities, f, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "languages", "names.json"), "w", encoding="utf-8") as f:
        json.dump(languages, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
