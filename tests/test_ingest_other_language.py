"""A paragraph goes as "another language" only when it is one: an English line with a nickname
in quote marks is not Danish, a French or Danish paragraph in an English article still goes."""

from __future__ import annotations

from aligner.ingest import ingest_paths

_EN = ["The harbour master of the small town retired on Friday after forty years at the quay.",
       "He had guided ferries, fishing boats and the odd cruise ship through the narrow channel in every kind of weather.",
       "Finished with his carrier, the “Hawk” gave his last hand signal at the royal harbour in Aarhus.",
       "The town will hold a farewell party for him at the old customs house next month.",
       "His successor, a former navy pilot, starts in January and has already moved into the flat above the office.",
       "Local schools plan a day of open boats so that children can see the channel the way he saw it every morning."]
_DA = "Byrådet besluttede i går aftes at udsætte afstemningen om budgettet, fordi flere medlemmer bad om mere tid til at se på tallene."
_FR = ("Le conseil municipal a décidé hier soir de reporter le vote sur le budget, car plusieurs élus ont demandé "
       "plus de temps pour étudier les chiffres.")


def _reasons(tmp_path, paragraphs):
    (tmp_path / "a.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    return {r.text: r.reason for r in res.removals}


def test_english_line_with_a_nickname_is_kept(tmp_path):
    removed = _reasons(tmp_path, _EN)
    assert _EN[2] not in removed


def test_foreign_paragraphs_still_go(tmp_path):
    removed = _reasons(tmp_path, _EN[:2] + [_DA] + _EN[3:5] + [_FR] + _EN[5:])
    assert removed.get(_DA) == "other-language" and removed.get(_FR) == "other-language"


def test_second_look_needs_the_article_words():
    from aligner.langid import own_language_words, paragraph_language

    # the English line shares most of its words with its article; the Danish paragraph does not
    words = own_language_words(_EN + [_DA], ("de", "en"))
    assert paragraph_language(_EN[2], ("de", "en"), "en", words) == ("en", None)
    assert paragraph_language(_DA, ("de", "en"), "en", words)[1] == "da"


_DE = ["Der Stadtrat hat am Dienstagabend über den neuen Haushalt für das kommende Jahr beraten.",
       "Mehrere Mitglieder sagten, der Plan werde die Gebühren für Familien und kleine Läden erhöhen."]
_FR_QUOTES = [
    "« Nous ne fermerons jamais le port avant la fin de la saison des tempêtes », a déclaré le maire devant le conseil.",
    "« Les familles du quartier ont besoin de ce budget maintenant et non au printemps », a ajouté la présidente.",
    "« Le conseil doit écouter les pêcheurs avant de voter sur les nouvelles taxes du port », a dit un élu.",
    "« Nous avons déjà attendu trop longtemps une décision claire sur l'avenir du quai », a conclu le maire.",
]


def test_several_foreign_paragraphs_do_not_vouch_for_each_other(tmp_path):
    removed = _reasons(tmp_path, ["Hafen bleibt offen"] + _DE[:1] + _FR_QUOTES + _DE[1:])
    assert all(removed.get(p) == "other-language" for p in _FR_QUOTES), removed
