#!/usr/bin/env python3
"""Derive chronicle's compact event-coding tables from the CAMEO/Phoenix dictionaries.

Usage: scripts/build-gazetteer.py [CAMEO_DIR]   (default ../shared/data/cameo)

Writes, under src/event/data/:
  actors.tsv  surface form -> canonical actor (countries, international organisations,
              government/military office-holders whose dated roles reach past 2005);
  verbs.tsv   inflected verb form -> lemma and CAMEO code (from CAMEO.2.0.txt synsets);
  agents.tsv  role nouns (minister, envoy, spokesman ...) -> Phoenix agent code.
Hand-made additions live in src/event/data/actors-extra.tsv (not touched here).

The source dictionaries are MIT-licensed (Open Event Data Alliance); every derived file
starts with their notice. Deterministic: same input, same bytes.
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/data/cameo")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "event", "data")

NOTICE = """# Derived by scripts/build-gazetteer.py from the PETRARCH2 / Phoenix dictionaries
# (openeventdata/petrarch2, data/dictionaries). Original licence:
# The MIT License (MIT) Copyright (c) 2014-2015 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify,
# merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""

# Country headwords whose dictionary name is not the one news uses.
COUNTRY_NAMES = {
    "RUSSIAN_FEDERATION": "Russia",
    "UNITED_STATES_OF_AMERICA": "United States",
    "REPUBLIC_OF_SOUTH_AFRICA": "South Africa",
    "UNITED_REPUBLIC_OF_TANZANIA": "Tanzania",
    "BRUNEI_DARUSSALAM": "Brunei",
    "MADAGASKAR": "Madagascar",
    "GERMAN_DEMOCRATIC_REPUBLIC": "East Germany",
    "DEMOCRATIC_REPUBLIC_OF_THE_CONGO": "DR Congo",
    "COTE_D'IVOIRE": "Ivory Coast",
}
SKIP_COUNTRIES = {"KINAKUTA", "FEDERATION_OF_SAINT_KITTS_AND_NEVIS"}
SECTORS = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "OPP": "opposition"}
# Name variants that carry a title ("PRESIDENT MEDVEDEV") are left to the role patterns.
TITLES = {"PRESIDENT", "MINISTER", "PRIME", "AMBASSADOR", "GENERAL", "FOREIGN", "DEFENSE", "SECRETARY"}
SMALL = {"of", "and", "the", "de", "for", "on", "al", "van", "der", "von", "la", "le", "du", "bin", "da"}


def clean(name):
    name = name.strip().rstrip("_").replace("_", " ").strip()
    return re.sub(r"\s+", " ", name)


def title(name):
    words = []
    for i, w in enumerate(name.lower().split(" ")):
        if i > 0 and w in SMALL:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def good_surface(s):
    return bool(s) and not re.search(r"[0-9,()\"]", s) and len(s) >= 2 and len(s.split()) <= 7


