"""Cleaning after reviewer rv37's noisy pages: pull quotes, agency bylines, cookie and
newsletter prompts, comment headings, small furniture.  Invented sentences only."""

from __future__ import annotations

import json

import pytest

import aligner
from aligner.clean import clean_text

DE_BODY = [
    "Der Stadtrat hat am Mittwoch mit knapper Mehrheit für den Bau einer neuen Straßenbahnlinie gestimmt.",
    "Die Strecke soll künftig den Süden der Stadt mit dem Hauptbahnhof verbinden und viele Fahrgäste befördern.",
    "Die Opposition kritisierte die Kosten von rund 85 Millionen Euro als deutlich zu hoch für die Stadt.",
    "Der Bau soll im Frühjahr beginnen und nach Angaben der Verkehrsbetriebe etwa drei Jahre dauern.",
]
EN_BODY = [
    "The city council voted narrowly on Wednesday to build a new tram line through the southern districts.",
    "The line is meant to link the south of the city with the main station and carry many passengers.",
    "The opposition criticised the cost of around 85 million euros as far too high for the city budget.",
    "Construction is due to start in spring and to take about three years, according to the operator.",
]


def _kept(paras: list[str]) -> list[bool]:
    return [d.keep for d in clean_text("\n\n".join(paras)).decisions]


def _kept_in_middle(line: str, body: list[str]) -> bool:
    """Clean a page with ``line`` as its third paragraph; True when that paragraph is kept."""
    return _kept(body[:2] + [line] + body[2:])[2]


def _run(tmp_path, files: dict[str, str]):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([src], out, only=["ingest", "quotes"])
    return lambda f: [json.loads(x) for x in (out / f).read_text(encoding="utf-8").splitlines() if x.strip()]


# -- pull quotes ----------------------------------------------------------------------

PULL_DE = [
    "Der Sportdirektor äußerte sich am Dienstag ausführlich zum neuen Stürmer des Vereins aus Lissabon.",
    "„Wir haben lange um ihn gekämpft“, sagte Sportdirektor Thomas Lang am Rande des Trainings.",
    "„Wir haben lange um ihn gekämpft“",
    "Der Vertrag läuft bis zum 30. Juni 2030, wie der Verein am Nachmittag mitteilte.",
]


def test_pull_quote_paragraph_is_dropped():
    assert _kept(PULL_DE) == [True, True, False, True]
    assert clean_text("\n\n".join(PULL_DE)).decisions[2].reason == "pull-quote"


def test_pull_quote_is_not_a_second_quote_with_a_speaker(tmp_path):
    rows = _run(tmp_path, {"pull.txt": "\n\n".join(PULL_DE) + "\n"})
    quotes = [q for q in rows("quotes.jsonl") if q["text"] == "Wir haben lange um ihn gekämpft"]
    assert len(quotes) == 1


def test_pull_quote_en_with_attribution_dash_is_dropped():
    paras = ["The company said on Monday it would cut about 3,000 jobs worldwide, or roughly 5% of its staff.",
             "\"We grew too fast,\" chief executive Linda Park wrote in a memo to staff on Monday morning.",
             "Most of the cuts will fall in the United States and Ireland, the company said in a statement.",
             "\"We grew too fast\" - Linda Park, CEO",
             "The company's shares rose by two percent in early trading after the announcement in New York."]
    assert _kept(paras) == [True, True, True, False, True]


def test_pull_quote_with_full_stop_goes_only_next_to_its_passage():
    body = DE_BODY[:2] + ["„Wir haben lange um ihn gekämpft“, sagte Sportdirektor Thomas Lang am Rande des Trainings."]
    assert _kept(body + ["„Wir haben lange um ihn gekämpft.“"] + DE_BODY[2:])[3] is False
    # six paragraphs later it may be the writer's own paragraph: it stays
    more = ["Der Verein hatte schon im Sommer ein erstes Angebot an den Klub aus Portugal geschickt.",
            "Damals lehnten die Portugiesen das Angebot von rund 30 Millionen Euro noch deutlich ab."]
    far = body + DE_BODY[2:] + more + ["„Wir haben lange um ihn gekämpft.“"]
    assert _kept(far)[-1] is True


