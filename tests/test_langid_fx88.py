"""fx88: a JSONL article with a lone surrogate escape is read, not an internal error (simp28's MED)."""
from aligner.langid import detect
from aligner.readers import read_path


def test_detect_takes_text_with_a_lone_surrogate():
    guess = detect("Der Bau \udcff soll zwei Jahre dauern, sagte der Bürgermeister der Stadt.", ("de", "en"))
    assert guess.language == "de"


def test_jsonl_lone_surrogate_in_id_and_text_is_replaced(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "a\\udcff", "text": "Der Bau \\udcff soll zwei Jahre dauern."}\n', encoding="utf-8")
    docs, skipped = read_path(p)
    assert not skipped and len(docs) == 1
    doc = docs[0]
    assert doc.id == "a\ufffd" and doc.text == "Der Bau \ufffd soll zwei Jahre dauern."
    doc.id.encode("utf-8")  # writable as UTF-8: the run can store and hash it
