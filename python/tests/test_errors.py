"""Errors are Python exceptions that say what is wrong and where."""
import pickle
import warnings

import pytest

import chronicle


@pytest.mark.parametrize(
    "call",
    [
        lambda: chronicle.timeline(5),
        lambda: chronicle.timeline([5]),
        lambda: chronicle.timeline([{"text": 5}]),
        lambda: chronicle.timeline([{"text": "x", "dct": object()}]),
        lambda: chronicle.timeline("x", merge="yes"),
        lambda: chronicle.timeline("x", dct=20091201),
        lambda: chronicle.timeline("x", dct_map=5),
        lambda: chronicle.timeline("x", jobs="all"),
        lambda: chronicle.timex(b"bytes"),
        lambda: chronicle.dateline(["a list"]),
        lambda: chronicle.read(5),
        lambda: chronicle.read([5]),
    ],
)
def test_a_wrong_type_is_a_type_error(call):
    with pytest.raises(TypeError):
        call()


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: chronicle.timeline("x", lang="fr"), "auto"),
        (lambda: chronicle.timeline("x", min_granularity="eon"), "decade"),
        (lambda: chronicle.timeline("x", min_confidence=1.5), "between 0.0 and 1.0"),
        (lambda: chronicle.timeline("x", jobs=-1), "negative"),
        (lambda: chronicle.timeline("x", dct="2009-13-45"), "YYYY-MM-DD"),
        (lambda: chronicle.timeline("x", year=0), "1–9999"),
        (lambda: chronicle.read("samples/", errors="ignore"), "warn"),
        (lambda: chronicle.to_dataframe([{"date": 1}]), "timeline"),
    ],
)
def test_a_wrong_value_is_a_value_error_saying_what_to_give(call, words):
    with pytest.raises(ValueError, match=words):
        call()


def test_an_article_without_text_names_its_place_in_the_list():
    with pytest.raises(chronicle.ChronicleError) as e:
        chronicle.timeline([{"text": "NATO met on Tuesday."}, {"id": "second"}])
    assert e.value.line == 2 and e.value.file is None
    assert "no \"text\" field" in e.value.message
    assert "2" in str(e.value)
    with pytest.raises(chronicle.ChronicleError, match="empty"):
        chronicle.timeline("   ")


def test_an_unreadable_input_names_its_file_and_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "NATO met on Tuesday."}\n{"id": "b"\n', encoding="utf-8")
    with pytest.raises(chronicle.ChronicleError) as e:
        chronicle.read(corpus)
    assert e.value.file == str(corpus) and e.value.line == 2
    assert "not valid JSON" in e.value.message
    assert [d["line"] for d in e.value.diagnostics] == [2]
    again = pickle.loads(pickle.dumps(e.value))
    assert (again.file, again.line, again.message) == (e.value.file, e.value.line, e.value.message)
    with pytest.warns(chronicle.ChronicleWarning, match="corpus.jsonl:2"):
        articles = chronicle.read(corpus, errors="warn")
    assert [a["id"] for a in articles] == ["a"]
    with pytest.raises(chronicle.ChronicleError) as missing:
        chronicle.read(tmp_path / "missing.txt")
    assert missing.value.file == str(tmp_path / "missing.txt")


def test_a_record_date_that_is_no_date_is_a_warning():
    with pytest.warns(chronicle.ChronicleWarning, match="not a date"):
        events = chronicle.timeline([{"text": "NATO and Russia met on Tuesday.", "dct": "soon"}])
    assert events == []


def test_check_argument_types():
    with pytest.raises(TypeError):
        chronicle.check(42, [])
    with pytest.raises(TypeError):
        chronicle.check([42], [])
    with pytest.raises(ValueError, match="claim"):
        chronicle.check([{"id": "a"}], [])
    assert chronicle.check([], []) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chronicle.timeline("No dates here.")
