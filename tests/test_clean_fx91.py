"""fx91: the cleaner's near-duplicate rule (rv58-10) and ticker stamps (rv58-1/5/11)."""

from __future__ import annotations

from aligner.clean import clean_text


def outcome(text: str) -> list[tuple[str, str]]:
    """(paragraph text, reason or '') for every paragraph."""
    res = clean_text(text)
    return [(text[s:e], "" if d.keep else d.reason) for (s, e), d in zip(res.spans, res.decisions)]


def kept(text: str) -> list[str]:
    return [p for p, r in outcome(text) if not r]


# -- near duplicates: a copy of ONE paragraph, and no new number or name ------------------

def test_a_statement_spread_over_two_other_entries_stays():
    entries = [
        "„Die Lage in Waltershof ist stabil“, sagte Feuerwehrsprecherin Lena Vogt.",
        "„Die Lage in Altenwerder ist stabil“, sagte Feuerwehrsprecherin Lena Vogt.",
        "„Die Lage in Waltershof ist stabil“, sagte Polizeisprecher Jan Krüger.",
    ]
    text = "Liveticker: Schiffsunglück im Hamburger Hafen\n\n" + "\n\n".join(entries)
    assert all(e in kept(text) for e in entries)


def test_one_changed_number_in_a_long_paragraph_is_another_statement():
    a = ("Innensenatorin Katrin Möller sagte am Abend vor Journalisten im Rathaus: „Wir rechnen nach dem heutigen Stand "
         "mit 22 weiteren Tagen, bis die Fahrrinne wieder für alle Schiffe frei ist und der Hafen normal arbeitet.“")
    b = a.replace("22 weiteren", "21 weiteren")
    text = "Liveticker\n\n" + a + "\n\n" + b
    assert kept(text) == ["Liveticker", a, b]


def test_the_same_long_quote_by_another_speaker_stays():
    a = ("„Wir haben die Lage im Hafen seit dem frühen Morgen im Griff, und die Bergung des Frachters wird nach unserer "
         "Einschätzung noch mehrere Tage dauern“, sagte Lena Vogt.")
    b = a.replace("Lena Vogt", "Jan Krüger")
    assert kept("Ticker\n\n" + a + "\n\n" + b) == ["Ticker", a, b]


def test_a_number_twice_where_the_copies_have_it_once_stays():
    # each of the two others stands wholly inside it, but neither says '10 Kilometern'
    a = "Die Zufahrt nach Altenwerder ist seit 10 Uhr wieder frei. Der Verkehr staut sich aber noch auf 10 Kilometern."
    b = "Die Zufahrt nach Altenwerder ist seit 10 Uhr wieder frei. Der Verkehr staut sich aber noch auf 2 Kilometern."
    c = "Die Zufahrt nach Eurogate ist seit 6 Uhr wieder frei. Der Verkehr staut sich aber noch auf 10 Kilometern."
    assert kept("Ticker\n\n" + "\n\n".join([a, b, c])) == ["Ticker", a, b, c]


def test_a_real_near_copy_still_goes():
    # neighbour: the same paragraph with a word and punctuation changed, no new number or name
    a = ("Die Regierung in Berlin hat am Dienstag neue Regeln für den Export von Rüstungsgütern beschlossen, "
         "die ab dem kommenden Jahr gelten sollen.")
    b = a.replace("beschlossen,", "beschlossen") .replace("die ab dem", "die bereits ab dem")
    out = outcome("Titel der Meldung\n\n" + a + "\n\nZwischentext ohne Bezug zum Rest.\n\n" + b)
    assert [r for _, r in out] == ["", "", "", "near-duplicate"]


def test_the_teaser_goes_and_the_fuller_lead_stays():
    # neighbour: the lead repeats the teaser after a dateline; the shorter copy goes
    teaser = ("Die Regierung hat am Dienstag neue Regeln für den Export von Rüstungsgütern beschlossen, "
              "die ab dem kommenden Jahr gelten sollen.")
    lead = "Berlin (dpa) - " + teaser
    out = outcome("Neue Exportregeln\n\n" + teaser + "\n\n" + lead + "\n\nKritiker bemängelten viele Ausnahmen in den Regeln.")
    assert [r for _, r in out] == ["", "near-duplicate", "", ""]


