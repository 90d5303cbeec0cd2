"""``aligner quotes INPUT...``: quotes with speakers, from articles or a run directory."""

from __future__ import annotations

from pathlib import Path

import typer

from ..console import console, error, warn

TSV_COLUMNS = [
    "id", "article_id", "kind", "language", "start", "end", "speaker_name", "speaker_id", "speaker_mention",
    "speaker_role", "resolved_from", "cue", "cue_lemma", "sentence_ids", "flags", "text",
    # added after ``text`` so that the columns before keep their positions
    "speaker_confidence", "speaker_rule", "speaker_doubts",
]


def _tsv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _confidence_cell(sp) -> str | None:
    """A speaker's confidence with two decimals (as ``--explain`` shows it); empty without one."""
    return None if sp is None or sp.confidence is None else f"{sp.confidence:.2f}"


def quotes_to_tsv(quotes) -> str:
    """The quotes as a TSV with a header row (``TSV_COLUMNS``): the speaker's confidence, the rule
    that found it (``speaker_rule``, with ``resolved_from`` how a speaker not named at the quote
    was found) and the marks that lowered it (``speaker_doubts``, the ``speaker-...`` flags)."""
    from ..quotes.base import rule_of

    lines = ["\t".join(TSV_COLUMNS)]
    for q in quotes:
        sp = q.speaker
        row = [
            q.id, q.article_id, q.kind, q.language, q.start, q.end,
            sp.name if sp else None, sp.id if sp else None, sp.mention if sp else None,
            sp.role if sp else None, sp.resolved_from if sp else None,
            q.cue, q.cue_lemma, q.sentence_ids, q.flags, q.text,
            _confidence_cell(sp), rule_of(q) if sp else None,
            [f for f in q.flags if f.startswith("speaker-")] if sp else None,
        ]
        lines.append("\t".join(_tsv_cell(v) for v in row))
    return "\n".join(lines) + "\n"


_WRITER_PRONOUNS = {"ich", "wir", "i", "we"}


_ENTITY_KINDS = {"spk": "person", "org": "organisation"}


def _entity(sid: str | None) -> str:
    """How ``--explain`` shows a speaker's entity id: its kind and its match key, named as
    one ("person, match key petra_yilmas"): the key is the name folded to how it sounds,
    so that spellings of one name meet, and reads as a misspelling without that word."""
    if not sid:
        return "no entity"
    kind, _, key = sid.partition(":")
    kind = _ENTITY_KINDS.get(kind, kind)
    return f"{kind}, match key {key}" if key else kind


def explain_quotes(quotes) -> str:
    """One line per quote saying how its speaker was found (``aligner quotes --explain``)."""
    from ..quotes.base import rule_of

    lines = []
    for q in quotes:
        sp = q.speaker
        who = "no speaker"
        if sp is not None:
            who = f"{sp.mention!r}"
            if sp.name or sp.id:
                who += f" -> {sp.name or ''} [{_entity(sp.id)}]"
            elif sp.mention.lower() in _WRITER_PRONOUNS:
                who += " -> the writer"  # "sagte ich" / "we said": the writer of the text, unnamed
            if sp.resolved_from:
                who += f" (resolved from {sp.resolved_from})"
            if sp.confidence is not None:
                who += f", confidence {sp.confidence:.2f}"
            doubts = [f for f in q.flags if f.startswith("speaker-")]
            if doubts:
                who += f" [{', '.join(doubts)}]"  # why the confidence was lowered
        cue = f", cue {q.cue!r}" if q.cue else ""
        text = " ".join(q.text.split())
        lines.append(f"{q.id}\t{q.kind}\trule {rule_of(q)}: {who}{cue}\t{_tsv_cell(text[:160])}")
    return "\n".join(lines) + ("\n" if lines else "")


def load_inputs(inputs: list[Path], languages=("de", "en")):
    """Articles and kept sentences from a run directory or from article files/folders."""
    from ..errors import AlignerError

    if len(inputs) == 1 and inputs[0].is_dir() and (inputs[0] / "articles.jsonl").is_file():
        from ..store import RunStore

        store = RunStore(inputs[0], create=False)
        return store.articles(), store.sentences(), store
    for p in inputs:
        if not p.exists():
            raise AlignerError(f"{p}: no such file or folder")
    from ..ingest import ingest_paths

    result = ingest_paths(inputs, languages)
    return result.articles, result.sentences, None


def check_choices(fmt: str, lang: str) -> None:
    """--format and --lang name one of their choices (one error line and exit 2 otherwise)."""
    if fmt not in ("jsonl", "tsv"):
        error(f"--format must be jsonl or tsv, not {fmt!r}")
        raise typer.Exit(2)
    if lang not in ("auto", "de", "en"):
        error(f"--lang must be de, en or auto, not {lang!r}")
        raise typer.Exit(2)


