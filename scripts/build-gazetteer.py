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

# Bodies and people a place may own, which the Phoenix agents miss: "the U.S. State
# Department", "Kyiv officials" keep their country as an actor where "the Berlin Wall" does
# not (src/event/actors.rs, is_agent_noun). Not role nouns before a name.
BODIES = """agency authorities bureau commission committee council delegation department federation
force guard leader minister nation negotiator office official republic service side
spokesperson state""".split()
BODIES_NOTE = """# chronicle's additions (scripts/build-gazetteer.py, BODIES): bodies and people a place
# may own ("the U.S. State Department", "Kyiv officials"), code BODY; no role nouns
# before a name (see src/event/actors.rs, is_agent_noun)
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
    "MACEDONIA": "North Macedonia",
    "SWAZILAND": "Eswatini",
    "GUINEA_BISSAU": "Guinea-Bissau",
    "TIMOR_LESTE": "Timor-Leste",
}
# The 193 member states of the United Nations, by the name chronicle gives them, with
# the adjectives news uses for them (| between variants). Every one is a country in the
# gazetteer (tests/gazetteer.rs checks the list). An adjective two members share
# ("Congolese", "Dominican") is left to the dictionaries.
UN_MEMBERS_TSV = """
Afghanistan	Afghan
Albania	Albanian
Algeria	Algerian
Andorra	Andorran
Angola	Angolan
Antigua and Barbuda	Antiguan
Argentina	Argentine|Argentinian
Armenia	Armenian
Australia	Australian
Austria	Austrian
Azerbaijan	Azerbaijani
Bahamas	Bahamian
Bahrain	Bahraini
Bangladesh	Bangladeshi
Barbados	Barbadian
Belarus	Belarusian|Belarussian
Belgium	Belgian
Belize	Belizean
Benin	Beninese
Bhutan	Bhutanese
Bolivia	Bolivian
Bosnia and Herzegovina	Bosnian
Botswana	Botswanan
Brazil	Brazilian
Brunei	Bruneian
Bulgaria	Bulgarian
Burkina Faso	Burkinabe
Burundi	Burundian
Cape Verde	Cape Verdean
Cambodia	Cambodian
Cameroon	Cameroonian
Canada	Canadian
Central African Republic	Central African
Chad	Chadian
Chile	Chilean
China	Chinese
Colombia	Colombian
Comoros	Comoran
Congo	Congolese
Costa Rica	Costa Rican
Ivory Coast	Ivorian
Croatia	Croatian
Cuba	Cuban
Cyprus	Cypriot
Czech Republic	Czech
North Korea	North Korean
DR Congo	Congolese
Denmark	Danish
Djibouti	Djiboutian
Dominica	Dominican
Dominican Republic	Dominican
Ecuador	Ecuadorian
Egypt	Egyptian
El Salvador	Salvadoran
Equatorial Guinea	Equatoguinean
Eritrea	Eritrean
Estonia	Estonian
Eswatini	Swazi
Ethiopia	Ethiopian
Fiji	Fijian
Finland	Finnish
France	French
Gabon	Gabonese
Gambia	Gambian
Georgia	Georgian
Germany	German
Ghana	Ghanaian
Greece	Greek
Grenada	Grenadian
Guatemala	Guatemalan
Guinea	Guinean
Guinea-Bissau	Bissau-Guinean
Guyana	Guyanese
Haiti	Haitian
Honduras	Honduran
Hungary	Hungarian
Iceland	Icelandic
India	Indian
Indonesia	Indonesian
Iran	Iranian
Iraq	Iraqi
Ireland	Irish
Israel	Israeli
Italy	Italian
Jamaica	Jamaican
Japan	Japanese
Jordan	Jordanian
Kazakhstan	Kazakh
Kenya	Kenyan
Kiribati	I-Kiribati
Kuwait	Kuwaiti
Kyrgyzstan	Kyrgyz
Laos	Lao|Laotian
Latvia	Latvian
Lebanon	Lebanese
Lesotho	Basotho
Liberia	Liberian
Libya	Libyan
Liechtenstein	Liechtensteiner
Lithuania	Lithuanian
Luxembourg	Luxembourgish
Madagascar	Malagasy
Malawi	Malawian
Malaysia	Malaysian
Maldives	Maldivian
Mali	Malian
Malta	Maltese
Marshall Islands	Marshallese
Mauritania	Mauritanian
Mauritius	Mauritian
Mexico	Mexican
Micronesia	Micronesian
Monaco	Monegasque
Mongolia	Mongolian
Montenegro	Montenegrin
Morocco	Moroccan
Mozambique	Mozambican
Myanmar	Myanmar|Burmese
Namibia	Namibian
Nauru	Nauruan
Nepal	Nepalese|Nepali
Netherlands	Dutch
New Zealand	New Zealand
Nicaragua	Nicaraguan
Niger	Nigerien
Nigeria	Nigerian
North Macedonia	Macedonian
Norway	Norwegian
Oman	Omani
Pakistan	Pakistani
Palau	Palauan
Panama	Panamanian
Papua New Guinea	Papua New Guinean
Paraguay	Paraguayan
Peru	Peruvian
Philippines	Philippine|Filipino
Poland	Polish
Portugal	Portuguese
Qatar	Qatari
South Korea	South Korean
Moldova	Moldovan
Romania	Romanian
Russia	Russian
Rwanda	Rwandan
Saint Kitts and Nevis	Kittitian
Saint Lucia	Saint Lucian
Saint Vincent and the Grenadines	Vincentian
Samoa	Samoan
San Marino	Sammarinese
Sao Tome and Principe	Santomean
Saudi Arabia	Saudi
Senegal	Senegalese
Serbia	Serbian
Seychelles	Seychellois
Sierra Leone	Sierra Leonean
Singapore	Singaporean
Slovakia	Slovak
Slovenia	Slovenian
Solomon Islands	Solomon Islander
Somalia	Somali
South Africa	South African
South Sudan	South Sudanese
Spain	Spanish
Sri Lanka	Sri Lankan
Sudan	Sudanese
Suriname	Surinamese
Sweden	Swedish
Switzerland	Swiss
Syria	Syrian
Tajikistan	Tajik
Thailand	Thai
Timor-Leste	Timorese
Togo	Togolese
Tonga	Tongan
Trinidad and Tobago	Trinidadian
Tunisia	Tunisian
Turkey	Turkish
Turkmenistan	Turkmen
Tuvalu	Tuvaluan
Uganda	Ugandan
Ukraine	Ukrainian
United Arab Emirates	Emirati
United Kingdom	British
Tanzania	Tanzanian
United States	American
Uruguay	Uruguayan
Uzbekistan	Uzbek
Vanuatu	Ni-Vanuatu
Venezuela	Venezuelan
Vietnam	Vietnamese
Yemen	Yemeni
Zambia	Zambian
Zimbabwe	Zimbabwean
"""
UN_MEMBERS = [tuple(l.split("\t")) for l in UN_MEMBERS_TSV.strip().splitlines()]
UN_NAMES = {name for name, _ in UN_MEMBERS}
# Other names of members (official short forms, older names, spellings).
UN_ALIASES = {
    "Czechia": "Czech Republic",
    "Cabo Verde": "Cape Verde",
    "Cote d'Ivoire": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast",
    "Democratic Republic of the Congo": "DR Congo",
    "DRC": "DR Congo",
    "Republic of the Congo": "Congo",
    "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia",
    "Burma": "Myanmar",
    "East Timor": "Timor-Leste",
    "Guinea Bissau": "Guinea-Bissau",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
    "UK": "United Kingdom",
    "USA": "United States",
    "Viet Nam": "Vietnam",
    "Republic of Korea": "South Korea",
    "DPRK": "North Korea",
    "Syrian Arab Republic": "Syria",
    "Holland": "Netherlands",
    "São Tomé and Príncipe": "Sao Tome and Principe",
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
    """`080507` (two-digit year) or `19901003` (four-digit year) -> ISO date."""
    if not s:
        return default
    if re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", s):
        return f"{s[0:4]}-{s[4:6]}-{s[6:8]}"
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
    # A country's name comes from the entry that holds its code today and is named as a
    # UN member (UN_MEMBERS) or in COUNTRY_NAMES, else the first entry in the file that
    # holds the code today, else (a state that ended: Czechoslovakia) the first that held
    # it. Before, the first entry with the code won whatever it was: the block of East
    # German cities "LEIPZIG_ … [DDR 491007-901003] [DEU >19901003]" comes before
    # "GERMANY_", so "Germany" and "German" were missing and 53 German office-holders read
    # "Leipzig government"; and eight-digit dates were read as no date, so "RUSSIAN_SFSR
    # [RUS 19911226-19931212]" held Russia's code. Other entries that hold a code today
    # (cities, regions) are that country's surface forms.
    entry_list = list(entries(country_file))
    holders = {}  # code -> (rank, position)
    current_codes = []
    for i, (head, syns, codes) in enumerate(entry_list):
        key = head.replace(" ", "_")
        held = []
        ended = []
        for c in codes:
            code, start, end = dated(c)
            if re.fullmatch(r"[A-Z]{3}", code):
                (ended if end else held).append(code)
        current_codes.append(held)
        if key in SKIP_COUNTRIES:
            continue
        named = key in COUNTRY_NAMES or title(head) in UN_NAMES
        for code, rank in [(c, 0 if named else 1) for c in held] + [(c, 2) for c in ended]:
            if code not in holders or (rank, i) < holders[code]:
                holders[code] = (rank, i)
    for code, (_, i) in sorted(holders.items(), key=lambda kv: kv[1][1]):
        head = entry_list[i][0]
        countries[code] = COUNTRY_NAMES.get(head.replace(" ", "_"), title(head))
    for i, (head, syns, codes) in enumerate(entry_list):
        held = [code for code in current_codes[i] if code in countries]
        held += [code for code, (_, j) in holders.items() if j == i and code not in held]
        if not held or head.replace(" ", "_") in SKIP_COUNTRIES:
            continue
        name = countries[held[0]]
        for s in [head] + syns:
            if good_surface(s):
                rows.append((s.lower(), name, "country", ""))
        if holders.get(held[0], (0, -1))[1] == i:
            rows.append((name.lower(), name, "country", ""))
    # Every UN member and its adjectives, ahead of the dictionaries' rows (the first row
    # of a surface form wins).
    shared = {}
    for _, adjectives in UN_MEMBERS:
        for a in adjectives.split("|"):
            shared[a] = shared.get(a, 0) + 1
    members = []
    for name, adjectives in UN_MEMBERS:
        members.append((name.lower(), name, "country", ""))
        members += [(a.lower(), name, "country", "") for a in adjectives.split("|") if shared[a] == 1]
    members += [(alias.lower(), name, "country", "") for alias, name in UN_ALIASES.items()]
    rows[:0] = members
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
    # International organisations and their office-holders. The file lists some people
    # with an undated code, like an organisation ("CATHERINE_ASHTON [IGOEUREEC]"): an entry
    # whose first word is a given name of the countries' office-holders and that has no
    # organisation word is a person.
    given = {r[1].split()[0].lower() for r in rows if r[2] == "person"}
    orgs = {}
    intl = os.path.join(SRC, "Phoenix.International.actors.txt")
    people = []
    for head, syns, codes in entries(intl):
        igo = [c.strip() for c in codes if c.strip().startswith("IGO") and not re.search(r"\d", c)]
        if not igo or re.search(r"\d", " ".join(codes)):
            continue
        words = head.lower().split()
        if 2 <= len(words) <= 4 and words[0] in given and words[0] not in SMALL and not ORG_WORDS.intersection(words):
            people.append((head, syns))
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
    for head, syns in people:
        for s in [head] + syns:
            if good_surface(s) and len(s.split()) >= 2:
                rows.append((s.lower(), title(head), "person", ""))
    # Office-holders of the offices table (src/dct/data/offices.tsv, shared with the
    # year inference) with their dated roles, ahead of the dictionaries' rows.
    rows[:0] = office_holders()
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
        f.write(BODIES_NOTE)
        for b in BODIES:
            f.write(f"{b}\tBODY\n")
    print(f"agents.tsv: {len(agents)} role nouns", file=sys.stderr)


# Offices of src/dct/data/offices.tsv under the role names the actor tables use.
OFFICE_ROLES = {
    "Foreign Minister of Russia": "Russian Foreign Minister",
    "Russia's envoy to NATO": "Russian envoy to NATO",
}
# Offices the table keeps only to date stories, not as actors: their holders' surnames are
# ambiguous in running text (the actor matcher would read "King Hussein of Jordan" as
# Saddam Hussein once the article names him in full).
DATING_ONLY_OFFICES = {
    "Chairman of the Federal Reserve", "US Attorney General", "Chancellor of the Exchequer",
    "Palestinian leader", "President of Iraq", "President of Serbia and Yugoslavia",
}
# Words that make an entry an organisation, not a person.
ORG_WORDS = {
    "organization", "organisation", "bank", "council", "union", "association", "agency",
    "fund", "court", "committee", "commission", "group", "league", "community", "forum",
    "institute", "program", "programme", "office", "force", "mission", "parliament",
    "assembly", "treaty", "countries", "nations", "states", "conference", "secretariat",
    "catholic", "church", "francophonie",
}


def office_holders():
    """Person rows from the offices table: each full name (Latin script; variants marked
    `*` need a title and are left out) -> the person's terms as dated roles."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "dct", "data", "offices.tsv")
    extra_path = os.path.join(OUT, "actors-extra.tsv")
    extra = {}
    with open(extra_path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) >= 3 and cols[2] == "person":
                extra[cols[0]] = cols[1]
    people = {}  # canonical -> (surfaces, roles)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names, _titles, start, end, office = line.rstrip("\n").split("\t")
            if office in DATING_ONLY_OFFICES:
                continue
            full = [n for n in names.split("|") if not n.endswith("*") and len(n.split()) >= 2
                    and not re.search(r"[\u0400-\u04ff]", n)]
            if not full:
                continue
            canonical = next((extra[n.lower()] for n in full if n.lower() in extra), full[0])
            surfaces, roles = people.setdefault(canonical, ([], []))
            surfaces += [n.lower() for n in full + short_names(full) if n.lower() not in surfaces]
            roles.append((start, end, OFFICE_ROLES.get(office, office)))
    out = []
    for canonical, (surfaces, roles) in people.items():
        dated_roles = ";".join(f"{r}@{a}..{b}" for a, b, r in sorted(roles))
        out += [(s, canonical, "person", dated_roles) for s in surfaces]
    return out


def short_names(full):
    """The names news also writes without the first given name ("Tayyip Erdogan" for
    Recep Tayyip Erdogan, "Fogh Rasmussen" for Anders Fogh Rasmussen), so that a person
    has one canonical name however the story writes it: the full name less its first
    word, when at least two capitalised words remain and the first is not an initial
    ("George W. Bush" gives no "W. Bush", "Jaap de Hoop Scheffer" no "de Hoop Scheffer")."""
    out = []
    for n in full:
        words = n.split()
        rest = words[1:]
        if len(words) >= 3 and words[0][0].isupper() and rest[0][0].isupper() and not rest[0].endswith(".") and len(rest[0]) > 1:
            out.append(" ".join(rest))
    return out


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
