"""The alignment stage of ``aligner run``: the run's bilingual corpus.

Two sources of sentence pairs:

1. article pairs declared translations of each other (``Article.translation_of``):
   the original's sentences are aligned with the translation's sentences, comparing
   both sides in the pivot language (the MT from ``translations.jsonl``; a side
   already in the pivot language is itself) and, when an encoder is configured,
   by cross-lingual embeddings of the originals; with no MT at all, by embeddings,
   chrF of the originals and length;
2. every translated article with its own MT (one 1-1 bead per translated sentence,
   target article ``<id>#mt``), when ``translations.jsonl`` exists.

Writes ``alignments.jsonl`` (every bead, with article ids, sentence ids, character
offsets and scores) and the corpus of beads non-empty on both sides:
``corpus.tmx``, ``corpus.<src>`` + ``corpus.<tgt>`` (Moses) and ``corpus.tsv``.  The
source side of a corpus is the non-pivot language.  When the run holds several
language pairs, the most frequent one gets those names and the others
``corpus.<src>-<tgt>.tmx`` and so on.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict

from ..errors import AlignerError, StageUnavailable
from ..model import AlignmentPair, Article, Sentence, Translation
from .core import align_sentences, auto_embeddings
from .formats import write_alignment


def _encoder(name: str | None):
    from ..console import warn
    from ..embed import get_encoder

    if not name or name.lower() == "none":
        return None
    try:
        return get_encoder(name)
    except StageUnavailable as exc:
        warn(f"align: embeddings {name!r} unavailable ({exc}); aligning without embeddings")
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
    from ..pipeline import StageResult

    articles = {a.id: a for a in store.articles()}
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in store.sentences():
        by_article[s.article_id].append(s)
    for sents in by_article.values():
        sents.sort(key=lambda s: s.index)
    mt: dict[str, Translation] = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}
    pivot = getattr(cfg, "pivot", "en") or "en"
    max_group, min_score = cfg.align.max_group, cfg.align.min_score

    declared = [(a.translation_of, a.id) for a in articles.values() if a.translation_of]
    if not declared and not mt:
        raise StageUnavailable(
            "no article declares translation_of and there is no translations.jsonl: nothing to align "
            "(give a metadata sidecar with translation_of, or let the translate stage run)"
        )
    encoder = _encoder(getattr(cfg, "embeddings", None)) if declared else None
    all_pairs: list[AlignmentPair] = []
    langpairs: Counter = Counter()
    corpus: dict[tuple[str, str], list[AlignmentPair]] = defaultdict(list)
    summary = {"article_pairs": 0, "beads": 0, "corpus_pairs": 0, "mt_pairs": 0, "missing": 0}
    started = time.perf_counter()

    def text_in_pivot(sents: list[Sentence], lang: str) -> list[str] | None:
        if lang == pivot:
            return [s.text for s in sents]
        out = []
        for s in sents:
            t = mt.get(s.id)
            if t is None:
                return None
            out.append(t.target)
        return out

    for orig_id, trans_id in declared:
        a, b = articles.get(orig_id), articles.get(trans_id)
        if a is None or b is None:
            summary["missing"] += 1
            continue
        src_sents, tgt_sents = by_article.get(a.id, []), by_article.get(b.id, [])
        la = a.language or (src_sents[0].language if src_sents else "")
        lb = b.language or (tgt_sents[0].language if tgt_sents else "")
        # orient so that the source is the non-pivot side when one side is the pivot
        if la == pivot and lb != pivot:
            a, b, src_sents, tgt_sents, la, lb = b, a, tgt_sents, src_sents, lb, la
        src_p = text_in_pivot(src_sents, la)
        tgt_p = text_in_pivot(tgt_sents, lb)
        use_mt = src_p is not None and tgt_p is not None and not (la == pivot and lb == pivot)
        pairs = align_sentences(
            [s.text for s in src_sents],
            [s.text for s in tgt_sents],
            src_p if use_mt else None,
            tgt_mt=tgt_p if use_mt and lb != pivot else None,
            # as `aligner align --embeddings auto`: embeddings where there is no MT
            encoder=encoder if auto_embeddings(len(src_sents), len(tgt_sents), use_mt) else None,
            max_group=max_group,
            min_score=min_score,
        )
        _fill(pairs, src_sents, tgt_sents, a.id, b.id)
        summary["article_pairs"] += 1
        all_pairs.extend(pairs)
        corpus[(la, lb)].extend(p for p in pairs if p.src and p.tgt)
    # every translated article with its own MT
    for art_id, sents in by_article.items():
        lang = articles[art_id].language if art_id in articles else ""
        rows = [(s, mt[s.id]) for s in sents if s.id in mt and mt[s.id].backend != "identity" and (s.language or lang) != pivot]
        if not rows:
            continue
        for k, (s, t) in enumerate(rows):
            pair = AlignmentPair(
                src=[s.index], tgt=[k], score=1.0, src_text=s.text, tgt_text=t.target,
                src_ids=[s.id], tgt_ids=[f"{s.id}#mt"], src_spans=[[s.start, s.end]], tgt_spans=[],
                src_article=art_id, tgt_article=f"{art_id}#mt",
            )
            all_pairs.append(pair)
            corpus[(t.src_lang or s.language or lang, t.tgt_lang or pivot)].append(pair)
            summary["mt_pairs"] += 1
    store.write("alignments.jsonl", all_pairs)
    for key, pairs in corpus.items():
        langpairs[key] = len(pairs)
    for rank, ((ls, lt), _) in enumerate(langpairs.most_common()):
        pairs = corpus[(ls, lt)]
        stem = "corpus" if rank == 0 else f"corpus.{ls}-{lt}"
        if ls == lt:
            ls_name, lt_name = f"{ls}1", f"{lt}2"
        else:
            ls_name, lt_name = ls or "src", lt or "tgt"
        try:
            write_alignment(pairs, store.path(f"{stem}.tmx"), "tmx", ls or "und", lt or "und")
            write_alignment(pairs, store.path(stem), "moses", ls_name, lt_name)
            write_alignment(pairs, store.path(f"{stem}.tsv"), "tsv")
        except OSError as exc:
            raise AlignerError(f"{store.root}: cannot write the corpus ({exc})") from None
        summary["corpus_pairs"] += len(pairs)
    summary["beads"] = len(all_pairs)
    summary["seconds_align"] = round(time.perf_counter() - started, 2)
    return StageResult("done", summary)