def test_a_glued_copy_of_three_entries_still_goes():
    parts = [
        "Der Frachter liegt weiter quer im Fahrwasser vor dem Terminal Waltershof im Hafen.",
        "Die Köhlbrandbrücke bleibt nach Angaben der Polizei in beiden Richtungen gesperrt.",
        "Die Hafenfähren der Linie 62 fahren nach Angaben der HADAG wieder nach Fahrplan.",
    ]
    glued = "".join(parts)
    out = outcome("Liveticker\n\n" + "\n\n".join(parts) + "\n\n" + glued)
    assert [r for _, r in out] == ["", "", "", "", "near-duplicate"]


# -- ticker stamps: cut from the entry, kept where a time is the sentence's subject -----------

def test_a_leading_stamp_is_cut_from_its_entry():
    text = ("Updated 13:47 CET | The shipping company says it will hold a news conference.\n\n"
            "13.26 Uhr: Schaulustige haben sich an den Landungsbrücken versammelt.\n\n"
            "14:32 GMT - Police say the road is closed.\n\n"
            "4:22 p.m. The fire service says the blaze is out.")
    out = outcome(text)
    assert [p for p, r in out if r == "timestamp"] == ["Updated 13:47 CET |", "13.26 Uhr:", "14:32 GMT -", "4:22 p.m."]
    assert kept(text) == ["The shipping company says it will hold a news conference.",
                          "Schaulustige haben sich an den Landungsbrücken versammelt.",
                          "Police say the road is closed.", "The fire service says the blaze is out."]


def test_stamps_inside_a_line_of_one_line_entries_are_cut():
    text = ("+++ 14:32 Uhr +++ „Wir werden die Brücke wieder aufbauen“, sagte Claudia Brandt. +++ 14:40 Uhr +++ "
            "Der Verkehr staut sich. +++\n"
            "+++ 14:51 Uhr: Innensenatorin Möller: „Die Lage ist ernst, aber unter Kontrolle“ +++")
    assert kept(text) == ["„Wir werden die Brücke wieder aufbauen“, sagte Claudia Brandt.", "Der Verkehr staut sich.",
                          "Innensenatorin Möller: „Die Lage ist ernst, aber unter Kontrolle“"]


def test_a_bare_english_stamp_line_is_a_timestamp():
    out = dict(outcome("Live: Ship hits bridge\n\n4:22 p.m.\n\nThe chamber warned of delays.\n\nLast updated 7:51 p.m."))
    assert out["4:22 p.m."] == "timestamp" and out["Last updated 7:51 p.m."] == "timestamp"


def test_a_time_that_is_part_of_the_sentence_stays():
    # neighbours: a time as the subject, after a preposition, a price, no time at all
    lines = ["14.30 Uhr ist der Termin für die Pressekonferenz im Rathaus.",
             "Um 14.30 Uhr: So lautet die Ansage der Polizei für heute.",
             "2.50 Euro: So viel kostet die Fahrt mit der Fähre.",
             "The meeting ended at 4:22 p.m. on Friday, officials said.",
             "4:22 p.m. was the time the alarm went off, the police said.",
             "10:30 Uhr war der Zeitpunkt, an dem der Alarm losging."]
    assert kept("\n\n".join(lines)) == lines


def test_a_line_that_opens_with_the_time_it_is_about_stays_whole():
    # session 29 (pr29b-9): one time-led line is no ticker; its time is what the sentence says
    for line in ("9:30 a.m. Sunday is when the bridge reopens, the police said.",
                 "6.15 Uhr: So früh fährt künftig der erste Bus nach Finkenwerder, sagte der Sprecher der Hochbahn."):
        assert line in kept("The plan\n\n" + line + "\n\nMore text follows here in a second paragraph.")
