"""Session 23: a translator's synonym across languages is no ``wording`` difference; a part link
whose shorter version's sentence gives the rest right outside its marks is no truncation
(invented sentences).

A ``wording`` flag between the English of a German version and an English original is not
raised when WordNet relates the two swapped words (``synonyms.WordNet``,
``consistency.unflag_translated_synonyms``).  The WordNet database here is a small one the
tests write in WordNet's file format; one test reads an installed database when there is one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.match import synonyms
from aligner.match.clusters import _part_report, part_boundary
from aligner.match.consistency import compare, inconsistency, unflag_translated_synonyms
from aligner.match.score import Edge
from aligner.match.synonyms import WordNet, installed_wordnet
from aligner.model import Cluster, ClusterPair, QuoteVersion

GERMAN = "Die Gruppe drängt auf einen Verkauf der Sparte"
TRANSLATION = "The group is pushing for a sale of the division"
SYNONYM = "The group is pressing for a sale of the division"
UNRELATED = "The group is voting for a sale of the division"


def _adj_lines(entries: list[tuple[str, list[int]]]) -> tuple[str, list[int]]:
    """data.adj text whose synset k holds word entries[k][0] and points '&' (similar) to the
    synsets listed; returns the text and each synset's byte offset (fixed width lines)."""
    widths = [len(f"00000000 00 a 01 {w} 0 {len(sim):03d}" + " & 00000000 a 0000" * len(sim) + " | x\n")
              for w, sim in entries]
    offsets = [sum(widths[:k]) for k in range(len(entries))]
    lines = [f"{offsets[k]:08d} 00 a 01 {w} 0 {len(sim):03d}" + "".join(f" & {offsets[t]:08d} a 0000" for t in sim) + " | x\n"
             for k, (w, sim) in enumerate(entries)]
    return "".join(lines), offsets


@pytest.fixture()
def mini_wordnet(tmp_path: Path) -> Path:
    """push / press share a verb synset; just / simply an adverb one; big / great an adjective one
    (with "bigger" in adj.exc); warm is similar to hot; cold is in a synset of its own."""
    adj, off = _adj_lines([("big", []), ("warm", [2]), ("hot", [1]), ("cold", [])])
    (tmp_path / "data.adj").write_text(adj, encoding="latin-1")
    (tmp_path / "index.adj").write_text(
        "  1 a license line the reader skips\n"
        f"big a 1 0 1 0 {off[0]:08d}\ngreat a 1 0 1 0 {off[0]:08d}\nwarm a 1 0 1 0 {off[1]:08d}\n"
        f"hot a 1 0 1 0 {off[2]:08d}\ncold a 1 0 1 0 {off[3]:08d}\n", encoding="latin-1")
    (tmp_path / "adj.exc").write_text("bigger big\n", encoding="latin-1")
    (tmp_path / "index.verb").write_text("push v 1 1 @ 1 0 00000100\npress v 2 0 2 0 00000100 00000200\n"
                                         "vote v 1 0 1 0 00000300\n", encoding="latin-1")
    (tmp_path / "index.adv").write_text("just r 1 0 1 0 00000100\nsimply r 1 0 1 0 00000100\n", encoding="latin-1")
    (tmp_path / "index.noun").write_text("division n 1 0 1 0 00000100\n", encoding="latin-1")
    return tmp_path


def test_the_reader_relates_inflected_forms_and_similar_adjectives(mini_wordnet):
    wn = WordNet(mini_wordnet)
    assert wn.synonyms("pushing", "pressing")  # -ing read back to push / press
    assert wn.synonyms("just", "simply")
    assert wn.synonyms("bigger", "greater")  # adj.exc and the -er rule
    assert wn.synonyms("warm", "hot") and wn.synonyms("hot", "warm")  # '&' in data.adj, either way
    assert not wn.synonyms("pushing", "voting")
    assert not wn.synonyms("warm", "cold")
    assert not wn.synonyms("pushing", "pushover")  # unknown word
    assert not wn.synonyms("division", "division-free")


def test_installed_wordnet_reads_the_named_folder_or_none(mini_wordnet, tmp_path, monkeypatch):
    synonyms._wordnet_at.cache_clear()
    monkeypatch.setenv(synonyms.WORDNET_ENV, str(mini_wordnet))
    found = installed_wordnet()
    assert found is not None and found.synonyms("pushing", "pressing")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv(synonyms.WORDNET_ENV, str(empty))
    assert installed_wordnet() is None
    synonyms._wordnet_at.cache_clear()


def _version(qid: str, lang: str, original: str, english: str, flags: list[str]) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid[:1], language=lang, original=original,
                        english=english, start=0, end=len(original), kind="direct", flags=list(flags))


def _cluster(english_original: str, first_lang: str = "de") -> Cluster:
    first = (GERMAN, TRANSLATION) if first_lang == "de" else (TRANSLATION, TRANSLATION)
    rep = compare(TRANSLATION, english_original, with_bleu=False)
    pair = ClusterPair(a="d#q0", b="e#q0", chrf=rep.chrf, flags=list(rep.flags), details=dict(rep.details),
                       compared="english")
    versions = [_version("d#q0", first_lang, *first, rep.flags), _version("e#q0", "en", english_original, english_original, rep.flags)]
    flags = sorted(set(rep.flags) | ({"cross-lingual"} if first_lang != "en" else set()))
    return Cluster(id="c1", versions=versions, flags=flags, pairs=[pair], inconsistency=inconsistency([pair]))