def test_quote_paragraph_repeating_the_headline_or_teaser_stays():
    headline = "Sportdirektor Lang: „Wir haben lange um ihn gekämpft“"
    teaser = "Der Verein holt einen Stürmer aus Lissabon. „Wir haben lange um ihn gekämpft“, sagt Sportdirektor Lang."
    quote = "„Wir haben lange um ihn gekämpft.“"
    assert _kept([headline, quote, *DE_BODY]) == [True] * 6
    assert _kept([headline, teaser, quote, *DE_BODY]) == [True] * 7
    # without a final stop, next to a headline only (no sentence punctuation): stays too
    assert _kept([headline, "„Wir haben lange um ihn gekämpft“", *DE_BODY]) == [True] * 6


@pytest.mark.parametrize("para", [
    "„Wir haben sehr lange um den Spieler gekämpft“",        # not the same words in a row
    "„Wir haben lange um ihn geworben“",                     # a different statement
    "„Wir haben lange um ihn gekämpft“, sagte auch der Trainer.",  # a sentence of its own
    "Wir haben lange um ihn gekämpft.",                      # no quotation marks
])
def test_other_quote_paragraphs_stay(para):
    paras = PULL_DE[:2] + [para] + PULL_DE[3:]
    assert _kept(paras) == [True] * 4


def test_repeated_short_answer_in_an_interview_stays():
    paras = ["Frage: Werden Sie im nächsten Jahr erneut für das Amt der Bürgermeisterin kandidieren?",
             "Ja.",
             "Frage: Und werden Sie dann auch wieder mit den Grünen eine gemeinsame Liste aufstellen?",
             "Ja.",
             "Frage: Haben Sie mit den Grünen schon über ein gemeinsames Programm gesprochen?"]
    assert _kept(paras) == [True] * 5


def test_quoted_title_repeated_is_no_pull_quote():
    paras = ["Am häufigsten beanstandet wurde das Kinderbuch „And Tango Makes Three“ zweier amerikanischer Autoren.",
             *DE_BODY[:2], "„And Tango Makes Three“", *DE_BODY[2:]]
    assert _kept(paras) == [True] * 6


@pytest.mark.parametrize("line", ["___.", "Getty.", "David Groner.", "X."])
def test_repeated_separators_and_credits_are_still_duplicates(line):
    paras = [DE_BODY[0], line, DE_BODY[1], line, DE_BODY[2], line, DE_BODY[3]]
    assert _kept(paras) == [True, True, True, False, True, False, True]


def test_quotation_of_a_different_speaker_with_the_same_opening_stays():
    paras = ["„Wir haben lange um ihn gekämpft und am Ende gewonnen“, sagte Thomas Lang am Dienstag.",
             *DE_BODY,
             "„Wir haben lange um ihn gekämpft“, entgegnete der Präsident des Konkurrenten am Abend.",
             "„Wir haben lange um ihn gekämpft, aber er wollte weg“"]
    assert _kept(paras)[-1] is True


# -- bylines, prompts, comment headings, small furniture ------------------------------

@pytest.mark.parametrize("line, body", [
    ("Von Anna Weber, dpa", DE_BODY),
    ("Von Anna Weber und Jonas Becker, dpa", DE_BODY),
    ("Anna Weber, dpa", DE_BODY),
    ("Von Anna Weber aus Brüssel", DE_BODY),
    ("By Sarah Okafor in Brussels", EN_BODY),
    ("By Sarah Okafor and Tom Reyes, Reuters", EN_BODY),
])
def test_bylines_with_agency_or_place_are_dropped(line, body):
    assert not _kept_in_middle(line, body)


@pytest.mark.parametrize("line, body", [
    ("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", DE_BODY),
    ("Diese Website verwendet Cookies. Mehr erfahren", DE_BODY),
    ("Wir verwenden Cookies, um Ihnen ein gutes Nutzungserlebnis zu bieten. Mit Klick auf Akzeptieren stimmen Sie zu.", DE_BODY),
    ("Akzeptieren Sie Cookies?", DE_BODY),
    ("This site uses cookies. Learn more", EN_BODY),
    ("We use cookies to improve your experience. By continuing you agree to our privacy policy.", EN_BODY),
    ("Melden Sie sich jetzt für unseren Newsletter an!", DE_BODY),
    ("Jetzt zum Newsletter anmelden", DE_BODY),
    ("Sign up to our newsletter", EN_BODY),
    ("Sign up for our free daily newsletter", EN_BODY),
    ("Auf Facebook teilen", DE_BODY),
    ("Artikel teilen", DE_BODY),
    ("Share on Facebook", EN_BODY),
    ("Share this story via email", EN_BODY),
])
def test_cookie_newsletter_and_share_prompts_are_dropped(line, body):
    assert not _kept_in_middle(line, body)


