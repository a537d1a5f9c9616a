#!/usr/bin/env python3
"""Builds entities/cldr-cities.json from Unicode CLDR's time-zone exemplar cities (npm package cldr-dates-full):
some 400 cities with their names in every supported language ("Copenhagen" / "København" / "Kopenhagen"), so a
city named in one language's source meets its name in another's.

Usage: npm pack cldr-dates-full && tar xzf cldr-dates-full-*.tgz && python3 cldr_cities.py package ../entities
CLDR data is under the Unicode License v3 (see entities/NOTICE.md).
"""
import json
import os
import sys

LANGS = ["en", "da", "nb", "sv", "de", "fr"]


def main(pkg, out):
    cities = {}
    exemplars = {}
    for lang in LANGS:
        zones = json.load(open(os.path.join(pkg, "main", lang, "timeZoneNames.json"), encoding="utf-8"))
        zones = zones["main"][lang]["dates"]["timeZoneNames"]["zone"]
        for region, entries in zones.items():
            if region in ("Etc", "Antarctica"):
                continue
            for key, value in entries.items():
                if isinstance(value, dict) and value.get("_type") == "zone":
                    exemplars.setdefault(key, {})[lang] = value.get("exemplarCity")
    for key, by_lang in exemplars.items():
        city = {}
        for lang in LANGS:
            # A locale names a city by its zone id unless CLDR gives another spelling for it.
            name = by_lang.get(lang) or key.replace("_", " ")
            city[lang] = [name]
        cities[key] = city
    entries = []
    for key in sorted(cities):
        names = cities[key]
        english = (names.get("en") or [key.replace("_", " ")])[0]
        ident = "city:" + english.lower().replace(" ", "-").replace("'", "")
        entries.append({"id": ident, "type": "city", "names": names})
    with open(os.path.join(out, "cldr-cities.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n")
    print(len(entries), "cities", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