def check_quotes_out(out: Path | None, inputs: list[Path]) -> None:
    """--out that cannot be written (a folder, an unwritable place) or that would overwrite an
    input (an article file, a file inside an input folder or run directory) is refused in one
    line, before any work."""
    from ..errors import AlignerError
    from ..store import unwritable_reason
    from .align import _same_file

    if out is None:
        return
    why = unwritable_reason(out)
    if why:
        raise AlignerError(f"{out}: --out {why}")
    run_dir = len(inputs) == 1 and inputs[0].is_dir() and (inputs[0] / "articles.jsonl").is_file()
    for given in inputs:
        if _same_file(out, given):
            raise AlignerError(f"{out}: the output would overwrite the input {given}; choose another --out")
        if not given.is_dir() or not _inside(out, given):
            continue
        if run_dir and out.parent.resolve() == given.resolve() and out.name.startswith(_RUN_FILE_STEMS):
            raise AlignerError(f"{out}: the output would overwrite the run's own {out.name} in {given}; choose another --out")
        if not run_dir:  # (a run directory's loader reads only the run's own files: another file there is no input)
            raise AlignerError(f"{out}: the output would be read as an article of the input folder {given} on the next "
                               "run; choose another --out")


# the files of a run directory that its loader reads or a run writes (``store.RunStore``)
_RUN_FILE_STEMS = ("articles.", "sentences.", "paragraphs.", "translations.", "alignments.", "quotes.", "clusters.",
                   "stories.", "sentence_matches.", "removals.", "skipped.", "summary.", "aligner.", "items.",
                   "embeddings.", "corpus.", "mt-corpus.", "report.", "errors.")


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def write_quotes(quotes, out: Path | None, explain: bool, fmt: str) -> None:
    """The quotes as --explain lines, JSONL or TSV, into ``out`` (atomically) or to standard output."""
    if explain:
        body = explain_quotes(quotes)
    elif fmt == "jsonl":
        from ..store import jsonl_text

        body = jsonl_text(q.to_dict() for q in quotes)
    else:
        body = quotes_to_tsv(quotes)
    if out is None:
        typer.echo(body, nl=False)
    else:
        from ..errors import AlignerError
        from ..store import atomic_write_text

        try:
            atomic_write_text(out, body)
        except OSError as exc:
            raise AlignerError(f"{out}: cannot write ({exc.strerror or type(exc).__name__})") from None


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("quotes")
    def quotes_cmd(
        inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Article files/folders (.txt, .html, .jsonl), or one run directory."),
        lang: str = typer.Option("auto", "--lang", help="de, en, or auto (the language ingestion detected)."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or tsv."),
        out: Path | None = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
        explain: bool = typer.Option(False, "--explain", help="A readable line per quote instead: kind, the rule that found the speaker, mention -> entity (confidence), cue, text."),
    ) -> None:
        """Extract direct, fragment, mixed and indirect quotes with their speakers."""

        from ..errors import AlignerError
        from ..quotes.stage import extract_all, problem_line, summarise

        check_choices(fmt, lang)
        try:
            check_quotes_out(out, list(inputs))
            articles, sentences, store = load_inputs(list(inputs))
        except AlignerError as exc:
            error(str(exc))
            raise typer.Exit(2) from exc
        if not articles:
            error("no articles to read quotes from")
            raise typer.Exit(1)
        if lang != "auto":
            for a in articles:
                a.language = lang
            for s in sentences:
                s.language = lang
        from .run import interruptible

        with interruptible(None):
            # only read from a run directory: its skipped.jsonl describes the run's own quotes.jsonl, which this
            # command (perhaps with another --lang) does not rewrite, so a failed article is a warning line alone
            quotes, failed, _ = extract_all(articles, sentences)
        for art, reason in failed:
            warn(problem_line(art, reason))
        try:
            write_quotes(quotes, out, explain, fmt)
        except AlignerError as exc:
            error(str(exc))
            raise typer.Exit(1) from exc
        summary = summarise(quotes)
        kinds = ", ".join(f"{k} {v}" for k, v in summary["kinds"].items() if v) or "none"
        console.print(
            f"{summary['quotes']} quotes ({kinds}) from {len(articles)} articles; "
            f"{summary['speakers']} speakers, {summary['unattributed']} unattributed"
            + (f" -> {out}" if out else ""),
            markup=False,
        )
        if store is not None:
            store.close()
        if failed:
            raise typer.Exit(1)
