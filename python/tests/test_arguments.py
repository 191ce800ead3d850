"""Every argument means what the command's option means."""
import datetime
import json
import threading

import pytest

import chronicle
from conftest import ROOT, cli, cli_events

CORPUS = "samples/corpus-2023-nato-russia.jsonl"
STORY = "samples/reuters-2021-10-18-russia-suspends-nato-mission.txt"
UNDATED = "samples/commentary-undated-nato-enlargement.md"


def test_dct_overrides_the_articles_dates():
    for dct in ("2021-10-20", datetime.date(2021, 10, 20), datetime.datetime(2021, 10, 20, 9, 30)):
        assert chronicle.timeline(chronicle.read(STORY), dct=dct) == cli_events("--dct", "2021-10-20", STORY)


def test_dct_map_as_a_dict_and_as_a_file(tmp_path):
    name = "commentary-undated-nato-enlargement"
    mapping = tmp_path / "dates.csv"
    mapping.write_text(f"{name},2019-04-04\n", encoding="utf-8")
    expected = cli_events("--dct-map", str(mapping), UNDATED)
    articles = chronicle.read(UNDATED)
    assert chronicle.timeline(articles, dct_map={name: "2019-04-04"}) == expected
    assert chronicle.timeline(articles, dct_map=str(mapping)) == expected
    assert chronicle.timeline(articles, dct_map=mapping) == expected
    assert expected != cli_events(UNDATED)


def test_year_for_datelines_without_one():
    text = "BRUSSELS, December 1 (RIA Novosti) - NATO and Russia agreed on Tuesday to resume military cooperation."
    events = chronicle.timeline(text, year=2009)
    assert [e["date"] for e in events] == ["2009-12-01"]
    assert chronicle.timeline(text, year=2015) != events


def test_lang_declared_for_every_article():
    ru = "samples/ria-novosti-2009-12-01-nato-russia-ru.txt"
    articles = chronicle.read(ru)
    assert chronicle.timeline(articles, lang="ru") == cli_events("--lang", "ru", ru)
    assert chronicle.timeline(articles, lang="en") == cli_events("--lang", "en", ru)
    assert chronicle.timeline(articles, lang="en") != chronicle.timeline(articles, lang="ru")
    assert chronicle.timex(articles[0], lang="en") != chronicle.timex(articles[0])


def test_merge_false_is_no_merge():
    articles = chronicle.read("samples/")
    unmerged = chronicle.timeline(articles, merge=False)
    assert unmerged == cli_events("--no-merge", "samples/")
    assert len(unmerged) > len(chronicle.timeline(articles))
    assert not any("sources" in e for e in unmerged)


def test_undated_statements():
    articles = chronicle.read("samples/")
    assert chronicle.timeline(articles, undated=True) == cli_events("--undated", "samples/")


@pytest.mark.parametrize("granularity", ["day", "month", "century"])
def test_min_granularity(granularity):
    articles = chronicle.read("samples/")
    assert chronicle.timeline(articles, min_granularity=granularity) == cli_events(
        "--min-granularity", granularity, "samples/"
    )


def test_min_confidence():
    articles = chronicle.read("samples/")
    events = chronicle.timeline(articles, min_confidence=0.8)
    assert events == cli_events("--min-confidence", "0.8", "samples/")
    assert events and all(e["confidence"] >= 0.8 for e in events)


def test_jobs_do_not_change_the_result():
    articles = chronicle.read("samples/")
    one = chronicle.timeline(articles, jobs=1)
    assert chronicle.timeline(articles, jobs=2) == one == chronicle.timeline(articles)


def test_read_declares_a_language_and_keeps_what_the_page_said():
    html = "samples/eurodefence-2022-06-29-madrid-summit.html"
    (page,) = chronicle.read(html)
    assert page["path"] == html and page["title"] and page["text"]
    assert {a["lang"] for a in chronicle.read(STORY, lang="ru")} == {"ru"}
    assert len(chronicle.read([STORY, UNDATED])) == 2
    assert len(chronicle.read(ROOT / "samples")) == len(chronicle.read("samples/"))


def test_dateline_takes_url_and_title():
    row = chronicle.dateline(
        "Russia suspended its mission to NATO on Monday.",
        url="https://example.org/2021/10/18/russia-nato",
        title="Russia suspends NATO mission",
    )
    assert row["date"] == "2021-10-18" and row["kind"] == "url"


def test_timex_dct():
    assert chronicle.timex("They met last Tuesday.", dct="2009-12-03")[0]["value"] == "2009-12-01"
    assert chronicle.timex("They met last Tuesday.")[0]["value"].startswith("XXXX")


def test_the_gil_is_released_while_rust_works():
    # Enough work (about a second on one core) that a thread the GIL let run ticks many
    # times; held for the whole call, it could tick only before and after it.
    articles = chronicle.read(CORPUS) * 400
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        chronicle.timeline(articles, jobs=1)
    finally:
        done.set()
        ticker.join()
    assert len(ticks) > 5, "another Python thread ran while timeline worked"


def test_first_imported_and_called_from_a_thread():
    """Spark's `rdd.pipe` consumes a partition on a writer thread: the module's first
    import and calls happen off the main thread (this crashed once, see Cargo.toml)."""
    import subprocess
    import sys

    script = (
        "import threading\n"
        "out = []\n"
        "def run():\n"
        "    import chronicle\n"
        "    arts = chronicle.read('samples/')\n"
        "    out.append(len(chronicle.timeline(arts, jobs=1)) + len(chronicle.timeline(arts, jobs=2)))\n"
        "t = threading.Thread(target=run); t.start(); t.join()\n"
        "assert out and out[0] > 0, out\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled):
    # The collector is paused while the events are built, and set back as the caller had it.
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        events = chronicle.timeline(chronicle.read(CORPUS))
        assert events and gc.isenabled() == enabled
        chronicle.timex("They met last Tuesday.", dct="2009-12-03")
        assert gc.isenabled() == enabled
        with pytest.raises(TypeError):
            chronicle.timeline(42)
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()
