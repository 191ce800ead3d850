#!/usr/bin/env bash
# The Spark recipe end to end, in Spark local mode (not part of `cargo test`).
#
#   scripts/spark/run.sh
#
# Needs Java 17+ and `pip install pyspark`. Builds chronicle (release), then:
#  1. articles -> events -> merged chronology: a JSONL corpus made of the fixture wire
#     stories (tests/fixtures/merge/articles), samples/ and, when present, the
#     development documents, through `chronicle timeline` in each partition;
#  2. the reduce alone, in both modes: the hand-annotated events of the fixture stories
#     (tests/fixtures/merge/events.jsonl), combined per partition and merged, which
#     must equal `chronicle merge` run directly.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import pyspark" 2>/dev/null || { echo "run.sh: pip install pyspark first" >&2; exit 2; }
cargo build --release --quiet
OUT=target/spark
mkdir -p "$OUT"

# 1. A corpus of articles, one JSON record per line.
python3 - "$OUT/corpus.jsonl" <<'PY'
import glob, json, os, re, sys
out = open(sys.argv[1], "w", encoding="utf-8")
for path in sorted(glob.glob("tests/fixtures/merge/articles/*.txt")) + sorted(glob.glob("samples/*.txt")):
    name = os.path.basename(path)[:-4]
    m = re.search(r"(\d{4}-\d{2}-\d{2})", name)
    rec = {"id": name, "text": open(path, encoding="utf-8").read()}
    if m:
        rec["dct"] = m.group(1)
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
dev = "../shared/data/tbaq-train.jsonl"
if os.path.exists(dev):
    for line in open(dev, encoding="utf-8"):
        r = json.loads(line)
        out.write(json.dumps({"id": r["id"], "dct": r.get("dct"), "text": r["text"]}, ensure_ascii=False) + "\n")
PY
echo "== articles -> events -> merged chronology"
python3 scripts/spark/chronicle_spark.py --input "$OUT/corpus.jsonl" --output "$OUT/articles"
target/release/chronicle timeline --format jsonl --quiet "$OUT/corpus.jsonl" \
  | target/release/chronicle merge --quiet - > "$OUT/direct-articles.jsonl"
cmp "$OUT/articles/timeline.jsonl" "$OUT/direct-articles.jsonl" && echo "same bytes as a single-machine run"
if python3 -c "import chronicle._chronicle" 2>/dev/null; then
  echo "== the same, step 1 in-process (mapPartitions calling chronicle.timeline)"
  python3 scripts/spark/chronicle_spark.py --in-process --input "$OUT/corpus.jsonl" --output "$OUT/articles-in-process"
  cmp "$OUT/articles-in-process/timeline.jsonl" "$OUT/direct-articles.jsonl" && echo "same bytes as a single-machine run"
else
  echo "== in-process variant skipped: pip install ./python first"
fi

echo "== the reduce alone, on the fixture events"
for mode in driver spark; do
  python3 scripts/spark/chronicle_spark.py --events --reduce "$mode" --partitions 3 \
    --input tests/fixtures/merge/events.jsonl --output "$OUT/events-$mode"
done
target/release/chronicle merge --quiet tests/fixtures/merge/events.jsonl > "$OUT/direct-events.jsonl"
cmp "$OUT/events-driver/timeline.jsonl" "$OUT/direct-events.jsonl"
cmp "$OUT/events-spark/timeline.jsonl" "$OUT/direct-events.jsonl"
echo "same bytes as a single-machine run (both reduce modes)"
echo "== conflicts"
cat "$OUT/events-driver/conflicts.txt"
