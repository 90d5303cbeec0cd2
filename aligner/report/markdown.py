"""The Markdown summary of the quote-consistency report (``report.md``)."""

from __future__ import annotations

from typing import Any, Sequence

from ..model import Article, Cluster

SERIOUS = ("negation", "number", "speaker", "truncation", "paraphrase", "wording")


def _cell(text: Any, limit: int = 160) -> str:
    t = " ".join(str(text or "").split())
    t = t if len(t) <= limit else t[: limit - 1] + "…"
    # text from the web: no raw HTML in the Markdown (renderers would run it), no broken tables
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def render_markdown(
    clusters: Sequence[Cluster],
    articles: Sequence[Article],
    stories: Sequence[dict[str, Any]] = (),
    n_quotes: int | None = None,
) -> str:
    flag_counts: dict[str, int] = {}
    for c in clusters:
        for f in c.flags:
            flag_counts[f] = flag_counts.get(f, 0) + 1
    lines = ["# Quote consistency report", ""]
    lines.append(f"- articles: {len(articles)}")
    if n_quotes is not None:
        lines.append(f"- quotes: {n_quotes}")
    lines.append(f"- quote clusters (quotes found in 2+ articles): {len(clusters)}")
    lines.append(f"- flagged clusters: {sum(1 for c in clusters if set(SERIOUS) & set(c.flags))}")
    if flag_counts:
        lines.append("- flags: " + ", ".join(f"{k} {v}" for k, v in sorted(flag_counts.items())))
    multi = [s for s in stories if len(s.get("articles", [])) > 1]
    if stories:
        lines.append(f"- stories with 2+ articles: {len(multi)}")
    lines.append("")
    for n, c in enumerate(clusters, 1):
        lines.append(f"## {n}. {_cell(c.speaker or 'speaker unknown')} ({len(c.versions)} versions, inconsistency {c.inconsistency:.2f})")
        lines.append("")
        if c.flags:
            lines.append("Flags: " + ", ".join(f"**{f}**" if f in SERIOUS else f for f in c.flags))
            lines.append("")
        lines.append("| outlet | article | lang | kind | speaker | original | English |")
        lines.append("|---|---|---|---|---|---|---|")
        for v in c.versions:
            orig = _cell(v.original)
            central = " (central)" if isinstance(v.scores, dict) and v.scores.get("medoid") else ""
            lines.append(
                f"| {_cell(v.outlet)}{central} | {_cell(v.article_id)} | {v.language} | {v.kind} | {_cell(v.speaker or '')} "
                f"| {orig} | {'(same)' if v.language == 'en' else _cell(v.english) or '(none)'} |"
            )
        lines.append("")
        for p in c.pairs:
            if not p.get("flags"):
                continue
            det = "; ".join(f"{k}: {_cell(v, 80)}" for k, v in (p.get("details") or {}).items())
            chrf = "–" if p.get("chrf") is None else f"{p['chrf']:.2f}"
            lines.append(f"- `{p['a']}` vs `{p['b']}`: {', '.join(p['flags'])} (chrF {chrf}){': ' + det if det else ''}")
        lines.append("")
    if multi:
        lines.append("## Stories")
        lines.append("")
        for s in multi:
            lines.append(f"- {s['id']}: {', '.join(s['articles'])} ({s.get('sentence_matches', 0)} sentence matches)")
        lines.append("")
    return "\n".join(lines)
