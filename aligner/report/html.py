"""One self-contained ``report.html``: no server, no external files; one small inline
script filters the table of contents (by flag, speaker, outlet) and touches no user
text (it reads only ``data-`` attributes the page wrote escaped).

Clusters with a serious flag come first, then the rest, each part ordered by
inconsistency (most to check first: ``consistency.reading_order``).  Each cluster shows
its versions side by side (outlet, language, kind, speaker, original text, English
rendering with the differences to the version it was matched with highlighted:
the cluster's most central version, listed first, when their wording is
comparable; paraphrases are shown plain), then every compared pair with chrF/BLEU,
flags and the word-level diff (a cluster above ``clusters.MAX_SCAN_VERSIONS``
versions: its flagged pairs and a few others, saying how many are left to
``clusters.jsonl``).  Each version
links to its article, embedded at the end of the page with every clustered quote
highlighted; the linked quote is emphasised through the CSS ``:target`` rule.
Every piece of text goes through :func:`esc`: ``html.escape``, control and bidi
characters shown as ``⟨U+202E⟩``, and user strings isolated in ``<bdi>`` so that
right-to-left text cannot reorder what follows.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ..console import listed
from ..match.consistency import DISTORTION_FLAGS
from ..model import Article, Cluster, ClusterPair, QuoteVersion, Story, short_hash
from ..text.words import WORD
from .common import (
    FLAG_HELP,
    INFORMATIONAL,
    NO_NOTES,
    SCORE_HELP,
    SET_ASIDE_DETAILS,
    ReportNotes,
    article_title,
    bracketed_mark,
    changed_serious,
    cluster_heading,
    flagged_summary,
    inconsistency_shown,
    not_checked_mark,
    report_inputs,
    score_shown,
    speaker_cell,
    speaker_keys,
    speaker_not_compared_pairs,
    split_serious,
    told_apart,
    visible,
)
from .common import SERIOUS as _SERIOUS

SERIOUS = set(_SERIOUS)

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
header{background:#1d2330;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px} header p{margin:4px 0 0;color:#c9cfdb;font-size:13px}
main{padding:16px 24px;max-width:1500px}
.cluster{background:#fff;border:1px solid #d8dce3;border-radius:8px;margin:0 0 18px;padding:12px 16px}
.cluster h2{font-size:16px;margin:0 0 6px}
.score{float:right;font-size:13px;color:#555}
.badge{display:inline-block;font-size:12px;border-radius:10px;padding:1px 8px;margin:0 4px 4px 0;background:#e6e9ef;color:#333}
.badge.serious{background:#c62828;color:#fff}
.badge.info{background:#fff;color:#333;border:1px solid #8a93a3}
.badge.unchecked{background:#fff4e5;color:#6b4200;border:1px dashed #b26a00}
.versions{display:flex;gap:10px;overflow-x:auto;margin:8px 0}
.version{flex:1 1 0;min-width:230px;overflow-wrap:anywhere;border:1px solid #e0e3ea;border-radius:6px;padding:8px;background:#fafbfc;font-size:14px}
.version .meta{font-size:12px;color:#555;margin-bottom:6px}
.version .orig{margin:0 0 6px;padding-bottom:6px;border-bottom:1px dashed #ccd}
.version .en{margin:0}
.lbl{font-size:11px;text-transform:uppercase;color:#595959;letter-spacing:.04em}
ins{background:#c8f7c5;text-decoration:underline} del{background:#ffd2d2;color:#7a1010} .narr{color:#666}
table.pairs{border-collapse:collapse;font-size:12px;width:100%;overflow-wrap:anywhere}
table.pairs td,table.pairs th{border-top:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
details summary{cursor:pointer;font-size:13px;color:#345}
.article{background:#fff;border:1px solid #d8dce3;border-radius:8px;margin:0 0 14px;padding:10px 16px}
.article pre{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:14px;line-height:1.5}
mark{background:#fff3b0} mark:target{background:#ffb74d;outline:2px solid #e65100}
.article:target{border-color:#e65100}
nav.toc{font-size:13px;margin-bottom:12px}
.skip{position:absolute;left:-10000px;top:auto}
.skip:focus{left:8px;top:8px;z-index:10;background:#fff;color:#1d2330;padding:6px 10px;border:2px solid #e65100}
.notes{background:#fff4e5;border:1px solid #f0b35b;border-radius:8px;padding:8px 14px;margin:0 0 14px}
.legend{font-size:13px;background:#fff;border:1px solid #d8dce3;border-radius:8px;padding:8px 14px;margin:0 0 14px}
table.toc{border-collapse:collapse;font-size:13px;width:100%;background:#fff}
table.toc td,table.toc th{border-top:1px solid #eee;padding:3px 6px;text-align:left}
.filters select,.filters input{margin-right:12px}
.against{font-size:11px;color:#666}
.left-out{font-size:12px;color:#7a4b00;margin:4px 0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.notes h2,.legend h2{font-size:14px;margin:4px 0;display:inline}
@media print{
body{background:#fff}
header{background:#fff;color:#000} header p{color:#333}
.filters{display:none}
.versions{display:block;overflow:visible}
.version{min-width:0;margin:0 0 8px;break-inside:avoid}
details>*{display:block}
details::details-content{content-visibility:visible;display:block}
.badge{border:1px solid #555}
.badge.serious{background:#fff;color:#000;border:2px solid #000;font-weight:bold}
}
"""

