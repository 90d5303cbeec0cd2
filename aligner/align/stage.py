"""The alignment stage of ``aligner run``: the run's bilingual corpus.

The bilingual corpus (``corpus.*``) holds aligned document pairs only: article pairs
declared translations of each other (``Article.translation_of``, naming the original
by article id, file name or file stem; a value that names no input article, or
several, is reported in one line naming the file and the value, and listed in the
stage's summary).  The original's
sentences are aligned with the translation's sentences, comparing both sides in the
pivot language (the MT from ``translations.jsonl``; a side already in the pivot
language is itself) and, when an encoder is configured, by cross-lingual embeddings of
the originals; with no MT at all, by embeddings, chrF of the originals and length.
Every bead carries the aligner's confidence (the posterior probability, in [0, 1],
that its sentences belong together).  Writes ``alignments.jsonl`` (every bead, with
article ids, sentence ids, character offsets and scores) and the corpus of beads
non-empty on both sides: ``corpus.tmx``, ``corpus.<src>`` + ``corpus.<tgt>`` (Moses)
and ``corpus.tsv``.  The source side is the non-pivot language; when the run holds
several language pairs, the most frequent one gets those names and the others
``corpus.<src>-<tgt>.tmx`` and so on.

Each translated sentence with its own machine translation is a different thing (MT
output, not a human translation, and not aligned): those pairs go to their own files,
``mt-corpus.tsv`` (source, MT, sentence id), ``mt-corpus.<src>`` + ``mt-corpus.<tgt>``
and ``mt-corpus.tmx``, never into ``corpus.*``; ``--no-mt-corpus`` leaves them out.
Empty segments (a missing translation, say) are never written.  A run without declared
pairs (the seeds) says plainly that it has no bilingual corpus.  A declared pair most of
whose beads are low-confidence (:func:`unrelated_beads`) is said in one warning line
naming its files and listed in the summary (``unrelated_pairs``); a pair aligned with
neither MT nor embeddings has length-only confidences, below 0.5 (``length_only_pairs``).
"""

from __future__ import annotations

import ast
import logging
import re
import time
import unicodedata
from collections import Counter, defaultdict
from functools import partial
from pathlib import PurePath
from typing import Any

from ..errors import AlignerError, StageUnavailable
from ..model import AlignmentPair, Sentence, Translation
from .core import align_sentences, auto_embeddings
from .formats import corpus_text, write_alignment

log = logging.getLogger(__name__)


def _encoder(name: str | None):
    from ..embed import get_encoder

    if not name or name.lower() == "none":
        return None
    try:
        return get_encoder(name)
    except StageUnavailable as exc:
        log.warning(f"align: embeddings {name!r} unavailable ({exc}); aligning without embeddings")
        return None


def _fill(pairs, src_sents: list[Sentence], tgt_sents: list[Sentence], src_article, tgt_article):
    for p in pairs:
        p.src_ids = [src_sents[i].id for i in p.src]
        p.tgt_ids = [tgt_sents[j].id for j in p.tgt] if tgt_sents else []
        p.src_spans = [[src_sents[i].start, src_sents[i].end] for i in p.src]
        p.tgt_spans = [[tgt_sents[j].start, tgt_sents[j].end] for j in p.tgt] if tgt_sents else []
        p.src_article = src_article
        p.tgt_article = tgt_article
    return pairs


def stage(store, cfg):
    with store.embedding_run():  # the run's encoders (the pipeline's, or this call's own)
        return _stage(store, cfg)


def _skipped(store) -> list:
    from ..model import Skipped

    try:
        return store.read("skipped.jsonl", Skipped)
    except (OSError, AlignerError):  # no record of what ingest set aside: resolved without it
        return []


