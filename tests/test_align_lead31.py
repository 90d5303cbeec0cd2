"""mt-corpus.* of a brought folder of translated documents (rv64-5): a bead of two German sentences and
one English one gives its English to the first sentence and "merged" to the second; the parallel row must
hold both German sentences, never the first alone against the whole English."""
import aligner
from aligner.pipeline import RunConfig

DE = ("Ein Sturm hat in Norddeutschland schwere Schäden angerichtet. Bäume stürzten auf Gleise. "
      "Der Zugverkehr wurde eingestellt.\nZwei Menschen wurden leicht verletzt.\n")
EN = ("A storm caused severe damage in northern Germany. Trees fell onto the tracks and rail traffic was suspended.\n"
      "Two people were slightly injured.\n")


def test_a_merged_sentence_is_written_with_the_sentence_whose_translation_holds_it(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "de" / "sturm.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "en" / "sturm.txt").write_text(EN, encoding="utf-8")
    cfg = RunConfig(embeddings="none", translations=tmp_path / "en")
    aligner.run([tmp_path / "de"], tmp_path / "r", config=cfg, only=["ingest", "translate", "align"])
    rows = [line.split("\t") for line in (tmp_path / "r" / "mt-corpus.tsv").read_text(encoding="utf-8").splitlines()]
    by_en = {en: de for de, en, _ in rows}
    assert by_en["Trees fell onto the tracks and rail traffic was suspended."] == (
        "Bäume stürzten auf Gleise. Der Zugverkehr wurde eingestellt.")
    assert [r[2].count("+") for r in rows] == [0, 1, 0]  # the row names both sentence ids
    de_lines = (tmp_path / "r" / "mt-corpus.de").read_text(encoding="utf-8").splitlines()
    en_lines = (tmp_path / "r" / "mt-corpus.en").read_text(encoding="utf-8").splitlines()
    assert len(de_lines) == len(en_lines) == 3 and "Der Zugverkehr wurde eingestellt." in de_lines[1]


def test_a_sentence_the_run_holds_twice_is_never_glued(tmp_path):
    """rt31-1: brought translations are keyed by the source text: 'Die Polizei ermittelt.' merged in a's document
    is "merged" in b's too, where b's first sentence's English does not hold it."""
    for d in ("de", "en"):
        (tmp_path / d).mkdir()
    (tmp_path / "de" / "a.txt").write_text("In Köln wurde am Montag ein Geldautomat gesprengt. Die Polizei ermittelt.\n",
                                           encoding="utf-8")
    (tmp_path / "en" / "a.txt").write_text(
        "A cash machine was blown up in Cologne on Monday, and police are investigating.\n", encoding="utf-8")
    (tmp_path / "de" / "b.txt").write_text("In Bonn brannte am Dienstag ein Auto. Die Polizei ermittelt.\n",
                                           encoding="utf-8")
    (tmp_path / "en" / "b.txt").write_text("A car burned in Bonn on Tuesday. Police are investigating.\n",
                                           encoding="utf-8")
    cfg = RunConfig(embeddings="none", translations=tmp_path / "en")
    aligner.run([tmp_path / "de"], tmp_path / "r", config=cfg, only=["ingest", "translate", "align"])
    rows = [line.split("\t") for line in (tmp_path / "r" / "mt-corpus.tsv").read_text(encoding="utf-8").splitlines()]
    by_en = {en: de for de, en, _ in rows}
    assert by_en["A car burned in Bonn on Tuesday."] == "In Bonn brannte am Dienstag ein Auto."


def test_a_set_aside_duplicate_names_its_kept_file_not_an_id_renamed_after_a_clash():
    """rt31-16 (fx104's f1369fc): two folders each with aa.txt and a duplicate zz.txt; ingest renames the second 'aa'
    to 'aa-2', so the reason's 'aa' names the first folder's file: d2/zz.txt must not stand for d1/aa.txt."""
    from aligner.align.stage import resolve_translation_of, set_aside
    from aligner.model import Article, Skipped

    skipped = [Skipped("in/d1/zz.txt", "same text as article 'aa' (in/d1/aa.txt) of the same outlet; set aside as a "
                       "duplicate", stage="duplicate"),
               Skipped("in/d2/zz.txt", "same text as article 'aa' (in/d2/aa.txt) of the same outlet; set aside as a "
                       "duplicate", stage="duplicate")]
    d1 = Article("aa", "x", language="de", source_path="in/d1/aa.txt")
    d2 = Article("aa-2", "y", language="de", source_path="in/d2/aa.txt")
    en = Article("hh", "z", language="en", source_path="in/en/hh.txt", translation_of="d2/zz.txt")
    declared, unresolved = resolve_translation_of([d1, d2, en], set_aside(skipped))
    assert declared == [] and len(unresolved) == 1
