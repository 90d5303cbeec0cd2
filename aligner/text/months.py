"""Month names and their numbers, English and German: the one table of them
(``months.json``), for whatever reads a date written with a month name."""

from __future__ import annotations

import json
from importlib.resources import files

_TABLE = json.loads(files("aligner.text").joinpath("months.json").read_text(encoding="utf-8"))

# lower-case month names and common abbreviations -> 1..12 ("march", "märz", "sept")
MONTHS: dict[str, int] = dict(_TABLE["months"])
# those and the spellings seen only in written-out dates ("maerz", "okt", "dez") -> 1..12
MONTHS_IN_DATES: dict[str, int] = {**MONTHS, **_TABLE["written_in_dates"]}