def _stage(store, cfg):
    from ..pipeline import StageResult

    articles = {a.id: a for a in store.articles()}
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in store.sentences():
        by_article[s.article_id].append(s)
    for sents in by_article.values():
        sents.sort(key=lambda s: s.index)
    mt: dict[str, Translation] = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}
    pivot = getattr(cfg, "pivot", "en") or "en"

    skipped = _skipped(store)
    declared, unresolved = resolve_translation_of(list(articles.values()), set_aside(skipped))
    unresolved += lost_translations(skipped)
    if not declared and not (mt and cfg.align.mt_corpus):
        raise StageUnavailable(f"no bilingual corpus: {_no_pairs_reason(unresolved)}")  # one line naming them
    if declared:  # without any pair, the no-corpus line names them
        for u in unresolved:
            log.warning("%s; not aligned", _unresolved_line(u))
    encoder = _encoder(getattr(cfg, "embeddings", None)) if declared else None
    all_pairs: list[AlignmentPair] = []
    corpus: dict[tuple[str, str], list[AlignmentPair]] = defaultdict(list)
    summary: dict[str, Any] = {"article_pairs": 0, "beads": 0, "corpus_pairs": 0, "mt_pairs": 0, "missing": len(unresolved)}
    started = time.perf_counter()
    for (orig_id, trans_id), done in zip(declared, _align_declared(declared, articles, by_article, mt, pivot, encoder, cfg.align)):
        if done is None:
            summary["missing"] += 1
            continue
        pairs, langs, note, below = done
        if cfg.align.min_score is not None:  # how much the bar cost, said (0 when nothing was below it)
            summary["below_min_score"] = summary.get("below_min_score", 0) + below
        summary["article_pairs"] += 1
        _say_note(summary, note, articles[trans_id], articles[orig_id])
        _say_no_mt(summary, _mt_lacking(articles[orig_id], articles[trans_id], by_article, mt, pivot),
                   articles[trans_id], articles[orig_id], encoder is not None)
        all_pairs.extend(pairs)
        corpus[langs].extend(pairs)
    summary["beads"] = len(all_pairs)
    if unresolved:
        summary["unresolved_translation_of"] = unresolved
    store.write("alignments.jsonl", all_pairs)
    langpairs: Counter = Counter({key: len(pairs) for key, pairs in corpus.items()})
    for rank, ((ls, lt), _) in enumerate(langpairs.most_common()):
        stem = "corpus" if rank == 0 else f"corpus.{ls}-{lt}"
        summary["corpus_pairs"] += _write_corpus(store, stem, corpus[(ls, lt)], ls, lt, {o for o, _ in declared}, summary)
    if not declared:
        why = _no_pairs_reason(unresolved)
        summary["bilingual_corpus"] = f"none: {why}"
        log.log(logging.WARNING if unresolved else logging.INFO,
                "align: no bilingual corpus: %s; sentences with their own MT are in mt-corpus.*", why)
    if mt and cfg.align.mt_corpus:  # (the pipeline removed an earlier run's mt-corpus.*: the stage assigns it)
        summary["mt_pairs"] = _write_mt_corpus(store, articles, by_article, mt, pivot)
    summary["seconds_align"] = round(time.perf_counter() - started, 2)
    return StageResult("done", summary)


def _say_note(summary: dict[str, Any], note: str, trans, orig) -> None:
    """A pair whose beads are nearly all low-confidence: one warning line naming its
    files, listed in the summary; pairs aligned on length alone: counted."""
    if note == LENGTH_ONLY:
        summary["length_only_pairs"] = summary.get("length_only_pairs", 0) + 1
    elif note:
        line = (f"{_name(trans)} is declared a translation of {_name(orig)} (translation_of) but {note}: "
                "they do not look like translations of each other")
        log.warning("align: %s", line)
        summary.setdefault("unrelated_pairs", []).append(line)


def _say_no_mt(summary: dict[str, Any], lacking: str | None, trans, orig, embedded: bool) -> None:
    """A pair the run's MT does not cover: one info line naming its files and how it was
    aligned, listed in the summary (``pairs_without_mt``)."""
    if lacking is None:
        return
    line = (f"{_name(trans)} / {_name(orig)}: the run's MT covers {lacking}; aligned as without MT ("
            + ("cross-lingual embeddings" if embedded else "length and shared words: no embeddings") + ")")
    log.info("align: %s", line)
    summary.setdefault("pairs_without_mt", []).append(line)


def _name(a) -> str:
    """An article's file name; for a line of a JSONL file (many articles), with its id."""
    if not a.source_path:
        return a.id
    name = PurePath(a.source_path).name
    return f"{name} ({a.id})" if getattr(a, "source_format", "") == "jsonl" else name


