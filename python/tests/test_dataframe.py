"""to_dataframe: the CSV's columns and cells, typed."""
import csv
import io

import pytest

import chronicle
from conftest import cli

pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install pandas)")


def test_the_frame_is_the_commands_csv():
    articles = chronicle.read("samples/")
    events = chronicle.timeline(articles)
    frame = chronicle.to_dataframe(events, articles)
    rows = list(csv.reader(io.StringIO(cli("timeline", "--format", "csv", "samples/"))))
    header, cells = rows[0], rows[1:]
    assert list(frame.columns) == header + ["date_day"]
    assert len(frame) == len(cells) == len(events)
    as_text = frame[header].copy()
    for column in ("start", "end", "dct"):
        as_text[column] = frame[column].dt.strftime("%Y-%m-%d").fillna("")
    as_text["confidence"] = frame["confidence"].map("{:.2f}".format)
    as_text = as_text.astype(str)
    assert as_text.values.tolist() == cells


def test_types_and_a_filtered_table():
    events = chronicle.timeline(chronicle.read("samples/"))
    frame = chronicle.to_dataframe(events)
    assert str(frame["start"].dtype).startswith("datetime64")
    assert str(frame["date_day"].dtype).startswith("datetime64")
    assert frame["mentions"].dtype == "int64" and frame["confidence"].dtype == "float64"
    days = frame[frame.granularity == "day"]
    assert (days["date_day"] == days["start"]).all()
    assert frame[frame.granularity == "month"]["date_day"].isna().all()
    lavrov = frame[frame.actors.str.contains("Lavrov")]
    assert len(lavrov) and lavrov["start"].is_monotonic_increasing
