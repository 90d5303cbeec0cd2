"""fx73: reviewers' findings on the consistency flags and the exports (session 27).

Hand-written cases from the reviewers' reproducers (rv51: German regional copy with Swiss
and transliterated spellings; rv50: exports over daily runs)."""

from __future__ import annotations

from aligner.match.consistency import compare, negation_flip, number_flag, numbers, truncation, word_diff, words

# --- a dropped "nicht" next to another spelling of the same word -----------------------


def test_negation_dropped_next_to_swiss_ss_is_found():
    a = "Wir werden die Straße nicht vor dem 18. Mai sperren"
    b = "Wir werden die Strasse vor dem 18. Mai sperren"
    assert negation_flip(words(a), words(b)) is not None
    assert "negation" in compare(a, b, lang="de").flags


def test_negation_dropped_next_to_transliterated_umlaut_is_found():
    a = "Das hat Frau Müller nicht gewusst"
    b = "Das hat Frau Mueller gewusst"
    assert negation_flip(words(a), words(b)) is not None
    assert negation_flip(words(b), words(a)) is not None


def test_spelling_variants_alone_are_no_flag():
    a = "Die Straße über die Brücke wird für Müllers Söhne gesperrt"
    b = "Die Strasse ueber die Bruecke wird fuer Muellers Soehne gesperrt"
    assert compare(a, b, lang="de").flags == []
    # the pair diff shows no change where only the spelling differs
    assert [d.op for d in word_diff(a, b)] == ["equal"]


def test_diff_keeps_the_dropped_negator_alone():
    ops = word_diff("Wir werden die Straße nicht vor dem 18. Mai sperren",
                    "Wir werden die Strasse vor dem 18. Mai sperren")
    changed = [(d.op, d.a, d.b) for d in ops if d.op != "equal"]
    assert changed == [("delete", "nicht", "")]


def test_truncation_found_when_the_cut_version_writes_other_spellings():
    long = ("Die Straße über die Brücke für Müller schließen wir am Montag und die Arbeiten an der "
            "Brücke dauern bis zum Herbst des nächsten Jahres")
    short = "Die Strasse ueber die Bruecke fuer Mueller schliessen wir"
    assert truncation(words(long), words(short)) is not None


def test_number_change_next_to_other_spelling_still_found():
    assert number_flag("Es sind 300 Straßen", "Es sind 400 Strassen", "de") is not None


# --- Swiss thousands separators ----------------------------------------------------------


def test_swiss_apostrophe_thousands_read_as_one_number():
    assert numbers("rund 15'000 Besucher", "de") == ["15000"]
    assert numbers("rund 15’000 Besucher", "de") == ["15000"]
    assert numbers("1'500'000 Franken", "de") == ["1500000"]


def test_swiss_thousands_against_german_points_is_no_number_flag():
    a = "Wir erwarten rund 15.000 Besucher am Wochenende"
    for b in ("Wir erwarten rund 15'000 Besucher am Wochenende", "Wir erwarten rund 15’000 Besucher am Wochenende"):
        assert number_flag(a, b, "de") is None
        assert "number" not in compare(a, b, lang="de").flags
    assert number_flag("Es kostet 1.500.000 Franken", "Es kostet 1'500'000 Franken", "de") is None


def test_swiss_thousands_real_change_names_both_numbers():
    got = number_flag("Wir erwarten rund 15.000 Besucher am Wochenende",
                      "Wir erwarten rund 16'000 Besucher am Wochenende", "de")
    assert got is not None and "15000" in got and "16000" in got
    assert "0," not in got and "- " not in got


def test_apostrophe_not_between_groups_of_three_is_no_separator():
    from aligner.match.equivalents import apostrophes_joined

    for text in ("the '90s", "'We want 15' 000 more", "15'0000", "1'500'00", "1234'000", "he said '15'. 000"):
        assert apostrophes_joined(text) == text
    # a number closing a single-quoted quote keeps its closing mark
    assert apostrophes_joined("'rund 15'000'") == "'rund 15000'"
