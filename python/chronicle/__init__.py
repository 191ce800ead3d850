"""chronicle: news articles to dated timelines of events, in-process.

The functions return exactly the objects the ``chronicle`` command writes as JSON:

* ``timeline(articles, ...)``: the events of ``chronicle timeline --format json``;
* ``timex(text, ...)``: the expressions of ``chronicle timex --format jsonl``;
* ``dateline(text, ...)``: a row of ``chronicle dateline --format json``;
* ``read(paths, ...)``: articles read as the command reads files, folders, HTML,
  JSON/JSONL and TimeML, ready for ``timeline``;
* ``to_dataframe(events)``: a pandas DataFrame with the CSV's columns (needs pandas);
* ``check(claims, articles, ...)``: the verdicts of ``chronicle check --format json``.

Example (a notebook cell)::

    import chronicle
    events = chronicle.timeline(chronicle.read("samples/"))
    df = chronicle.to_dataframe(events)
    df[df.actors.str.contains("Lavrov")][["date", "headline", "agency"]]

Problems with an input raise ``ChronicleError`` (``file``, ``line``, ``message``);
inputs read imperfectly give a ``ChronicleWarning``. The work runs in Rust with the
GIL released, on ``jobs`` threads (0: every core).
"""

from ._chronicle import __version__, check, dateline, read, timeline, timex
from ._chronicle import _csv
from ._errors import ChronicleError, ChronicleWarning

__all__ = [
    "ChronicleError",
    "ChronicleWarning",
    "check",
    "dateline",
    "read",
    "timeline",
    "timex",
    "to_dataframe",
    "__version__",
]

# Columns of the DataFrame and their types beyond text (the CSV's columns, in order).
_DAYS = ("start", "end", "dct")
_INTEGERS = ("char_start", "char_end", "mentions")
_FLOATS = ("confidence",)


def to_dataframe(events, articles=None):
    """The events of ``timeline`` as a pandas DataFrame with the columns of
    ``chronicle timeline --format csv`` (same names, order and text), typed:
    ``start``, ``end`` (the event's interval, end exclusive) and ``dct`` as
    ``datetime64``; a ``date_day`` column, ``datetime64`` where the granularity is a
    day or finer and NaT otherwise, after the CSV's columns (``date`` keeps the TIMEX3 value: ``2009-12``,
    ``2009-W49``); ``char_start``, ``char_end``, ``mentions`` integers;
    ``confidence`` a float; missing text is an empty string.

    events: the list ``timeline`` returned.
    articles: optionally the articles given to ``timeline`` (dicts, e.g. from
        ``read``), to fill the ``path``, ``url`` and ``title`` columns by article id.

    >>> import chronicle
    >>> events = chronicle.timeline("MOSCOW, Oct 18, 2021 (Reuters) - Russia suspended "
    ...                             "its mission to NATO on Monday.")
    >>> df = chronicle.to_dataframe(events)
    >>> df[["start", "trigger", "agency"]].to_dict("records")[0]["start"]
    Timestamp('2021-10-18 00:00:00')
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("chronicle.to_dataframe needs pandas: pip install pandas") from e
    import io
    import json

    text = _csv(json.dumps(list(events)))
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    if articles:
        by_id = {a.get("id"): a for a in articles if isinstance(a, dict)}
        for column in ("path", "url", "title"):
            frame[column] = [
                frame.at[i, column] or (by_id.get(article, {}).get(column) or "")
                for i, article in enumerate(frame["article"])
            ]
    for column in _DAYS:
        frame[column] = pd.to_datetime(frame[column].replace("", None), format="%Y-%m-%d")
    fine = frame["granularity"].isin(["day", "time"])
    frame["date_day"] = pd.to_datetime(frame["date"].str.slice(0, 10).where(fine, None), format="%Y-%m-%d")
    for column in _INTEGERS:
        frame[column] = frame[column].astype("int64")
    for column in _FLOATS:
        frame[column] = frame[column].astype("float64")
    return frame