JS = """
(function(){
  var sel = {flag: document.getElementById('f-flag'), speaker: document.getElementById('f-speaker'),
             outlet: document.getElementById('f-outlet')};
  function has(list, v){ return v === '' || (list || '').split('\\n').indexOf(v) >= 0; }
  function part(list, v){
    v = v.trim().toLowerCase();
    if (v === '') return true;
    var xs = (list || '').split('\\n');
    for (var i = 0; i < xs.length; i++) { if (xs[i].toLowerCase().indexOf(v) >= 0) return true; }
    return false;
  }
  function picked(box){  // the text is one of the suggestions: that speaker exactly
    var list = box.list ? box.list.options : [];
    for (var i = 0; i < list.length; i++) { if (list[i].value === box.value) return true; }
    return false;
  }
  function apply(){
    var rows = document.querySelectorAll('[data-cluster]');
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = has(r.getAttribute('data-flags'), sel.flag.value) && (picked(sel.speaker) ? has(r.getAttribute('data-speaker'), sel.speaker.value)
                   : part(r.getAttribute('data-speaker'), sel.speaker.value))
               && has(r.getAttribute('data-outlets'), sel.outlet.value);
      r.style.display = ok ? '' : 'none';
    }
  }
  for (var k in sel) { if (sel[k]) { sel[k].addEventListener('change', apply); sel[k].addEventListener('input', apply); } }
  var boxes = document.querySelectorAll('.filters');
  for (var j = 0; j < boxes.length; j++) { boxes[j].removeAttribute('hidden'); }
  window.addEventListener('beforeprint', function(){
    var ds = document.querySelectorAll('details:not([open])');
    for (var i = 0; i < ds.length; i++) { ds[i].setAttribute('open', ''); ds[i].setAttribute('data-print-opened', ''); }
  });
  window.addEventListener('afterprint', function(){
    var ds = document.querySelectorAll('details[data-print-opened]');
    for (var i = 0; i < ds.length; i++) { ds[i].removeAttribute('open'); ds[i].removeAttribute('data-print-opened'); }
  });
})();
"""
SEP = "\n"  # separates values inside one data- attribute



def esc(text: Any) -> str:
    """Escaped for HTML text and attributes; control and bidi characters shown visibly."""
    return html.escape(visible(text), quote=True)


_LANG_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})?")


