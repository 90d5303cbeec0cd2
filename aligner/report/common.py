"""What both reports say the same way: the legend, what could not be checked, how a
version is named, and how untrusted text is made visible and safe."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..console import listed
from ..console import visible as visible  # the report's form of hidden characters, shared with one_line
from ..match.consistency import (
    DISTORTION_FLAGS,
    WORTH_A_LOOK_FLAGS,
    flagged_counts,
    pairs_not_compared,
    pairs_not_judged,
    reading_order,
    speaker_unknown_pairs,
)
from ..match.synonyms import NO_WORDNET
from ..match.synonyms import NOT_CHECKED as WORDNET_NOT_CHECKED
from ..model import Article, Cluster, ClusterPair, QuoteVersion, Skipped, Story
from ..quotes.confidence import CONFIDENT
from ..text.names import folded_words

FLAG_HELP = {
    "negation": "one version says the opposite: a negator (not, n't, never, no, kein, nicht, kaum ...) is present in "
                "one version and missing in the other, or an amount goes up in one and down in the other (rose / "
                "fell, increase / decrease), or a listed opposite replaces its pair (under / out of control, "
                "strengthening / weakening, halved / doubled: marked '(opposite)'), the surrounding words otherwise "
                "matching",
    "number": "a number, date, month or weekday differs, or a share (a quarter / 40 percent), an ordinal "
              "(first / second) or a multiplying verb (doubled / tripled, said as factors 2 and 3)",
    "speaker": "both versions name a speaker with confidence, and they are different people",
    "truncation": "one version covers only part of the other: the start or the end of the longer one is missing",
    "partial": "one version may cover only part of the other, but the evidence is too little for a truncation "
               "flag (a few words compared through a translation with a partner long only in its translation), or "
               "the outlet shows the cut itself (an ellipsis at that end, or the missing start in its own words in "
               "the sentence before), or it leaves out a whole clause at one end that is too short a part of the quote "
               "for a truncation flag: worth a look, the reason is given with the pair",
    "paraphrase": "the wording differs more than machine translation alone explains (not a distortion by itself)",
    "wording": "worth a look: one content word is replaced by an unrelated one (MT does this too), a figure is "
               "given rounded in one version ('more than 61,000' / '61,672', the reason is given with the pair), or "
               "one version says with a negator what the other says in a negative idiom ('not an option' / 'out of "
               "the question')",
    "speaker-uncertain": "worth a look: the versions name two different people, one of them found through a pronoun "
                         "('..., she said'): a pronoun may point to another person than the one its article names, so "
                         "no speaker flag",
    "cross-lingual": "versions in more than one language",
    "mixed-kinds": "direct and indirect renderings of the statement",
    "no-english": "no English rendering: matched on cross-lingual embeddings only; wording, negation and numbers "
                  "not checked against versions in other languages",
}
# every flag that is a finding: the distortions a fact-checker acts on, then those worth a look only
SERIOUS = DISTORTION_FLAGS + WORTH_A_LOOK_FLAGS
INFORMATIONAL = ("cross-lingual", "mixed-kinds")  # shown with a cluster's flags, never a finding
SCORE_HELP = ("inconsistency: how much a cluster needs checking, 0 when each of its pairs was compared and agrees; "
              "each flag adds "
              "its weight (negation 3, number 2.5, speaker 2.5, wording 1.2, speaker-uncertain 1.2, truncation 1, paraphrase 1, partial 0.5) and a low "
              "chrF adds up to 1 (chrF: character n-gram agreement of two renderings, 0 to 1); a pair that could not "
              "be compared (no English on one side) adds 0.5, and a cluster none of whose pairs could be compared "
              "says \"not compared\" instead of a number. "
              "Clusters with a serious flag are listed first, then the others; each part most inconsistent first.")

# characters that reorder or hide text (bidi overrides and isolates, zero-width
# marks) and control characters: shown as a visible code, never passed through
def flagged_summary(clusters: Iterable[Cluster]) -> str:
    """"2 with a serious flag (negation, number, speaker, truncation) (clusters 1-2, listed first), 5
    worth a look (paraphrase, wording)": the report's count of flagged clusters, the kinds
    apart, and where the serious ones are (the report lists clusters in
    ``consistency.reading_order``)."""
    serious, look = flagged_counts(clusters)
    where = "" if not serious else " (cluster 1, listed first)" if serious == 1 else f" (clusters 1-{serious}, listed first)"
    return (f"{serious} with a serious flag ({', '.join(DISTORTION_FLAGS)}){where}, "
            f"{look} worth a look ({', '.join(WORTH_A_LOOK_FLAGS)})")


@dataclass(frozen=True)
class ReportNotes:
    """What a report must say about the run beyond its clusters: how many quotes it has
    (``n_quotes``), how many have no English (``no_english``), why the translate stage
    was skipped when it was (``translation_skipped``), the inputs that could not be read
    (``skipped``, ``skipped.jsonl``), how many quotes have no speaker (``unattributed``)
    how many quote pairs the match did not join because their articles are on
    different topics (``between_topics``) and how many quotes repeat, word for word,
    one given earlier in their article (``repeats``, set aside) and how many quoted passages
    a correction note says were misquotes (``retracted``, no quote) and which WordNet told translators'
    synonyms (``wordnet``, ``synonyms.NO_WORDNET`` when none). None: not known."""

    n_quotes: int | None = None
    no_english: int | None = None
    translation_skipped: str | None = None
    translation_failed: str | None = None  # why the translate stage failed, when it did
    brought: tuple[int, int] | None = None  # brought translations: (sentences matched, sentences to translate)
    untranslated_articles: Sequence[str] = ()  # articles the brought translations leave mostly untranslated
    translate_ran: bool = True  # False: no translate stage in the run directory's records
    without_quotes: Sequence[str] = ()  # the articles (titles) in which no quote was found
    clusters_older: bool = False  # the translate stage finished after the match stage: clusters without them
    skipped: Sequence[Skipped] = ()
    unattributed: int | None = None
    between_topics: int | None = None
    repeats: int | None = None
    outlet_apart: int | None = None  # quotes in no cluster that the outlet check kept from another article's
    # quotes in no cluster that give again, in changed words, a quote of their article in a cluster
    # (``match.changed_repeats``): how many, and the first of them (summary.json match.repeats_changed)
    changed: int | None = None
    names_quoted: Sequence[str] = ()  # quotes that are a name or a title in quotation marks, no speaker
    changed_listed: Sequence[dict] = ()
    # cluster pairs the outlet check kept apart, one outlet giving the statement in both
    # (``match.split``: summary.json match.statements_split_by_outlet, the first of them)
    split: int = 0
    split_listed: Sequence[dict] = ()
    split_opposed: int | None = None  # how many of them say the opposite (None: an older summary without the count)
    retracted: int | None = None
    wordnet: str | None = None
    quoted_titles: Sequence[str] = ()  # article titles with words in quotation marks (``quoted_titles``)
    gone: int = 0  # articles of the previous run in this run directory that are not among this run's
    gone_ids: Sequence[str] = ()  # the first of them (summary.json ingest.articles_gone_ids)
    # transcript lines with a speaker label or a Q&A answer that hold no quote found: (article, lines)
    transcript_lines: Sequence[tuple[str, int]] = ()


NO_NOTES = ReportNotes()


def coverage_notes(clusters: Sequence[Cluster], run: ReportNotes) -> list[str]:
    """Sentences saying, in words, what could not be checked and why (see
    :class:`ReportNotes` for what the run tells)."""
    unread = [s for s in run.skipped if s.stage not in ("quotes", "duplicate")]
    no_quotes = [s for s in run.skipped if s.stage == "quotes"]
    copies = [s for s in run.skipped if s.stage == "duplicate"]
    notes = [STALE_CLUSTERS] if run.clusters_older else []
    notes += [skipped_note(unread)] if unread else []
    if run.gone:
        more = f" and {run.gone - len(run.gone_ids)} more" if run.gone > len(run.gone_ids) else ""
        notes.append(f"{run.gone} article(s) of the previous run in this run directory are not among this run's inputs "
                     f"({', '.join(run.gone_ids)}{more}): their quotes and clusters are gone from every table and count.")
    if copies:
        notes.append(skipped_note(copies, "article(s) set aside as copies of another article of the same outlet, "
                                          "so each text counts once"))
    if no_quotes:
        notes.append(skipped_note(no_quotes, "article(s) whose quotes could not be extracted, so none of them was checked"))
    unchecked = pairs_not_compared(clusters)
    versions = [v for c in clusters for v in c.versions]
    lone = [v for v in versions if "no-english" in v.flags]
    langs = sorted({v.language for v in lone})
    if lone:
        why = "" if _missing(run) != "Translation missing" else " (no translation given or made)"
        total = f"{run.no_english} quote(s) have no English rendering{why}, " \
            f"{len(lone)} of them in clusters" if run.no_english and run.no_english > len(lone) else \
            f"{len(lone)} clustered {'/'.join(langs)} version(s) have no English rendering"
        notes.append(
            f"{_missing(run)}: {total}; "
            + (f"{len(unchecked)} pair(s) of versions in different languages were matched by embeddings only, and "
               f"their wording, negation and numbers were NOT checked{_unchecked_where(clusters)}. " if unchecked else "")
            + "Versions in the same language without English "
            "were matched on their own words in that language (character n-grams of the originals, with thresholds "
            "set on English; a content match between two of them on embeddings also needs those words to agree, but "
            "one speaker's versions may be joined on embeddings alone, and versions not known to be of two "
            "speakers on their surroundings or as part of a longer quote) and compared in that language.")
    elif run.no_english:
        notes.append(f"{_missing(run)}: {run.no_english} quote(s) have no English rendering and "
                     "could only be matched by embeddings; none of them ended up in a cluster.")
    approx = [v for v in versions if v.scores.get("english_source") == "sentence-part"]
    if approx:
        notes.append(f"{len(approx)} version(s) have English cut out of their sentence's translation by position "
                     "(its ends are approximate): truncation is not judged for them.")
    narrated = [v for v in versions if v.scores.get("english_source") == "sentence-marks-narration"]
    if narrated:
        notes.append(f"{len(narrated)} version(s) mix narration and quoted words: the quoted words' English is the "
                     "translation's quote marks, the narration around them is cut out by position (its ends are "
                     "approximate).")
    notes += _speaker_note(clusters) + _not_judged_note(clusters) + _bracketed_note(clusters) + _set_aside_note(clusters)
    notes += _quote_count_notes(clusters, run)
    if run.without_quotes:
        names = list(run.without_quotes)
        notes.append(f"{len(names)} article(s) have no quote, so nothing in them was compared: "
                     + "; ".join(names[:SKIPPED_LISTED]) + (f"; and {len(names) - SKIPPED_LISTED} more" if
                                                           len(names) > SKIPPED_LISTED else "") + ".")
    if run.quoted_titles:
        notes.append(quoted_titles_note(run.quoted_titles))
    if run.transcript_lines:
        notes.append(transcript_note(run.transcript_lines))
    if run.retracted:
        notes.append(f"{run.retracted} quoted passage(s) were left out: a correction note in their article says they "
                     "were misquotes, so they are no statement of the speaker.")
    if run.between_topics:
        notes.append(f"{run.between_topics} pair(s) of quotes were not joined because their articles are on different "
                     "topics (no sentence in common, little shared vocabulary) and the evidence was weak (words that agree "
                     "only loosely, a phrase of a few words, a paraphrase) without the same speaker named with confidence, "
                     "or they are more than a week apart with different speakers named: a statement that two outlets "
                     "report in unrelated articles may be missing from the clusters.")
    if run.wordnet == NO_WORDNET and any("cross-lingual" in c.flags for c in clusters):
        notes.append(WORDNET_NOT_CHECKED)
    notes.append(NOT_COMPARED_WORDS if clusters else
                 "No quote was found in more than one article: there was nothing to compare.")
    return notes


# what the pair comparison does not read (rv62-4, rv62-5, rv60-8): said in every report that compares a pair,
# so that a pair shown as agreeing is not read as checked on these
NOT_COMPARED_WORDS = (
    "Not compared between versions: hedges ('may', 'could', 'might', 'könnte', 'dürfte') and bounds ('up to', 'at "
    "least', 'more than', 'almost', 'bis zu', 'mindestens', 'fast') that one version has and the other drops: 'may "
    "reduce the risk by up to 30 percent' against 'reduces the risk by 30 percent' shows as agreeing. Of two "
    "opposite bounds on one figure 'more than' against 'less than', 'fewer than', 'at most' or 'no more than' "
    "('mehr als' / 'weniger als') is a negation flag; 'at most' / 'at least', 'up to' / 'at least', 'over' / "
    "'under', 'never more than' / 'never less than' and 'höchstens' / 'mindestens' are a negation flag only where "
    "every other word of the two versions is the same, and are not compared in a reworded quote. A unit changed next to the same figure is flagged only for masses, volumes, doses, power and "
    "energy ten times or more apart ('50 micrograms' / '50 milligrams', '10 gigawatts' / '10 megawatts'), for basis "
    "points against percent ('25 basis points' / '25 percent') and for a currency changed next to the same amount "
    "('€40bn' / '$40bn', '26,000 pounds' / '26,000 euros'); other units ('degrees Fahrenheit' / 'degrees Celsius', "
    "'10 km' / '10 miles', score points: '25 points' / '25 percent') are not compared. One word swapped in a quote of fewer than seven words ('We have won the election' / 'We have lost "
    "the election') is not flagged: the wording check needs 85 % of the words equal.")


# words in double quotation marks in a title ('Boss: "We will cut a single job"'), or in single ones
# that open after a space or a colon and close before a space, a punctuation mark or the end
_TITLE_QUOTE = re.compile(r"[“\"„«»][^“”\"„«»]*\w\s+\w[^“”\"„«»]*[”\"“«»]|"
                          r"(?:^|(?<=[\s:(]))[‘'](?=\w)[^‘’']*\w\s+\w[^‘’']*[’'](?=$|[\s,.;:!?)])")


def quoted_titles(articles: Iterable[Article], quotes: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """The titles that quote someone (two words or more in quotation marks) and whose quoted
    words no quote of their article holds (``quotes``: article id -> its quotes' texts): the
    extractor reads an article's text, not a title given apart from it; a title that is also
    the text's first line is read with the text, and its quote compared like any other.
    ``quotes`` None (not known: no quotes stage): every such title."""
    out = []
    for a in articles:
        parts = [m.group(0) for m in _TITLE_QUOTE.finditer(a.title or "")]
        if a.title and parts and (quotes is None or not all(_held(p, quotes.get(a.id, ())) for p in parts)):
            out.append(a.title)
    return out


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def _held(part: str, texts: Iterable[str]) -> bool:
    """Whether the words of ``part`` (a title's words in quotation marks) stand, in order, in one of ``texts``."""
    words = _words(part)
    return words.strip() != "" and any(words in _words(t) for t in texts)


def quoted_titles_note(titles: Sequence[str]) -> str:
    """"What could not be checked" of the titles with words in quotation marks."""
    listed = "; ".join(titles[:SKIPPED_LISTED]) + (f"; and {len(titles) - SKIPPED_LISTED} more"
                                                    if len(titles) > SKIPPED_LISTED else "")
    return (f"{len(titles)} article title(s) hold words in quotation marks that no quote of their article holds "
            f"({listed}): quotes in headlines are not read, so these words were not compared with any version of "
            "the quote.")


def _quote_count_notes(clusters: Sequence[Cluster], run: ReportNotes) -> list[str]:
    """The notes on quotes in no cluster: found in one article only, without a speaker,
    set aside as repeats or by the outlet check, names in quotation marks
    (``run.names_quoted``) and changed re-posts (``changed_repeats_note``)."""
    named = set(run.names_quoted) - {v.quote_id for c in clusters for v in c.versions}
    notes = _uncompared_quotes(clusters, run.n_quotes, (run.unattributed or 0) - len(named) if run.unattributed else None,
                               run.repeats or 0, run.outlet_apart or 0, (run.changed or 0) + len(named))
    if named:
        notes.append(f"{len(named)} quoted passage(s) are a name or a title in quotation marks (a storm's, a "
                     "newspaper's, a book's name; flag name-like or title): no one's words, so they were not compared "
                     "and are not counted among the quotes without a speaker or found in one article only.")
    return notes + changed_repeats_note(run.changed or 0, run.changed_listed) + \
        split_note(clusters, run.split, run.split_listed)


def _uncompared_quotes(clusters: Sequence[Cluster], n_quotes: int | None, unattributed: int | None,
                      repeats: int = 0, apart: int = 0, said_apart: int = 0) -> list[str]:
    """How many of the run's quotes were found in one article only (in no cluster, less
    the ``repeats`` set aside: a quote its article gives again word for word, and the
    ``apart``: quotes another article's matched that the outlet check kept apart), and how
    many have no speaker (``unattributed``, the quotes stage's count); ``said_apart``: quotes
    in no cluster that another note of the report tells of (changed repeats, quoted names)."""
    notes = []
    clustered = {v.quote_id for c in clusters for v in c.versions}
    alone = n_quotes - len(clustered) - repeats - apart - said_apart if n_quotes else 0
    if clusters and alone > 0:
        notes.append(f"{alone} of {n_quotes} quotes were found in one article "
                     "only (no quote of another article matched them): nothing to compare them with, so they were not "
                     "compared and are not listed.")
    if apart:
        notes.append(f"{apart} quote(s) matched a quote of another article but were kept apart: their outlet gives the "
                     "statement in other words in another of its articles, so they were taken for another statement of "
                     "the speaker; they were not compared and are not listed.")
    if repeats:
        notes.append(f"{repeats} quote(s) repeat word for word a quote given earlier in the same article (a live "
                     "blog's recap, a summary): they were set aside and the first copy stands for them.")
    if unattributed:
        inside = len({v.quote_id for c in clusters for v in c.versions if not v.speaker})
        notes.append(f"{unattributed}{f' of the {n_quotes}' if n_quotes else ''} quote(s) have no speaker: who said "
                     "them was not compared"
                     + (f" ({inside} of them in clusters)." if inside else " (none of them in a cluster)."))
    return notes


def changed_repeats_note(n: int, listed: Sequence[dict]) -> list[str]:
    """What the report says of the quotes an article gives again in changed words (a live
    blog's update, ``match.changed_repeats``): one version per article enters a cluster, so
    these were compared with their article's version in the cluster only, never with the
    other outlets'; what differs is named, cluster by cluster."""
    if not n:
        return []
    shown = [r for r in listed if r.get("flags")][:SKIPPED_LISTED]
    differ = "; ".join(f"cluster {r.get('cluster')}: „{_short(str(r.get('text', '')))}“ differs in "
                       f"{', '.join(r['flags'])}" for r in shown)
    more = len([r for r in listed if r.get("flags")]) - len(shown)
    return [f"{n} quote(s) give again, with changes, a quote that their own article gives in a cluster (a live "
            "blog's update, a correction): a cluster holds one version per article, so these versions were NOT "
            "compared with the other outlets' and are not in the cluster's flags"
            + (f"; against their article's version in the cluster: {differ}" + (f"; and {more} more" if more > 0 else "")
               if shown else "; against their article's version in the cluster no difference was flagged")
            + " (summary.json match.repeats_changed)."]


def changed_serious(n: int, listed: Sequence[dict]) -> str:
    """The flagged-clusters line's addition when a changed repeat differs seriously from
    its article's version in a cluster ("" when none does)."""
    bad = [r for r in listed if any(f in DISTORTION_FLAGS for f in r.get("flags", ()))]
    if not bad:
        return ""
    where = ", ".join(sorted({str(r.get("cluster")) for r in bad}, key=lambda x: (len(x), x)))
    return (f"; besides, {len(bad)} quote(s) that their article gives again with a serious change "
            f"({', '.join(sorted({f for r in bad for f in r['flags'] if f in DISTORTION_FLAGS}))}; "
            f"cluster(s) {where}; not compared with the other outlets: see \"What could not be checked\")")


def split_serious(listed: Sequence[dict], opposed: int | None = None) -> str:
    """The flagged-clusters line's addition when two clusters that the outlet check kept
    apart say the opposite from one outlet to another ("" when none do).  ``opposed`` is
    how many do (summary.json match.statements_split_opposed); ``listed`` holds only the
    first of them, so it counts only when the summary has no count (rt36-20)."""
    n = opposed if opposed is not None else sum(1 for s in listed if s.get("opposed"))
    if not n:
        return ""
    return (f"; besides, {n} statement(s) kept in two clusters say the opposite from one outlet to another "
            "(negation; not compared: see \"What could not be checked\")")


def split_note(clusters: Sequence[Cluster], n: int, listed: Sequence[dict]) -> list[str]:
    """The note on the cluster pairs that the outlet check kept apart (``match.split``):
    one outlet gives the statement in both clusters' wordings."""
    if not n:
        return []
    num = {c.id: k for k, c in enumerate(clusters, 1)}
    items = []
    for s in listed:
        a, b = s["a"], s["b"]
        turned = f", and they say the opposite (negation: {s['opposed']})" if s.get("opposed") else ""
        items.append(f"clusters {' and '.join(str(num.get(x, '?')) for x in s['clusters'])}: {a['outlet']} "
                     f"\"{_short(a['text'])}\" / {b['outlet']} \"{_short(b['text'])}\", {', '.join(s['outlets'])} "
                     f"gives both{turned}")
    more = f"; and {n - len(listed)} more" if n > len(listed) else ""
    return [f"{n} statement(s) were kept in two clusters because one outlet gives them in both wordings (an aggregator "
            "or a wire that carries two outlets' texts, or a speaker who said two things): the two clusters' versions "
            "were not compared with each other (" + "; ".join(items) + more + ")."]


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


SKIPPED_LISTED = 10  # the skipped inputs a report names; the rest are counted


def skipped_note(skipped: Sequence[Skipped], what: str = "input(s) could not be read, so none of their quotes was checked") -> str:
    """The inputs that could not be read (or whose quotes could not be extracted: ``what``),
    named (the first ``SKIPPED_LISTED``) with why: none of their quotes was checked."""
    names = distinct_names(s.path for s in skipped)
    listed = ", ".join(f"{names.get(s.path, s.path)}{f' line {s.line}' if s.line else ''} ({s.reason})"
                       for s in skipped[:SKIPPED_LISTED])
    more = f", and {len(skipped) - SKIPPED_LISTED} more" if len(skipped) > SKIPPED_LISTED else ""
    return (f"{len(skipped)} {what}: {listed}{more} "
            "(all in skipped.jsonl).")


def distinct_names(paths: Iterable[str]) -> dict[str, str]:
    """Each path's shortest ending that none of the other ``paths`` shares: its file
    name, else folder/file name, and so on ("o1/article.txt" and "o2/article.txt")."""
    split = {p: [x for x in re.split(r"[\\/]", p) if x] or [p] for p in set(paths)}
    out: dict[str, str] = {}
    left, k = list(split), 1
    while left:
        groups: dict[tuple[str, ...], list[str]] = {}
        for p in left:
            groups.setdefault(tuple(split[p][-k:]), []).append(p)
        left = []
        for key, ps in groups.items():
            if len(ps) == 1 or all(len(split[p]) <= k for p in ps):
                out.update((p, "/".join(key)) for p in ps)
            else:
                left += ps
        k += 1
    return out


def _speaker_note(clusters: Sequence[Cluster]) -> list[str]:
    """How many compared pairs' speakers were not compared, and in which clusters (by
    their number in the report)."""
    where = [(n, len(speaker_unknown_pairs(c))) for n, c in enumerate(clusters, 1)]
    where = [(n, k) for n, k in where if k]
    if not where:
        return []
    total = sum(k for _, k in where)
    shown = listed([n for n, _ in where], 20)
    return [f"Speaker not compared for {total} pair(s), in cluster(s) {shown}: at least one speaker is unknown or "
            "uncertain; each of these clusters says which pair and why. A speaker that is not confident (found "
            "with low confidence, through a pronoun, or a one-word name too few articles give) is marked (uncertain) "
            "and never titles a cluster."]


def _unchecked_where(clusters: Sequence[Cluster]) -> str:
    """" (in 3 clusters: 1, 4, 7; each marked "no-english: ... not checked" in the contents)":
    which clusters (by their number in the report) hold a pair never compared."""
    where = [n for n, c in enumerate(clusters, 1) if not_checked_mark(c)]
    return (f" (in {len(where)} cluster(s): {listed(where, 20)}; each marked \"no-english: ... not checked\" "
            "in the contents and at its heading)")


def not_checked_mark(c: Cluster) -> str | None:
    """What a cluster's contents row and heading say of its pairs never compared (no English
    on one side, matched on embeddings only: wording, negation and numbers not checked):
    "no-english: 3 of 10 pairs not checked", "no-english: its pair not checked"; None
    when every pair was compared."""
    pairs = [p for p in c.pairs if p.link != "continuation"]
    k = len(pairs_not_compared([c]))
    if not k:
        return None
    if k < len(pairs):
        return f"no-english: {k} of {len(pairs)} pairs not checked"
    return "no-english: " + ("its pair" if k == 1 else f"all {k} pairs") + " not checked"


def never_compared(c: Cluster) -> bool:
    """Whether none of the pairs of ``c`` was compared word by word (``compared`` "none"):
    its inconsistency says nothing, the report shows "not compared" instead."""
    pairs = [p for p in c.pairs if p.link != "continuation"]
    return bool(pairs) and all(p.compared == "none" for p in pairs)


def score_shown(c: Cluster) -> str:
    """A cluster's inconsistency as every place of the report shows it: "0.50", or "not
    compared" for a cluster none of whose pairs was compared (its number says nothing)."""
    return "not compared" if never_compared(c) else f"{c.inconsistency:.2f}"


def inconsistency_shown(c: Cluster) -> str:
    """"inconsistency 0.50", or "not compared" for a cluster none of whose pairs was compared."""
    return "not compared" if never_compared(c) else f"inconsistency {score_shown(c)}"


def _not_judged_note(clusters: Sequence[Cluster]) -> list[str]:
    """How many pairs had a serious flag taken back because their versions were joined
    through other versions or their speaker, not on their own words, and in which clusters."""
    found = pairs_not_judged(clusters)
    if not found:
        return []
    number = {id(c): n for n, c in enumerate(clusters, 1)}
    where = sorted({number[id(c)] for c, _ in found})
    shown = listed(where, 20)
    return [f"Negation, numbers, truncation and speaker not judged for {len(found)} pair(s), in cluster(s) {shown}: "
            "their versions were joined through other versions or through their speaker, not matched on their own "
            "words, so a difference found between them is no flag (each such pair says so under not_judged)."]


# Transcripts and interviews: a line opened by a speaker's label ("MS. WHITFIELD: ...", "PRESIDENT
# BIDEN: ...", "Whitfield: ..." in a transcript) or a Q&A answer ("A: ...", "**A.** ...") gives
# that person's words without quotation marks; the quote extraction does not read such lines,
# so what they say is compared with nothing, and the report says how many there are.  A label
# (in capitals or not) or an answer counts only in an article with at least TRANSCRIPT_MIN_LINES
# lines labelled in capitals, answers or questions; an editor's label ("UPDATE:") never counts.
# A line at least half inside quotes found is read (a fragment of it read as an indirect quote is
# not); the article's first line (its title) is not counted.  A label is a speaker's only where
# the text shows a person: an answer label, a title ("MS."), a label of two or more words in
# capitals ("PORT DIRECTOR TOMAS BERGER"), or a name word that opens another labelled line too
# (the speaker speaks again: "MS. OKAFOR: ..." then "Okafor: ..."); a lone word in capitals is a
# dateline as often ("BERLIN: ..."), and a label opened by an article is narration ("Die Bilanz:
# ...", "Der Grund: ...", "The result: ...").
_LABEL_CAPS = re.compile(r"^(?:\*\*)?(?:(?:MR|MS|MRS|DR)\.\s+)?[A-ZÄÖÜ][A-ZÄÖÜ.'’\-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ.'’\-]+){0,3}"
                         r"(?:\*\*)?\s*:(?:\*\*)?\s+\S")
_LABEL_NAME = re.compile(r"^(?:\*\*)?[A-ZÄÖÜ][\w.'’\-]+(?:\s+[A-ZÄÖÜ][\w.'’\-]+){0,2}(?:\*\*)?\s*:(?:\*\*)?\s+\S")
# a parliament's record: "Friedrich Merz (CDU/CSU): ...", "Mrs Kemi Badenoch (North West Essex) (Con): ...": a name
# of two or more words and its party (the last bracket, one of ``_PARTIES``) before the colon is a speaker's turn on
# its own; other brackets ("Manuel Neuer (Note 2):", "Arsenal (2nd):", "Tatort (ARD, 20.15 Uhr):") are not
_PARTIES = ("CDU/CSU|CDU|CSU|SPD|AfD|FDP|BSW|SSW|Die Linke|DIE LINKE|Linke|Grüne|GRÜNE|BÜNDNIS 90/DIE GRÜNEN|"
            "Bündnis 90/Die Grünen|fraktionslos|Con|Lab|LD|Lib Dem|SNP|Reform|Reform UK|Green|DUP|SF|PC|Ind|Alba|UUP|SDLP")
_LABEL_PARTY = re.compile(r"^(?:\*\*)?[A-ZÄÖÜ][\w.'’\-]+(?:\s+[A-ZÄÖÜ][\w.'’\-]+){1,3}(?:\s*\([^()\d\n]{1,40}\))?"
                          rf"\s*\((?:{_PARTIES})\)(?:\*\*)?\s*:(?:\*\*)?\s+\S")
# a parliament's record shows its chair or the house's reactions; without them "Friedrich Merz (CDU): Der Sauerländer
# will Kanzler werden." is a candidate's portrait, "Keir Starmer (Lab): 18,884 votes" a result (rt34-2)
_RECORD = re.compile(r"(?:Vize|Alters)?[Pp]räsident(?:in)?(?:\s+[A-ZÄÖÜ][\w-]+\s*:|!)|\((?:Beifall|Zuruf|Zurufe|Heiterkeit|"
                     r"Widerspruch|Lachen)\b|\b(?:Mr|Madam|Deputy)\s+Speaker\b|\bHon\.\s+Members?\b")
# a time stamp before a transcript's label ("[00:12:40] SARAH COLLINS: ...", "(12:40) Habeck: ...")
_TIME_STAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_ANSWER = re.compile(r"^(?:\*\*)?(?:A|Antwort|ANTWORT)\s*[.:](?:\*\*)?\s+\S")
_QUESTION = re.compile(r"^(?:\*\*)?(?:Q|F|Frage|FRAGE)\s*[.:]")
TRANSCRIPT_MIN_LINES = 2


def transcript_lines(text: str, quoted: Sequence[tuple[int, int]] = ()) -> int:
    """How many lines of ``text`` give a speaker's words after a label or as a Q&A answer
    (see above) and hold none of the quote spans ``quoted`` (offsets into ``text``)."""
    lines, at = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((at, at + len(line), _TIME_STAMP.sub("", line.strip())))
        at += len(line)
    lines = lines[1:]  # the title
    lines = [(s, e, t) for s, e, t in lines if _label(t) not in _EDITORIAL]
    again = _label_words_again(t for _, _, t in lines)
    if not any(len(w) >= 3 for w in again):  # two-letter labels ("SZ:") only beside a name that speaks again
        again = set()
    record = _RECORD.search(text) is not None  # a party label counts only in a parliament's record
    strong = [(s, e) for s, e, t in lines if _QUESTION.match(t) or _ANSWER.match(t) or record and _LABEL_PARTY.match(t) or (
        _LABEL_CAPS.match(t) and _speaker_label(t, again))]
    if len(strong) < TRANSCRIPT_MIN_LINES:
        return 0
    said = [(s, e) for s, e, t in lines if not _QUESTION.match(t) and (_ANSWER.match(t) or record and _LABEL_PARTY.match(t) or (
        (_LABEL_CAPS.match(t) or _LABEL_NAME.match(t)) and _speaker_label(t, again)))]
    return sum(1 for s, e in said if _quoted_share(s, e, quoted) < TRANSCRIPT_READ_SHARE)


# words that open narration, not a name ("Die Bilanz: ...", "The result: ..."), and titles
_LABEL_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "the", "a", "an", "this", "that",
                   "dies", "diese", "dieser", "unser", "unsere", "our", "my", "mein", "meine"}
_LABEL_TITLES = {"mr", "ms", "mrs", "dr", "prof", "herr", "frau"}


def _label_name_words(line: str) -> list[str]:
    """The words of the label opening ``line`` (lower case, titles left out)."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", _label(line))
    return [w for w in words if w.rstrip(".") not in _LABEL_TITLES]


def _label_words_again(lines: Iterable[str]) -> set[str]:
    """Label words (three letters or more, or two in capitals: "SZ") that open two or more lines: a speaker who
    speaks again."""
    seen: dict[str, int] = {}
    for t in lines:
        if _LABEL_CAPS.match(t) or _LABEL_NAME.match(t):
            capitals = _LABEL_CAPS.match(t) is not None
            for w in set(_label_name_words(t)):
                if (len(w) >= 3 or len(w) == 2 and capitals) and w not in _LABEL_ARTICLES:
                    seen[w] = seen.get(w, 0) + 1
    return {w for w, k in seen.items() if k >= 2}


def _speaker_label(line: str, again: set[str]) -> bool:
    """Whether the label opening ``line`` names a speaker (see above)."""
    words = _label_name_words(line)
    if not words:
        return False
    if words[0] in _LABEL_ARTICLES:  # "Die Bilanz: ..."; but an outlet's label in capitals that asks again ("DIE ZEIT:")
        return _LABEL_CAPS.match(line) is not None and any(w in again for w in words[1:])
    if _LABEL_CAPS.match(line) and (len(words) >= 2 or len(words) < len(_label(line).split())):
        return True  # several words in capitals, or a title before the name
    return any(w in again for w in words)


# labels of an editor's line, not a speaker's ("UPDATE: ...", "CORRECTION: ...")
_EDITORIAL = {"update", "updated", "correction", "clarification", "editor's note", "editors' note", "editor’s note",
              "note", "email", "e-mail", "photo", "photos", "video", "read", "watch", "listen", "related", "more",
              "source", "sources", "also", "see also", "disclaimer", "korrektur", "hinweis", "anmerkung", "mehr",
              "lesen sie auch", "quelle", "foto", "fotos", "transparenzhinweis"}


def _label(line: str) -> str:
    return line.split(":", 1)[0].strip("* ").lower() if ":" in line else ""


TRANSCRIPT_READ_SHARE = 0.5  # a line read as a quote: this share of its characters or more inside quotes found


def _quoted_share(start: int, end: int, quoted: Sequence[tuple[int, int]]) -> float:
    inside = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in quoted)
    return inside / max(1, end - start)


def transcript_note(found: Sequence[tuple[str, int]]) -> str:
    """"What could not be checked" of the transcript lines no quote was found in."""
    shown = "; ".join(f"{name} ({k})" for name, k in found[:SKIPPED_LISTED])
    more = f"; and {len(found) - SKIPPED_LISTED} more article(s)" if len(found) > SKIPPED_LISTED else ""
    return (f"{sum(k for _, k in found)} transcript line(s) in {len(found)} article(s) give a speaker's words after a "
            "label (\"MS. WHITFIELD: ...\") or as a Q&A answer (\"A: ...\") and were not read as quotes ("
            f"{shown}{more}): what was said there was not compared with other outlets.")


def bracketed_pairs(c: Cluster) -> list[ClusterPair]:
    """The compared pairs of ``c`` with words in square brackets on one side only that were
    not compared (``consistency.bracketed_note``: the outlet's words put into the quote)."""
    return [p for p in c.pairs if "bracketed" in (p.details or {})]


def bracketed_mark(c: Cluster) -> str | None:
    """What a cluster's contents row and heading say of its pairs with bracketed words not
    compared: "bracketed words not compared in 1 pair"; None when there are none."""
    k = len(bracketed_pairs(c))
    return f"bracketed words not compared in {k} pair(s)" if k else None


# pair details that say what was set aside and not compared, each with what "What could not be checked" says of
# the pairs that carry it: both reports list such a pair with its detail (a pair with no flag included)
SET_ASIDE_DETAILS = {
    "number_not_compared": "a figure was not compared with the other version's: a count of years ('two years ago', 'for "
                           "five years') against a year, which year it means depends on when it was said (each such "
                           "pair says which under number_not_compared)",
    "address_only": "one version is only an address to the chair or the house ('Thank you, Mr President.', 'Frau "
                    "Präsidentin!') and the other says more: no statement to compare (each such pair says so under "
                    "address_only)",
    "question_statement": "one version asks a question and the other, of the same speaker, states the same words: "
                          "not compared as one claim, read both (a question given as a claim, or the statement that "
                          "answers it; each such pair says so under question_statement)",
}


def _set_aside_note(clusters: Sequence[Cluster]) -> list[str]:
    """Per ``SET_ASIDE_DETAILS`` key: how many pairs, in which clusters, were not compared in part, and why."""
    notes = []
    for key, why in SET_ASIDE_DETAILS.items():
        where = [(n, sum(1 for p in c.pairs if key in (p.details or {}))) for n, c in enumerate(clusters, 1)]
        where = [(n, k) for n, k in where if k]
        if where:
            notes.append(f"Not compared in {sum(k for _, k in where)} pair(s), in cluster(s) "
                         f"{listed([n for n, _ in where], 20)}: {why}.")
    return notes


def _bracketed_note(clusters: Sequence[Cluster]) -> list[str]:
    """How many pairs hold an outlet's words in square brackets that were not compared, and where."""
    where = [(n, len(bracketed_pairs(c))) for n, c in enumerate(clusters, 1)]
    where = [(n, k) for n, k in where if k]
    if not where:
        return []
    return [f"Words in square brackets were not compared in {sum(k for _, k in where)} pair(s), in cluster(s) "
            f"{listed([n for n, _ in where], 20)}: an outlet's own words put into a quote (\"He [the president] ...\") "
            "stand where the other version has other words or none; they are not the speaker's, so who or what they "
            "name was not checked against the other version (each such pair says which words under bracketed)."]


STALE_CLUSTERS = ("The clusters are older than the translations: the translate stage ran after the match stage, "
                  "so the clusters (and what this report says of English renderings) do not use them; run aligner "
                  "match on this run directory again.")


def _missing(run: ReportNotes) -> str:
    """"Translation missing", "Translation skipped (the stage's reason, its first sentence)",
    "Translation failed (...)", or, with brought translations that left sentences without one,
    "Translation missing (they match 10 of the 18 sentences ...; none for most of de_d.txt)"."""
    for what, reason in (("skipped", run.translation_skipped), ("failed", run.translation_failed)):
        if reason:
            return f"Translation {what} ({reason.strip().split('. ')[0].rstrip('.')})"
    if run.brought and run.brought[0] < run.brought[1]:
        names = list(run.untranslated_articles)
        named = f"; mostly missing for {listed(names, 10)}" if names else ""
        return (f"Translation missing (the brought translations match {run.brought[0]} of the {run.brought[1]} "
                f"sentences to translate{named}; only this run's --translations is read, lines brought on "
                "earlier runs are not remembered)")
    return "Translation missing" if run.translate_ran else "Translation missing (no translate stage has run here)"


def file_names(articles: Iterable[Article]) -> dict[str, str]:
    """Each article file's name as the report gives it: the shortest ending of its path
    that tells it from the other files ("o1/article.txt" and "o2/article.txt", else
    "article.txt"); keyed by ``source_path``."""
    return distinct_names(a.source_path for a in articles if a.source_path)


class ReportInputs(NamedTuple):
    """What report.md and report.html are both made from (:func:`report_inputs`)."""

    clusters: list[Cluster]  # in reading order: the order the summary's cluster numbers refer to
    by_id: dict[str, Article]
    files: dict[str, str]  # ``file_names``
    multi: list[Story]  # the stories of two or more articles
    notes: list[str]  # what could not be checked (``coverage_notes``)


def report_inputs(clusters: Sequence[Cluster], articles: Sequence[Article], stories: Sequence[Story],
                  run: ReportNotes) -> ReportInputs:
    """The clusters in reading order, the articles by id, their file names, the stories of
    two or more articles and what could not be checked: where both renderers start."""
    ordered = reading_order(clusters)
    return ReportInputs(ordered, {a.id: a for a in articles}, file_names(articles),
                        [s for s in stories if len(s.articles) > 1], coverage_notes(ordered, run))


def article_title(a: Article | None, fallback: str, names: dict[str, str] | None = None) -> str:
    """The article's title; without one, its file name (``names``: from
    :func:`file_names`; with the article id when the file holds several articles, such
    as a JSONL file), never a bare hash id."""
    if a is None:
        return fallback
    if a.title:
        return a.title
    file = file_label(a, names)
    return fallback if file is None else file


def file_label(a: Article, names: dict[str, str] | None = None) -> str | None:
    """The article's file name as the report gives it (``names``: :func:`file_names`), with the article id when the
    file holds several articles (a JSONL file); None for an article given without a file."""
    if not a.source_path:
        return None
    name = (names or {}).get(a.source_path) or a.source_path.replace("\\", "/").rsplit("/", 1)[-1]
    return f"{name} ({a.id})" if name.lower().endswith((".jsonl", ".json")) else name


def article_label(a: Article | None, fallback: str, names: dict[str, str] | None = None) -> str:
    title = article_title(a, fallback, names)
    return f"{title} ({a.date})" if a is not None and a.date else title


def told_apart(versions: Sequence[QuoteVersion], articles: dict[str, Article], names: dict[str, str] | None = None,
               width: int | None = None) -> dict[str, str]:
    """Per version (quote id), its article's label (``article_label``), with the article's
    file name in front where another version of one outlet from another article reads the
    same in its first ``width`` characters (all, when None): an outlet's first and corrected
    versions under one title are told apart."""
    label = {v.quote_id: article_label(articles.get(v.article_id), v.article_id, names) for v in versions}
    seen: dict[tuple[str, str], set[str]] = {}
    for v in versions:
        seen.setdefault((v.outlet, label[v.quote_id][:width]), set()).add(v.article_id)
    out = {}
    for v in versions:
        if len(seen[(v.outlet, label[v.quote_id][:width])]) < 2:
            out[v.quote_id] = label[v.quote_id]
            continue
        a = articles.get(v.article_id)
        path = a.source_path if a is not None and a.source_path else None
        name = ((names or {}).get(path) or path.replace("\\", "/").rsplit("/", 1)[-1]) if path else v.article_id
        out[v.quote_id] = f"[{name}] {label[v.quote_id]}"
    return out


def speaker_shown(v: QuoteVersion) -> str | None:
    """The speaker as the article wrote it (the mention), else the resolved name."""
    return getattr(v, "speaker_mention", None) or v.speaker


def speaker_uncertain(v: QuoteVersion) -> bool:
    """Whether ``v`` names a speaker that is shown marked, never as a fact: the
    clustering's verdict (``scores["speaker_confident"]``, ``match.clusters.speaker_doubt``:
    the one the cluster's title and its "speaker not compared" lines use); for a version
    without it, a confidence below ``quotes.confidence.CONFIDENT``."""
    if not (v.speaker or v.speaker_mention):
        return False
    if "speaker_confident" in v.scores:
        return not v.scores["speaker_confident"]
    return v.speaker_confidence is not None and v.speaker_confidence < CONFIDENT - 1e-9


def speaker_cell(v: QuoteVersion) -> str:
    """A version's speaker as the report shows it: as the article wrote it and, when it was
    resolved to a person the words do not name ("der Vizeaußenminister", "Schulz"), the entity:
    "der Vizeaußenminister → Sergei Ryabkov"; "Tage (uncertain)" below the bar."""
    shown = speaker_shown(v) or ""
    if shown and v.speaker and v.speaker != shown and not _names_all(shown, v.speaker):
        shown = f"{shown} → {v.speaker}"
    return f"{shown} (uncertain)" if shown and speaker_uncertain(v) else shown


def _names_all(mention: str, name: str) -> bool:
    """Whether every word of ``name`` stands in ``mention`` (folded): "Chancellor Olaf Scholz"
    names "Olaf Scholz"; "Schulz" does not name "Olaf Scholz"."""
    return folded_words(name) <= folded_words(mention)


def cluster_heading(c: Cluster) -> str:
    """Whom a cluster is titled with: "speaker disputed (Helen Marsh / Sarah Okafor KC)"
    when a pair of it carries a speaker flag (the title takes no side: the name most
    versions give may be the wrong one); else its speaker when some version names that
    speaker with confidence; else "speaker uncertain (Tage?)" naming the guesses (a name,
    or the article's words where no name was found: "ein Sprecher der Polizei"), or
    "speaker unknown"."""
    disputed = disputed_speakers(c)
    if len(disputed) > 1:
        return "speaker disputed (" + " / ".join(disputed[:3]) + (" / ..." if len(disputed) > 3 else "") + ")"
    if c.speaker and any(v.speaker == c.speaker and not speaker_uncertain(v) for v in c.versions):
        return c.speaker
    guesses = list(dict.fromkeys(g for v in c.versions if (g := v.speaker or v.speaker_mention)))
    if not guesses:
        return "speaker unknown"
    return "speaker uncertain (" + ", ".join(f"{g}?" for g in guesses[:3]) + (", ..." if len(guesses) > 3 else "") + ")"


def disputed_speakers(c: Cluster) -> list[str]:
    """The names the speaker-flagged pairs of ``c`` set against each other (each version's
    name, the article's words where it has none), the name more versions give first, then
    in alphabetical order."""
    by_id = {v.quote_id: v for v in c.versions}
    ids = {q for p in c.pairs if "speaker" in p.flags for q in (p.a, p.b)}
    names = Counter(who for q in ids if (v := by_id.get(q)) is not None and (who := v.speaker or v.speaker_mention))
    return sorted(names, key=lambda n: (-names[n], n))


SPEAKER_PAIRS_LISTED = 10  # a cluster's pairs whose speakers were not compared, listed; the rest counted


def speaker_not_compared_pairs(c: Cluster) -> tuple[list[tuple[str, str, str]], str | None]:
    """The first ``SPEAKER_PAIRS_LISTED`` compared pairs of ``c`` whose speakers were not
    compared, each as (quote id, quote id, why), and the line counting the rest (None: none)."""
    pairs = speaker_unknown_pairs(c)
    shown = [(p.a, p.b, (p.details or {}).get("speaker_not_compared") or "at least one speaker is unknown or uncertain")
             for p in pairs[:SPEAKER_PAIRS_LISTED]]
    more = (f"{len(pairs) - SPEAKER_PAIRS_LISTED} more pair(s) of this cluster, each in clusters.jsonl "
            f"(the line with \"id\": \"{c.id}\", under \"pairs\", speaker_check \"unknown\")"
            if len(pairs) > SPEAKER_PAIRS_LISTED else None)
    return shown, more


def speaker_not_compared(c: Cluster, labels: dict[str, str]) -> list[str]:
    """One line per compared pair of ``c`` whose speakers were not compared: the two
    versions (their ``labels``) and why; past ``SPEAKER_PAIRS_LISTED`` pairs (a quote in
    many outlets) one line counts the rest."""
    shown, more = speaker_not_compared_pairs(c)
    return [f"{labels.get(a, a)} vs {labels.get(b, b)}: {why}" for a, b, why in shown] + ([more] if more else [])


def speaker_keys(versions) -> list[str]:
    """What the speaker filter offers for a cluster: each version's person (the resolved
    name: "Oliver Glasner" for "Coach Oliver Glasner" and "Trainer Oliver Glasner"),
    so that one choice finds the person however each article named them; where no name
    was found, the article's words ("a police spokesman")."""
    return sorted({(f"{who} (uncertain)" if speaker_uncertain(v) else who) if (who := v.speaker or v.speaker_mention)
                   else "speaker unknown" for v in versions})