def lost_translations(skipped: list) -> list[dict[str, str]]:
    """The declared translations that ingest could not read (``Skipped.translation_of``):
    file, value and why, as an unresolved ``translation_of`` is said."""
    return [{"file": sk.path, "translation_of": sk.translation_of,
             "reason": f"is lost: the file could not be read ({sk.reason})"}
            for sk in skipped if getattr(sk, "translation_of", None) and sk.stage == "ingest"]


def _no_pairs_reason(unresolved: list[dict[str, str]]) -> str:
    """Why there is no bilingual corpus: no pair declared, or none of them resolved."""
    if not unresolved:
        return "no article pair declares translation_of (give a metadata sidecar with translation_of)"
    more = f" (and {len(unresolved) - 3} more)" if len(unresolved) > 3 else ""
    return "; ".join(_unresolved_line(u) for u in unresolved[:3]) + more


def _unresolved_line(u: dict[str, str]) -> str:
    """A ``translation_of`` that names no single input article, as the log and the
    stage's reason say it: file, value, why."""
    return f"{u['file']}: translation_of {u['translation_of']!r} {u['reason']}"


def _nfc(name: str) -> str:
    """A name as names are compared: NFC (a Mac or a zip archive writes "ü" in a file name as
    "u" and a combining mark, a metadata sidecar typed by hand as one character)."""
    return name if name.isascii() else unicodedata.normalize("NFC", name)


def _by_file(articles: list) -> dict[str, list]:
    """Articles by their file's name and stem (NFC)."""
    by_file: dict[str, list] = defaultdict(list)
    for a in articles:
        if a.source_path:
            path = PurePath(_nfc(a.source_path))
            for key in dict.fromkeys((path.name, path.stem)):
                by_file[key].append(a)
    return by_file


def _named_by(value: str, ids: dict[str, Any], by_file: dict[str, list]) -> list:
    """Every input article ``value`` may name: by article id, and by file name or stem;
    a value with folders names only files whose path ends in those folders.  Names are
    compared in NFC (``ids``: the articles by their id in NFC)."""
    value = _nfc(value)
    parts = PurePath(value).parts
    found = {a.id: a for a in ids.get(value, [])}
    for a in by_file.get(parts[-1], []) if parts else []:
        if len(parts) == 1 or PurePath(_nfc(a.source_path)).parts[-len(parts) : -1] == parts[:-1]:
            found.setdefault(a.id, a)
    return list(found.values())


def _resolve_one(value: str, article, ids: dict[str, Any], by_file: dict[str, list]) -> tuple[str | None, str]:
    """The id of the article ``value`` names, or None and why not.  A bare file name
    found in several folders names the one in the translation's own folder."""
    named = _named_by(value, ids, by_file)
    found = [a for a in named if a.id != article.id]
    if len(found) > 1 and len(PurePath(value).parts) == 1:
        here = PurePath(article.source_path or "").parent
        found = [a for a in found if PurePath(a.source_path or "").parent == here] or found
    if not found:
        why = "names the article itself" if named else "names no input article (by article id, file name or file stem)"
        return None, why
    if len(found) > 1:
        return None, f"names {len(found)} input articles ({', '.join(sorted(a.id for a in found)[:3])}); give the article id"
    return found[0].id, ""


_DUPLICATE_OF = re.compile(r"^same text as article ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") \((.+?)\) of the same outlet")


def set_aside(skipped: list) -> dict[str, str]:
    """The inputs ingest set aside as duplicates (``skipped.jsonl``, stage ``duplicate``):
    their file name and stem (NFC) -> the id of the article kept in their place, whose
    cleaned text is theirs, with the kept file's path as ingest wrote it ("id\\0path"); a name two
    set-aside files share is left out."""
    out: dict[str, str] = {}
    folders: dict[str, str] = {}
    ambiguous: set[str] = set()
    for sk in skipped:
        m = _DUPLICATE_OF.match(sk.reason or "") if sk.stage == "duplicate" and sk.path else None
        if m is None:
            continue
        try:
            kept = ast.literal_eval(m.group(1))
        except (ValueError, SyntaxError):
            continue
        path = PurePath(_nfc(sk.path))
        for key in dict.fromkeys((path.name, path.stem)):
            if key in out and (out[key], folders[key]) != (kept, m.group(2)):
                ambiguous.add(key)  # two set-aside files of one name (two folders): never guessed (rt31-16)
            out.setdefault(key, kept)
            folders.setdefault(key, _nfc(m.group(2)))
    return {k: f"{v}\0{folders[k]}" for k, v in out.items() if k not in ambiguous}


