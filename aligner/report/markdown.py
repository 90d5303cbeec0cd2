"""The Markdown summary of the quote-consistency report (``report.md``).

Every string from the input (article text, titles, outlets, speakers, file names)
goes through :func:`md`: Markdown syntax (``>`` included) is backslash-escaped, and
only what could start HTML becomes an entity: ``<`` (``&lt;``) and an ``&`` that
would read as an entity (``&amp;copy;``); a ``"`` or "Müller & Söhne" stays as
written.  Backslash escapes of ``<`` and ``&`` are not honoured by every renderer
(Python-Markdown, Markdown.pl), entities are, so a renderer shows the text and runs
nothing (a file named ``a<img src=x onerror=...>.txt`` stays text); control and bidi
characters are shown as ``⟨U+202E⟩``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..match.consistency import DISTORTION_FLAGS
from ..model import Article, Cluster, ClusterPair, Story
from .common import (
    FLAG_HELP,
    INFORMATIONAL,
    NO_NOTES,
    SCORE_HELP,
    SERIOUS,
    SET_ASIDE_DETAILS,
    SPEAKER_PAIRS_LISTED,
    ReportNotes,
    article_title,
    bracketed_mark,
    changed_serious,
    cluster_heading,
    flagged_summary,
    inconsistency_shown,
    never_compared,
    not_checked_mark,
    report_inputs,
    speaker_cell,
    speaker_not_compared,
    split_serious,
    told_apart,
    visible,
)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # "&amp;", "&#60;": a renderer would decode it


def _no_html(t: str) -> str:
    """``t`` with no tag and no entity a Markdown renderer would read: ``<`` as
    ``&lt;``, an entity-like ``&name;`` as ``&amp;name;``; nothing else changed."""
    return _ENTITY_LIKE.sub("&amp;", t).replace("<", "&lt;")


def _one_line(text: Any, limit: int | None = None) -> str:
    """Untrusted text as one line of visible characters, cut to ``limit`` (an ellipsis last); not escaped."""
    t = " ".join(visible(text).split())
    if limit is not None and len(t) > limit:
        t = t[: limit - 1] + "…"
    return t


def _escape(t: str) -> str:
    """One line of text (:func:`_one_line`) as inert Markdown inline text."""
    return _MD_SPECIAL.sub(r"\\\1", _no_html(t))


def md(text: Any, limit: int | None = None) -> str:
    """Untrusted text as inert Markdown inline text."""
    return _escape(_one_line(text, limit))


def _plain(text: str) -> str:
    """The report's own sentences (no user text beyond counts and language codes)."""
    return _no_html(visible(text)).replace(">", "\\>")


_NOTE_SPECIAL = re.compile(r"([\\`*_{}\[\]#+!|~>])")


def _note(text: str) -> str:
    """A sentence of "What could not be checked", which may name files and models: inert
    like :func:`md`, with parentheses, dots and hyphens left readable (harmless inside a
    sentence once brackets are escaped)."""
    t = " ".join(visible(text).split())
    t = _NOTE_SPECIAL.sub(r"\\\1", _no_html(t))
    return re.sub(r"^(\d+)\.", r"\1\\.", t) if t[:1].isdigit() else re.sub(r"^-", r"\\-", t)


def _cell(text: Any, limit: int = 160) -> str:
    return md(text, limit)


def render_markdown(
    clusters: Sequence[Cluster],
    articles: Sequence[Article],
    stories: Sequence[Story] = (),
    run: ReportNotes = NO_NOTES,
) -> str:
    clusters, by_id, files, multi, notes = report_inputs(clusters, articles, stories, run)
    flag_counts: dict[str, int] = {}
    for c in clusters:
        for f in c.flags:
            flag_counts[f] = flag_counts.get(f, 0) + 1
    lines = ["# Quote consistency report", ""]
    if notes:
        lines.append("## What could not be checked")
        lines.append("")
        lines += [f"- {_note(n)}" for n in notes]
        lines.append("")
    lines += ["## Summary", ""]  # the counts: a section of their own, not the notes'
    lines.append(f"- articles: {len(articles)}")
    if run.n_quotes is not None:
        lines.append(f"- quotes: {run.n_quotes}")
    lines.append(f"- quote clusters (quotes found in 2+ articles): {len(clusters)}")
    lines.append(f"- flagged clusters: {flagged_summary(clusters)}{changed_serious(run.changed or 0, run.changed_listed)}{split_serious(run.split_listed, run.split_opposed)}" + (" (of the pairs that could be checked; see above)" if notes else ""))
    if flag_counts:
        lines.append("- flags: " + ", ".join(f"{k} {v}" for k, v in sorted(flag_counts.items())))
    if stories:
        lines.append(f"- stories with 2+ articles: {len(multi)}")
    lines.append("")
    lines.append("Legend: " + _plain(SCORE_HELP) + " " + _plain(CENTRAL_HELP))
    lines.append("")
    for f in (*SERIOUS, "no-english"):
        lines.append(f"- **{f}**: {_plain(FLAG_HELP[f])}")
    for f in INFORMATIONAL:
        lines.append(f"- {f} (informational, not a finding): {_plain(FLAG_HELP[f])}")
    lines.append("")
    lines += _contents(clusters)
    for n, c in enumerate(clusters, 1):
        lines += _cluster_lines(n, c, by_id, files)
    if multi:
        lines.append("## Stories")
        lines.append("")
        for s in multi:
            names = ", ".join(_cell(article_title(by_id.get(x), x, files), 60) for x in s.articles)
            lines.append(f"- {names} ({s.sentence_matches} sentence matches)")
        lines.append("")
    return "\n".join(lines)


