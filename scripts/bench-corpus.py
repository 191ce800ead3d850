#!/usr/bin/env python3
"""Assemble a news-like JSONL corpus of at least N MB for `scripts/bench`.

Sources: the development documents (../shared/data/tbaq-train.jsonl: TimeBank and
AQUAINT newswire) when present, and the stories in samples/ (always). Each synthetic
article is varied so the corpus is not one article repeated:

* its sentences are those of one source document, with a third of them swapped for
  sentences of other documents, in shuffled order;
* its document date is shifted by a random number of days, and four-digit years in the
  text move with it, so relative dates resolve against different anchors;
* half of the articles get a wire dateline (`BRUSSELS, March 4 (Reuters) -`) built from
  the shifted date, as agency copy has;
* ids are unique (`<source id>~<n>`).

Deterministic for a given seed. Usage: bench-corpus.py OUT.jsonl MB [SEED]
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "..", "shared", "data", "tbaq-train.jsonl")
SAMPLES = os.path.join(ROOT, "samples")

PLACES = ["BRUSSELS", "MOSCOW", "WASHINGTON", "KIEV", "TBILISI", "BERLIN", "PARIS", "LONDON", "WARSAW"]
AGENCIES = ["Reuters", "AP", "AFP", "RIA Novosti", "Interfax", "TASS", "dpa", "UPI"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


def documents():
    docs = []
    if os.path.exists(DEV):
        with open(DEV, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("text"):
                    docs.append((r["id"], r.get("dct") or "2009-12-01", r["text"]))
    for name in sorted(os.listdir(SAMPLES)):
        if name.endswith(".txt"):
            with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
                m = re.search(r"(\d{4}-\d{2}-\d{2})", name)
                docs.append((name[:-4], m.group(1) if m else "2009-12-01", f.read()))
    if not docs:
        sys.exit("bench-corpus: no source documents found")
    return docs


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2009)
    docs = [(i, d, sentences(t)) for i, d, t in documents()]
    docs = [d for d in docs if d[2]]
    pool = [s for _, _, ss in docs for s in ss]
    target = int(mb * 1024 * 1024)
    written, n = 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            doc_id, dct, own = docs[n % len(docs)]
            shift = rng.randint(-3650, 3650)
            date = datetime.date.fromisoformat(dct[:10]) + datetime.timedelta(days=shift)
            years = round(shift / 365.25)
            body = list(own)
            for k in range(len(body) // 3):
                body[rng.randrange(len(body))] = rng.choice(pool)
            rng.shuffle(body)
            text = " ".join(body)
            text = YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
            if rng.random() < 0.5:
                dateline = f"{rng.choice(PLACES)}, {MONTHS[date.month - 1]} {date.day} ({rng.choice(AGENCIES)}) - "
                text = dateline + text
            record = {"id": f"{doc_id}~{n}", "dct": date.isoformat(), "text": text}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{out}: {n} articles, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
