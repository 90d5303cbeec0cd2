"""Number and negation flags (session 29 review rv57): bounds on an amount, figures
written short, basis points, the number flag's reason text."""

import pytest

from aligner.match.consistency import compare

CUT = "We will cut {} 200 administrative jobs this year"
STREICHEN = "Wir werden {} 200 Stellen in der Verwaltung streichen"


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# --- rv57-4: "at most 200" = "not more than 200"; "at most 200" vs "more than 200" is opposite

@pytest.mark.parametrize("x, y", [("at most", "not more than"), ("at least", "not less than"),
                                  ("at least", "not fewer than")])
def test_one_bound_said_two_ways_is_no_negation(x: str, y: str) -> None:
    assert "negation" not in _flags(CUT.format(x), CUT.format(y))


def test_denied_bound_before_the_verb_is_the_upper_bound() -> None:
    assert "negation" not in _flags("We will not cut more than 200 administrative jobs this year",
                                    CUT.format("at most"))


@pytest.mark.parametrize("x, y", [
    ("at most", "more than"), ("not more than", "more than"), ("at least", "fewer than"),
    ("not less than", "less than"),
])
def test_opposite_bounds_are_a_negation(x: str, y: str) -> None:
    report = compare(CUT.format(x), CUT.format(y))
    assert "negation" in report.flags
    assert "opposite bound" in report.details["negation"]


@pytest.mark.parametrize("x, y, flagged", [
    ("höchstens", "nicht mehr als", False), ("mindestens", "nicht weniger als", False),
    ("höchstens", "mehr als", True), ("mindestens", "weniger als", True),
])
def test_german_bounds(x: str, y: str, flagged: bool) -> None:
    assert ("negation" in _flags(STREICHEN.format(x), STREICHEN.format(y), "de")) is flagged


def test_neighbours_keep_their_flags() -> None:
    # kept as before the bounds: "no more than" read as "at most" (``equivalents.approximated``), and
    # "nicht mehr als 200" against "mehr als 200" a negation
    assert "negation" not in _flags(CUT.format("at most"), CUT.format("no more than"))
    assert "negation" not in _flags(CUT.format("not more than"), CUT.format("no more than"))
    assert "negation" in _flags(STREICHEN.format("nicht mehr als"), STREICHEN.format("mehr als"), "de")
    # a negator across a comma denies the verb, not the bound after it
    assert "negation" in _flags("We will not cut jobs, more than 200 people will retire",
                                "We will cut jobs; over 200 people will retire")
    # "not more than a gesture": no amount, the negation rules as before
    assert "negation" in _flags("It is not more than a gesture", "It is more than a gesture")
    # German "nicht mehr" without "als" + amount: "no longer"
    assert "negation" in _flags("Wir werden nicht mehr Stellen streichen", "Wir werden mehr Stellen streichen", "de")
    # a different amount is the number flag's
    assert _flags(CUT.format("at most"), "We will cut more than 300 administrative jobs this year") == ["number"]


# --- rv57-5: word counts after figures are written one way

REVENUE = "Revenue reached 3.5 billion euros, and we expect between 5 and 7 percent growth next year"


def test_figures_written_short_are_no_truncation() -> None:
    report = compare(REVENUE, "Revenue reached €3.5bn, and we expect 5-7% growth next year")
    assert "truncation" not in report.flags and "partial" not in report.flags


def test_a_real_cut_with_short_figures_is_still_a_truncation() -> None:
    report = compare(REVENUE + ", driven by strong demand in Asia and in Europe",
                     "Revenue reached €3.5bn, and we expect 5-7% growth next year")
    assert "truncation" in report.flags
    assert compare(REVENUE, "Revenue reached €3.5bn").flags == ["truncation"]


# --- rv57-7: basis points are hundredths of a percentage point

MARGIN = "The margin improved by {} to 11.4 percent in the third quarter"


def test_basis_points_and_percentage_points_are_one_amount() -> None:
    assert "number" not in _flags(MARGIN.format("1.2 percentage points"), MARGIN.format("120 basis points"))
    assert "number" not in _flags("Die Marge stieg um 1,2 Prozentpunkte auf 11,4 Prozent",
                                  "Die Marge stieg um 120 Basispunkte auf 11,4 Prozent", "de")


def test_basis_points_neighbours_stay_flagged() -> None:
    # another amount, and a percent (a relative change) against basis points
    assert "number" in _flags(MARGIN.format("1.5 percentage points"), MARGIN.format("120 basis points"))
    assert "number" in _flags(MARGIN.format("1.2 percent"), MARGIN.format("120 basis points"))
    assert "number" in _flags("Die Marge stieg um 1,2 Prozentpunkte auf 11,4 Prozent",
                              "Die Marge stieg um 150 Basispunkte auf 11,4 Prozent", "de")


# --- rv57-9 / rv57-18: the number flag's reason says the amounts as each version writes them

SCORES = "The 2-1 against Celtic is more important than the {} against Bochum on Saturday"


