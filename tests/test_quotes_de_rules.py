"""German attribution rules added in session 13 (invented sentences; each test fails without its rule)."""

from __future__ import annotations

from quote_helpers import quote_containing

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import rule_of
from aligner.quotes.choices import using

SUBJ = ("Am Montag erklärte der Vereinssprecher Tom Berger vor Journalisten in Kassel seinen Rücktritt. "
        "Die Stadt habe viel zu lange „gezögert und gezaudert“.")


def test_subjunctive_fragment_carries_on_the_speech_verb_before():
    q = quote_containing(SUBJ, "gezögert")
    assert rule_of(q) == "subjunctive-after-cue"
    assert q.speaker is not None and "Berger" in q.speaker.mention
    with using(subjunctive_after_cue=False):
        assert quote_containing(SUBJ, "gezögert").speaker is None


def test_indicative_fragment_does_not_carry_on():
    text = SUBJ.replace("Die Stadt habe", "Die Stadt hat")
    assert quote_containing(text, "gezögert").speaker is None


def test_a_quote_in_between_stops_the_carrying_on():
    text = SUBJ.replace("seinen Rücktritt. ", "seinen Rücktritt. Das Publikum rief „Zugabe, Zugabe, Zugabe“. ")
    q = quote_containing(text, "gezögert")
    assert rule_of(q) != "subjunctive-after-cue" and (q.speaker is None or "Berger" not in q.speaker.mention)


SO_INSERTED = ("Der Film blende vieles aus. Doch sei es, so der Schriftsteller Jan Muster in einem Beitrag auf seiner Website, "
               "ein Fehler gewesen. Deshalb müsse „die Regierung endlich mit allen Beteiligten sprechen“.")


def test_so_x_set_off_by_commas_inside_a_reported_sentence():
    q = quote_containing(SO_INSERTED, "Regierung endlich")
    assert q.speaker is not None and "Muster" in (q.speaker.name or q.speaker.mention)
    with using(so_x_inserted=False):
        q = quote_containing(SO_INSERTED, "Regierung endlich")
        assert q.speaker is None or "Muster" not in (q.speaker.name or q.speaker.mention)


def test_so_inside_an_indicative_sentence_is_no_frame():
    text = SO_INSERTED.replace("Doch sei es", "Doch war es").replace("Deshalb müsse", "Deshalb muss")
    q = quote_containing(text, "Regierung endlich")
    assert q.speaker is None or "Muster" not in (q.speaker.name or q.speaker.mention)


def test_a_phrase_listed_next_to_a_title_is_a_title():
    text = "Der Schauspieler spielte in vielen Filmen mit, so in „Die Brücke am Fluss“ oder „Ein Sommer ohne jeden Regen“."
    q = quote_containing(text, "Sommer ohne")
    assert "title" in q.flags and q.speaker is None
    with using(title_lists=False, noun_phrase_names=False):  # either rule finds the title
        assert "title" not in quote_containing(text, "Sommer ohne").flags
    text = "Die Partei lehnt die Reformen ab („Hartz IV“, „Rente mit 70“) und fordert mehr Geld."
    assert "title" in quote_containing(text, "Rente mit").flags


def test_words_said_next_to_a_title_stay_words():
    # a clause with a finite verb is no title, even next to one
    text = "Er las aus „Die Brücke am Fluss“ und sagte „das ist der schönste Film von allen“."
    assert "title" not in quote_containing(text, "schönste Film").flags


def test_a_paper_named_in_marks_before_a_colon_frame_is_the_speaker():
    text = "Die Firma will wachsen. Die „Wirtschaftswoche“ schreibt: „Die neue Strategie zeigt, dass der Konzern aufholen will.“"
    q = quote_containing(text, "neue Strategie")
    assert q.speaker is not None and "Wirtschaftswoche" in q.speaker.mention


def test_a_frame_the_splitter_cut_off_at_its_comma_still_frames_the_quote():
    from aligner.model import Sentence

    text = "„Die neue Strategie zeigt, dass der Konzern aufholen will“ , schreibt die „Wirtschaftswoche“."
    cut = text.index(" ,")
    sents = [Sentence("t#s0", "t", "", 0, 0, cut, text[:cut], "de"), Sentence("t#s1", "t", "", 1, cut + 1, len(text), text[cut + 1 :], "de")]
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de"), sents) if "neue Strategie" in q.text]
    assert q.speaker is not None and "Wirtschaftswoche" in q.speaker.mention


