"""fx147: speakers left from session 37 (rv81-2, rv81-5, rv83-13, rv81-8, rv81-3). Invented sentences only."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, float | None, list[str]]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    return [(q.text, (q.speaker.name or q.speaker.mention) if q.speaker else None, q.speaker.confidence if q.speaker else None, q.flags) for q in quotes]


# rv81-2 / rv81-5: a work's name after a naming verb, or a work after a German verb of praise, is a title
@pytest.mark.parametrize("text,lang,title", [
    ("Sein drittes Album heißt „Kalter Strom“.", "de", "Kalter Strom"),
    ("Die neue Oper nennt sich „Nachtfähre“.", "de", "Nachtfähre"),
    ("Her second novel is called \"Paper Harbour\".", "en", "Paper Harbour"),
    ("The exhibition was named \"Salt and Iron\".", "en", "Salt and Iron"),
])
def test_a_named_work_in_marks_is_a_title_with_no_speaker(text: str, lang: str, title: str) -> None:
    found = [q for q in _quotes(text, lang) if q[0] == title]
    assert found and all(q[1] is None and "title" in q[3] for q in found)


@pytest.mark.parametrize("text,lang,words,speaker", [
    ("Das Feuilleton lobte: „Das ist ein kühnes Werk.“", "de", "Das ist ein kühnes Werk.", "Feuilleton"),
    ("Die Senatorin Mara Quint feierte den Sieg: „Das ist ein großer Tag.“", "de", "Das ist ein großer Tag.", "Mara Quint"),
    # pr41-1: a clause in marks after a verb of praise is a quote (the praise-verb title reading was taken back)
    ("Trainer Tom Berg lobte „Die Mannschaft spielt großartig“.", "de", "Die Mannschaft spielt großartig", "Tom Berg"),
    ("Ministerin Anna Holt würdigte „Die Helfer leisten Großes“.", "de", "Die Helfer leisten Großes", "Anna Holt"),
])
def test_praise_with_a_clause_after_it_keeps_its_speaker(text: str, lang: str, words: str, speaker: str) -> None:
    found = [q for q in _quotes(text, lang) if q[0] == words]
    assert found and found[0][1] is not None and speaker in found[0][1] and "title" not in found[0][3]


def test_words_chosen_after_called_stay_someones_words() -> None:
    found = [q for q in _quotes("Senator Tom Vale said the plan was called \"a reckless gamble\" by his rivals.", "en")
             if q[0] == "a reckless gamble"]
    assert all("title" not in q[3] for q in found)


# rv83-13: "A said B had promised him: "…"": B's words, passed on by A, never A's at the bar
@pytest.mark.parametrize("text,speaker", [
    ("Mayor Ines Caldo said Harlan had promised her: \"The bridge will open in May.\"", "Harlan"),
    ("Caldo said the governor had told her: \"The bridge will open in May.\"", "governor"),
    ("Caldo said Senator Rolf Harlan had warned her: \"The bridge is not safe.\"", "Harlan"),
])
def test_a_pluperfect_inner_frame_gives_the_inner_subject_below_the_bar(text: str, speaker: str) -> None:
    [(_, name, conf, flags)] = _quotes(text, "en")
    assert name is not None and speaker in name and "Caldo" not in name
    assert conf is not None and conf < 0.8


@pytest.mark.parametrize("text,speaker", [
    ("Caldo said Harlan promised her: \"The bridge will open in May.\"", "Harlan"),
    ("Caldo said she had told Harlan: \"The bridge will open in May.\"", "Caldo"),
])
def test_other_inner_frames_keep_their_speaker(text: str, speaker: str) -> None:
    [(_, name, conf, _flags)] = _quotes(text, "en")
    assert name is not None and speaker in name and conf is not None and conf >= 0.8


# rv81-8: "X lässt ihre Heldin sagen: „…“" / "X has her heroine say: "…"": a character's line, no speaker
@pytest.mark.parametrize("text,lang", [
    ("In ihrem Roman lässt Mira Voss den alten Fischer sagen: „Das Meer schuldet uns nichts.“", "de"),
    ("Voss lässt ihren Helden sagen: „Das Meer schuldet uns nichts.“", "de"),
    ("Director Mira Voss has the old fisherman say: \"The sea owes us nothing.\"", "en"),
    ("Voss makes her narrator ask: \"Who owns the sea?\"", "en"),
])
def test_a_characters_line_has_no_speaker(text: str, lang: str) -> None:
    found = [q for q in _quotes(text, lang) if "Meer" in q[0] or "sea" in q[0]]
    assert found and all(q[1] is None and "character" in q[3] for q in found)


@pytest.mark.parametrize("text,lang,speaker", [
    ("Der Minister Olaf Brink ließ über seinen Sprecher erklären: „Wir prüfen den Antrag.“", "de", "Olaf Brink"),
    ("Olaf Brink ließ seinen Sprecher erklären: „Wir prüfen den Antrag.“", "de", "Olaf Brink"),
    ("Olaf Brink ließ am Montag erklären: „Wir prüfen den Antrag.“", "de", "Olaf Brink"),
])
def test_a_message_sent_through_someone_keeps_its_sender(text: str, lang: str, speaker: str) -> None:
    [(_, name, conf, flags)] = _quotes(text, lang)
    assert name is not None and speaker in name and "character" not in flags


# rv81-3: "<clause>, while <Outlet> described it as "…"": the clause before the comma is not the outlet's
@pytest.mark.parametrize("text,outlet", [
    ("The Tribune praised the opera, while the Courier described it as \"long and cold\".", "Courier"),
    ("Most critics admired the staging, whereas Opera Weekly called it \"a museum piece\".", "Opera Weekly"),
    ("The tour will end in May, although Lina Brook told fans it might go on.", "Lina Brook"),
])
def test_the_clause_before_a_contrast_is_not_the_second_sources(text: str, outlet: str) -> None:
    for words, name, conf, _flags in _quotes(text, "en"):
        if name is not None and outlet in name and conf is not None and conf >= 0.8:
            assert words not in text.split(",")[0] and not text.startswith(words)


def test_a_trailing_frame_still_gives_the_words_before_the_comma() -> None:
    found = _quotes("The tour will end in May, Lina Brook said on Monday.", "en")
    assert any(q[0].startswith("The tour will end") and q[1] is not None and "Lina Brook" in q[1] for q in found)