def _via_duplicate(value: str, article, ids: dict[str, Any], duplicates: dict[str, str]) -> str | None:
    """The kept article a ``translation_of`` naming a set-aside duplicate stands for."""
    parts = PurePath(_nfc(value)).parts
    kept, _, kept_path = (duplicates.get(parts[-1]) or "").partition("\0") if parts else ("", "", "")
    if not kept or kept not in ids or kept == article.id:
        return None
    if _nfc(ids[kept].source_path or "") != kept_path:
        return None  # the id names another file than the one ingest kept (an id renamed after a clash, rt31-16)
    log.warning("%s: translation_of %r names an input set aside as a duplicate of %r (the same text); aligned with %r",
                article.source_path or article.id, value, kept, kept)
    return kept


def _shared_id(article, unresolved: list[dict[str, str]]) -> None:
    """A ``translation_of`` ingest found naming an id several articles share (rv86-2): unresolved."""
    value, _, count = str((article.meta or {}).get("translation_of_shared") or "").partition("\0")
    if value:
        unresolved.append({"file": _name(article), "translation_of": value,
                           "reason": f"names an id {count} articles share (which one is meant is not known)"})


def resolve_translation_of(articles: list, duplicates: dict[str, str] | None = None
                           ) -> tuple[list[tuple[str, str]], list[dict[str, str]]]:
    """The declared pairs (original id, translation id), each ``translation_of`` resolved
    by article id, file name or file stem (a pair declared both ways once), or through a
    file set aside as a duplicate to the article kept in its place (``duplicates``: see
    :func:`set_aside`); and those that could not be resolved (file, value, reason).  A pair
    in one language is said (a rewrite, not a translation) and aligned all the same."""
    ids = {a.id: a for a in articles}
    by_name: dict[str, list] = defaultdict(list)  # two ids that differ only in form name both
    for a in articles:
        by_name[_nfc(a.id)].append(a)
    by_file = _by_file(articles)
    declared: list[tuple[str, str]] = []
    unresolved: list[dict[str, str]] = []
    seen: set[frozenset[str]] = set()
    for a in articles:
        value = (a.translation_of or "").strip()
        if not value:
            _shared_id(a, unresolved)
            continue
        orig, why = _resolve_one(value, a, by_name, by_file)
        if orig is None and why.startswith("names no input") and duplicates:
            orig = _via_duplicate(value, a, ids, duplicates)
        if orig is None:
            unresolved.append({"file": a.source_path or a.id, "translation_of": value, "reason": why})
        elif frozenset((orig, a.id)) not in seen:
            seen.add(frozenset((orig, a.id)))
            declared.append((orig, a.id))
            if a.language and a.language == ids[orig].language:
                log.warning("%s: translation_of %r is in the same language (%s); aligned as a pair all the same",
                            a.source_path or a.id, value, a.language)
    return declared, unresolved


def _in_pivot(sents: list[Sentence], lang: str, mt: dict[str, Translation], pivot: str) -> list[str] | None:
    """The sentences in the pivot language: themselves, or their MT (None if any record is missing, or if more than
    half of them have no words, as brought translations for other documents give; a few empty ones stay empty)."""
    if lang == pivot:
        return [s.text for s in sents]
    out = []
    for s in sents:
        t = mt.get(s.id)
        if t is None:
            return None
        out.append(t.target)
    if out and 2 * sum(1 for x in out if not x.strip()) >= len(out):
        return None  # brought MT for half the sentences or fewer (another document's translations): as without MT
    return out  # a sentence or a few without MT: the rest's MT still leads (rt35-11)


def _mt_lacking(a, b, by_article, mt, pivot: str) -> str | None:
    """When the run has MT but not for every sentence of this pair's side(s) outside the
    pivot (brought translations that cover some documents only): how much it has, said
    ("3 of 8 sentences"); the pair is then aligned as if no MT were given."""
    if not mt:
        return None
    *_, src_p, tgt_p, use_mt = _orient(a, b, by_article, mt, pivot)
    if use_mt or (src_p is not None and tgt_p is not None):
        return None
    sents = [s for art, p in ((a, src_p), (b, tgt_p)) if p is None for s in by_article.get(art.id, [])]
    have = sum(1 for s in sents if s.id in mt and mt[s.id].target.strip())
    return f"{have} of {len(sents)} sentences"