WIE = ("Die Hilfe läuft an. Wie die Regierungschefin von Tasmanien, Anna Weber, erklärte, habe sie den Zivilschutz in "
       "Bereitschaft versetzt. Tasmanien sei dem Land zu Dank verpflichtet: „Sie haben uns Helfer geschickt, und wir werden "
       "ihnen genauso helfen.“")


def test_wie_frame_with_an_apposition_names_the_speaker():
    q = quote_containing(WIE, "habe sie den Zivilschutz")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"
    q = quote_containing(WIE, "Sie haben uns Helfer")  # the speech carried on in Konjunktiv I, then the quote
    assert q.speaker is not None and q.speaker.name == "Anna Weber"
    with using(wie_apposition=False):
        q = quote_containing(WIE, "habe sie den Zivilschutz")
        assert q.speaker is None or q.speaker.name != "Anna Weber"


NAME_IN_NP = ("Die Partei streitet. Selbst die liberale Wochenzeitung „Neue Zeit“ hatte im Mai kritisiert, dass sie "
              "„für ihre Nähe zu radikalen Gruppen“ bekannt sei.")


def test_a_name_in_marks_inside_the_subject_does_not_end_the_clause():
    q = quote_containing(NAME_IN_NP, "Nähe zu radikalen")
    assert q.speaker is not None and "Wochenzeitung" in q.speaker.mention
    with using(names_in_clause=False):
        q = quote_containing(NAME_IN_NP, "Nähe zu radikalen")
        assert q.speaker is None or "Wochenzeitung" not in q.speaker.mention


def test_a_focus_particle_is_no_speaker():
    q = quote_containing(NAME_IN_NP, "Nähe zu radikalen")
    assert q.speaker is not None and not q.speaker.mention.lower().startswith("selbst")


BRACKET = ("Viele gratulierten, so die Kanzlerin, der Leiter der Behörde, Anna Weber („Niemand hätte diese Ehre mehr "
           "verdient.“), und der Bürgermeister.")


def test_a_quote_in_brackets_after_a_name_is_that_persons():
    q = quote_containing(BRACKET, "Niemand hätte")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"
    with using(name_bracket=False):
        q = quote_containing(BRACKET, "Niemand hätte")
        assert q.speaker is None or q.speaker.name != "Anna Weber"


def test_a_bracketed_quote_after_a_thing_gets_no_name():
    text = "Die Regierung stellte das neue Gesetz vor („Ein großer Schritt für das ganze Land.“), die Opposition schwieg."
    q = quote_containing(text, "großer Schritt")
    assert rule_of(q) != "name-bracket"


def test_many_quotes_on_one_line_stay_linear(monkeypatch):
    """A line of many quotes: the frame-before check reads no long stretch and a sentence's cues are
    searched once, not once per quote (counted calls, no timing)."""
    import aligner.quotes.base as base
    import aligner.quotes.extract as X
    import aligner.quotes.frames as frames

    def no_tokens(*_args, **_kw):
        raise AssertionError("tokenised")

    spans = X.find_quote_spans("“a,” " * 40)
    with monkeypatch.context() as m:
        m.setattr(frames, "_tokens", no_tokens)
        assert not any(frames._name_before_frame("“a,” " * 40, sp, 0, len("“a,” " * 40)) for sp in spans)
    from functools import lru_cache

    search = base._find_cues.__wrapped__  # the search itself, under find_cues' cache

    def sentence_searches(n: int) -> int:
        calls = []
        with monkeypatch.context() as m:
            m.setattr(base, "_find_cues", lru_cache(maxsize=64)(lambda *a: calls.append(a[1:3]) or search(*a)))
            # lower-case partial quotes: each goes to the sentence-cue rule, which reads the sentence's cues
            text = "Er sagte " + ", ".join("„viel zu teuer“" for _ in range(n)) + " zu allen Fragen."
            extract_quotes(Article(id="t", text=text, language="de"))
        return sum(1 for a, b in calls if a == 0 and b >= len(text) - 1)

    assert sentence_searches(5) == sentence_searches(15)
