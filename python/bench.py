#!/usr/bin/env python3
"""chronicle.timeline from Python against the `chronicle` binary, on one core and all.

    python python/bench.py [CORPUS.jsonl] [--mb 10] [--repeat 3]

The corpus (made with scripts/bench-corpus.py when missing) is analysed by
`chronicle timeline --format json --jobs N CORPUS` (output to /dev/null) and by
`chronicle.timeline(chronicle.read(CORPUS), jobs=N)` (reading, analysis, and the events
as Python objects). Runs alternate, best of --repeat; prints MB/s and Python/binary.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(f, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


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
    print(f"corpus {args.corpus}: {mb:.1f} MB; best of {args.repeat}")
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

        t_bin = t_py = float("inf")
        for _ in range(args.repeat):  # alternate, so a busy moment hits both
            t_bin = min(t_bin, best(binary, 1))
            t_py = min(t_py, best(python, 1))
        print(
            f"{label:>14}: binary {mb / t_bin:6.2f} MB/s ({t_bin:.2f} s)   python {mb / t_py:6.2f} MB/s "
            f"({t_py:.2f} s)   python/binary throughput {t_bin / t_py:.3f}"
        )


if __name__ == "__main__":
    main()
