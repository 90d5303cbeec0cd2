"""``aligner models list`` and ``aligner models convert``."""

from __future__ import annotations

from pathlib import Path

import typer

from ..console import console, error


def register(app: typer.Typer, groups: dict) -> None:
    models = groups["models"]

    @models.command("list")
    def list_cmd() -> None:
        """Show the translation models available on this machine and the registry defaults."""
        from rich.table import Table

        from ..translate import registry

        table = Table(title=f"local models in {registry.models_dir()}")
        table.add_column("name")
        table.add_column("backend")
        table.add_column("size MB", justify="right")
        table.add_column("path", overflow="fold")
        found = registry.list_local()
        for m in found:
            table.add_row(m["name"], m["kind"], str(m["size_mb"]), m["path"])
        console.print(table)
        if not found:
            console.print(f"no local models; copy a transformers model folder into {registry.models_dir()} (or set $ALIGNER_MODELS) or run `aligner models convert PATH`")
        defaults = registry.registry().get("defaults", {})
        console.print("registry defaults: " + ", ".join(f"{k} {v}" for k, v in defaults.items()))
        typer.echo("\n".join(f"{m['name']}\t{m['kind']}\t{m['path']}" for m in found))

    @models.command("convert")
    def convert_cmd(
        model: str = typer.Argument(..., metavar="MODEL", help="A transformers model id or local folder."),
        quantization: str = typer.Option("int8", "--quantization", help="int8, int8_float16, float16 or float32."),
        out: Path | None = typer.Option(None, "--out", help="Output folder (default: <models folder>/<name>-ct2-<quantization>; the models folder is $ALIGNER_MODELS or the user cache)."),
        force: bool = typer.Option(False, "--force", help="Overwrite an existing output folder."),
    ) -> None:
        """Convert MODEL to CTranslate2 for the fast `--backend ct2`."""
        from ..errors import AlignerError
        from ..translate.ct2 import convert

        try:
            path = convert(model, out_dir=out, quantization=quantization, force=force)
        except AlignerError as exc:
            error(str(exc))
            raise typer.Exit(getattr(exc, "exit_code", 2)) from None
        console.print(f"converted {model} -> {path}")
        typer.echo(str(path))