def _align_declared(declared, articles, by_article, mt, pivot: str, encoder, acfg) -> list[Any]:
    """Each declared pair aligned, in order: (beads, languages), or None when one of its
    articles is missing.  A pair aligned on embeddings is aligned here, in order (the
    encoder, its cache and its kernels are this process's); the others are a map-reduce
    (``parallel.map_reduce``; ``groupby(pair).map_groups`` on the Ray engine): each
    article goes out once with its sentences and their MT, as a row for every pair it
    belongs to, and each pair's two rows are aligned where they meet."""
    out: list[Any] = [None] * len(declared)
    sides: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article -> (pair, side)
    embedded: list[tuple[int, Any, Any]] = []  # pairs aligned on embeddings here
    for k, (orig_id, trans_id) in enumerate(declared):
        a, b = articles.get(orig_id), articles.get(trans_id)
        if a is None or b is None:
            continue
        _, _, src_sents, tgt_sents, *_, use_mt = _orient(a, b, by_article, mt, pivot)
        if encoder is not None and auto_embeddings(len(src_sents), len(tgt_sents), use_mt):
            embedded.append((k, a, b))
            continue
        sides[a.id].append((k, 0))
        sides[b.id].append((k, 1))
    if embedded:
        # every sentence of those pairs in one call (full batches for torch's kernels); the
        # run's encoder cache (by text) serves each pair, and the match stage later
        encoder.encode([s.text for _, a, b in embedded for art in (a, b) for s in by_article.get(art.id, [])])
    for k, a, b in embedded:
        out[k] = _align_articles(a, b, by_article, mt, pivot, encoder, acfg)
    items = []
    for art_id, where in sides.items():
        sents = by_article.get(art_id, [])
        items.append((articles[art_id], sents, {s.id: mt[s.id] for s in sents if s.id in mt}, where))
    from ..parallel import map_reduce

    for k, done in map_reduce(_pair_rows, items, partial(_align_pair, pivot=pivot, acfg=acfg), map_here=True).items():
        out[k] = done
    return out


def _pair_rows(item) -> list[tuple[int, Any]]:
    """One article (with its sentences and their MT) as a row for each pair it is in."""
    article, sents, mt, where = item
    return [(k, (side, article, sents, mt)) for k, side in where]


def _align_pair(k: int, rows: list, *, pivot: str, acfg) -> tuple[list[AlignmentPair], tuple[str, str], str, int]:
    """Pair ``k`` from its two rows (original, translation): aligned without embeddings."""
    (_, a, sa, ma), (_, b, sb, mb) = sorted(rows, key=lambda row: row[0])
    return _align_articles(a, b, {a.id: sa, b.id: sb}, {**ma, **mb}, pivot, None, acfg)


def _orient(a, b, by_article, mt, pivot: str):
    """The pair oriented so that the source is the non-pivot side when one side is the
    pivot: (a, b, their sentences, languages, both in the pivot language, whether MT is used)."""
    src_sents, tgt_sents = by_article.get(a.id, []), by_article.get(b.id, [])
    la = a.language or (src_sents[0].language if src_sents else "")
    lb = b.language or (tgt_sents[0].language if tgt_sents else "")
    if la == pivot and lb != pivot:
        a, b, src_sents, tgt_sents, la, lb = b, a, tgt_sents, src_sents, lb, la
    src_p = _in_pivot(src_sents, la, mt, pivot)
    tgt_p = _in_pivot(tgt_sents, lb, mt, pivot)
    use_mt = src_p is not None and tgt_p is not None and not (la == pivot and lb == pivot)
    return a, b, src_sents, tgt_sents, la, lb, src_p, tgt_p, use_mt


