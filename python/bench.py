#!/usr/bin/env python3
"""chronicle.timeline from Python against the `chronicle` binary, on one core and all.

    python python/bench.py [CORPUS.jsonl] [--mb 10] [--repeat 3]

The corpus (made with scripts/bench-corpus.py when missing) is analysed by
`chronicle timeline --format json --jobs N CORPUS` (output to /dev/null) and by
`chronicle.timeline(chronicle.read(CORPUS), jobs=N)` (reading, analysis, and the events
as Python objects). Runs alternate, --repeat of each; prints the median (and the best) MB/s and
Python/binary, by the wall clock and by CPU time (user + system of the binary's process
alone, or of this one alone, so neither is charged the other's work): on a shared
machine the CPU time is the steadier measure of the work each does.
"""
import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu(who):
    """CPU seconds of this process (RUSAGE_SELF) or of its finished children."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def timed(f, who):
    """(wall seconds, CPU seconds of `who`) of one call."""
    wall, used = time.perf_counter(), cpu(who)
    f()
    return time.perf_counter() - wall, cpu(who) - used


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "target", "bench-python.jsonl"))
    p.add_argument("--mb", type=int, default=10)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--chronicle", default=os.path.join(ROOT, "target", "release", "chronicle"))
    args = p.parse_args()
    if not os.path.exists(args.corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench-corpus.py"), args.corpus, str(args.mb)], check=True)
    # the installed package, not the sources next to this script
    sys.path = [q for q in sys.path if os.path.abspath(q or ".") != os.path.dirname(os.path.abspath(__file__))]
    import chronicle

    mb = os.path.getsize(args.corpus) / 1e6
    print(f"corpus {args.corpus}: {mb:.1f} MB; median (best) of {args.repeat}")
    for jobs, label in ((1, "1 core"), (0, f"all ({os.cpu_count()}) cores")):
        def binary():
            with open(os.devnull, "wb") as null:
                subprocess.run(
                    [args.chronicle, "timeline", "--format", "json", "--quiet", "--jobs", str(jobs), args.corpus],
                    stdout=null, check=True,
                )

        def python():
            events = chronicle.timeline(chronicle.read(args.corpus), jobs=jobs)
            assert events
            # The young-generation collection a program keeping the events pays next
            # (the new objects are counted in it): charged here, while they are alive.
            gc.collect(0)

        runs = {"bin_wall": [], "bin_cpu": [], "py_wall": [], "py_cpu": []}
        for _ in range(args.repeat):  # alternate, so a busy moment hits both
            wall, used = timed(binary, resource.RUSAGE_CHILDREN)
            runs["bin_wall"].append(wall)
            runs["bin_cpu"].append(used)
            wall, used = timed(python, resource.RUSAGE_SELF)
            runs["py_wall"].append(wall)
            runs["py_cpu"].append(used)
        med = {k: statistics.median(v) for k, v in runs.items()}
        best = {k: min(v) for k, v in runs.items()}
        print(
            f"{label:>14}: wall: binary {mb / med['bin_wall']:5.2f} MB/s, python {mb / med['py_wall']:5.2f} MB/s, "
            f"python/binary {med['bin_wall'] / med['py_wall']:.3f} ({best['bin_wall'] / best['py_wall']:.3f}) | "
            f"CPU: binary {med['bin_cpu']:.2f} s, python {med['py_cpu']:.2f} s, "
            f"python/binary {med['bin_cpu'] / med['py_cpu']:.3f} ({best['bin_cpu'] / best['py_cpu']:.3f})"
        )


if __name__ == "__main__":
    main()
