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
from collections import defaultdict
from collections.abc import Collection
from functools import partial

from ..console import progress
from ..errors import ModelUnavailable, StageUnavailable
from ..model import Quote, Translation
from .engine import Engine, identity_translations
from .guards import FLAGS as guard_flags

log = logging.getLogger(__name__)


def collect(store, pivot: str) -> tuple[dict[str, list[tuple[str, str]]], list[Translation]]:
    """(non-pivot texts by language as (id, text), identity translations for pivot text)."""
    todo: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ident: list[Translation] = []
    articles = {a.id: a for a in store.articles()}
    items = list(store.sentences())
    if store.exists("quotes.jsonl"):
        items += store.read("quotes.jsonl", Quote)
    for x in items:  # a sentence or quote without a language has its article's
        sid, text, lang = x.id, x.text, x.language or getattr(articles.get(x.article_id), "language", "") or ""
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
    todo, ident = collect(store, pivot)
    out: list[Translation] = list(ident)
    summary: dict = {"translated": 0, "identity": len(ident)}
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
            summary["translated"] += len(res)
            if totals is None:
                totals = engine.stats
            else:
                totals.add(engine.stats)
    if failed and len(failed) == len(todo):
        raise failed[0]  # no language could be translated: the stage is unavailable, as a whole
    _quotes_from_sentences(store, out)
    order = {s.id: i for i, s in enumerate(store.sentences())}
    if "precomputed" in {b.split(":", 1)[0] for b in backends}:
        _say_coverage(cfg.translations, out, order.keys())
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
        if not summary["missing"]:
            del summary["missing"]
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


def _say_coverage(path, out: list[Translation], sentence_ids: Collection[str]) -> None:
    """One warning line when brought translations match none or few of the run's
    sentences (those not in the pivot language), with how many they matched."""
    todo = [t for t in out if t.sentence_id in sentence_ids and t.backend != "identity"]
    matched = sum(1 for t in todo if t.target.strip() or "merged" in t.flags)
    if todo and matched < FEW_MATCHED * len(todo):
        log.warning(
            f"{path}: the brought translations match {matched} of the {len(todo)} sentences to translate; "
            f"{len(todo) - matched} are left without a translation (translations for other articles?)")


def _quotes_from_sentences(store, out: list[Translation]) -> None:
    """A quote that bring-your-own translations do not cover gets the translation of
    the sentences it lies in, flagged ``sentence-level`` (it may say more than the quote)."""
    if not store.exists("quotes.jsonl"):
        return
    by_id = {t.sentence_id: t for t in out}
    for q in store.read("quotes.jsonl", Quote):
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
    return StageResult("done", summary)