@pytest.mark.parametrize("line, body", [
    ("Diese Website verwendet Cookies, die gegen EU-Recht verstoßen, urteilte das Landgericht am Dienstag.", DE_BODY),
    ("Wir verwenden Cookies, um die Website zu verbessern, sagte eine Sprecherin des Unternehmens.", DE_BODY),
    ("Wir verwenden Cookies nur für die Statistik.", DE_BODY),
    ("This site uses cookies from advertisers in 40 countries, the report found.", EN_BODY),
    ("We use cookies. The regulator says that is not enough.", EN_BODY),
    ("Die Stadt will künftig alle Bürger per Newsletter über die Baustellen informieren.", DE_BODY),
    ("Readers can sign up to the council's newsletter to follow the works.", EN_BODY),
    ("Viele Nutzer wollten den Artikel auf Facebook teilen, doch die Seite war gesperrt.", DE_BODY),
    ("Vor zwei Stunden hatte die Polizei die Straße gesperrt.", DE_BODY),
    ("Seit 1990 fährt keine Straßenbahn mehr durch den Süden.", DE_BODY),
    ("By Wednesday in Brussels, the talks had collapsed.", EN_BODY),
])
def test_sentences_about_cookies_newsletters_and_times_stay(line, body):
    assert _kept_in_middle(line, body)


@pytest.mark.parametrize("heading", ["Latest comments", "Alle Kommentare anzeigen", "Show comments", "Neueste Kommentare"])
def test_comment_headings_start_a_comment_section(heading):
    comment = "Great, another round of layoffs while my bonus gets cut. Thanks a lot."
    assert _kept([*EN_BODY, heading, comment])[-2:] == [False, False]


@pytest.mark.parametrize("line, body", [
    ("vor 2 Stunden", DE_BODY),
    ("vor einer Stunde", DE_BODY),
    ("3 hours ago", EN_BODY),
    ("Lesezeit: 3 Minuten", DE_BODY),
    ("5 min read", EN_BODY),
    ("Mehr dazu: Die Pläne der Stadt", DE_BODY),
    ("ALSO READ: Why rents keep rising", EN_BODY),
])
def test_small_furniture_is_dropped(line, body):
    assert not _kept_in_middle(line, body)


# -- datelines ------------------------------------------------------------------------

def _sentences(text: str, lang: str) -> list[str]:
    from aligner.segment import split_sentences
    return [text[s:e] for s, e in split_sentences(text, lang)]


@pytest.mark.parametrize("lang, text, first", [
    ("de", "Berlin (dpa). Die Regierung hat am Montag darüber entschieden.", "Die Regierung"),
    ("en", "MUNICH. The mayor said on Monday that the tram would run by 2030.", "The mayor"),
])
def test_dateline_is_no_sentence_of_its_own(lang, text, first):
    sents = _sentences(text, lang)
    assert len(sents) == 1 and sents[0].startswith(first)


@pytest.mark.parametrize("lang, text, n", [
    ("de", "Nein. Das werde ich ganz sicher nicht tun.", 2),  # an answer, no dateline
    ("de", "Gestern. Heute. Morgen.", 3),                      # no long sentence after it
    ("en", "Washington.", 1),
    ("de", "Die Stadt heißt Leipzig. Dort wurde am Montag gewählt.", 2),  # not at the paragraph's start
])
def test_other_short_sentences_stay(lang, text, n):
    assert len(_sentences(text, lang)) == n


@pytest.mark.parametrize("text", [
    "Leipzig. Die Regierung erklärte, man werde reagieren.",
    "Leipzig. Sie sagte, man werde rasch reagieren.",
    "Leipzig. Er betonte, dass die Gespräche weitergehen.",
])
def test_dateline_place_is_never_the_speaker(text):
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"))
    assert quotes and all(not (q.speaker and q.speaker.name == "Leipzig") for q in quotes)


def test_dateline_place_is_not_a_sentence_end_to_end(tmp_path):
    text = ("WASHINGTON. US-Präsident Donald Trump hat am Montag neue Zölle auf Autos aus der EU angekündigt.\n\n"
            "In Berlin reagierte die Bundesregierung zurückhaltend auf die Ankündigung aus Washington.\n")
    rows = _run(tmp_path, {"zoll.txt": text})
    assert "WASHINGTON." not in [text[s["start"]:s["end"]] for s in rows("sentences.jsonl")]


