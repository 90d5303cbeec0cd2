"""``aligner eval mt``: corpus BLEU and chrF with sacrebleu, exactly as its CLI computes them."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..console import error


def read_lines(path: Path) -> list[str]:
    """Lines with trailing whitespace removed, as the sacrebleu CLI reads them."""
    from ..errors import InputError

    try:
        with open(path, encoding="utf-8") as fh:
            return [line.rstrip() for line in fh]
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None


def score_files(hyp: Path, refs: list[Path]) -> dict:
    from sacrebleu.metrics import BLEU, CHRF

    from ..errors import InputError

    hyps = read_lines(hyp)
    if not any(hyps):
        raise InputError(str(hyp), "is empty: nothing to score")
    ref_streams = [read_lines(r) for r in refs]
    for r, lines in zip(refs, ref_streams):
        if len(lines) != len(hyps):
            raise InputError(str(r), f"has {len(lines)} lines but {hyp} has {len(hyps)}")
    bleu, chrf = BLEU(), CHRF()
    b = bleu.corpus_score(hyps, ref_streams)
    c = chrf.corpus_score(hyps, ref_streams)
    return {
        "hyp": str(hyp),
        "refs": [str(r) for r in refs],
        "lines": len(hyps),
        "bleu": round(b.score, 4),
        "bleu_signature": str(bleu.get_signature()),
        "bleu_verbose": b.format(),
        "chrf": round(c.score, 4),
        "chrf_signature": str(chrf.get_signature()),
    }


def register(app: typer.Typer, groups: dict) -> None:
    @groups["eval"].command("mt")
    def eval_mt_cmd(
        hyp: Path = typer.Option(..., "--hyp", help="System output, one sentence per line."),
        ref: list[Path] = typer.Option(..., "--ref", metavar="<path>", help="Reference translation(s), one sentence per line (repeatable)."),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    ) -> None:
        """BLEU and chrF (sacrebleu, with signatures) of --hyp against --ref."""
        from ..errors import AlignerError

        try:
            res = score_files(hyp, list(ref))
        except AlignerError as exc:
            error(str(exc))
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
            return
        typer.echo(f"BLEU {res['bleu']:.1f}  ({res['bleu_verbose']})")
        typer.echo(f"  signature: {res['bleu_signature']}")
        typer.echo(f"chrF {res['chrf']:.1f}")
        typer.echo(f"  signature: {res['chrf_signature']}")