def _align_articles(a, b, by_article, mt, pivot: str, encoder, acfg) -> tuple[list[AlignmentPair], tuple[str, str], str, int]:
    """One declared article pair, aligned: its beads (those of ``acfg.min_score``), its
    (source, target) languages, a note: :data:`LENGTH_ONLY` (no MT, no embeddings),
    how many beads are low (:func:`unrelated_beads`), or "", and how many beads
    ``acfg.min_score`` left out (unaligned sentences, score 0, among them)."""
    a, b, src_sents, tgt_sents, la, lb, src_p, tgt_p, use_mt = _orient(a, b, by_article, mt, pivot)
    # as `aligner align --embeddings auto`: embeddings where there is no MT
    enc = encoder if auto_embeddings(len(src_sents), len(tgt_sents), use_mt) else None
    src_mt = src_p if use_mt else None
    if src_mt is None and enc is None and la == lb:
        src_mt = [s.text for s in src_sents]  # one language: its own MT, as `aligner align` does
    pairs = align_sentences(
        [s.text for s in src_sents],
        [s.text for s in tgt_sents],
        src_mt,
        tgt_mt=tgt_p if use_mt and lb != pivot else None,
        encoder=enc,
        max_group=acfg.max_group,
    )
    low = unrelated_beads(pairs)
    note = LENGTH_ONLY if src_mt is None and enc is None else f"{low[0]} of {low[1]} beads have confidence below {LOW_CONFIDENCE:g}" if low else ""
    below = 0
    if acfg.min_score is not None:
        below = sum(1 for p in pairs if p.score < acfg.min_score)
        pairs = [p for p in pairs if p.score >= acfg.min_score]
    _fill(pairs, src_sents, tgt_sents, a.id, b.id)
    return pairs, (la, lb), note, below


LENGTH_ONLY = "length-only"
# A pair of at least UNRELATED_MIN beads (with both sides), at least UNRELATED_SHARE of
# them below LOW_CONFIDENCE, is said.  scripts/check_unrelated_pairs.py (windows of the
# protocol-3 WMT22/23 documents, with MT): windows of 6 gold beads flag 0 of 150 true
# pairs, 115 of 150 with another window's target, 127 of 150 with another's MT; of 20:
# 0 of 60 (at most 6% of a true pair's beads low), 60 of 60, 57 of 60.  A one-bead
# document scores 0.0 even when right: too short to judge, hence UNRELATED_MIN.
LOW_CONFIDENCE = 0.3
UNRELATED_SHARE = 0.5
UNRELATED_MIN = 3


def unrelated_beads(pairs: list[AlignmentPair]) -> tuple[int, int] | None:
    """(beads below LOW_CONFIDENCE, beads with both sides) when there are UNRELATED_MIN
    beads or more and at least UNRELATED_SHARE of them are low: the two sides do not
    look like translations of each other."""
    both = [p for p in pairs if p.src and p.tgt]
    low = sum(1 for p in both if p.score < LOW_CONFIDENCE)
    return (low, len(both)) if len(both) >= UNRELATED_MIN and low >= UNRELATED_SHARE * len(both) else None


def _nonempty(p: AlignmentPair) -> bool:
    return bool(p.src and p.tgt and p.src_text.strip() and p.tgt_text.strip())


def _write_corpus(store, stem: str, pairs: list[AlignmentPair], ls: str, lt: str, originals: set[str],
                  summary: dict[str, Any] | None = None) -> int:
    """``corpus.tmx``/Moses/TSV of one language pair; the TMX says which side is the original.
    A low bead that crosses another of its document pair is left out (``crossing_low``),
    counted in ``summary["corpus_left_out_crossing"]``."""
    pairs, crossed = crossing_low([p for p in pairs if _nonempty(p)])
    if crossed and summary is not None:
        summary["corpus_left_out_crossing"] = summary.get("corpus_left_out_crossing", 0) + len(crossed)
    try:
        write_alignment(pairs, store.path(f"{stem}.tmx"), "tmx", ls or "und", lt or "und", originals=originals)
        # one language on both sides: corpus.en1 + corpus.en2 (formats.output_paths)
        write_alignment(pairs, store.path(stem), "moses", ls or "src", lt or "tgt")
        write_alignment(pairs, store.path(f"{stem}.tsv"), "tsv")
    except OSError as exc:
        raise AlignerError(f"{store.root}: cannot write the corpus ({exc})") from None
    return len(pairs)


