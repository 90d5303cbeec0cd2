"""A record whose text holds U+2028/U+2029 stays one JSON line, written and read."""

from __future__ import annotations

import json

from aligner.readers import read_path
from aligner.store import jsonl_text

TEXT = "Die Brücke\u2028ist offen.\u2029Seit Montag."


def test_jsonl_line_separator_stays_inside_its_record():
    body = jsonl_text([{"text": TEXT}, {"text": "zwei"}])
    lines = body.splitlines()  # the strictest common line reader
    assert len(lines) == 2
    assert json.loads(lines[0])["text"] == TEXT


def test_utf16_jsonl_input_keeps_a_line_separator_inside_a_text(tmp_path):
    rec = json.dumps({"id": "a1", "text": TEXT + " Der Verkehr rollt wieder durch die Stadt."}, ensure_ascii=False)
    other = json.dumps({"id": "a2", "text": "Ein zweiter Artikel über die Stadt und ihre Brücken."}, ensure_ascii=False)
    path = tmp_path / "in.jsonl"
    path.write_bytes((rec + "\r\n" + other + "\r\n").encode("utf-16"))
    docs, skipped = read_path(path)
    assert not skipped
    assert len(docs) == 2
    assert "ist offen." in docs[0].text