def test_the_invented_pairs_are_wording_flags():
    assert compare(TRANSLATION, SYNONYM, with_bleu=False).details.get("wording") == "pushing vs pressing"
    assert compare(TRANSLATION, UNRELATED, with_bleu=False).details.get("wording") == "pushing vs voting"


def test_a_translators_synonym_is_not_flagged(mini_wordnet):
    c = _cluster(SYNONYM)
    before = c.inconsistency
    (out,) = unflag_translated_synonyms([c], WordNet(mini_wordnet))
    pair = out.pairs[0]
    assert "wording" not in pair.flags and "wording" not in out.flags
    assert all("wording" not in v.flags for v in out.versions)
    assert "pushing / pressing" in pair.details["translated_synonym"] and "wording" not in pair.details
    assert out.inconsistency < before
    assert "cross-lingual" in out.flags


def test_an_unrelated_word_stays_flagged(mini_wordnet):
    (out,) = unflag_translated_synonyms([_cluster(UNRELATED)], WordNet(mini_wordnet))
    assert "wording" in out.pairs[0].flags and "wording" in out.flags
    assert "translated_synonym" not in out.pairs[0].details


def test_two_english_originals_keep_the_flag(mini_wordnet):
    """In one language a changed word is the quote's words changing, not two translators'."""
    (out,) = unflag_translated_synonyms([_cluster(SYNONYM, first_lang="en")], WordNet(mini_wordnet))
    assert "wording" in out.pairs[0].flags


def test_without_a_wordnet_nothing_changes():
    (out,) = unflag_translated_synonyms([_cluster(SYNONYM)], None)
    assert "wording" in out.pairs[0].flags and "wording" in out.flags


def test_several_words_each_side_stay_flagged(mini_wordnet):
    c = _cluster(SYNONYM)
    c.pairs[0].details["wording"] = "pushing hard vs pressing"
    (out,) = unflag_translated_synonyms([c], WordNet(mini_wordnet))
    assert "wording" in out.pairs[0].flags


@pytest.mark.skipif(installed_wordnet() is None, reason="no WordNet database installed")
def test_an_installed_wordnet_tells_synonyms_from_changed_words():
    wn = installed_wordnet()
    assert wn is not None
    for a, b in (("pushing", "pressing"), ("just", "simply"), ("bigger", "greater"), ("enough", "sufficient")):
        assert wn.synonyms(a, b), (a, b)
    for a, b in (("understanding", "getting-to-know"), ("rose", "fell"), ("bigger", "smaller"), ("raised", "cut"),
                 ("always", "never"), ("allowed", "forbidden")):
        assert not wn.synonyms(a, b), (a, b)


# -- a part link whose shorter version's sentence gives the rest outside its marks ----------------

SHORT_CONTEXT = "On energy, too, the town is now “one step ahead” of many neighbours, the mayor said."


def test_part_boundary_finds_the_rest_outside_the_marks():
    assert part_boundary("one step ahead", "a step ahead of many neighbours", "end", SHORT_CONTEXT) == 1.0


@pytest.mark.parametrize(
    "long, where, context",
    [
        ("a step ahead of the rival clubs", "end", SHORT_CONTEXT),  # the rest is not in the sentence
        ("a step ahead of many neighbours", "end", "The town is now “one step ahead”, the mayor said."),
        ("a step ahead of many neighbours", "end", None),  # no sentence known
        ("far too early a step ahead", "start", SHORT_CONTEXT),  # the other end is missing
    ],
)
def test_part_boundary_none_where_the_sentence_lacks_the_rest(long, where, context):
    assert part_boundary("one step ahead", long, where, context) is None


def test_a_part_link_with_the_rest_outside_the_marks_is_no_truncation():
    short = _version("e#q0", "en", "one step ahead", "one step ahead", [])
    long = _version("d#q0", "de", "einen Schritt vor vielen Nachbarn", "a step ahead of many neighbours", [])
    rep = _part_report(long, short, Edge(1, 0, 0.5, 0.1, "part-start"), False, (None, SHORT_CONTEXT))
    assert rep["flags"] == [] and "quote boundary" in rep["details"]["coverage"]
    other = "The town is now “one step ahead”, the mayor said."
    rep = _part_report(long, short, Edge(1, 0, 0.5, 0.1, "part-start"), False, (None, other))
    assert rep["flags"] == ["truncation"] and "the end of the longer version is missing" in rep["details"]["truncation"]


@pytest.mark.parametrize("a,b", [("kill", "defeat"), ("arrest", "stop"), ("died", "went"), ("shoot", "film"),
                                 ("charged", "billed"), ("fired", "dismissed")])
def test_words_of_harm_or_law_stay_flagged_though_wordnet_relates_them(a, b):
    """WordNet puts 'kill' and 'defeat' in one synset (kill's rare 'defeat a bill' sense): a translator could not
    mean one by the other here, and a fact-checker must see the swap."""
    from aligner.match.consistency import _translated_synonym

    class Everything:
        def synonyms(self, x, y):
            return True

    assert _translated_synonym(f"{a} vs {b}", Everything()) is None
    assert _translated_synonym("pushing vs pressing", Everything()) is not None