def yymmdd(s, default):
    if not s:
        return default
    if not re.fullmatch(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", s):
        return default
    yy, mm, dd = int(s[0:2]), s[2:4], s[4:6]
    year = 1900 + yy if yy > 30 else 2000 + yy
    return f"{year}-{mm}-{dd}"


def entries(path):
    """Yields (headword, synonyms, codes) for each entry of a TABARI .actors file."""
    head, syns, codes = None, [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if head is not None:
                    syns.append(clean(re.sub(r"\[.*", "", line[1:])))
                codes += re.findall(r"\[([^\]]+)\]", line)
            elif line[0] in " \t[":
                codes += re.findall(r"\[([^\]]+)\]", line)
            else:
                if head is not None:
                    yield head, syns, codes
                head = clean(re.sub(r"\[.*", "", line))
                syns, codes = [], re.findall(r"\[([^\]]+)\]", line)
    if head is not None:
        yield head, syns, codes


def dated(code):
    """`RUSGOV >080507` -> ('RUSGOV', '2008-05-07', '')."""
    parts = code.split()
    if len(parts) == 1:
        return parts[0], "", ""
    span = parts[1]
    if span.startswith(">"):
        return parts[0], yymmdd(span[1:], ""), ""
    if span.startswith("<"):
        return parts[0], "", yymmdd(span[1:], "")
    a, _, b = span.partition("-")
    return parts[0], yymmdd(a, ""), yymmdd(b, "")


def main():
    rows = []  # (surface, canonical, kind, role, from, to)
    countries = {}
    country_file = os.path.join(SRC, "Phoenix.Countries.actors.txt")
    for head, syns, codes in entries(country_file):
        spans = [dated(c) for c in codes]
        plain = [s for s in spans if re.fullmatch(r"[A-Z]{3}", s[0]) and s[2] == ""]
        key = head.replace(" ", "_")
        if plain and key not in SKIP_COUNTRIES:
            code = max(plain, key=lambda s: (s[2] == "", s[2]))[0]
            if code in countries and key not in COUNTRY_NAMES:
                continue
            name = COUNTRY_NAMES.get(key, title(head))
            countries[code] = name
            for s in [head] + syns:
                if good_surface(s):
                    rows.append((s.lower(), name, "country", ""))
            rows.append((name.lower(), name, "country", ""))
    for head, syns, codes in entries(country_file):
        spans = [dated(c) for c in codes if re.search(r"\d", c)]
        recent = [
            s for s in spans
            if (s[2] == "" or s[2] >= "2005") and s[0][:3] in countries and s[0][3:6] in ("GOV", "MIL")
        ]
        name = title(head)
        if not recent or len(name.split()) < 2:
            continue
        roles = ";".join(
            f"{countries[c[:3]]} {SECTORS[c[3:6]]}@{a}..{b}" for c, a, b in sorted(recent, key=lambda s: s[1])
        )
        for s in ([head] + syns)[:2]:
            if good_surface(s) and len(s.split()) >= 2 and not TITLES.intersection(s.split()):
                rows.append((s.lower(), name, "person", roles))
    # International organisations and their office-holders.
    orgs = {}
    intl = os.path.join(SRC, "Phoenix.International.actors.txt")
    for head, syns, codes in entries(intl):
        igo = [c.strip() for c in codes if c.strip().startswith("IGO") and not re.search(r"\d", c)]
        if not igo or re.search(r"\d", " ".join(codes)):
            continue
        acronyms = [s for s in [head] + syns if re.fullmatch(r"[A-Z.]{2,6}", s)]
        name = min(acronyms, key=len).replace(".", "") if acronyms else title(head)
        orgs.setdefault(igo[0], name)
        for s in [head] + syns:
            if good_surface(s):
                rows.append((s.lower(), name, "org", ""))
    for head, syns, codes in entries(intl):
        spans = [dated(c) for c in codes if re.search(r"\d", c)]
        recent = [s for s in spans if (s[2] == "" or s[2] >= "2000") and s[0] in orgs]
        if not recent or len(head.split()) < 2:
            continue
        roles = ";".join(f"{orgs[c]}@{a}..{b}" for c, a, b in sorted(recent, key=lambda s: s[1]))
        for s in [head] + syns:
            if good_surface(s) and len(s.split()) >= 2:
                rows.append((s.lower(), title(head), "person", roles))
    seen, out = set(), []
    for r in rows:
        if r[0] not in seen:
            seen.add(r[0])
            out.append(r)
    out.sort()
    with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write(NOTICE)
        f.write("# surface (lower case)\tcanonical\tkind\troles: role@from..to;... (ISO dates, open ends empty)\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"actors.tsv: {len(out)} surface forms", file=sys.stderr)

    # Verbs: every single-word verb of a CAMEO synset, with regular inflections.
    verbs = {}
    block_code = None
    with open(os.path.join(SRC, "CAMEO.2.0.txt"), encoding="utf-8", errors="replace") as f:
        in_patterns = False
        for raw in f:
            if "VERB PATTERNS" in raw:
                in_patterns = True
                continue
            if not in_patterns:
                continue
            line = raw.split("#", 1)[0].rstrip()
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                block_code = m.group(2)
                continue
            if not line or line.startswith(("-", "+", " ", "&", "~")):
                continue
            m = re.match(r"^([A-Z]+)\s*(\{([^}]*)\})?\s*(\[([^\]]*)\])?", line)
            if not m:
                continue
            lemma = m.group(1).lower()
            code = (m.group(5) or block_code or "---").split(":")[0].strip()
            top = code[:2] if re.fullmatch(r"\d{2,4}", code) else ""
            forms = {lemma}
            if m.group(3):
                forms |= {w.lower() for w in m.group(3).split() if w.isalpha()}
            else:
                forms |= inflect(lemma)
            for form in forms:
                verbs.setdefault(form, (lemma, top))
    with open(os.path.join(OUT, "verbs.tsv"), "w", encoding="utf-8") as f:
        f.write(NOTICE)
        f.write("# form\tlemma\tcameo top-level code (empty: no clear category)\n")
        for form in sorted(verbs):
            f.write(f"{form}\t{verbs[form][0]}\t{verbs[form][1]}\n")
    print(f"verbs.tsv: {len(verbs)} forms", file=sys.stderr)

    agents = {}
    with open(os.path.join(SRC, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            m = re.match(r"^([A-Z_]+)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
            if m and "_" not in m.group(1).strip("_"):
                agents.setdefault(m.group(1).strip("_").lower(), m.group(3))
    with open(os.path.join(OUT, "agents.tsv"), "w", encoding="utf-8") as f:
        f.write(NOTICE)
        f.write("# role noun\tagent code\n")
        for a in sorted(agents):
            f.write(f"{a}\t{agents[a]}\n")
    print(f"agents.tsv: {len(agents)} role nouns", file=sys.stderr)


def inflect(v):
    """Regular English inflections (over-generating is harmless: unused forms never match)."""
    out = set()
    if v.endswith("e"):
        out |= {v + "s", v + "d", v[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", v):
        out |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif re.search(r"(s|x|z|ch|sh)$", v):
        out |= {v + "es", v + "ed", v + "ing"}
    else:
        out |= {v + "s", v + "ed", v + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", v):
            out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return out


if __name__ == "__main__":
    main()
