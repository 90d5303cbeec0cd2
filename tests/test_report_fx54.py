"""report.html for a reader with a screen reader, in black and white, on paper (rv44): a serious
flag says so in text, the caveats are a heading, a print stylesheet opens the pair details and
wraps the versions, table headers are scoped, filters show only with the script, German titles
and mentions carry lang="de".  And an English article quoting a German name is not called
untranslated."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import aligner
from aligner.langid import paragraph_language
from tests.quote_helpers import run_texts

_DE = ("Schiffe im Hafen\n\n„Wir haben fünf Schiffe in den Hafen geschickt“, sagte Verteidigungsminister Thomas Weber "
       "am Montag.\n\n„Die Häfen bleiben für alle Schiffe offen“, sagte die Hafenchefin Anna Krüger in Odessa.\n")
_EN1 = ('Ships in port\n\n"We have sent six ships to the port," Defence Minister Thomas Weber said on Monday.\n\n'
        '"The ports remain open to all ships," said port chief Anna Krüger in Odesa.\n')
_EN2 = ('Port\n\n"We have sent five ships to the port," said Thomas Weber, the defence minister, on Monday.\n\n'
        '"The ports remain open to all ships," Anna Krüger said in Odesa.\n')
_TR = {"Schiffe im Hafen": "Ships in port",
       "„Wir haben fünf Schiffe in den Hafen geschickt“, sagte Verteidigungsminister Thomas Weber am Montag.":
       '"We have sent five ships to the port," said Defence Minister Thomas Weber on Monday.',
       "„Die Häfen bleiben für alle Schiffe offen“, sagte die Hafenchefin Anna Krüger in Odessa.":
       '"The ports remain open to all ships," said port chief Anna Krüger in Odesa.'}
_META = [("file", "language", "outlet", "title"), ("de1.txt", "de", "Tagesblatt", "Fünf Schiffe für Odessa"),
         ("en1.txt", "en", "Daily Courier", "Six ships"), ("en2.txt", "en", "World Wire", "Five ships")]


def _run(tmp: Path, files: dict[str, str], translations: dict[str, str], meta: list[tuple[str, ...]]) -> Path:
    src = tmp / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "metadata.tsv").write_text("\n".join("\t".join(r) for r in meta) + "\n", encoding="utf-8")
    tsv = tmp / "tr.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in translations.items()), encoding="utf-8")
    aligner.run([src], tmp / "run", translations=str(tsv), embeddings="none")
    return tmp / "run"


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    return _run(tmp_path_factory.mktemp("fx54report"), {"de1.txt": _DE, "en1.txt": _EN1, "en2.txt": _EN2, "leer.txt": ""},
                _TR, _META)


@pytest.fixture(scope="module")
def report(run) -> str:
    flags = [f for line in (run / "clusters.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
             for p in json.loads(line)["pairs"] for f in p["flags"]]
    assert "number" in flags  # five / six: a true serious flag, so the page has one to show
    return (run / "report.html").read_text(encoding="utf-8")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.text: list[tuple[tuple[tuple[str, dict], ...], str]] = []

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "input", "img", "hr", "link", "wbr", "col", "source"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        self.text.append((tuple(self.stack), data))


def _tags(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_a_serious_badge_says_serious_in_text(report):
    p = _tags(report)
    serious = [" ".join(t for st, t in p.text if any(a.get("class") == "badge serious" for _, a in st[-2:]))]
    assert "serious:" in serious[0] and "⚠" in serious[0]
    # every serious badge: the word inside it, not only the class that colours it
    for m in re.finditer(r'<span class="badge serious"[^>]*>(.*?)</span></span>', report, re.S):
        assert "serious" in re.sub(r"<[^>]+>", " ", m.group(1))
    assert len(re.findall(r'class="badge serious"', report)) == len(re.findall(r'<span class="vh">serious: ', report))
    # a worth-a-look badge does not say serious
    assert not re.search(r'<span class="badge"[^>]*><span class="vh">', report)


def test_print_stylesheet_opens_details_and_wraps_versions(report):
    css = report[report.index("@media print"):report.index("</style>")]
    assert "details" in css and re.search(r"\.versions\{[^}]*display:block", css)
    assert "beforeprint" in report  # the script opens closed details for printing


def test_what_could_not_be_checked_is_a_heading(report):
    p = _tags(report)
    headings = [t for st, t in p.text if any(re.fullmatch(r"h[1-6]", tag) for tag, _ in st)]
    assert "What could not be checked" in headings and "Legend" in headings


def test_table_headers_have_scope_and_filters_wait_for_the_script(report):
    p = _tags(report)
    ths = [a for tag, a in p.items if tag == "th"]
    assert ths and all(a.get("scope") == "col" for a in ths)
    filters = [a for tag, a in p.items if tag == "div" and a.get("class") == "filters"]
    assert filters and all("hidden" in a for a in filters)
    assert "removeAttribute('hidden')" in report


def test_german_title_and_mention_carry_lang_de(report):
    p = _tags(report)
    spots = [st for st, t in p.text if "Fünf Schiffe für Odessa" in t or "Verteidigungsminister Thomas Weber" in t]
    assert spots
    for st in spots:
        langs = [a.get("lang") for _, a in st if a.get("lang")]
        assert langs and langs[-1] == "de", st


def test_counts_agree_between_report_md_html_and_summary(run, report):
    md = (run / "report.md").read_text(encoding="utf-8")
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    match = summary.get("stages", summary)["match"]
    n = len([line for line in (run / "clusters.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()])
    assert f"{n} quote clusters" in report and str(n) in md
    assert match.get("clusters", n) == n


def test_english_sentence_with_german_names_stays_english():
    text = '"Inflation has risen to 2.5%," said Jürgen Weiß of the Bundesbank.'
    assert paragraph_language(text, ("de", "en"), "en")[0] == "en"
    german = "„Die Inflation ist auf 2,5 Prozent gestiegen“, sagte Bundesbank-Vorstand Jürgen Weiß am Montag."
    assert paragraph_language(german, ("de", "en"), "en")[0] == "de"


def test_english_article_with_german_names_is_not_called_untranslated(tmp_path):
    de = "Inflation\n\n„Die Inflation ist auf 2,5 Prozent gestiegen“, sagte Bundesbank-Vorstand Jürgen Weiß am Montag.\n"
    en = ("Inflation\n\nPrices in Germany kept rising in February, the statistics office said.\n\n"
          '"Inflation has risen to 2.5%," said Jürgen Weiß of the Bundesbank.\n')
    tr = {"„Die Inflation ist auf 2,5 Prozent gestiegen“, sagte Bundesbank-Vorstand Jürgen Weiß am Montag.":
          '"Inflation has risen to 2.5 percent," said Bundesbank board member Jürgen Weiß on Monday.',
          "Inflation": "Inflation"}
    out = _run(tmp_path, {"de1.txt": de, "en1.txt": en}, tr, [("file", "language"), ("de1.txt", "de"), ("en1.txt", "en")])
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "en1.txt" not in json.dumps(summary.get("stages", summary)["translate"])


def test_a_pivot_article_is_never_listed_untranslated():
    from aligner.model import Article
    from aligner.translate.stage import _not_in_pivot

    arts = [Article(id="e", text="x", language="en"), Article(id="g", text="x", language="de")]
    summary: dict = {}
    left = _not_in_pivot(["e", "g"], {"e": [False, True, False], "g": [False]}, arts, "en", summary)
    assert left == ["g"] and summary["pivot_article_sentences_untranslated"] == 2


def test_summary_json_counts_the_pairs_whose_speaker_was_not_compared(tmp_path):
    run_texts(tmp_path, {
        "a.txt": 'Docks\n\n"The docks will close on Friday for urgent repairs," she said on Monday.\n',
        "b.txt": 'Port\n\n"The docks will close on Friday for urgent repairs," Port manager Anna Weber '
                 'said on Monday.\n',
    })
    html = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    m = re.search(r"Speaker not compared for (\d+) pair", html)
    assert m
    summary = json.loads((tmp_path / "run" / "summary.json").read_text(encoding="utf-8"))
    assert summary.get("stages", summary)["match"]["pairs_speaker_not_compared"] == int(m.group(1)) == 1


def test_emoji_joiner_is_shown_as_written_and_other_hidden_characters_are_not():
    from aligner.report.common import visible

    assert visible("crews \U0001F469\u200d\U0001F692 city \U0001F3F3\ufe0f\u200d\U0001F308") == \
        "crews \U0001F469\u200d\U0001F692 city \U0001F3F3\ufe0f\u200d\U0001F308"
    assert visible("O\u2019Brien\u200d x\u202ey") == "O\u2019Brien⟨U+200D⟩ x⟨U+202E⟩y"
    assert visible("a\u200db") == "a⟨U+200D⟩b"


def test_emoji_sequence_in_a_quoted_post_reaches_the_report(tmp_path):
    post = "Proud of our crews \U0001F469\u200d\U0001F692 and of this city \U0001F3F3\ufe0f\u200d\U0001F308 today"
    run_texts(tmp_path, {
        "a.txt": f'Post\n\n"{post}," Mayor Anna Weber wrote on Monday.\n',
        "b.txt": f'Social\n\n"{post}," wrote Anna Weber, the mayor, on Monday.\n',
    })
    html = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    assert "\U0001F469\u200d\U0001F692" in html and "⟨U+200D⟩" not in html
