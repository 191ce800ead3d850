#!/usr/bin/env python3
"""chronicle.timeline from Python against the `chronicle` binary, on one core and all.

    python python/bench.py [CORPUS.jsonl] [--mb 10] [--repeat 3]

The corpus (made with scripts/bench-corpus.py when missing) is analysed by
`chronicle timeline --format json --jobs N CORPUS` (output to /dev/null) and by
`chronicle.timeline(chronicle.read(CORPUS), jobs=N)` (reading, analysis, and the events
as Python objects). Runs alternate, best of --repeat; prints MB/s and Python/binary, by the wall clock and
by CPU time (user + system of the binary's process, or of this one): on a shared machine
the CPU time is the steadier measure of the work each does.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu():
    """CPU seconds of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(f):
    """(wall seconds, CPU seconds) of one call."""
    wall, used = time.perf_counter(), cpu()
    f()
    return time.perf_counter() - wall, cpu() - used


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

        bin_wall = bin_cpu = py_wall = py_cpu = float("inf")
        for _ in range(args.repeat):  # alternate, so a busy moment hits both
            wall, used = timed(binary)
            bin_wall, bin_cpu = min(bin_wall, wall), min(bin_cpu, used)
            wall, used = timed(python)
            py_wall, py_cpu = min(py_wall, wall), min(py_cpu, used)
        print(
            f"{label:>14}: wall: binary {mb / bin_wall:5.2f} MB/s, python {mb / py_wall:5.2f} MB/s, "
            f"python/binary {bin_wall / py_wall:.3f} | CPU: binary {bin_cpu:.2f} s, python {py_cpu:.2f} s, "
            f"python/binary {bin_cpu / py_cpu:.3f}"
        )

if __name__ == "__main__":
    main()
