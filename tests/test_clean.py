"""The cleaner: what goes, why, and that real article text stays."""

from __future__ import annotations

from aligner.clean import clean_text, split_paragraphs, stated_dates


def seed(seeds_dir, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def outcome(text: str) -> list[tuple[str, str]]:
    """(paragraph text, reason or '') for every paragraph."""
    res = clean_text(text)
    return [(text[s:e], "" if d.keep else d.reason) for (s, e), d in zip(res.spans, res.decisions)]


def dropped(text: str) -> dict[str, str]:
    return {p: r for p, r in outcome(text) if r}


def test_seed_000_keeps_everything(seeds_dir):
    text = seed(seeds_dir, "000")
    out = outcome(text)
    assert len(out) == 11  # one paragraph per line
    assert [r for _, r in out] == [""] * 11


def test_seed_002_drops_only_the_teaser(seeds_dir):
    text = seed(seeds_dir, "002")
    out = outcome(text)
    assert len(out) == 10
    assert [r for _, r in out[:9]] == [""] * 9
    assert out[9][0].startswith("Mehr zum Thema - USA sollen die Ukraine verlassen")
    assert out[9][1] == "teaser"


def test_seed_001_drops_the_four_reader_comments(seeds_dir):
    text = seed(seeds_dir, "001")
    out = outcome(text)
    assert [r for _, r in out[:4]] == [""] * 4
    assert [p for p, _ in out[4:]] == [
        "Gleiche und Gleiches gesellt sich gern!",
        "Und die US- Amerikaner sind, wie üblich dumm genug, die „geneigte“ Lat.- amerikanische Hemisphäre den Russen und Chinesen zu überlassen.",
        "Das wird sich wieder einmal und erneut in leider sehr absehbarer Zeit und sehr bitter rächen.",
        "Manche lernen es halt nie!",
    ]
    assert {r for _, r in out[4:]} == {"reader-comments"}


def test_seed_003_keeps_the_well_formed_copies(seeds_dir):
    text = seed(seeds_dir, "003")
    gone = dropped(text)
    kept = [p for p, r in outcome(text) if not r]
    # the glued run-on copy goes, its separate well-formed copies stay
    glued = next(p for p in gone if 'has said."You' in p)
    assert gone[glued] == "near-duplicate"
    assert "Vladimir Putin and Miguel Diaz-Canel 'synchronized their positions' on international issues during their talks Monday, but did not discuss the possibility of Russian military bases in Cuba, Kremlin spokesman Dmitri Peskov has said." in kept
    assert any(p.startswith('"You know that relations between Russia and Cuba') for p in kept)
    assert any(p.startswith("Last Tuesday, US Ambassador") for p in kept)
    assert not any('."You' in p or "Tuesday.Putin" in p for p in kept)
    # furniture
    assert gone["date 2022-01-25 Registration was successful!"] == "registration"
    assert gone["09:28 GMT 25.01.2022 (Updated: 09:55 GMT 25.01.2022)"] == "timestamp"
    assert gone["© AP Photo / Cristobal Herrera"] == "photo-credit"
    assert gone["Being updated"] == "furniture"
    captions = [p for p, r in gone.items() if r == "caption"]
    assert len(captions) == 2 and all(p.startswith("A Russian radar station is seen in Lourdes") for p in captions)
    # headline, lead and the "No." paragraph stay
    assert kept[0].startswith("Kremlin Says Moscow, Havana Have 'Synchronized Positions'")
    assert any(p.startswith("Russian President Vladimir Putin and his Cuban counterpart") for p in kept)
    assert any(p.endswith('Peskov answered bluntly "No."') for p in kept)
    assert len(kept) == 8


def test_seed_004_furniture(seeds_dir):
    text = seed(seeds_dir, "004")
    out = outcome(text)
    title = "Russian Ministry of Foreign Affairs: we cannot exclude the deployment of troops in Cuba and Venezuela"
    titles = [r for p, r in out if p == title]
    assert titles == ["", "duplicate", "duplicate"]  # the first copy stays
    gone = dropped(text)
    assert gone["2022-01-13 16:09, act 2022-01-13 17:26"] == "timestamp"
    assert gone["2022-01-13 16:09"] == "timestamp"
    assert gone["photo: FORUM / / FORUM"] == "photo-credit"
    assert gone["adj / mal /"] == "byline"
    assert gone["About Banner Leon"] == "author-bio"
    assert gone[next(p for p in gone if p.startswith("Videogames entered his life"))] == "author-bio"
    assert gone["Check Also"] == "teaser"
    assert gone[next(p for p in gone if p.startswith("This is how the US military killed"))] == "teaser"
    assert gone["Leave a Reply"] == "comment-form"
    assert gone["Your email address will not be published. Required fields are marked *"] == "comment-form"
    kept = [p for p, r in out if not r]
    assert kept[1].startswith("If tensions in relations between Russia and the US continue to grow")
    assert kept[-1].startswith("“If the Russians depart from these talks")
    assert "US Ambassador to the OSCE: We have many doubts about Russia’s intentions" in kept  # a subheading, not a caption
    assert len(kept) == 15


def test_spans_point_into_the_unchanged_text(seeds_dir):
    for prefix in ("000", "001", "002", "003", "004"):
        text = seed(seeds_dir, prefix)
        res = clean_text(text)
        for s, e in res.spans:
            assert text[s:e] == text[s:e].strip() and text[s:e]
        # every non-space character is in some paragraph
        covered = set()
        for s, e in res.spans:
            covered.update(range(s, e))
        assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_dates_stated_in_dropped_timestamps(seeds_dir):
    assert clean_text(seed(seeds_dir, "003")).dates == ["2022-01-25"]
    assert clean_text(seed(seeds_dir, "004")).dates == ["2022-01-13"]
    assert clean_text(seed(seeds_dir, "000")).dates == []
    assert stated_dates("09:28 GMT 25.01.2022, 2021-12-31") == ["2022-01-25", "2021-12-31"]


# -- synthetic cases ----------------------------------------------------------------------

BODY = [
    "Die Regierung in Berlin hat am Dienstag neue Regeln für den Export von Rüstungsgütern beschlossen, die ab dem kommenden Jahr gelten sollen.",
    "Kritiker aus der Opposition bemängelten, dass die Regeln zu viele Ausnahmen enthielten und kaum kontrolliert werden könnten.",
    "Das Wirtschaftsministerium kündigte an, die Umsetzung in einem Jahr zu überprüfen und dem Parlament darüber zu berichten.",
]


def test_glued_copy_goes_even_when_it_comes_second():
    good1 = 'The minister said the talks were useful. "We will meet again," she told reporters on Monday in the capital city.'
    good2 = "Officials from both sides did not give a date for the next round of talks, which are expected to resume soon."
    glued = good1.replace('useful. "We', 'useful."We') + good2
    text = "\n".join([good1, good2, glued])
    out = outcome(text)
    assert [r for _, r in out] == ["", "", "near-duplicate"]
    text = "\n".join([glued, good1, good2])
    assert [r for _, r in outcome(text)] == ["near-duplicate", "", ""]


def test_exact_duplicate_keeps_the_first_copy():
    text = "\n".join([BODY[0], BODY[1], BODY[0], BODY[2]])
    assert [r for _, r in outcome(text)] == ["", "", "duplicate", ""]


def test_partly_overlapping_paragraphs_both_stay():
    a = "Russland und Kuba wollen ihre Zusammenarbeit in den Bereichen Verkehr, Energie und Industrie vertiefen, hieß es am Montag."
    b = "Russland und Kuba wollen ihre Zusammenarbeit vertiefen; Details zu Verkehr und Energie nannte das Ministerium aber nicht."
    assert [r for _, r in outcome("\n".join([a, b]))] == ["", ""]


def test_one_sentence_per_line_article_is_not_mistaken_for_comments():
    lines = BODY + ["Die Opposition will dagegen klagen.", "Ein Urteil wird im Herbst erwartet."]
    assert [r for _, r in outcome("\n".join(lines))] == [""] * 5


def test_comment_tail_after_long_paragraphs():
    long = [" ".join([p] * 4) for p in BODY]
    tail = ["So ein Unsinn!", "Ich finde das halt typisch.", "Wer glaubt das noch?"]
    assert [r for _, r in outcome("\n".join(long + tail))] == ["", "", ""] + ["reader-comments"] * 3


def test_explicit_comment_heading_takes_the_rest():
    lines = BODY + ["3 Kommentare", "Peter: Sehe ich anders.", "Anna: Gute Entscheidung, endlich!"]
    assert [r for _, r in outcome("\n".join(lines))] == ["", "", "", "reader-comments", "reader-comments", "reader-comments"]


def test_section_heading_in_the_first_half_drops_only_itself():
    lines = ["Related", *BODY]
    assert [r for _, r in outcome("\n".join(lines))] == ["teaser", "", "", ""]


def test_german_furniture_and_bylines():
    lines = [
        "Von Anna Müller",
        BODY[0],
        "Foto: dpa / Michael Kappeler",
        BODY[1],
        "BERLIN, 13.01.2022",
        BODY[2],
        "Anzeige",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
    ]
    assert [r for _, r in outcome("\n".join(lines))] == [
        "byline", "", "photo-credit", "", "dateline", "", "furniture", "comment-form",
    ]


def test_sentences_with_dates_are_not_timestamps():
    lines = [BODY[0], "Am 14. Dezember 2021 um 10 Uhr begann die Sitzung.", "The vote is on Jan. 5, 2022.", BODY[1]]
    assert [r for _, r in outcome("\n".join(lines))] == ["", "", "", ""]


def test_split_paragraphs_lines_and_hard_wrapped_blocks():
    text = "  Erste Zeile.  \n\nZweite Zeile.\r\nDritte.\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Erste Zeile.", "Zweite Zeile.", "Dritte."]
    wrapped_block = (
        "This is a paragraph of a text that somebody wrapped at seventy\n"
        "characters per line, as plain-text e-mail and old archives do, so\n"
        "that one line is not one paragraph and lines end anywhere in a\n"
        "sentence rather than at its end, which the splitter has to notice."
    )
    text = "\n\n".join([wrapped_block] * 3)
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == [wrapped_block] * 3
