"""``aligner report RUN_DIR``: rebuild report.md and report.html from a run directory."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from ..console import console


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("report")
    def report_cmd(
        run_dir: Path = typer.Argument(..., metavar="RUN_DIR", help="A run directory (with clusters.jsonl from the match stage)."),
    ) -> None:
        """Rebuild the quote-consistency report (report.md, report.html) from RUN_DIR."""
        from ..errors import InputError
        from ..report import rebuild
        from ..store import RunStore

        if not run_dir.is_dir():
            raise InputError(str(run_dir), "not a run directory")
        with RunStore(run_dir, create=False).lock("aligner report"):
            md, html = rebuild(run_dir)
        console.print(f"wrote [bold]{escape(str(md))}[/bold] and [bold]{escape(str(html))}[/bold]")
