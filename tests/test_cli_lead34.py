"""Session 34, lead: the command line."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from aligner.cli import app

runner = CliRunner()

_DE = ("Der Bundestag hat am Freitag eine Reform des Mietrechts beschlossen, die Mieter in Großstädten entlasten soll. "
       "Die Mietpreisbremse wird bis zum Jahr 2029 verlängert. Vermieter dürfen die Miete bei einer neuen Vermietung "
       "höchstens zehn Prozent über die ortsübliche Vergleichsmiete anheben. Der Mieterbund begrüßte die Reform.\n")
_EN = ("On Friday the Bundestag passed a reform of tenancy law intended to relieve tenants in large cities. "
       "The rent brake will be extended until the year 2029. When letting anew, landlords may raise the rent by at most "
       "ten percent above the usual local comparative rent. The tenants' association welcomed the reform.\n")


def _files(tmp_path: Path) -> tuple[Path, Path]:
    de, en = tmp_path / "de.txt", tmp_path / "en.txt"
    de.write_text(_DE, encoding="utf-8")
    en.write_text(_EN, encoding="utf-8")
    return de, en


def test_align_refuses_files_given_in_the_other_order(tmp_path: Path) -> None:
    # rv74-15: the English file as SRC (--src-lang de by default) wrote a TMX with the languages swapped, exit 0
    de, en = _files(tmp_path)
    out = tmp_path / "tm.tmx"
    res = runner.invoke(app, ["align", str(en), str(de), "--presegmented", "--embeddings", "none", "--out", str(out)])
    assert res.exit_code != 0
    said = res.output + str(res.exception)
    assert "en.txt" in said and "--src-lang" in said
    assert not out.exists()


def test_align_in_the_declared_order_writes_the_tmx(tmp_path: Path) -> None:
    de, en = _files(tmp_path)
    out = tmp_path / "tm.tmx"
    res = runner.invoke(app, ["align", str(de), str(en), "--presegmented", "--embeddings", "none", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert 'xml:lang="de"' in out.read_text(encoding="utf-8")


def test_a_quoted_name_given_again_in_its_article_is_counted_once_among_the_names() -> None:
    # rt35-8: the second 'Zoltan' of an article is an in-article repeat (counted there); counting it among the quoted
    # names too took one more quote out of "found in one article only" than was set aside
    from aligner.report import _names_quoted

    class Store:
        def exists(self, name: str) -> bool:
            return True

        def read(self, name: str) -> list[dict]:
            q = {"kind": "fragment", "flags": ["name-like"], "speaker": None}
            return [q | {"id": "g#q0", "article_id": "g", "text": "Zoltan"},
                    q | {"id": "g#q1", "article_id": "g", "text": "Zoltan"},
                    q | {"id": "b#q0", "article_id": "b", "text": "Zoltan"},
                    {"id": "g#q2", "article_id": "g", "text": "We are ready", "kind": "direct", "speaker": "Tom Berg"}]

    assert _names_quoted(Store()) == ("g#q0", "b#q0")


def test_an_rss_date_is_read_as_its_day() -> None:
    # rt35-9: a feed's pubDate ('Fri, 03 Jul 2026 14:20:00 GMT') was dropped with a warning per line since abcedec
    from aligner.readers import read_date

    assert read_date("Fri, 03 Jul 2026 14:20:00 GMT") == ("2026-07-03", "")
    assert read_date("03 Jul 2026 14:20:00 +0200") == ("2026-07-03", "")
    assert read_date("Fri, 31 Feb 2026 14:20:00 GMT")[0] is None  # no such day
