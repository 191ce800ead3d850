"""Type stubs of the chronicle package (see each function's docstring)."""
import datetime
import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, TypedDict, Union

__version__: str

PathLike = Union[str, os.PathLike]
Day = Union[str, datetime.date]
Lang = Literal["auto", "en", "ru"]
Granularity = Literal["time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]

class Article(TypedDict, total=False):
    """An article as ``read`` gives it and ``timeline`` takes it (only ``text`` is required)."""

    id: str
    text: str
    title: Optional[str]
    url: Optional[str]
    dct: Optional[str]
    lang: str
    path: Optional[str]
    line: Optional[int]
    metadata_date: Optional[str]
    metadata: dict[str, str]

Articles = Union[str, Mapping[str, Any], Sequence[Union[str, Mapping[str, Any]]]]
Event = dict[str, Any]
"""An event of ``chronicle timeline --format json``: date, start, end, granularity,
status, trigger, headline, actors, location, category, time_text, sentence, article,
char_start, char_end, confidence, place, agency, dct, rule, polarity, modality,
mentions (and sources, conflict in a merged timeline; mod, source when set)."""
Timex = dict[str, Any]
"""anchor, end, mod (when set), range (when set), rule, start, text, type, value."""

class ChronicleError(Exception):
    message: str
    file: Optional[str]
    line: Optional[int]
    diagnostics: list[dict[str, Any]]
    def __init__(
        self, message: str, file: Optional[str] = ..., line: Optional[int] = ..., diagnostics: Optional[list] = ...
    ) -> None: ...

class ChronicleWarning(UserWarning): ...

def timeline(
    articles: Articles,
    *,
    dct: Optional[Day] = None,
    dct_map: Union[None, Mapping[str, Day], PathLike] = None,
    year: Optional[int] = None,
    lang: Lang = "auto",
    merge: bool = True,
    undated: bool = False,
    min_granularity: Granularity = "year",
    min_confidence: Optional[float] = None,
    jobs: int = 0,
) -> list[Event]: ...
def timex(text: Union[str, Mapping[str, Any]], *, dct: Optional[Day] = None, lang: Lang = "auto") -> list[Timex]: ...
def dateline(
    text: Union[str, Mapping[str, Any]],
    *,
    url: Optional[str] = None,
    title: Optional[str] = None,
    dct: Optional[Day] = None,
    year: Optional[int] = None,
) -> dict[str, Any]: ...
def read(
    paths: Union[PathLike, Sequence[PathLike]], *, lang: Lang = "auto", errors: Literal["raise", "warn"] = "raise"
) -> list[Article]: ...
def to_dataframe(events: Iterable[Event], articles: Optional[Iterable[Mapping[str, Any]]] = None) -> Any:
    """A pandas.DataFrame with the CSV's columns (needs pandas)."""
def check(
    claims: Union[str, Sequence[Union[str, Mapping[str, Any]]]],
    articles: Articles,
    *,
    dct: Optional[Day] = None,
    dct_map: Union[None, Mapping[str, Day], PathLike] = None,
    year: Optional[int] = None,
    lang: Lang = "auto",
    claim_date: Optional[Day] = None,
    jobs: int = 0,
) -> List[Dict[str, Any]]:
    """Checks dated claims against the articles: the verdicts of `chronicle check --format json`."""
