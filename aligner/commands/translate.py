"""``aligner translate RUN_DIR``: machine-translate a run's non-pivot sentences."""

from __future__ import annotations

from pathlib import Path

import typer

from ..console import console, error


def stats_table(stats: dict, memory_size: int, logged_calls: int):
    from rich.table import Table

    table = Table(title="translation memory")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("inputs", stats.get("inputs", 0)),
        ("unique texts", stats.get("unique", 0)),
        ("memory hits", stats.get("hits", 0)),
        ("misses (translated)", stats.get("misses", 0)),
        ("model calls (this run)", stats.get("model_calls", 0)),
        ("retried by guards", stats.get("retried", 0)),
        ("still flagged", stats.get("flagged", 0)),
        ("seconds", stats.get("seconds", 0)),
        ("memory entries (total)", memory_size),
        ("model calls logged (total)", logged_calls),
    ]
    for k, v in rows:
        table.add_row(k, str(v))
    return table


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("translate")
    def translate_cmd(
        run_dir: Path = typer.Argument(..., metavar="RUN_DIR", help="A run directory made by `aligner ingest` or `aligner run`."),
        to: str = typer.Option("en", "--to", help="Target (pivot) language. Quote matching (aligner match) needs en."),
        backend: str | None = typer.Option(None, "--backend", help="hf, ct2 or precomputed (default: precomputed with --translations, else ct2 if a conversion of the model exists, else hf)."),
        model: str | None = typer.Option(None, "--model", help="Model id or local folder (default: the packaged registry, e.g. Helsinki-NLP/opus-mt-de-en)."),
        translations: Path | None = typer.Option(None, "--translations", help="Bring your own: TSV source<TAB>translation, or a folder of translated documents."),
        batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences given to the model at once (larger: faster on a GPU, more memory)."),
        beam: int = typer.Option(1, "--beam", min=1, help="Beam size of the translation search (1 = greedy, the fastest)."),
        device: str = typer.Option("auto", "--device", help="cpu, cuda or auto."),
        threads: int | None = typer.Option(None, "--threads", min=1, help="CPU threads of the translation model (default: torch's default for hf, 2 workers for ct2)."),
        stats: bool = typer.Option(False, "--stats", help="Print translation-memory hits, misses and model calls."),
    ) -> None:
        """Translate every non-pivot sentence (and quote) of RUN_DIR into --to; writes translations.jsonl."""
        from ..errors import AlignerError
        from ..pipeline import RunConfig, TranslateConfig
        from ..store import RunStore

        if not (run_dir / "sentences.jsonl").is_file():
            error(f"{run_dir}: not a run directory with sentences.jsonl (run `aligner ingest` or `aligner run` first)")
            raise typer.Exit(2)
        cfg = RunConfig(
            out=run_dir, pivot=to, translations=translations,
            translate=TranslateConfig(backend=backend, model=model, batch_size=batch_size, beam=beam, device=device, threads=threads),
        )
        from ..translate.stage import translate_store
        from .run import interruptible

        with interruptible(run_dir, ("translate",)), RunStore(run_dir) as store, store.lock("aligner translate"):
            try:
                out, summary, mstats = translate_store(store, cfg)
            except AlignerError as exc:
                error(str(exc))
                raise typer.Exit(getattr(exc, "exit_code", 2)) from None
            store.record_stage("translate", "failed" if summary.get("reason") else "done", summary)
            console.print(
                f"translated {summary.get('translated', 0)} texts, {summary.get('identity', 0)} already in {to}; "
                f"memory hits {summary.get('hits', 0)}, misses {summary.get('misses', 0)}, "
                f"model calls {summary.get('model_calls', 0)}, flagged {summary.get('flagged', 0)} "
                f"-> {run_dir / 'translations.jsonl'}",
                markup=False,
            )
            if stats:
                from ..translate.memory import TranslationMemory

                mem = TranslationMemory.for_store(store)
                logged = store.db.execute("SELECT COUNT(*) FROM model_calls WHERE stage = 'translate'").fetchone()[0]
                console.print(stats_table(mstats, mem.size(), logged))
            if summary.get("reason"):  # brought translations of which none is usable (said in a warning)
                raise typer.Exit(1)
            if summary.get("no_model"):  # a language of the run without a model: asked for, not done
                error(f"{run_dir}: {summary.get('untranslated', 0)} texts left untranslated, no model for {summary['no_model']}")
                raise typer.Exit(1)