def crossing_low(pairs: list[AlignmentPair]) -> tuple[list[AlignmentPair], list[AlignmentPair]]:
    """(the beads kept for the corpus, those left out): a bead below ``LOW_CONFIDENCE`` whose
    target lies before the target of a bead earlier in its source (or after that of a later
    one) in the same document pair crosses it: the search swapped an omitted line and an
    added one into a bead of two unrelated sentences, which a Moses or TMX corpus must not
    carry; the beads left keep both documents' order where the crossing was low."""
    by_doc: dict[tuple[str | None, str | None], list[AlignmentPair]] = defaultdict(list)
    for p in pairs:
        by_doc[(p.src_article, p.tgt_article)].append(p)
    out: set[int] = set()
    for beads in by_doc.values():
        ends = [(min(p.src), min(p.tgt), id(p), p.score) for p in beads if p.src and p.tgt]
        for sa, ta, ident, score in ends:
            if score < LOW_CONFIDENCE and any((sb < sa) != (tb < ta) for sb, tb, other, _ in ends if other != ident
                                              and sb != sa and tb != ta):
                out.add(ident)
    return [p for p in pairs if id(p) not in out], [p for p in pairs if id(p) in out]


def _write_mt_corpus(store, articles, by_article, mt, pivot: str) -> int:
    """Every non-pivot sentence with its own machine translation, in ``mt-corpus.*``."""
    from ..console import one_line  # an id from a file name may hold a tab or a newline
    from ..store import atomic_write_text

    rows: dict[tuple[str, str], list[tuple[list[Sentence], Translation]]] = defaultdict(list)
    from ..translate.precomputed import source_key

    seen = Counter(source_key(s.text) for sents in by_article.values() for s in sents)  # as brought translations key them
    shared = {s.id for sents in by_article.values() for s in sents if seen[source_key(s.text)] > 1}
    for art_id, sents in by_article.items():
        lang = articles[art_id].language if art_id in articles else ""
        for k, s in enumerate(sents):
            t = mt.get(s.id)
            if t is None or t.backend == "identity" or (s.language or lang) == pivot:
                continue
            if not s.text.strip() or not t.target.strip():
                continue  # a missing translation is not a pair; a merged one is written with the sentence before
            rows[(t.src_lang or s.language or lang, t.tgt_lang or pivot)].append((_with_merged(sents, k, mt, shared), t))
    total = 0
    for rank, ((ls, lt), pairs) in enumerate(sorted(rows.items(), key=lambda kv: -len(kv[1]))):
        stem = "mt-corpus" if rank == 0 else f"mt-corpus.{ls}-{lt}"
        beads = [
            AlignmentPair(src=[x.index for x in ss], tgt=[ss[0].index], score=1.0, src_text=_joined(ss), tgt_text=t.target,
                          src_article=ss[0].article_id, tgt_article=f"{ss[0].article_id}#mt")
            for ss, t in pairs
        ]
        try:
            atomic_write_text(
                store.path(f"{stem}.tsv"),
                "".join(f"{corpus_text(_joined(ss))}\t{corpus_text(t.target)}\t{one_line('+'.join(x.id for x in ss))}\n"
                        for ss, t in pairs),
            )
            write_alignment(beads, store.path(stem), "moses", ls or "src", lt or "tgt")
            write_alignment(beads, store.path(f"{stem}.tmx"), "tmx", ls or "und", lt or "und")
        except OSError as exc:
            raise AlignerError(f"{store.root}: cannot write the MT corpus ({exc})") from None
        total += len(pairs)
    return total


def _with_merged(sents: list[Sentence], k: int, mt, shared: set[str]) -> list[Sentence]:
    """Sentence ``k`` and the sentences after it whose translation is merged into its own (a brought
    document's 2-1 or 2-2 bead gives its whole English to the first sentence, "merged" to the others):
    the source side of one parallel row.  Brought translations are keyed by the source text, so a
    sentence the run holds more than once (``shared``, ids: "Die Polizei ermittelt.") may be merged in another
    article only: never glued (rt31-1)."""
    out = [sents[k]]
    for s in sents[k + 1:]:
        t = mt.get(s.id)
        if t is None or t.target.strip() or "merged" not in t.flags or s.id in shared:
            break
        out.append(s)
    return out


def _joined(sents: list[Sentence]) -> str:
    return " ".join(s.text.strip() for s in sents)