def lang_attr(code: Any) -> str:
    """A ``lang`` attribute for text in language ``code`` (a screen reader then reads German
    as German); nothing when the code is not a plain language tag."""
    return f' lang="{code}"' if isinstance(code, str) and _LANG_CODE.fullmatch(code) else ""


def bdi(text: Any, lang: Any = None) -> str:
    """A user string isolated from its surroundings (its direction cannot leak), in language
    ``lang`` when given (``lang_attr``)."""
    return f"<bdi{lang_attr(lang)}>{esc(text)}</bdi>"


def anchor(prefix: str, ident: str) -> str:
    """An element id for ``ident``: itself when made of letters, digits, "_" and "-", else
    those characters with a short hash of ``ident`` ("a b" and "a_b" stay apart)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", ident)
    return f"{prefix}-{safe}" if safe == ident else f"{prefix}-{safe}-{short_hash(ident, 8)}"


def _added(words: str) -> str:
    """Escaped ``words`` marked added (<ins>), and said so in hidden text: most screen readers
    do not announce <ins>/<del>, and would read the marked words as part of the quote."""
    return f'<span class="vh" lang="en">[added: </span><ins>{words}</ins><span class="vh">]</span>'


def _removed(words: str) -> str:
    """Escaped ``words`` marked removed (<del>; the words of the version compared against that
    this one lacks), said so in hidden text (:func:`_added`)."""
    return f'<span class="vh" lang="en">[removed: </span><del>{words}</del><span class="vh">]</span>'


DIFF_HELP = ("Word differences: the words a version has and the version it is marked against lacks are "
             "underlined on green (added), that version's words it lacks are struck through on red (removed); "
             "a screen reader hears \"added:\" and \"removed:\" before them.")


def diff_html(ref: str, text: str) -> str:
    """``text`` with what differs from ``ref`` marked: <ins> its own words, <del> ref's.
    Only the quoted words are diffed: the narration around the quote marks of a mixed
    quote ("... spoke by phone on Monday to discuss "...") is shown plain."""
    from ..match.consistency import quoted_bounds, word_diff

    ra, rb = quoted_bounds(ref)
    ta, tb = quoted_bounds(text)
    parts = [f'<span class="narr">{esc(text[:ta])}</span>' if text[:ta].strip() else ""]
    for d in word_diff(ref[ra:rb], text[ta:tb]):
        if d.op == "equal":
            parts.append(esc(d.b))
        elif d.op == "insert":
            parts.append(_added(esc(d.b)))
        elif d.op == "delete":
            parts.append(_removed(esc(d.a)))
        else:
            parts.append(f"{_removed(esc(d.a))} {_added(esc(d.b))}")
    if text[tb:].strip():
        parts.append(f'<span class="narr">{esc(text[tb:])}</span>')
    return " ".join(p for p in parts if p)


SERIOUS_MARK = "⚠"  # before a serious flag's name: not told by colour alone (printouts, colour blindness)
INFO_MARK = "ⓘ"  # before an informational tag's name (cross-lingual, mixed-kinds): no finding


def _badge(f: str, after: str = "") -> str:
    """One flag as a badge; a serious one says so in its text too (a mark, and the word for
    screen readers). ``after``: HTML closing the badge's text (which versions it is between)."""
    if f in DISTORTION_FLAGS:
        return (f'<span class="badge serious" title="{esc(FLAG_HELP.get(f, f))}"><span class="vh">serious: </span>'
                f'<span aria-hidden="true">{SERIOUS_MARK} </span>{esc(f)}{after}</span>')
    if f in INFORMATIONAL:  # a tag, not a finding: said so in text, drawn apart from the findings
        return (f'<span class="badge info" title="{esc(FLAG_HELP.get(f, f))}"><span class="vh">informational: </span>'
                f'<span aria-hidden="true">{INFO_MARK} </span>{esc(f)}{after}</span>')
    return f'<span class="badge" title="{esc(FLAG_HELP.get(f, f))}">{esc(f)}{after}</span>'


# between two badges: their gap is CSS margin only, so a screen reader, a text browser or a
# copy would run them together ("cross-lingualserious: negation"); a hidden comma parts them
BADGE_SEP = '<span class="vh">, </span>'


def _badges(flags: Sequence[str]) -> str:
    """The flags as badges (:func:`_badge`), parted by ``BADGE_SEP``."""
    return BADGE_SEP.join(_badge(f) for f in flags)


PARTNERS_LISTED = 4  # the versions a version's flag badge names; the rest counted


def _version_badges(c: Cluster) -> dict[str, str]:
    """Per version (quote id), its findings as badges, each saying which versions it is
    between: "negation vs Daily Times" (compared with one version), "negation vs 2 of the 7
    versions compared with it (refB, refB)": a version's flag comes from its pairs, and in
    a cluster where every pair is compared the accurate versions share it with the one that
    differs, so the badge names the other side; "no-english" as it is."""
    pairs = [p for p in c.pairs if p.link != "continuation"]
    outlet = {v.quote_id: v.outlet for v in c.versions}
    out = {}
    for v in c.versions:
        mine = [p for p in pairs if v.quote_id in (p.a, p.b)]
        n = sum(1 for p in mine if p.compared != "none")
        badges = []
        for f in (f for f in v.flags if f in SERIOUS or f == "no-english"):
            others = [p.b if p.a == v.quote_id else p.a for p in mine if f in p.flags]
            badges.append(_badge(f, _partners([outlet.get(q, q) for q in others], n) if others else ""))
        out[v.quote_id] = BADGE_SEP.join(badges)
    return out


def _partners(names: Sequence[str], compared: int) -> str:
    """" vs Daily Times", or " vs 2 of the 7 versions compared with it (refB, refB)"."""
    shown = listed([bdi(x) for x in names], PARTNERS_LISTED)
    if compared <= 1:
        return f'<span class="vs"> vs {shown}</span>'
    return f'<span class="vs"> vs {len(names)} of the {compared} versions compared with it ({shown})</span>'


def _cluster_badges(c: Cluster) -> str:
    """A cluster's flags as badges, then, when pairs of it were never compared, a badge
    saying how many ("no-english: 3 of 10 pairs not checked"; ``not_checked_mark``)."""
    mark, brackets = not_checked_mark(c), bracketed_mark(c)
    extra = f'<span class="badge unchecked" title="{esc(FLAG_HELP["no-english"])}">{esc(mark)}</span>' if mark else ""
    extra2 = f'<span class="badge unchecked">{esc(brackets)}</span>' if brackets else ""
    return BADGE_SEP.join(x for x in (_badges(c.flags), extra, extra2) if x)


def filter_flags(c: Cluster) -> list[str]:
    """What the flag filter finds a cluster by: its flags, and "no-english" when pairs of it
    were never compared (wording, negation and numbers not checked)."""
    return list(c.flags) + (["no-english"] if not_checked_mark(c) and "no-english" not in c.flags else [])


def _version(v: QuoteVersion, ref: QuoteVersion | None, titles: dict[str, str], by_id: dict[str, QuoteVersion] | None = None,
             labels: dict[str, str] | None = None, badges: str | None = None) -> str:
    en = v.english or ""
    if by_id is not None:
        # diffed against the version it was matched with (the cluster's most central
        # one when linked to it); a version with no match of its own (a part of a
        # two-part utterance) is shown without a diff
        ref_id = v.scores.get("diff_ref") if isinstance(v.scores, dict) else None
        ref = by_id.get(ref_id) if isinstance(ref_id, str) else None
    against = ""
    if ref is not None and ref is not v:
        against = (f'<div class="against">differences marked against '
                   f'{bdi((labels or {}).get(ref.quote_id, ref.outlet), ref.language)}'
                   "</div>")
    if ref is not None and ref is not v and ref.english and en:
        en_html = diff_html(ref.english, en)
    else:
        en_html = esc(en) if en else "<em>(no English rendering)</em>"
    src = v.scores.get("english_source") if isinstance(v.scores, dict) else None
    meta = " · ".join(bdi(x) for x in (v.outlet, v.language, v.kind) if x)
    meta += " · " + (bdi(speaker_cell(v), v.language) if speaker_cell(v) else "speaker unknown")
    orig = ""
    if v.language != "en":
        if ref is not None and ref is not v and ref.language == v.language and ref.original:
            o_html = diff_html(ref.original, v.original)  # German against German: a diff of the originals too
        else:
            o_html = esc(v.original)
        orig = (f'<p class="orig"><span class="lbl">original</span><br>'
                f'<bdi{lang_attr(v.language)}>{o_html}</bdi></p>')
    en_label = "English" + (f" ({esc(src)})" if src else "")
    return (
        f'<div class="version"><div class="meta">{meta}<br>'
        f'<a href="#{anchor("q", v.quote_id)}">{bdi(titles.get(v.article_id, v.article_id), v.language)}</a> '
        f'{_badges([f for f in v.flags if f in SERIOUS or f == "no-english"]) if badges is None else badges}</div>{against}'
        f'{orig}<p class="en"><span class="lbl">{en_label}</span><br><bdi lang="en">{en_html}</bdi></p></div>'
    )


OTHER_PAIRS_LISTED = 20  # a cluster above MAX_SCAN_VERSIONS versions lists its flagged pairs and this many others


def _listed_pairs(c: Cluster) -> tuple[list, str]:
    """The pairs the page lists for a cluster, and what it says about the others.  A
    cluster above ``clusters.MAX_SCAN_VERSIONS`` versions (one agency quote in a
    hundred outlets: hundreds of compared pairs) lists every flagged pair and the
    first ``OTHER_PAIRS_LISTED`` unflagged ones (the central version's first); the
    rest are counted and left to ``clusters.jsonl``; a smaller cluster lists all."""
    from ..match.clusters import MAX_SCAN_VERSIONS

    if len(c.versions) <= MAX_SCAN_VERSIONS:
        return list(c.pairs), ""
    listed, others, left = [], 0, 0
    for p in c.pairs:
        if not p.flags and not any(k in (p.details or {}) for k in SET_ASIDE_DETAILS):  # listed: what was not compared
            others += 1
            if others > OTHER_PAIRS_LISTED:
                left += 1
                continue
        listed.append(p)
    if not left:
        return listed, ""
    flagged = sum(1 for p in c.pairs if p.flags)
    return listed, (f"{len(c.versions)} versions, {len(c.pairs)} compared pairs: listed here are the {flagged} "
                    f"with a flag and {OTHER_PAIRS_LISTED} without; the other {left} pairs (no flag) are not "
                    f"listed. Every pair is in clusters.jsonl (the line with \"id\": \"{c.id}\", under \"pairs\").")


_COMPARED_IN = re.compile(r"original \((?P<lang>[^)]+)\)")  # ClusterPair.compared: "original (de)"
# where a pair's detail is cut into the stretches that may be the versions' own words: "'nicht' vs 'kein'",
# "Bürger vs Einwohner", "...: 'x' in the shorter" (the English around them stays English)
_DETAIL_PARTS = re.compile(r"(\s+vs\s+|'|;\s+|:\s+|\s*\(|\)|\s+/\s+)")


def _compared_language(p: ClusterPair) -> str | None:
    """The language a pair was compared in when not English (its two originals: "original
    (de)"), else None."""
    m = _COMPARED_IN.fullmatch(p.compared or "")
    return m.group("lang") if m and m.group("lang") != "en" and lang_attr(m.group("lang")) else None


def _detail_html(value: Any, lang: str | None, words: set[str]) -> str:
    """A pair's detail, escaped; with ``lang`` (the pair compared in its originals), each
    stretch of it made of the originals' ``words`` (case-folded) carries that language
    ("Bürger vs Einwohner", "'die brücke nicht bauen' vs ...": German words read as German;
    "9 of 18 words; the end of the longer version is missing" stays English)."""
    if lang is None or value is None:
        return esc(value)
    out = []
    for part in _DETAIL_PARTS.split(str(value)):
        ws = [w.casefold() for w in WORD.findall(part)]
        if (_DETAIL_PARTS.fullmatch(part) is None and any(not w.isdigit() for w in ws)
                and all(w in words for w in ws)):
            core = part.strip()
            lead, trail = part[:len(part) - len(part.lstrip())], part[len(part.rstrip()):]
            out.append(f"{esc(lead)}<span{lang_attr(lang)}>{esc(core)}</span>{esc(trail)}")
        else:
            out.append(esc(part))
    return "".join(out)


def _pairs(c: Cluster, labels: dict[str, str] | None = None) -> str:
    labels = labels or {}
    langs = {v.quote_id: v.language for v in c.versions}
    originals = {v.quote_id: v.original or "" for v in c.versions}
    rows = []
    listed, note = _listed_pairs(c)
    for p in listed:
        diff = " ".join(
            f'{_removed(esc(d["a"]))}→{_added(esc(d["b"]))}' if d["op"] == "replace"
            else (_added(esc(d["b"])) if d["op"] == "insert" else _removed(esc(d["a"])))
            for d in p.diff[:12]
        )
        lang = _compared_language(p)  # the diff and the words in the details are the originals' (German) words
        own = {w.casefold() for q in (p.a, p.b) for w in WORD.findall(originals.get(q, ""))} if lang else set()
        det = "; ".join(f"{esc(k.replace('_', ' '))}: {_detail_html(v, lang, own)}" for k, v in (p.details or {}).items())
        chrf = "–" if p.chrf is None else f"{p.chrf:.2f}"
        bleu = "–" if p.bleu is None else f"{p.bleu:.2f}"
        rows.append(
            f"<tr><td>{bdi(labels.get(p.a, p.a), langs.get(p.a))}<br>{bdi(labels.get(p.b, p.b), langs.get(p.b))}</td>"
            f"<td>{chrf}</td><td>{bleu}</td>"
            f"<td>{BADGE_SEP.join(x for x in (_badges(p.flags), esc(p.kinds or '')) if x)}</td><td>{det}</td>"
            f"<td{lang_attr(lang) if diff else ''}>{diff}</td></tr>"
        )
    summary = f"pairs of versions ({len(listed)} of {len(c.pairs)} listed)" if note else "pairs of versions"
    return (
        f'<details><summary>{esc(summary)}</summary>' + (f'<p class="left-out">{esc(note)}</p>' if note else "")
        + '<table class="pairs"><tr>' + _heads("versions", "chrF", "BLEU", "flags", "details", "word diff") + "</tr>"
        + "".join(rows) + "</table></details>"
    )


def _speaker_notes(c: Cluster, labels: dict[str, str]) -> str:
    """The cluster's pairs whose speakers were not compared, and why (shown, not folded);
    each version's label (outlet: title) in its language (a German title read as German)."""
    lang = {v.quote_id: v.language for v in c.versions}
    shown, more = speaker_not_compared_pairs(c)
    lines = [f"{bdi(labels.get(a, a), lang.get(a))} vs {bdi(labels.get(b, b), lang.get(b))}: {bdi(why)}"
             for a, b, why in shown] + ([bdi(more)] if more else [])
    return "".join(f'<p class="left-out">speaker not compared: {line}</p>' for line in lines)


def _article(a: Article, spans: list[tuple[int, int, str]], files: dict[str, str] | None = None) -> str:
    text = a.text or ""
    out = []
    pos = 0
    for start, end, qid in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: left unhighlighted
        out.append(esc(text[pos:start]))
        out.append(f'<mark id="{anchor("q", qid)}" title="{esc(qid)}">{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    meta = " · ".join(esc(x) for x in (a.outlet, a.language, a.date, a.url) if x)
    return (
        f'<section class="article" id="{anchor("a", a.id)}"><h3>{bdi(article_title(a, a.id, files), a.language)}</h3>'
        f'<div class="meta">{meta}</div><pre dir="auto"{lang_attr(a.language)}>{"".join(out)}</pre></section>'
    )


def _options(name: str, label: str, values: Sequence[str]) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return f'<label>{esc(label)} <select id="f-{name}"><option value="">all</option>{opts}</select></label>'


def _search(name: str, label: str, values: Sequence[str]) -> str:
    """A text box with the values as suggestions (a run names hundreds of speakers: a
    list to scroll would be long); the filter keeps the rows with that value when a
    suggestion is picked, else the rows with a value containing what is typed (any case)."""
    opts = "".join(f'<option value="{esc(v)}"></option>' for v in values)
    return (f'<label>{esc(label)} <input id="f-{name}" list="l-{name}" autocomplete="off" '
            f'placeholder="{esc(f"all {len(values)}: type a name")}"><datalist id="l-{name}">{opts}</datalist></label>')


def _toc(clusters: Sequence[Cluster]) -> str:
    rows = []
    flags: set[str] = set()
    speakers: set[str] = set()
    outlets: set[str] = set()
    for n, c in enumerate(clusters, 1):
        fl = filter_flags(c)
        sp_lang = {speaker_cell(v) or "speaker unknown": v.language for v in reversed(c.versions)}
        sp = sorted(sp_lang)
        keys = speaker_keys(c.versions)
        ol = sorted({v.outlet for v in c.versions})
        flags |= set(fl)
        speakers |= set(keys)
        outlets |= set(ol)
        rows.append(
            f'<tr data-cluster="{esc(c.id)}" data-flags="{esc(SEP.join(fl))}" data-speaker="{esc(SEP.join(keys))}" '
            f'data-outlets="{esc(SEP.join(ol))}"><td><a href="#{anchor("c", c.id)}"><span class="vh">cluster </span>{n}'
            f'<span class="vh">: {bdi(cluster_heading(c))}</span></a></td>'
            f"<td>{score_shown(c)}</td><td>{_cluster_badges(c)}</td>"
            f"<td>{', '.join(bdi(x, sp_lang[x] if x != 'speaker unknown' else None) for x in sp)}</td>"
            f"<td>{bdi(', '.join(ol))}</td></tr>"
        )
    filters = ('<div class="filters" hidden>' + _options("flag", "flag", sorted(flags))
               + _search("speaker", "speaker", sorted(speakers)) + _options("outlet", "outlet", sorted(outlets)) + "</div>")
    return (f'<nav class="toc" aria-label="Contents"><h2>Contents</h2>{filters}<table class="toc"><tr>'
            f"{_heads('#', 'inconsistency', 'flags', 'speakers', 'outlets')}</tr>{''.join(rows)}</table></nav>")


def _heads(*names: str) -> str:
    """A table's column headers (scoped to their columns for assistive technology)."""
    return "".join(f'<th scope="col">{esc(n)}</th>' for n in names)


def _stories(multi: Sequence[Story], by_id: dict[str, Article], files: dict[str, str], shown: set[str]) -> str:
    """The stories of two or more articles: each one's articles (linked where the page
    shows the article: one with a clustered quote) and how many sentences were matched
    across them."""
    def title(x: str) -> str:
        a = by_id.get(x)
        t = bdi(article_title(a, x, files), a.language if a else None)
        return f'<a href="#{anchor("a", x)}">{t}</a>' if x in shown else t

    items = "".join(
        "<li>" + ", ".join(title(x) for x in s.articles) + f" ({s.sentence_matches} sentence matches)</li>"
        for s in multi
    )
    return f'<section class="stories"><h2>Stories</h2><ul>{items}</ul></section>'


def render_html(
    clusters: Sequence[Cluster],
    articles: Sequence[Article],
    stories: Sequence[Story] = (),
    run: ReportNotes = NO_NOTES,
) -> str:
    clusters, art_by_id, files, multi, notes = report_inputs(clusters, articles, stories, run)
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in clusters:
        for v in c.versions:
            spans[v.article_id].append((v.start, v.end, v.quote_id))
    flagged = flagged_summary(clusters) + changed_serious(run.changed or 0, run.changed_listed) + split_serious(run.split_listed, run.split_opposed)
    head = (
        f"{len(clusters)} quote clusters (flagged: {flagged}{', among the pairs that could be checked' if notes else ''})"
        f" · {len(articles)} articles"
        + (f" · {run.n_quotes} quotes" if run.n_quotes is not None else "")
        + (f" · {len(multi)} multi-article stories" if stories else "")
    )
    body = []
    if notes:
        body.append('<div class="notes"><h2>What could not be checked</h2><ul>'
                    + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul></div>")
    legend = "".join(f"<li>{_badges([f])} {esc(FLAG_HELP[f])}</li>" for f in (*_SERIOUS, "no-english"))
    legend += "".join(f"<li>{_badges([f])} (informational, not a finding) {esc(FLAG_HELP[f])}</li>"
                      for f in INFORMATIONAL)
    body.append(f'<div class="legend"><details open><summary><h2>Legend</h2></summary><p>{esc(SCORE_HELP)}</p>'
                f"<ul>{legend}</ul><p>{esc(DIFF_HELP)}</p></details></div>")
    if clusters:
        body.append(_toc(clusters))
    for n, c in enumerate(clusters, 1):
        told = told_apart(c.versions, art_by_id, files)  # two versions of one outlet's article told apart
        labels = {v.quote_id: f"{v.outlet}: {told[v.quote_id]}" for v in c.versions}
        shown = {v.article_id: told[v.quote_id] for v in c.versions}
        badges = _version_badges(c)
        if any(isinstance(v.scores, dict) and ("diff_ref" in v.scores or "medoid" in v.scores) for v in c.versions):
            by_id = {v.quote_id: v for v in c.versions}
            vs = "".join(_version(v, None, shown, by_id, labels, badges[v.quote_id]) for v in c.versions)
        else:  # clusters written before the diff reference existed: the first version
            vs = "".join(_version(v, c.versions[0], shown, None, labels, badges[v.quote_id]) for v in c.versions)
        langs = ", ".join(sorted({v.language for v in c.versions}))
        outlets = ", ".join(sorted({v.outlet for v in c.versions}))
        body.append(
            f'<section class="cluster" id="{anchor("c", c.id)}" data-cluster="{esc(c.id)}" '
            f'data-flags="{esc(SEP.join(filter_flags(c)))}" data-speaker="{esc(SEP.join(speaker_keys(c.versions)))}" '
            f'data-outlets="{esc(SEP.join(sorted({v.outlet for v in c.versions})))}">'
            f'<span class="score">{inconsistency_shown(c)}</span>'
            f"<h2>{n}. {bdi(cluster_heading(c))} · {len(c.versions)} versions · {esc(langs)}</h2>"
            f'<div>{_cluster_badges(c)} <span class="lbl">{bdi(outlets)}</span></div>'
            f'{_speaker_notes(c, labels)}<div class="versions">{vs}</div>{_pairs(c, labels)}</section>'
        )
    if not clusters:
        body.append('<p>No quote was found in more than one article.</p>')
    if multi:
        body.append(_stories(multi, art_by_id, files, set(spans)))
    arts = "".join(_article(a, spans.get(a.id, []), files) for a in articles if a.id in spans)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>aligner: quote consistency</title><style>" + CSS + "</style></head><body>"
        + (f'<a class="skip" href="#{anchor("c", clusters[0].id)}">Skip to the first cluster</a>' if clusters else "")
        + f"<header><h1>Quote consistency report</h1><p>{esc(head)}</p></header><main>"
        + "".join(body)
        + "<h2>Articles</h2>"
        + arts
        + "</main><script>" + JS + "</script></body></html>\n"
    )
