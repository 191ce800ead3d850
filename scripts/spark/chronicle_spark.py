#!/usr/bin/env python3
"""chronicle as the map step of Apache Spark, merging as the reduce step.

    python3 chronicle_spark.py --input corpus.jsonl --output out/ [--master local[2]]

1. map: every partition of the JSONL corpus (one article per line: id, text, dct) is
   piped through `chronicle timeline --format jsonl -`, which writes one event per line
   (`rdd.pipe`: chronicle runs once per partition, reading the records on stdin);
2. combine: each partition's events are piped through `chronicle merge -`, giving
   partial chronologies (merging is associative, so partials can be merged again);
3. reduce: the partials are merged into one chronology, either on the driver with
   `chronicle merge out/partials/part-*` (default, `--reduce driver`) or inside Spark by
   piping the coalesced partials through `chronicle merge -` (`--reduce spark`).

`--in-process` runs step 1 inside the Python workers instead (`mapPartitions` calling
`chronicle.timeline` of the `chronicle` Python package, `pip install ./python` on every
worker): no subprocess per partition, the same event lines, so the same rows.

Writes out/timeline.jsonl (merged rows with their sources) and out/conflicts.txt.
`--events` skips step 1: the input is already event JSONL (e.g. shards written by
earlier `chronicle timeline --format jsonl` runs).

Runs in Spark local mode with the `pyspark` package from PyPI and Java 17; the same
script runs on a cluster with `spark-submit --master yarn` when chronicle is installed
on the workers (or shipped with `--files` and given by `--chronicle ./chronicle`).
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys
import time


def tolerant(cmd):
    """A command line for rdd.pipe (which splits it with shlex) that accepts chronicle's
    exit code 1 (some records skipped, reported on stderr) but fails the task, with
    `checkCode=True`, on usage errors (2) or crashes."""
    return shlex.join(["sh", "-c", f"{shlex.join(cmd)}; rc=$?; [ $rc -le 1 ]"])


def in_process_events(records):
    """Step 1 in the worker's own process: a partition's JSONL records -> the event lines
    `chronicle timeline --format jsonl` writes (each mention on its own: the event's
    fields without the `mentions` count a timeline row adds)."""
    import chronicle  # on the worker

    articles = [json.loads(line) for line in records if line.strip()]
    if not articles:
        return
    for event in chronicle.timeline(articles, merge=False, jobs=1):
        event.pop("mentions", None)
        yield json.dumps(event, ensure_ascii=False)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="JSONL corpus (or event JSONL with --events)")
    p.add_argument("--output", required=True, help="output folder (replaced)")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--chronicle", default="target/release/chronicle")
    p.add_argument("--reduce", choices=["driver", "spark"], default="driver")
    p.add_argument("--events", action="store_true", help="the input is event JSONL already")
    p.add_argument("--in-process", action="store_true", help="step 1 with the chronicle Python package")
    args = p.parse_args()

    chronicle = os.path.abspath(args.chronicle)
    if not os.access(chronicle, os.X_OK):
        sys.exit(f"chronicle_spark: {chronicle} is not executable; build it with cargo build --release")

    from pyspark.sql import SparkSession  # imported late: --help works without Spark

    spark = (
        SparkSession.builder.master(args.master)
        .appName("chronicle")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    started = time.time()

    lines = sc.textFile(os.path.abspath(args.input), minPartitions=args.partitions)
    if args.events:
        events = lines
    elif args.in_process:
        events = lines.mapPartitions(in_process_events)
    else:
        events = lines.pipe(
            tolerant([chronicle, "timeline", "--format", "jsonl", "--quiet", "--jobs", "1", "-"]), checkCode=True
        )
    partials = events.pipe(tolerant([chronicle, "merge", "--quiet", "-"]), checkCode=True)

    out = os.path.abspath(args.output)
    subprocess.run(["rm", "-rf", out], check=True)
    partials.saveAsTextFile(os.path.join(out, "partials"))
    parts = sorted(glob.glob(os.path.join(out, "partials", "part-*")))
    n_partial_rows = sum(1 for f in parts for _ in open(f, encoding="utf-8"))
    timeline = os.path.join(out, "timeline.jsonl")

    if args.reduce == "driver":
        subprocess.run([chronicle, "merge", "--quiet", "-o", timeline, *parts], check=True)
    else:
        rows = sc.textFile(os.path.join(out, "partials")).coalesce(1).pipe(
            tolerant([chronicle, "merge", "--quiet", "-"]), checkCode=True
        )
        with open(timeline, "w", encoding="utf-8") as f:
            for row in rows.toLocalIterator():
                f.write(row + "\n")

    conflicts = subprocess.run([chronicle, "conflicts", "--quiet", timeline], check=True, capture_output=True, text=True)
    with open(os.path.join(out, "conflicts.txt"), "w", encoding="utf-8") as f:
        f.write(conflicts.stdout)
    n_rows = sum(1 for _ in open(timeline, encoding="utf-8"))
    n_conflicts = sum(1 for line in conflicts.stdout.splitlines() if line[:1].isdigit())
    print(
        f"chronicle_spark: {lines.getNumPartitions()} partitions, {n_partial_rows} partial rows "
        f"-> {n_rows} merged rows, {n_conflicts} conflicts ({args.reduce} reduce) "
        f"in {time.time() - started:.1f} s; wrote {timeline}"
    )
    spark.stop()


if __name__ == "__main__":
    main()