CENTRAL_HELP = ("(central): the cluster's most central version; the other versions were compared with the "
                "one they were matched with, most often this one.")


def _heading_parts(n: int, c: Cluster) -> tuple[str, str, str]:
    """A cluster's heading in three parts: the number, the quote's words (untrusted, not yet escaped), the counts."""
    return f"{n}. ", _one_line(cluster_heading(c), 160), f" ({len(c.versions)} versions, {inconsistency_shown(c)})"


def _heading(n: int, c: Cluster) -> str:
    """A cluster's heading as a reader sees it (before Markdown escaping): what the contents link to."""
    return "".join(_heading_parts(n, c))


def _slug(heading: str) -> str:
    """The anchor GitHub-style renderers give a heading: lower case, punctuation dropped,
    spaces as hyphens (other renderers may differ: the numbers still find the cluster)."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _contents(clusters: Sequence[Cluster]) -> list[str]:
    """One line per cluster, linked to its section, with its flags."""
    if not clusters:
        return []
    lines = ["**Contents:**", ""]
    for n, c in enumerate(clusters, 1):
        flags = ", ".join(md(f) for f in c.flags) or "no flag"
        flags += "; not compared" if never_compared(c) else ""  # as its heading says: no number
        flags += f"; {md(mark)}" if (mark := not_checked_mark(c)) else ""
        flags += f"; {md(mark)}" if (mark := bracketed_mark(c)) else ""
        lines.append(f"- [{n}. {_cell(cluster_heading(c), 80)}](#{_slug(_heading(n, c))}): {flags}")
    lines.append("")
    return lines


def _cluster_lines(n: int, c: Cluster, by_id: dict[str, Article], files: dict[str, str]) -> list[str]:
    """One cluster's section: heading, flags, its versions' table, the pairs whose speakers
    were not compared (and why), the flagged pairs."""
    lines: list[str] = []
    number, words, counts = _heading_parts(n, c)  # the same heading _contents links to
    lines.append(f"## {number}{_escape(words)}{counts}")
    lines.append("")
    marks = [m for m in (not_checked_mark(c), bracketed_mark(c)) if m]
    if c.flags or marks:
        lines.append("Flags: " + ", ".join([f"**{f}**" if f in DISTORTION_FLAGS else md(f) for f in c.flags]
                                           + [md(m) for m in marks]))
        lines.append("")
    lines.append("| outlet | article | lang | kind | speaker | original | English |")
    lines.append("|---|---|---|---|---|---|---|")
    label = {}
    titles = told_apart(c.versions, by_id, files, 80)  # two versions of one outlet's article told apart
    for v in c.versions:
        title = titles[v.quote_id]
        label[v.quote_id] = f"{v.outlet}: {title}"
        central = " (central)" if isinstance(v.scores, dict) and v.scores.get("medoid") else ""
        lines.append(
            f"| {_cell(v.outlet)}{central} | {_cell(title, 80)} | {md(v.language)} | {md(v.kind)} "
            f"| {_cell(speaker_cell(v))} | {_cell(v.original)} "
            f"| {'(same)' if v.language == 'en' else _cell(v.english) or '(none)'} |"
        )
    lines.append("")
    for line in speaker_not_compared(c, label):
        lines.append(f"- speaker not compared: {_cell(line, 400)}")
    unchecked = []
    for p in c.pairs:
        listed_anyway = ("not_judged", "bracketed", *SET_ASIDE_DETAILS)  # what was not compared, said
        if not p.flags and not any(k in (p.details or {}) for k in listed_anyway):
            if p.compared == "none" and p.link != "continuation":
                unchecked.append(p)
            continue
        # what was not judged, and why, is shown whole; the other details cut at 80 characters
        det = "; ".join(f"{md(k)}: {_cell(v, 400 if k in WHOLE_DETAILS else 80)}" for k, v in (p.details or {}).items()
                        if k != "speaker_not_compared")
        chrf = "–" if p.chrf is None else f"{p.chrf:.2f}"
        la, lb = label.get(p.a, p.a), label.get(p.b, p.b)
        said = ", ".join(p.flags) or ("no flag in what was compared" if set(p.details or {}) & set(SET_ASIDE_DETAILS)
                                      else "no flag")
        lines.append(f"- {_cell(la, 90)} vs {_cell(lb, 90)}: {said} (chrF {chrf})"
                     f"{': ' + det if det else ''}")
    lines += _unchecked_lines(unchecked, label)
    lines.append("")
    return lines


WHOLE_DETAILS = ("not_judged", "note", *SET_ASIDE_DETAILS)  # pair details report.md never cuts: they say what was not checked


def _unchecked_lines(pairs: Sequence[ClusterPair], label: dict[str, str]) -> list[str]:
    """One line per pair never compared (no English on one side; the first
    ``SPEAKER_PAIRS_LISTED``, the rest counted), as report.html lists them."""
    lines = [f"- {_cell(label.get(p.a, p.a), 90)} vs {_cell(label.get(p.b, p.b), 90)}: not compared ("
             f"{_cell((p.details or {}).get('note') or 'no English rendering on one side', 400)})"
             for p in pairs[:SPEAKER_PAIRS_LISTED]]
    if len(pairs) > SPEAKER_PAIRS_LISTED:
        lines.append(f"- {len(pairs) - SPEAKER_PAIRS_LISTED} more pair(s) of this cluster not compared (each in "
                     "clusters.jsonl, compared \"none\")")
    return lines
