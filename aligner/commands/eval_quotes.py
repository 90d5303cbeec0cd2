"""``aligner eval quotes``: quote extraction against SpkAtt-2023 (de) and PolNeAR (en)."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer, groups: dict) -> None:
    @groups["eval"].command("quotes")
    def eval_quotes_cmd(
        lang: str = typer.Option("both", "--lang", help="de, en or both."),
        limit: int | None = typer.Option(None, "--limit", min=1, help="First N documents of each corpus (default: all)."),
        de: Path | None = typer.Option(None, "--de", help="SpkAtt-2023 task 2 folder (default ../shared/eval/spkatt-news-de/train)."),
        en: Path | None = typer.Option(None, "--en", help="PolNeAR train folder (default ../shared/eval/polnear-en/train)."),
        splitter: str = typer.Option("simple", "--splitter", help="English sentence splitter: simple or somajo."),
    ) -> None:
        """Precision/recall/F1 of quote spans and speaker accuracy, direct and indirect."""
        from ..console import error
        from ..quotes.evaluate import main

        if lang not in ("de", "en", "both") or splitter not in ("simple", "somajo"):
            error("--lang must be de, en or both; --splitter simple or somajo")
            raise typer.Exit(2)
        argv = ["--lang", lang, "--splitter", splitter]
        if limit:
            argv += ["--limit", str(limit)]
        if de:
            argv += ["--de", str(de)]
        if en:
            argv += ["--en", str(en)]
        code = main(argv)
        if code:
            error("no evaluation data found (../shared/eval is absent); nothing was evaluated")
            raise typer.Exit(code)
