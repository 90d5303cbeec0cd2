#!/usr/bin/env python3
"""Junk speakers on real news: the share of attributed quotes whose speaker string is not a
name, a role, a pronoun resolved to a name, or an organisation.

Data: the WMT22 and WMT23 general test sets in ../shared/eval (German sources, English
reference A), one segment per line and in document order; consecutive lines are cut into
pseudo-articles of ``--lines`` lines (document ids are not in the text files), written as .txt
files and read the way ``aligner quotes FILES`` reads them (ingest: cleaning, language, SoMaJo
sentences; then extraction and run-wide speaker entities).

The judge is written apart from the extractor (its own word lists below; only the role-noun
vocabulary is shared) and sorts each attributed quote's speaker mention into:
  name          1-5 tokens, capitalised words (initials, particles von/van/de/al/bin/ibn allowed),
                no weekday, month, determiner-only, adverb, discourse word or contraction tail
  role          a role noun or a group of people ("der Sprecher", "Kritiker", "the White House
                spokeswoman", "Anwohner"), at most 12 words
  pronoun->name a pronoun whose speaker.name is a name by the test above
  organisation  an acronym, or a word of an institution/company/party/media list
  junk          anything else; an unresolved pronoun is counted apart ("pronoun, unresolved")
The target (issue 18) is junk < 1% of attributed quotes.

    python scripts/check_junk_speakers.py [--lines 20] [--show 30]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"
SETS = [
    ("wmt22 de src", "de", SHARED / "wmt22-de-en" / "txt" / "sources" / "generaltest2022.de-en.src.de"),
    ("wmt22 en ref A", "en", SHARED / "wmt22-de-en" / "txt" / "references" / "generaltest2022.de-en.ref.A.en"),
    ("wmt23 de src", "de", SHARED / "wmt23-de-en" / "txt" / "sources" / "generaltest2023.de-en.src.de"),
    ("wmt23 en ref A", "en", SHARED / "wmt23-de-en" / "txt" / "references" / "generaltest2023.de-en.ref.refA.en"),
]

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "er", "sie", "ich", "wir", "es", "man", "du", "ihr"}
NOT_NAME = {
    # weekdays, months, time words
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "januar", "februar", "märz", "mai", "juni", "juli",
    "oktober", "dezember", "today", "yesterday", "tomorrow", "heute", "gestern", "morgen", "now", "jetzt",
    # determiners, discourse words, adverbs
    "the", "a", "an", "this", "that", "these", "those", "der", "die", "das", "ein", "eine", "dies", "diese",
    "however", "but", "and", "so", "also", "already", "normally", "meanwhile", "still", "yet", "then", "there",
    "here", "why", "what", "how", "when", "where", "who", "warum", "was", "wie", "wann", "wo", "wer", "doch",
    "aber", "und", "auch", "bereits", "schon", "nun", "dann", "deshalb", "daher", "zudem", "außerdem",
    "allerdings", "jedoch", "dennoch", "trotzdem", "immerhin", "zwar", "nicht", "not", "no", "yes", "ja", "nein",
    "mr", "mrs", "ms", "dr", "herr", "frau", "t", "s", "ll", "re", "ve", "d", "m",
}
PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "ibn", "al", "zu", "ter", "du", "dos"}
ORG_WORDS = (
    "ministry", "ministerium", "government", "regierung", "party", "partei", "police", "polizei", "court", "gericht",
    "company", "konzern", "unternehmen", "firma", "bank", "inc", "corp", "ltd", "gmbh", " ag", "agency", "agentur",
    "office", "amt", "behörde", "department", "council", "rat", "commission", "kommission", "committee", "ausschuss",
    "union", "verband", "association", "institut", "institute", "university", "universität", "hochschule", "club",
    "verein", "league", "liga", "team", "army", "armee", "military", "militär", "bundeswehr", "navy", "house",
    "haus", "kreml", "kremlin", "pentagon", "senate", "senat", "congress", "kongress", "parliament", "parlament",
    "bundestag", "landtag", "stadt", "city", "gemeinde", "state", "staat", "news", "times", "zeitung", "magazin",
    "magazine", "tv", "radio", "post", "journal", "agentur", "press", "presse", "foundation", "stiftung", "group",
    "gruppe", "fraktion", "koalition", "coalition", "organisation", "organization", "network", "netzwerk",
    "studie", "study", "report", "bericht", "survey", "umfrage", "statement", "erklärung", "website", "twitter",
    "klinik", "hospital", "krankenhaus", "feuerwehr", "staatsanwaltschaft", "service", "dienst", "board",
    "vorstand", "gewerkschaft", "bund", "bundes", "land", "länder", "nation", "nationen", "republic", "republik",
)
PEOPLE_WORDS = (
    "leute", "menschen", "bürger", "einwohner", "anwohner", "bewohner", "kritiker", "experten", "forscher",
    "wissenschaftler", "ärzte", "eltern", "kinder", "schüler", "studenten", "fans", "zuschauer", "besucher",
    "people", "residents", "critics", "experts", "researchers", "scientists", "doctors", "parents", "fans",
    "officials", "authorities", "behörden", "analysten", "analysts", "mitarbeiter", "employees", "workers",
    "opfer", "victims", "zeugen", "witnesses", "teilnehmer", "participants", "autoren", "authors", "nutzer",
    "users", "kunden", "customers", "veranstalter", "organisers", "organizers", "spieler", "players", "familie",
    "family", "freunde", "friends", "kollegen", "colleagues", "mann", "frau", "man", "woman", "sohn", "tochter",
    "mutter", "vater", "son", "daughter", "mother", "father", "wife", "husband", "ehefrau", "ehemann", "kind",
    "child", "girl", "boy", "mädchen", "junge", "user", "nutzer", "person", "passant", "fahrer", "driver",
)
# what the judge was widened by (last session): news agencies, these people words, ages
# ("the 74-year-old") and "-ly" only alone ("Normally", not "Emily Bölk"); --judge strict leaves them out
WIDE_ORG_WORDS = (" dpa", " afp", " reuters", "agence")
WIDE_PEOPLE_WORDS = ("men", "women", "lady", "owner", "inhaber", "champion", "meister", "captain", "kapitän")
AGE = re.compile(r"\d+-(?:year-old|jährige[nr]?)\b", re.I)  # "the 74-year-old", "die 58-Jährige": a person


def _words(s: str) -> list[str]:
    return re.findall(r"[\w][\w.\-’']*", s)


def is_name(s: str, wide: bool = True) -> bool:
    toks = [t.strip(".,;:’'\"") for t in _words(s)]
    toks = [t for t in toks if t]
    if not 1 <= len(toks) <= 5 or any(ch.isdigit() for ch in s):
        return False
    caps = 0
    for t in toks:
        low = t.lower()
        if low in PARTICLES and caps:
            continue
        if low in NOT_NAME or not t[0].isupper() or (low.endswith("ly") and (len(toks) == 1 or not wide)):  # "Normally" (not "Emily Bölk")
            return False
        if len(t) == 1:
            return False  # a lone letter: an initial needs its full stop, and a name needs more
        caps += 1
    return caps >= 1


def _has(s: str, words) -> bool:
    low = " " + s.lower()
    return any(w in low for w in words)


def classify(sp, wide: bool = True) -> str:
    """The class of a speaker by the widened judge (``wide``) or the judge before it."""
    from aligner.quotes.lexicon import ROLE_WORDS

    orgs, people = (ORG_WORDS + WIDE_ORG_WORDS, PEOPLE_WORDS + WIDE_PEOPLE_WORDS) if wide else (ORG_WORDS, PEOPLE_WORDS)
    mention = " ".join(sp.mention.split())
    low = mention.lower().strip(" ,.;:")
    if low in PRONOUNS:
        return "pronoun->name" if sp.name and is_name(sp.name, wide) else "pronoun, unresolved"
    if sp.resolved_from == "context" and sp.name and is_name(sp.name, wide):
        return "name"  # the antecedent's mention, carried over
    words = _words(mention)
    if not words or len(words) > 12:
        return "junk"
    if is_name(mention, wide) or (len(words) <= 8 and sp.name and is_name(sp.name, wide) and sp.name.split()[-1] in mention):
        return "name"
    if _has(mention, orgs) or re.fullmatch(r"[A-ZÄÖÜ]{2,}[a-z]?", words[-1]) or re.search(r"\b[A-ZÄÖÜ]{2,}\b", mention):
        return "organisation"
    if any(w in low for w in ROLE_WORDS) or _has(mention, people) or (wide and AGE.search(mention)):
        return "role"
    return "junk"


def articles_of(path: Path, lines_per: int) -> list[str]:
    lines = [x for x in path.read_text(encoding="utf-8").splitlines()]
    return ["\n\n".join(x for x in lines[i : i + lines_per] if x.strip()) for i in range(0, len(lines), lines_per)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=20, help="lines (segments) per pseudo-article")
    ap.add_argument("--show", type=int, default=20, help="print up to N junk speakers with their context")
    args = ap.parse_args(argv)
    from aligner.commands.quotes import load_inputs
    from aligner.quotes.stage import quotes_for_articles

    total = Counter()
    shown = 0
    print(f"{'set':16} {'articles':>8} {'quotes':>7} {'attributed':>10} {'junk':>5} {'junk %':>7} {'strict':>6} {'strict %':>8} "
          f"{'unresolved pron.':>16}   by class (junk/strict %: the widened judge / the judge before it)")
    for label, lang, path in SETS:
        if not path.is_file():
            print(f"{path}: not found, skipped", file=sys.stderr)
            continue
        t0 = time.process_time()
        with tempfile.TemporaryDirectory() as tmp:
            for k, body in enumerate(articles_of(path, args.lines)):
                (Path(tmp) / f"{k:04d}.txt").write_text(body + "\n", encoding="utf-8")
            articles, sentences, _ = load_inputs([Path(tmp)])
            for a in articles:
                a.language = lang
            for s in sentences:
                s.language = lang
            quotes, _ = quotes_for_articles(articles, sentences)
            texts = {a.id: a.text for a in articles}
        classes = Counter()
        for q in quotes:
            if q.speaker is None or not q.speaker.mention:
                continue
            c = classify(q.speaker)
            classes[c] += 1
            classes["junk (strict judge)"] += classify(q.speaker, wide=False) == "junk"
            if c == "junk" and shown < args.show:
                shown += 1
                t = texts[q.article_id]
                a = q.speaker.start if q.speaker.start is not None else q.start
                print(f"  junk [{label}] {q.speaker.mention!r} ({','.join(q.flags)}): ...{t[max(0, a - 60):a + 80]!r}")
        strict = classes.pop("junk (strict judge)", 0)
        total["strict"] += strict
        n = sum(classes.values())
        total.update(classes)
        total["quotes"] += len(quotes)
        total["articles"] += len(articles)
        by = ", ".join(f"{k} {v}" for k, v in classes.most_common())
        print(f"{label:16} {len(articles):8d} {len(quotes):7d} {n:10d} {classes['junk']:5d} {100 * classes['junk'] / max(n, 1):6.2f}% "
              f"{strict:6d} {100 * strict / max(n, 1):7.2f}% {classes['pronoun, unresolved']:16d}   {by}  ({time.process_time() - t0:.0f} CPU-s)")
    n = sum(v for k, v in total.items() if k not in ("quotes", "articles", "strict"))
    print(f"{'all':16} {total['articles']:8d} {total['quotes']:7d} {n:10d} {total['junk']:5d} {100 * total['junk'] / max(n, 1):6.2f}% "
          f"{total['strict']:6d} {100 * total['strict'] / max(n, 1):7.2f}% {total['pronoun, unresolved']:16d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
