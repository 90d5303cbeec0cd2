"""``aligner eval alignment --gold G --pred P``: strict and lax P/R/F1 (Sennrich & Volk 2010)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..console import console


def register(app: typer.Typer, groups: dict) -> None:
    @groups["eval"].command("alignment")
    def eval_alignment_cmd(
        gold: list[Path] = typer.Option(..., "--gold", metavar="<path>", help="Gold alignment(s), Vecalign index lines ([0]:[0,1]); repeat for several documents."),
        pred: list[Path] = typer.Option(..., "--pred", metavar="<path>", help="Predicted alignment(s), same format and order as --gold."),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON on stdout."),
    ) -> None:
        """Strict and lax precision/recall/F1 of predicted sentence alignments against gold ones."""
        from rich.table import Table

        from ..align.evaluate import score_alignments
        from ..align.formats import read_vecalign
        from ..errors import AlignerError

        if len(gold) != len(pred):
            raise AlignerError(f"{len(gold)} --gold files but {len(pred)} --pred files; give one prediction per gold document")
        golds = [[(s, t) for s, t, _ in read_vecalign(g)] for g in gold]
        preds = [[(s, t) for s, t, _ in read_vecalign(p)] for p in pred]
        sc = score_alignments(golds, preds)
        if as_json:
            typer.echo(json.dumps(sc.as_dict()))
            return
        table = Table(title=f"alignment: {len(preds)} document(s), {sc.n_gold} gold beads, {sc.n_pred} predicted")
        for col in ("", "precision", "recall", "F1"):
            table.add_column(col, justify="right" if col else "left")
        table.add_row("strict", f"{sc.strict_p:.4f}", f"{sc.strict_r:.4f}", f"{sc.strict_f1:.4f}")
        table.add_row("lax", f"{sc.lax_p:.4f}", f"{sc.lax_r:.4f}", f"{sc.lax_f1:.4f}")
        console.print(table)
