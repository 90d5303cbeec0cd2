"""fx91: a photo credit and its caption on one line (rv57-20)."""

from __future__ import annotations

from aligner.clean import clean_text


def outcome(text: str) -> list[tuple[str, str]]:
    res = clean_text(text)
    return [(text[s:e], "" if d.keep else d.reason) for (s, e), d in zip(res.spans, res.decisions)]


def test_a_credit_with_its_caption_goes_and_the_headline_stays():
    text = ("VfB Stuttgart – Celtic Glasgow 2:1 (1:1)\n\n"
            "Foto: dpa/Tom Weller – Luca Ferreira jubelt nach seinem Treffer zum 2:1.\n\n"
            "Der VfB Stuttgart hat in der Champions League einen wichtigen Sieg gefeiert.\n\n"
            "Photo: AP Photo/Michael Probst - Fans celebrate in Frankfurt.")
    assert [r for _, r in outcome(text)] == ["", "caption", "", "caption"]


def test_lines_that_only_start_like_a_credit_stay():
    # neighbours: the newspaper 'Bild' cited, 'Foto' in prose
    lines = ["Bild: Der Kanzler will die Steuern senken – so berichtet es die Zeitung am Sonntag.",
             "Das Foto zeigt den Kapitän – er jubelt nach dem Treffer zum 2:1."]
    assert [r for _, r in outcome("\n\n".join(lines))] == ["", ""]


def test_the_signature_of_an_embedded_post_is_no_dateline():
    # rv58-9: who posted the words above stays with them; a real dateline still goes
    text = ("Liveblog: Frachter rammt Köhlbrandbrücke\n\n"
            "Die Köhlbrandbrücke bleibt bis auf Weiteres gesperrt. Bitte nutzen Sie den Elbtunnel.\n\n"
            "— Polizei Hamburg (@PolizeiHamburg) 5. Dezember 2026\n\n"
            "HAMBURG, 05.12.2026\n\n"
            "Die Feuerwehr hat Ölsperren ausgelegt und sichert den Bereich.")
    assert [r for _, r in outcome(text)] == ["", "", "", "dateline", ""]
