"""The time stamp that opens a ticker or live-blog entry ("13.26 Uhr:", "14:32 GMT -",
"Updated 13:47 CET |", "4:22 p.m."): one pattern, read by the cleaning (``aligner.clean``
cuts such a stamp off an entry in a ticker) and by the quote extraction
(``aligner.quotes.extract`` blanks a time opening a line, so that it is no part of the
entry's first sentence).  Each reader adds its own conditions (what must follow, which
forms count); what a stamp looks like is written once, here."""

from __future__ import annotations

import re

# an optional "Updated"/"Aktualisiert", the clock time (hours, ':' or '.', minutes), an optional
# word of time, an optional zone, an optional separator; nothing about what follows
STAMP = re.compile(
    r"(?P<upd>(?i:(?:last\s+)?(?:updated|update|aktualisiert))\s*:?\s*)?(?P<h>\d{1,2})(?P<hm>[:.])(?P<m>\d{2})"
    r"(?P<w>\s*(?i:uhr\b|h\b|a\.m\.|p\.m\.|am\b|pm\b))?"
    r"(?P<tz>\s*(?:(?i:cet|cest|gmt|utc|bst|mez|mesz|edt|est)\b|ET\b))?"
    r"(?P<sep>\s*(?:[|:–—]|-(?=\s)))?")


def on_the_clock(m: re.Match[str]) -> bool:
    """Whether a :data:`STAMP` match is a time of day (00:00 to 23:59)."""
    return int(m.group("h")) <= 23 and int(m.group("m")) <= 59


def time_word(m: re.Match[str]) -> str:
    """The word of time of a :data:`STAMP` match, in lower case ("uhr", "p.m."; "" when none)."""
    return (m.group("w") or "").strip().lower()
