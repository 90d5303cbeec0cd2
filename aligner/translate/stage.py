"""The translation stage of ``aligner run``.

Translates every sentence whose language is not the pivot (``cfg.pivot``, default
en) and every non-pivot quote from ``quotes.jsonl`` when that file exists; pivot
text passes through (backend ``identity``).  Writes ``translations.jsonl`` with one
Translation per sentence and per quote (``sentence_id`` = the sentence or quote id).
When no model can be loaded here for any language the backend's ``StageUnavailable``
makes the pipeline record the stage as skipped with that explanation; a language
without a model while others have one leaves its texts untranslated (flagged
``missing-translation``, counted in the summary's ``untranslated`` and ``no_model``)
and the other languages' translations are written.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from ..console import listed, progress
from ..errors import ModelUnavailable, StageUnavailable
from ..model import Article, Quote, Sentence, Translation
from .engine import Engine, identity_translations
from .guards import FLAGS as guard_flags

log = logging.getLogger(__name__)


def collect(articles: Sequence[Article], items: Sequence[Sentence | Quote],
            pivot: str) -> tuple[dict[str, list[tuple[str, str]]], list[Translation]]:
    """(non-pivot texts of ``items`` by language as (id, text), identity translations for pivot text)."""
    todo: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ident: list[Translation] = []
    by_id = {a.id: a for a in articles}
    for x in items:  # a sentence or quote without a language has its article's
        sid, text, lang = x.id, x.text, x.language or getattr(by_id.get(x.article_id), "language", "") or ""
        if not lang or lang == pivot:
            ident.extend(identity_translations([text], lang or pivot, [sid]))
        else:
            todo[lang].append((sid, text))
    return dict(todo), ident


def translate_store(
    store, cfg, *, stage_name: str = "translate", options=None, engine_cls: type[Engine] = Engine
) -> tuple[list[Translation], dict, dict]:
    """Translate a run directory; returns (translations, summary, memory stats).  Shared by the CLI.
    ``engine_cls``: the batch engine (another engine's subclass may translate elsewhere)."""
    # a translations folder pairs its sentences on embeddings: the run's encoders
    with store.embedding_run():
        return _translate_store(store, cfg, stage_name, options, engine_cls)


def _translate_store(store, cfg, stage_name: str, options, engine_cls: type[Engine]) -> tuple[list[Translation], dict, dict]:
    from . import get_backend

    pivot = getattr(cfg, "pivot", "en") or "en"
    tc = cfg.translate  # this stage's own settings (pipeline.TranslateConfig)
    articles, sentences = store.articles(), store.sentences()
    quotes = store.read("quotes.jsonl", Quote) if store.exists("quotes.jsonl") else []
    todo, ident = collect(articles, [*sentences, *quotes], pivot)
    out: list[Translation] = list(ident)
    summary: dict = {"translated": 0, "identity": len(ident)}  # "translated": counted at the end
    totals = None
    backends = set()
    uses_model = False
    failed: list[StageUnavailable] = []
    with progress("sentences") as bar:
        for lang, pairs in sorted(todo.items()):
            try:
                backend = get_backend(
                    tc.backend, tc.model, lang, pivot, translations=cfg.translations, store=store, device=tc.device,
                    max_mb=_max_mb(cfg), threads=getattr(tc, "threads", None),
                )
            except StageUnavailable as exc:  # this language only: the others keep their translations
                failed.append(exc)
                out.extend(_untranslated(pairs, lang, pivot, exc, summary))
                continue
            backends.add(f"{backend.name}:{backend.model}")
            for why, n in getattr(backend, "left_out", {}).items():  # brought lines not used
                if n:
                    summary[why] = n
            uses_model = uses_model or backend.calls_model
            engine = engine_cls(backend, store, stage=stage_name)
            task = bar.add_task(f"translate {lang}->{pivot}", total=len(pairs))
            res = engine.translate(
                [t for _, t in pairs], lang, pivot, ids=[i for i, _ in pairs],
                batch_size=tc.batch_size, beam=tc.beam, options=options,
                on_progress=partial(bar.advance, task),
            )
            out.extend(res)
            if totals is None:
                totals = engine.stats
            else:
                totals.add(engine.stats)
    if failed and len(failed) == len(todo):
        raise failed[0]  # no language could be translated: the stage is unavailable, as a whole
    _quotes_from_sentences(quotes, out)
    # the texts that have a translation (a brought line that matched none has none)
    summary["translated"] = sum(1 for t in out if t.backend not in ("identity", "none")
                                and "missing-translation" not in t.flags)
    order = {s.id: i for i, s in enumerate(sentences)}
    if "precomputed" in {b.split(":", 1)[0] for b in backends}:
        _say_coverage(cfg.translations, out, sentences, articles, summary, _max_mb(cfg), pivot, {q.id for q in quotes})
    out.sort(key=lambda t: (order.get(t.sentence_id, len(order)), t.sentence_id))
    store.write("translations.jsonl", out)
    if totals is not None:
        st = totals.as_dict()
        summary.update(hits=st["hits"], misses=st["misses"])  # brought translations go through the memory too
        if uses_model:  # (and call no model)
            summary["model_calls"] = st["model_calls"]
        # the table's lines a guard flagged, whichever run translated them (memory hits included)
        summary["flagged"] = sum(1 for t in out if set(t.flags) & set(guard_flags))
        summary["missing"] = sum(1 for t in out if "missing-translation" in t.flags and t.backend != "none")
    if backends:
        summary["backend"] = ", ".join(sorted(backends))
    return out, summary, (totals.as_dict() if totals is not None else {})


def _untranslated(pairs: list[tuple[str, str]], lang: str, pivot: str, exc: Exception, summary: dict) -> list[Translation]:
    """The sentences of a language no model translates here: kept, empty and flagged
    ``missing-translation``, with one warning line naming the pair and why (without
    the advice that ends a ``ModelUnavailable``)."""
    reason = exc.reason if isinstance(exc, ModelUnavailable) else str(exc)
    log.warning(f"{lang}->{pivot}: no translation model ({reason}); {len(pairs)} {lang} texts are left untranslated")
    summary["untranslated"] = summary.get("untranslated", 0) + len(pairs)
    summary["no_model"] = ", ".join(filter(None, [summary.get("no_model"), f"{lang}->{pivot}"]))
    return [Translation(sentence_id=i, source=t, target="", src_lang=lang, tgt_lang=pivot, backend="none", model="",
                        flags=["missing-translation"]) for i, t in pairs]


def _max_mb(cfg) -> float | None:
    """--max-size (the size limit of one input file, brought translations included)."""
    ingest = getattr(cfg, "ingest", None)
    return getattr(ingest, "max_size_mb", None)


# Brought translations that leave more than this share of the sentences to translate
# without a translation are said in a warning (translations for other articles?).
FEW_MATCHED = 0.5


def _say_coverage(path, out: list[Translation], sentences: Sequence[Sentence], articles: Sequence[Article],
                  summary: dict, max_mb: float | None = None, pivot: str = "en", quote_ids: frozenset[str] | set[str] = frozenset()) -> None:
    """Brought translations that cover the run's sentences (those not in the pivot
    language) only in part: one warning line when they match fewer than half of them
    (none: a file of translations of other articles, or whose translations are all empty),
    one naming the articles a TSV leaves mostly untranslated (fewer than half of their
    sentences matched) while it covers others (a folder's pairing says it per document).  ``summary`` gets ``sentences_matched`` of ``sentences_to_translate``
    and the names (``articles_untranslated``): what the report says."""
    by_id = {t.sentence_id: t for t in out}
    todo = [(s, by_id[s.id]) for s in sentences if s.id in by_id and by_id[s.id].backend != "identity"]
    has = {s.id: bool(t.target.strip() or "merged" in t.flags) for s, t in todo}
    matched = sum(has.values())
    summary.update(sentences_to_translate=len(todo), sentences_matched=matched)
    if todo and not matched and _quotes_only(path, out, quote_ids, len(todo), summary):
        return
    if todo and not matched:  # nothing usable: the translate stage the user asked for failed
        summary["reason"] = _nothing_usable(path, len(todo), max_mb)
        log.warning(f"translate failed: {summary['reason']}")
        return
    if todo and matched < FEW_MATCHED * len(todo):
        log.warning(
            f"{path}: the brought translations match {matched} of the {len(todo)} sentences to translate; "
            f"{len(todo) - matched} are left without a translation (translations for other articles? only this "
            "--translations is read: lines brought on earlier runs are not remembered)")
    if Path(path).is_file():  # a folder is paired by the aligner: its lines cannot be shifted
        _say_suspicious(path, _own_lines(todo))
    per: dict[str, list[bool]] = defaultdict(list)
    for s, _ in todo:
        per[s.article_id].append(has[s.id])
    left = _not_in_pivot([a for a, got in per.items() if sum(got) < FEW_MATCHED * len(got)], per, articles, pivot, summary)
    if not left:
        return
    names = _article_names(articles, left)
    summary["articles_untranslated"] = names
    if len(left) == len(per) or not Path(path).is_file():
        return  # said above (none or few matched), or per document by the folder's pairing
    missing = sum(len(per[a]) - sum(per[a]) for a in left)
    log.warning(f"{path}: {len(left)} article(s) left mostly without a translation ({missing} of their "
                f"{sum(len(per[a]) for a in left)} sentences have none): {listed(names, 5)}"
                + "; only this --translations is read: lines brought on earlier runs are not remembered")


def _quotes_only(path, out: list[Translation], quote_ids: frozenset[str] | set[str], n: int, summary: dict) -> bool:
    """Brought translations of the quotes only (the shortcut for a quote check): whether
    they translate quotes of their own, when they match none of the ``n`` sentences; if so
    one warning with the counts (the sentences stay untranslated; no failed stage) and
    ``summary["quotes_matched"]`` of ``quotes_to_translate``."""
    quotes = [t for t in out if t.sentence_id in quote_ids and t.backend != "identity"]
    own = sum(1 for t in quotes if t.target.strip() and not {"missing-translation", "sentence-level"} & set(t.flags))
    if not own:
        return False
    summary.update(quotes_to_translate=len(quotes), quotes_matched=own)
    log.warning(f"{path}: the brought translations match {own} of the {len(quotes)} quotes to translate and none of "
                f"the {n} sentences: the sentences stay untranslated")
    return True


def _not_in_pivot(left: list[str], per: dict[str, list[bool]], articles: Sequence[Article], pivot: str,
                  summary: dict) -> list[str]:
    """``left`` without the articles written in the pivot language: an English article is not
    untranslated; the sentences in it read as another language that have no translation are
    counted (``summary["pivot_article_sentences_untranslated"]``) and said in one line."""
    lang = {a.id: (a.language or "").split("-")[0] for a in articles}
    own = [a for a in left if lang.get(a) == pivot]
    if not own:
        return left
    n = sum(len(per[a]) - sum(per[a]) for a in own)
    summary["pivot_article_sentences_untranslated"] = n
    log.warning(f"{n} sentence(s) read as another language inside {len(own)} {pivot} article(s) have no brought "
                f"translation (the articles themselves are in {pivot})")
    return [a for a in left if a not in own]


def _nothing_usable(path, n: int, max_mb: float | None = None) -> str:
    """Why brought translations that match none of the ``n`` texts to translate are no translation."""
    from .precomputed import _parsed

    p = Path(path)
    why = ("every translation in it is empty" if p.is_file() and not _parsed(p, max_mb).rows
           else "translations of other articles?")
    return f"{path}: the brought translations match none of the {n} sentences to translate ({why})"


# Brought translations of which at least SUSPICIOUS_MIN and more than SUSPICIOUS_SHARE of those
# used are guard-flagged (a length far from the source's, a loop) are said in a warning: lines
# shifted against their sources?  On blocks of 5-100 consecutive lines of the seed translations
# and three WMT22 and three WMT23 system outputs: no genuine block of 8,302 warned; shifted by one
# line 35% (5 lines) to 99% (100 lines) of them (scripts/check_shifted_translations.py).
SUSPICIOUS_MIN, SUSPICIOUS_SHARE = 2, 0.10


def _own_lines(todo: list[tuple[Sentence, Translation]]) -> list[Translation]:
    """The brought translations used, less those whose next sentence (of the same article)
    has none of its own (empty or ``merged``): a translator merged them, so the longer
    line is no sign of lines shifted against their sources."""
    def merged_away(k: int) -> bool:
        return k < len(todo) and todo[k][0].article_id == todo[k - 1][0].article_id and (
            not todo[k][1].target.strip() or "merged" in todo[k][1].flags)

    return [t for k, (_, t) in enumerate(todo) if t.target.strip() and not merged_away(k + 1)]


def _say_suspicious(path, used: list[Translation]) -> None:
    """One warning line when many brought translations used are guard-flagged."""
    bad = sum(1 for t in used if set(t.flags) & set(guard_flags))
    if bad >= SUSPICIOUS_MIN and bad > SUSPICIOUS_SHARE * len(used):
        log.warning(f"{path}: {bad} of the {len(used)} brought translations used have a length far from their "
                    "source's or repeat themselves (flagged in translations.jsonl): are its lines shifted against "
                    "their sources?")


def _article_names(articles: Sequence[Article], ids: list[str]) -> list[str]:
    """The articles ``ids`` as a reader knows them: the file name that tells each from the
    others (``report.common.file_names``), else the article id."""
    from ..report.common import file_names

    by_id = {a.id: a for a in articles}
    files = file_names(articles)
    names = [files.get(by_id[i].source_path or "", i) if i in by_id else i for i in ids]
    twice = {n for n, k in Counter(names).items() if k > 1}  # articles of one file (JSONL): with their ids
    return [f"{n} ({i})" if n in twice else n for n, i in zip(names, ids)]


def _quotes_from_sentences(quotes: list[Quote], out: list[Translation]) -> None:
    """A quote that bring-your-own translations do not cover gets the translation of
    the sentences it lies in, flagged ``sentence-level`` (it may say more than the quote)."""
    by_id = {t.sentence_id: t for t in out}
    for q in quotes:
        t = by_id.get(q.id)
        if t is None or "missing-translation" not in t.flags or not q.sentence_ids:
            continue
        parts = [by_id.get(sid) for sid in q.sentence_ids]
        if all(p is not None and p.target for p in parts):
            t.target = " ".join(p.target for p in parts)  # type: ignore[union-attr]
            t.flags = ["sentence-level"]


def stage(store, cfg):
    from ..pipeline import StageResult

    _, summary, _ = translate_store(store, cfg)
    # brought translations of which none is usable: failed (the report says why), translations.jsonl written
    return StageResult("failed" if summary.get("reason") else "done", summary)