@pytest.mark.parametrize("a, b, lang, said", [
    (SCORES.format("3-0"), SCORES.format("3-1"), "en", "3-0 vs 3-1"),
    (SCORES.format("3-0"), SCORES.format("1-0"), "en", "3-0 vs 1-0"),
    (SCORES.format("3-1"), SCORES.format("1-0"), "en", "3-1 vs 1-0"),
    ("We generated revenue of 3.5 billion euros in the third quarter",
     "We generated revenue of 3.5 million euros in the third quarter", "en", "3.5 billion vs 3.5 million"),
    ("Profit reached €400m in the quarter", "Profit reached €400bn in the quarter", "en", "€400m vs €400bn"),
    ("We finished third last season and we want to finish third again",
     "We finished fourth last season and we want to finish third again", "en", "third vs fourth"),
    ("Wir haben einen Umsatz von 3,5 Mrd. Euro erzielt", "Wir haben einen Umsatz von 3,5 Millionen Euro erzielt",
     "de", "3,5 Mrd. vs 3,5 Millionen"),
    ("Revenue was 1,200 euros last year, and we want more", "Revenue this year was 1,300 euros, and we want more",
     "en", "1,200 vs 1,300"),
])
def test_number_reason_as_written(a: str, b: str, lang: str, said: str) -> None:
    report = compare(a, b, lang=lang)
    assert "number" in report.flags
    assert report.details["number"] == said


def test_number_reason_is_the_figure_not_its_stretch() -> None:
    report = compare("The club signed three new players in the summer window",
                     "The club signed four young players in the summer window")
    assert report.details["number"] == "three vs four"


# --- rv57-6: percentage points against percent (an absolute change against a relative one)

def test_percentage_points_against_percent_is_a_number_flag() -> None:
    report = compare(MARGIN.format("1.2 percentage points"), MARGIN.format("1.2 percent"))
    assert report.flags == ["number"] and report.details["number"] == "1.2 percentage points vs 1.2 percent"
    report = compare("Die Marge stieg um 1,2 Prozentpunkte auf 11,4 Prozent",
                     "Die Marge stieg um 1,2 Prozent auf 11,4 Prozent", lang="de")
    assert report.flags == ["number"] and report.details["number"] == "1,2 Prozentpunkte vs 1,2 Prozent"


def test_points_neighbours_stay_unflagged() -> None:
    # "points" alone, the same unit on both sides, the percent written with a sign, the value given both ways
    assert _flags("Unemployment rose 0.5 percentage points to 5.5 percent",
                  "Unemployment rose by 0.5 points to 5.5 percent") == []
    assert _flags(MARGIN.format("1.2 percentage points"), MARGIN.format("1.2 percentage points")) == []
    assert _flags("Die Marge stieg um 1,2 Prozentpunkte auf 11,4 Prozent",
                  "Die Marge stieg um 1,2 Prozentpunkte auf 11,4 %", "de") == []
    assert "number" not in _flags("The margin improved by 1.2 percentage points to 11.4 percent",
                                  "The margin, at 1.2 percent last year, improved by 1.2 percentage points to 11.4 percent")


# --- rv57-11: a quote boundary only where the shorter version's other quote gives the words it lacks

HANDELSBLATT = (
    "Nordwerk übertrifft die Erwartungen\n\nDüsseldorf. Die Nordwerk AG hat im dritten Quartal mehr verdient als "
    "erwartet.\n\n„Wir haben im dritten Quartal einen Umsatz von 3,5 Mrd. Euro erzielt, das sind 8 Prozent mehr als "
    "im Vorjahr“, sagte Vorstandschefin Claudia Berens am Donnerstag in Düsseldorf.\n\n„Die operative Marge stieg um "
    "1,2 Prozentpunkte auf 11,4 Prozent“, so Finanzvorstand Thomas Achterberg.\n\n„Für das Gesamtjahr erwarten wir "
    "ein Umsatzwachstum zwischen 5 und 7 Prozent“, sagte Berens.\n")
FAZ = (
    "Nordwerk wächst kräftig\n\nDer Düsseldorfer Industriekonzern Nordwerk hat im dritten Quartal seinen Umsatz "
    "deutlich gesteigert.\n\n„Wir haben im dritten Quartal einen Umsatz von 3,5 Milliarden Euro erzielt“, sagte "
    "Berens.\n\n„Die operative Marge stieg um 1,2 Prozent auf 11,4 Prozent“, sagte Achterberg.\n\n„Für das "
    "Gesamtjahr erwarten wir ein Umsatzwachstum von fünf bis sieben Prozent“, sagte Vorstandschefin Claudia Berens.\n")


def test_german_cut_is_no_quote_boundary_when_the_other_quote_says_something_else(tmp_path) -> None:
    import json

    import aligner

    arts = [{"id": "hb", "outlet": "Handelsblatt", "language": "de", "date": "2026-11-12", "text": HANDELSBLATT},
            {"id": "faz", "outlet": "FAZ", "language": "de", "date": "2026-11-12", "text": FAZ}]
    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(src)], str(out))
    pairs = {}
    for line in (out / "clusters.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        text = {v["quote_id"]: v["original"] for v in c["versions"]}
        for p in c["pairs"]:
            pairs[" | ".join(sorted((text[p["a"]], text[p["b"]])))] = p
    cut = next(p for k, p in pairs.items() if "8 Prozent mehr" in k)
    assert "truncation" in cut["flags"], cut
    assert "quote boundary" not in cut["details"].get("coverage", "")
    points = next(p for k, p in pairs.items() if "Prozentpunkte" in k)
    assert "number" in points["flags"], points  # rv57-6: Prozentpunkte vs Prozent, compared in German
