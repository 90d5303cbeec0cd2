"""``aligner ingest``: clean, language-tag and sentence-split articles into a run directory."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..console import console, error


def ingest_tables(result) -> list[Table]:
    """The summary tables of an ingest result: per article, totals, skipped inputs."""
    tables = []
    paras: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in result.paragraphs:
        paras[p.article_id][0 if p.kept else 1] += 1
    sents = Counter(s.article_id for s in result.sentences)
    if 0 < len(result.articles) <= 40:
        t = Table(title="articles (paragraphs kept/removed; --explain lists removals)", show_lines=False)
        for col in ("article", "lang", "outlet", "date", "kept", "removed", "sentences"):
            t.add_column(col, overflow="fold", justify="right" if col in ("kept", "removed", "sentences") else "left")
        for a in result.articles:
            kept, dropped = paras[a.id]
            t.add_row(escape(a.id), escape(a.language), escape(a.outlet), escape(a.date or "-"), str(kept), str(dropped), str(sents[a.id]))
        tables.append(t)
    s = result.summary()
    t = Table(title="ingest summary", show_header=False)
    t.add_column("", style="bold")
    t.add_column("", overflow="fold")
    t.add_row("articles", str(s["articles"]))
    t.add_row("sentences", str(s["sentences"]))
    t.add_row("languages", ", ".join(f"{k} {v}" for k, v in s["languages"].items()) or "-")
    t.add_row("paragraphs removed", ", ".join(f"{k} {v}" for k, v in s["removed"].items()) or "none")
    t.add_row("skipped inputs", str(s["skipped"]))
    t.add_row("copies set aside", str(s.get("duplicates", 0)))
    tables.append(t)
    if result.skipped:
        t = Table(title="skipped inputs and copies set aside")
        t.add_column("input", overflow="fold")
        t.add_column("reason", overflow="fold")
        for sk in result.skipped:
            where = sk.path if sk.line is None else f"{sk.path}:{sk.line}"
            t.add_row(escape(where), escape(sk.reason))
        tables.append(t)
    return tables


def explain(result) -> None:
    """Print every removal, article by article, with its reason."""
    by_article = defaultdict(list)
    for r in result.removals:
        by_article[r.article_id].append(r)
    if not by_article:
        console.print("nothing removed")
    for aid, rems in by_article.items():
        console.print(f"[bold]{escape(aid)}[/bold]: {len(rems)} paragraph(s) removed")
        for r in rems:
            snippet = r.text if len(r.text) <= 100 else r.text[:97] + "..."
            detail = f" ({escape(r.detail)})" if r.detail else ""
            where = "html" if r.start < 0 else f"{r.start}:{r.end}"
            console.print(f"  [yellow]{escape(r.reason)}[/yellow] \\[{where}] {escape(repr(snippet))}{detail}", soft_wrap=True)


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("ingest")
    def ingest_cmd(
        inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Article files (.txt, .html, .jsonl) or folders of them."),
        out: Path = typer.Option(..., "--out", "-o", help="Run directory to write articles/paragraphs/sentences/removals/skipped .jsonl into."),
        languages: str = typer.Option("de,en", "--languages", help="Languages to detect, comma-separated ISO 639-1 codes."),
        metadata: Path | None = typer.Option(None, "--metadata", help="Sidecar (.tsv/.csv/.json) mapping files to outlet, language, date, title, url (default: metadata.tsv/.csv/.json inside the input folders)."),
        explain_: bool = typer.Option(False, "--explain", help="Print every removed paragraph with the reason."),
        max_size: float | None = typer.Option(None, "--max-size", min=0.001, help="Size limit for one article file in MB (default 20, or $ALIGNER_MAX_INPUT_MB)."),
    ) -> None:
        """Clean, language-tag and sentence-split INPUTS into --out (the first stage of `aligner run`)."""
        from ..errors import AlignerError, InputError
        from ..ingest import ingest_paths, write_result
        from ..readers import load_metadata
        from ..store import RunStore
        from .run import check_out, interruptible

        langs = tuple(x.strip() for x in languages.split(",") if x.strip())
        check_out(out, inputs)
        if metadata is not None and not metadata.is_file():
            raise InputError(str(metadata), "--metadata: no such file")
        if metadata is not None:  # unusable (not text, no key column): one line and exit 2
            load_metadata(metadata, warn=False)
        with interruptible(out, ("ingest",)), RunStore(out) as store, store.lock("aligner ingest"):
            try:
                result = ingest_paths(inputs, langs, metadata, max_mb=max_size, exclude=[out])
            except AlignerError as exc:
                error(str(exc))
                raise typer.Exit(2) from None
            write_result(store, result)
            store.record_stage("ingest", "done" if result.articles else "failed", result.summary())
        if explain_:
            explain(result)
        for table in ingest_tables(result):
            console.print(table)
        console.print(f"results in [bold]{escape(str(out))}[/bold]")
        if not result.articles:
            error("nothing could be ingested: every input was skipped")
            raise typer.Exit(1)