# -- captions with a full stop ------------------------------------------------------

def _after_credit(line: str, body: list[str], credit: str = "Foto: dpa/Michael Kappeler") -> bool:
    """True when ``line``, right after a photo credit in the middle of ``body``, is kept."""
    return _kept(body[:2] + [credit, line] + body[2:])[3]


@pytest.mark.parametrize("line, body", [
    ("„Wir stehen zur Koalition“: SPD-Chef Lars Klingbeil am Montag in Berlin.", DE_BODY),
    ("Olaf Scholz (l.) und Emmanuel Macron am 3. Oktober in Paris.", DE_BODY),
    ("Chancellor Friedrich Merz in the Bundestag on Wednesday.", EN_BODY),
])
def test_verbless_caption_with_full_stop_beside_a_credit_is_dropped(line, body):
    assert not _after_credit(line, body)


@pytest.mark.parametrize("line, body", [
    ("Der Bau soll im Frühjahr beginnen.", DE_BODY),
    ("Die Entscheidung fiel am Montag in Berlin.", DE_BODY),
    ("Kein Kommentar.", DE_BODY),
    ("Gestern in Berlin. Heute in Paris.", DE_BODY),
    ("„Wir stehen zur Koalition“: Mit diesem Satz beruhigte Klingbeil die Partei.", DE_BODY),
    ("Merz spoke in the Bundestag on Wednesday.", EN_BODY),
    # a caption with a verb cannot be told from a short sentence: it stays
    ("Eine Straßenbahn fährt am Augustusplatz vorbei.", DE_BODY),
])
def test_sentence_after_a_credit_stays(line, body):
    assert _after_credit(line, body)


def test_verbless_line_away_from_a_credit_stays():
    line = "SPD-Chef Lars Klingbeil am Montag in Berlin."
    assert _kept_in_middle(line, DE_BODY)


# -- HTML tables ----------------------------------------------------------------------

def test_html_table_cells_are_listed_as_removed_tables(tmp_path):
    """A table is left out of the article text; removals.jsonl names each cell 'html-table'."""
    body = "".join(f"<p>{p}</p>" for p in DE_BODY)
    page = (f"<html><head><title>Stadtrat</title></head><body><article><h1>Stadtrat stimmt ab</h1>{body}"
            "<table><tr><td>Monat</td><td>Fahrgastzahl</td></tr><tr><td>September</td><td>1.200</td></tr></table>"
            "</article></body></html>")
    rows = _run(tmp_path, {"tram.html": page})
    text = " ".join(p["text"] for p in rows("paragraphs.jsonl"))
    assert "Fahrgastzahl" not in text and DE_BODY[0] in text
    removed = {r["text"]: r["reason"] for r in rows("removals.jsonl")}
    assert removed.get("Fahrgastzahl") == "html-table" and removed.get("September") == "html-table"


# -- a sentence ending in an abbreviation -----------------------------------------------

@pytest.mark.parametrize("lang, text, first", [
    ("en", "He moved to the U.S. Then he founded a company.", "He moved to the U.S."),
    ("en", "Trump called for a ban on Muslims entering the U.S. He said so again on Monday.", "Trump called for a ban on Muslims entering the U.S."),
    ("de", "Der Umsatz liegt bei 20 Mio. Im Vorjahr waren es 18 Mio.", "Der Umsatz liegt bei 20 Mio."),
])
def test_abbreviation_at_sentence_end_still_splits(lang, text, first):
    assert _sentences(text, lang)[0] == first


@pytest.mark.parametrize("lang, text", [
    ("en", "The U.S. Army said on Monday that the drill was over."),
    ("de", "Der Umsatz liegt bei 20 Mio. Euro und damit über dem Vorjahr."),
    ("de", "Die Firma hat 20 Mio. Die-Hard-Fans, sagt der Chef."),
    ("en", "\"We moved to the U.S. Then we grew,\" she said."),        # inside a quotation
    ("de", "„Wir machen 20 Mio. Das reicht uns“, sagte der Chef."),
])
def test_abbreviation_inside_a_sentence_does_not_split(lang, text):
    assert _sentences(text, lang) == [text]
