"""Shared fixtures: the repository's samples and the `chronicle` binary the Python
package must agree with (CHRONICLE_BIN, else target/release/chronicle)."""
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
# Every sample article file (the answer key `*.expected.json` is not an article).
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.endswith(".expected.json"))


def binary():
    path = Path(os.environ.get("CHRONICLE_BIN", ROOT / "target" / "release" / "chronicle"))
    if not path.exists():
        pytest.fail(f"{path} not found: build it with `cargo build --release` (or set CHRONICLE_BIN)")
    return str(path)


def cli(*args):
    """Runs the command (quiet) and returns its standard output."""
    done = subprocess.run([binary(), *args, "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def cli_events(*args):
    """The events of `chronicle timeline --format json ARGS`."""
    return json.loads(cli("timeline", "--format", "json", *args))["events"]


@pytest.fixture(autouse=True)
def _in_root(monkeypatch):
    """Paths are given relative to the repository, as the command is run there."""
    monkeypatch.chdir(ROOT)
