"""Session 30 fixer fx95: cleaning, ingest, report and library messages; invented text."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import aligner
from aligner.clean import clean_text
from aligner.errors import AlignerError, RunDirectoryBusy
from aligner.ingest import ingest_paths
from aligner.readers import read_path
from aligner.report.common import transcript_lines
from aligner.store import RunStore

# --- rt29-5: narration lines with a label are no transcript lines ------------------------------

QA_WITH_NARRATION = ("Interview\nFRAGE: Wie geht es weiter?\nANTWORT: Wir warten ab.\n"
                     "Die Bilanz: drei Jahre Stillstand.\nDer Grund: Geld fehlt.\nBERLIN: Die Regierung tagte.\n")


def test_narration_and_a_dateline_after_a_label_are_not_counted():
    # only the ANTWORT line gives someone's words; 'Die Bilanz:', 'Der Grund:' are the
    # writer's, 'BERLIN:' is a dateline
    assert transcript_lines(QA_WITH_NARRATION) == 1
    assert transcript_lines("Title\nQ: Why?\nA: Because.\nThe result: nothing changed.\n"
                            "Das Fazit: Es bleibt alles beim Alten.\n") == 1


def test_two_datelines_make_no_transcript():
    text = "Gipfel vertagt\nBERLIN: Die Regierung tagte bis spät.\n\nWASHINGTON: Auch dort gab es keine Einigung.\n"
    assert transcript_lines(text) == 0


def test_a_speaker_who_speaks_again_is_still_counted():
    # neighbours that keep today's count: one word in capitals or a plain name, twice
    caps = "Briefing\nQ: Is the port open?\nSCHOLZ: It is.\nQ: Until when?\nSCHOLZ: Until Friday.\n"
    assert transcript_lines(caps) == 2
    name = "Briefing\nQ: Is the port open?\nWhitfield: It is.\nQ: Until when?\nWhitfield: Until Friday.\n"
    assert transcript_lines(name) == 2
    # a title or several words in capitals name a person at once
    titled = "Briefing\nQ: Is the port open?\nMS. WHITFIELD: It is.\nPORT DIRECTOR TOMAS BERGER: Not yet.\n"
    assert transcript_lines(titled) == 2
    # the same person in capitals and then by surname
    both = "Briefing\nQ: Is the port open?\nMS. OKAFOR: It is.\nQ: Why?\nOkafor: Because.\n"
    assert transcript_lines(both) == 2


# --- rt29-6: a --metadata / --translations file inside the input folder is read, not "not read" --

GERMAN = "Die Regierung in Berlin hat am Dienstag neue Regeln für den Export beschlossen. Kritiker bemängelten viele Ausnahmen."


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _other_types_said(call) -> list[str]:
    h = _Lines()
    logger = logging.getLogger("aligner.ingest")
    logger.addHandler(h)
    try:
        call()
    finally:
        logger.removeHandler(h)
    return [m for m in h.lines if "of other types" in m]


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GERMAN, encoding="utf-8")
    (d / "dates.tsv").write_text("id\tdate\na\t2026-12-04\n", encoding="utf-8")
    return d


def test_the_metadata_file_in_the_input_folder_is_not_said_unread(tmp_path):
    d = _folder(tmp_path)
    said = _other_types_said(lambda: ingest_paths([d], ("de", "en"), d / "dates.tsv"))
    assert said == []
    # the table was read: the date reached the article
    result = ingest_paths([d], ("de", "en"), d / "dates.tsv", quiet=True)
    assert [a.date for a in result.articles] == ["2026-12-04"]


def test_files_read_elsewhere_are_left_out_but_others_still_said(tmp_path):
    d = _folder(tmp_path)
    (d / "notes.docx").write_bytes(b"PK\x03\x04")
    tr = d / "translations"
    tr.mkdir()
    (tr / "a.de-en.tsv").write_text("x\ty\n", encoding="utf-8")
    said = _other_types_said(lambda: ingest_paths([d], ("de", "en"), d / "dates.tsv", read_elsewhere=[tr]))
    assert len(said) == 1 and said[0].startswith("1 file of other types") and said[0].endswith(": notes.docx")
    # every article type read is named (.text, .htm, .xhtml are read too)
    assert all(k in said[0] for k in (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl"))
    # without the metadata file given, the same table is a file of another type (neighbour kept)
    said = _other_types_said(lambda: ingest_paths([d], ("de", "en"), read_elsewhere=[tr]))
    assert len(said) == 1 and "dates.tsv" in said[0] and "a.de-en.tsv" not in said[0]


def test_a_run_does_not_call_its_translations_file_unread(tmp_path):
    d = _folder(tmp_path)
    tsv = d / "mine.de-en.tsv"
    tsv.write_text("Die Regierung in Berlin hat am Dienstag neue Regeln für den Export beschlossen.\t"
                   "The government in Berlin adopted new export rules on Tuesday.\n", encoding="utf-8")
    said = _other_types_said(lambda: aligner.run([d], tmp_path / "run", translations=tsv, only=["ingest"]))
    assert [m for m in said if "mine.de-en.tsv" in m] == []
    assert any("dates.tsv" in m for m in said)  # not given as metadata: said


# --- rt29-4 remnant: pluses that end a word are no ticker stamp ----------------------------------

TICKER = ("+++ 14:32 Uhr +++ Die Brücke ist gesperrt.\n\n+++ 14:40 Uhr +++ Der Verkehr staut sich.\n\n"
          "+++ 14:51 Uhr +++ Die Polizei ist vor Ort.\n\n")


def _kept(text: str) -> list[str]:
    r = clean_text(text)
    return [text[s:e] for (s, e), d in zip(r.spans, r.decisions) if d.keep]


def test_a_word_ending_in_pluses_stays_whole_in_a_ticker():
    for line in ("Wir programmieren alles in C++", "Die Energieklasse ist A++", "Sie schreibt in Notepad++"):
        kept = _kept(TICKER + line)
        assert line in kept, (line, kept)
    # pluses glued to a word are no stamp either, so they make no ticker: two stamps and C++ cut nothing
    two = "14.30 Uhr: Die Brücke ist zu.\n\n14.45 Uhr: Die Polizei ist vor Ort.\n\nWir programmieren in C++"
    assert "14.30 Uhr: Die Brücke ist zu." in _kept(two)


def test_the_closing_pluses_of_an_entry_are_still_cut():
    # neighbours kept: '+++' after a space or after the full stop, and the stamps themselves
    kept = _kept(TICKER + "+++ 15:02 Uhr +++ Der Zug steht.+++\n\n+++ 15:10 Uhr +++ Es regnet. +++")
    assert "Der Zug steht." in kept and "Es regnet." in kept
    assert not [k for k in kept if "+" in k]


# --- rv58-9: a live blog's first entry stays below the headline --------------------------------

def _entry(n: int, time: str, body: str) -> str:
    return (f'<article class="live-entry" id="e{n}"><header><time>{time} Uhr</time></header><p>{body}</p>'
            f'<footer><a href="#e{n}">Link kopieren</a></footer></article>\n')


ENTRIES = [("16:42", "„Die Lage ist ernst, aber unter Kontrolle“, sagte Innensenatorin Katrin Möller."),
           ("16:30", "Die Feuerwehr hat am Nachmittag im Hafen mehrere Ölsperren ausgelegt."),
           ("16:10", "„Wir haben inzwischen 15 Verletzte, vier davon schwer“, sagte Feuerwehrsprecherin Lena Vogt."),
           ("15:55", "Hafenkapitän Torsten Behrens sagte: „Das Schiff hatte keinen Maschinenschaden.“"),
           ("15:31", "„Bitte meiden Sie den Bereich weiträumig“, sagte Polizeisprecher Jan Krüger.")]
LIVE_BLOG = ('<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Liveblog: Frachter rammt Brücke</title>'
             '</head><body><nav><a href="/">Startseite</a></nav><main><h1>Liveblog: Frachter rammt Brücke</h1>'
             '<p class="teaser">Ein Containerschiff ist gegen einen Pfeiler der Brücke gefahren. Alle Entwicklungen '
             'im Liveblog.</p><div class="liveblog">'
             + "".join(_entry(n, t, b) for n, (t, b) in enumerate(ENTRIES)) + "</div></main></body></html>")


def _text(tmp_path: Path, html: str) -> str:
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    return read_path(f)[0][0].text


def test_a_live_blog_reads_in_page_order(tmp_path):
    text = _text(tmp_path, LIVE_BLOG)
    places = [text.find(x) for x in ["Liveblog: Frachter rammt Brücke", "Ein Containerschiff", *(b for _, b in ENTRIES)]]
    assert -1 not in places and places == sorted(places), text[:300]


def test_an_ordinary_article_page_keeps_its_order(tmp_path):
    # neighbour: one <article> holding headline and paragraphs (the usual page) reads as before
    paras = ["Die Regierung in Berlin hat am Dienstag neue Regeln für den Export von Waffen beschlossen.",
             "Kritiker bemängelten, dass die neuen Regeln viele Ausnahmen für befreundete Staaten enthielten.",
             "„Wir halten uns an das Gesetz“, sagte Wirtschaftsministerin Anna Weber am Abend in Berlin."]
    html = ("<html><body><nav>Start</nav><article><h1>Neue Exportregeln</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    text = _text(tmp_path, html)
    places = [text.find(p) for p in paras]
    assert -1 not in places and places == sorted(places)


# --- rv59-8: the library's errors name its arguments, the command keeps its options -------------

def _lib_error(**kw) -> str:
    with pytest.raises(AlignerError) as info:
        aligner.run(**kw)
    return str(info.value)


def test_library_errors_name_the_arguments(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    cases = [(dict(out=tmp_path / "afile"), "out="), (dict(out=src), "out="),
             (dict(out=tmp_path / "o", translations=tmp_path / "none.tsv"), "translations="),
             (dict(out=tmp_path / "o", pivot="de", only=["ingest", "match"]), "pivot='en'"),
             (dict(out=tmp_path / "o", only=["nosuch"]), "only="),
             (dict(out=tmp_path / "o", languages=["xx"]), "languages=")]
    for kw, name in cases:
        said = _lib_error(inputs=[src], **kw)
        assert name in said and "--" not in said, (kw, said)


def test_a_busy_run_directory_names_the_argument(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GERMAN, encoding="utf-8")
    out = tmp_path / "run"
    import threading

    held, done = threading.Event(), threading.Event()

    def other_command() -> None:  # the lock is re-entrant in one thread: another command holds it from another
        with RunStore(out) as store, store.lock("another run"):
            held.set()
            done.wait(60)

    holder = threading.Thread(target=other_command)
    holder.start()
    try:
        assert held.wait(60)
        with pytest.raises(RunDirectoryBusy) as info:
            aligner.run([src], out, only=["ingest"])
    finally:
        done.set()
        holder.join()
    assert "choose another out=" in str(info.value)


def test_the_command_keeps_its_option_names(tmp_path):
    # neighbour: the same checks called as the command calls them (outside aligner.run)
    from aligner.checks import check_only, check_out

    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(AlignerError, match="--out is an existing file"):
        check_out(tmp_path / "afile")
    with pytest.raises(AlignerError, match="--only: unknown stage"):
        check_only(["nosuch"])
    # and after a library run that failed, the command's names are back
    with pytest.raises(AlignerError):
        aligner.run([tmp_path], tmp_path / "afile")
    with pytest.raises(AlignerError, match="--only: unknown stage"):
        check_only(["nosuch"])


# --- rt29-11 (b): one ticker-stamp pattern for the cleaning and the quote extraction --------------

def test_a_stamp_with_updated_is_no_speaker_without_ingest():
    # the quote extraction read 'Updated'/'Aktualisiert' before a stamp as the speaker (the cleaning cut it)
    en = 'Live\n\nUpdated 13:47 CET | Port authority: "We will rebuild the terminal by spring."'
    de = "Live\n\nAktualisiert 14.12 Uhr | Hafenbehörde: „Wir bauen das Terminal bis zum Frühjahr wieder auf.“"
    for text in (en, de):
        quotes = aligner.extract_quotes(aligner.Article(id="x", text=text))
        names = [q.speaker.name for q in quotes if q.speaker]
        assert quotes and not [n for n in names if n and n.lower() in ("updated", "aktualisiert")], names
    de_quote = aligner.extract_quotes(aligner.Article(id="x", text=de))[0]
    assert de_quote.speaker is not None and de_quote.speaker.name == "Hafenbehörde"


def test_both_readers_take_the_same_stamps():
    from aligner.quotes.extract import _has_line_times
    from aligner.text.stamps import STAMP

    for stamp in ("13.26 Uhr:", "14:32 GMT -", "Updated 13:47 CET |", "16:05 ET |", "Aktualisiert 9.05 Uhr:"):
        m = STAMP.match(stamp + " Die")
        assert m is not None and m.end() == len(stamp), stamp
        assert _has_line_times(f"Live\n{stamp} Die Brücke ist gesperrt.")
        ticker = "".join(f"{stamp} Eintrag {n}: Die Brücke ist weiter gesperrt.\n\n" for n in range(3))
        assert "Eintrag 0: Die Brücke ist weiter gesperrt." in _kept(ticker), stamp
    # neighbours: a number with a full stop is no time, a time in a sentence is no stamp
    assert not _has_line_times("Live\n10.45 Prozent der Stimmen gingen an die SPD.")
    assert not _has_line_times("Live\nUm 14:32 Uhr war die Brücke gesperrt.")
