"""chronicle.timeline, timex and dateline give exactly the command's JSON on every sample."""
import json

import pytest

import chronicle
from conftest import SAMPLE_FILES, SAMPLES, cli, cli_events

IDS = [p.name for p in SAMPLE_FILES]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_timeline_of_each_sample_is_the_commands(path):
    rel = str(path.relative_to(SAMPLES.parent))
    events = chronicle.timeline(chronicle.read(rel))
    assert events == cli_events(rel)
    assert events, f"{rel}: no events at all (the comparison would prove little)"


def test_timeline_of_the_samples_folder_is_the_commands_merged_chronology():
    events = chronicle.timeline(chronicle.read("samples/"))
    assert events == cli_events("samples/")
    assert any(e["mentions"] > 1 for e in events), "the folder's stories share events"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_timex_of_each_sample_is_the_commands(path):
    rel = str(path.relative_to(SAMPLES.parent))
    lines = [json.loads(line) for line in cli("timex", "--format", "jsonl", rel).splitlines()]
    articles = chronicle.read(rel)
    assert [a["id"] for a in articles] == [line["id"] for line in lines]
    for article, line in zip(articles, lines):
        assert chronicle.timex(article) == line["timexes"], article["id"]
    assert any(line["timexes"] for line in lines)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_dateline_of_each_sample_is_the_commands(path):
    rel = str(path.relative_to(SAMPLES.parent))
    rows = json.loads(cli("dateline", "--format", "json", rel))
    articles = chronicle.read(rel)
    if len(articles) > 1:
        pytest.skip("a corpus lends its articles each other's years; dateline() takes one article")
    assert [chronicle.dateline(a) for a in articles] == rows


def test_text_given_as_a_string_is_the_text_read_from_stdin():
    text = (SAMPLES / "ria-novosti-2009-12-01-nato-russia.txt").read_text(encoding="utf-8")
    import subprocess
    from conftest import binary

    out = subprocess.run(
        [binary(), "timeline", "--format", "json", "--quiet", "-"],
        input=text, capture_output=True, text=True, check=True,
    ).stdout
    expected = json.loads(out)["events"]
    for e in expected:
        e["article"] = "1"  # standard input is named `stdin`, a string by its position
    assert chronicle.timeline(text) == expected
    assert chronicle.timeline([text]) == expected
    assert chronicle.timeline({"text": text}) == expected


def test_check_gives_the_commands_verdicts(tmp_path):
    claims = [
        {"id": "c1", "claim": "NATO and Russia agreed to resume military cooperation on 1 December 2009."},
        {"id": "c2", "claim": "NATO and Russia agreed to resume military cooperation on 3 March 2011."},
        {"id": "c3", "claim": "Russia suspended its mission to NATO."},
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    expected = json.loads(cli("check", "--format", "json", "--claims", str(path), "samples/"))
    got = chronicle.check(claims, chronicle.read("samples/"))
    assert got == expected
    assert [v["id"] for v in got] == ["c1", "c2", "c3"]
    assert got[2]["verdict"] == "not_checkable"
    # plain strings are numbered from 1
    assert [v["id"] for v in chronicle.check([c["claim"] for c in claims], chronicle.read("samples/"))] == ["1", "2", "3"]
