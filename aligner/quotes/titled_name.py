"""A person's name right after a title the role lexicon does not read whole (rv82-4, -11, -25, -2).

"said Meta's head of safety Ellen Marsh", "chief marketing officer Tom Hale said", "said WhatsApp head Will Brandner",
"Der Head of Sales von Orbis, Jonas Fiedler, sagte:": the mention is read as a role without a name, and a role without a
name is then resolved to a person named before (the previous speaker, 0.9).  The name standing next to the title is
the speaker's own: :func:`name_after_title` finds it, so the mention is read as that person with the title as role.
"""

from __future__ import annotations

import re

from .base import find_cues
from .speakers import ROLE_PARTICIPLES_EN, any_first_name_gender, is_role_word, relation_noun_en

# first names that are English or German words, which the first-name lists leave out ("Will Brandner", "May Lindholm")
_WORD_FIRST_NAMES = frozenset({"Will", "May"})

# a first name and a surname (a middle initial allowed), then the end of the clause
_NAME = r"(?P<name>(?P<first>[A-Z][a-z][\w'’-]*)\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)"
_NAME_END = r"(?=\s*(?:[,.;:!?)]|$))"

# inside a mention: title words, then the name ending the mention
_TITLE_THEN_NAME = re.compile(rf"(?P<title>\S.*?)\s+{_NAME}$")

# after a role mention (English): "of" and up to three lower-case words or acronyms, then the name; or the
# name right away ("WhatsApp head| Will Brandner.")
_AFTER_ROLE_EN = re.compile(rf"(?P<more>\s+of(?:\s+(?:[a-z][\w-]*|[A-Z]{{2,5}})){{1,3}})?\s+{_NAME}{_NAME_END}")

# after a German role mention that is an English title ("Der Head| of Sales von Orbis, Jonas Fiedler,"): "of" and up to
# three capitalised words, a body after "von" / "bei", then the name in apposition between commas (or before the end)
_AFTER_ROLE_DE = re.compile(rf"(?P<more>\s+of(?:\s+[A-Z][\w&-]*){{1,3}}(?:\s+(?:von|vom|bei|der|des)(?:\s+[A-ZÄÖÜ][\w&-]*){{1,2}})?)"
                            rf"\s*,\s*{_NAME}\s*[,.;:]")
# a German role mention followed right away by a name whose first name is an English word ("WhatsApp-Chef| Will Brandner.")
_WORD_NAME_AFTER_DE = re.compile(rf"\s+{_NAME}{_NAME_END}")

# common irregular past forms: a verb between a role and a name ("the minister met Anna Weber"), no title
_IRREGULAR_PAST = re.compile(r"met|told|saw|gave|sent|left|took|knew|found|heard|thought|wrote|spoke|brought|won|lost|"
                             r"beat|hit|made|led|paid|sold|sought|kept|let|put|read|set|struck|taught|thanked")

# nouns for someone a title may be of ("the lawyer of player Anna Weber"): another person, not a department
_PERSON_NOUNS = frozenset("""client customer victim patient tenant plaintiff suspect passenger driver player user owner employee
worker member student pupil resident voter investor shareholder buyer seller fan athlete artist candidate""".split())

# the heads of an office "of" a department ("head of safety", "chief of staff", "director of research"); any other word
# before "of" is someone's tie to the person named after ("the lawyer of detainee Tom Hale")
_OFFICE_HEADS = frozenset("""head heads chief director officer president vice-president secretary minister commissioner chair
chairman chairwoman chairperson dean editor lead""".split())

_NO_TITLE_WORDS = frozenset("""a an the and or but to with at in on from by after before during about against than like as
who whom whose which that when while where if because since though although he she they it we i his her their its
outside inside near across behind beyond into onto over under via per among between through toward towards upon within
without around along opposite representing defending advising
und oder der die das den dem des ein eine er sie es""".split())

# last words of a place's or body's name, never a person's ("City Hall", "Teachers' Council")
_BODY_ENDS = frozenset("""Hall Council House Street Square Park Center Centre Group Party Union Bank Committee Court Office Ministry
Department News Times Post Agency Institute University School Board Commission Authority""".split())


def _verb_in_title_en(words: list[str], bare: list[str]) -> bool:
    """English: whether title words hold a verb ("the minister thanked / met / praises Anna Weber", "a lawyer
    representing Tom Reed"): a past form, a word in -ing that is no office's word outside "head of X" ("marketing chief",
    "head of engineering"), or a word in -s right after a role word."""
    for j, w in enumerate(words):
        if w.endswith("ed") or _IRREGULAR_PAST.fullmatch(w):
            return True
        if w[:1].islower() and w.endswith("ing") and w not in ROLE_PARTICIPLES_EN and not (j and words[j - 1].lower() == "of"):
            return True
        if j and w[:1].islower() and w.endswith("s") and not w.endswith("ss") and not is_role_word(w) and is_role_word(bare[j - 1]):
            return True
    return False


def _title_words_fit(title: str, lang: str) -> bool:
    """Whether ``title`` (the words before a name) is one title: a role word in it, no clause word, preposition or verb
    (other than "of" inside it), and after "of" only lower-case words or acronyms, none a noun for another person ("the
    lawyer of defendant Tom Hale": the lawyer speaks, not the defendant; "the mayor of Cologne Anna Weber": a place's
    office, left as it was); no "for" ("the lawyer for client Tom Hale")."""
    words = re.findall(r"[\w'’&-]+", title)
    if words and words[0].lower() in ("the", "a", "an", "der", "die", "das", "ein", "eine"):
        words = words[1:]  # "the head of engineering", "Der Head"
    if not words or len(words) > 8 or any(w.lower() in _NO_TITLE_WORDS or w.lower() == "for" for w in words):
        return False
    if words[-1].lower() in ("of", "von", "vom", "bei") or re.search(r"[,;:!?()\"“”„]", title):
        return False
    bare = [re.sub(r"['’]s$", "", w) for w in words]
    if not any(is_role_word(w) or is_role_word(w.lower()) or w.lower() in ("head", "chief", "lead") for w in bare):
        return False
    if lang == "en" and _verb_in_title_en(words, bare):
        return False
    ofs = [i for i, w in enumerate(words) if w.lower() == "of"]
    if ofs and ofs[0] > 0 and words[ofs[0] - 1].lower() not in _OFFICE_HEADS:
        return False  # "the lawyer of detainee Tom Hale", "the coach of boxer Tom Hale": someone's, not an office of (rt38-18)
    if len(ofs) > 1 and ofs[0] + 1 < len(words) and (is_role_word(words[ofs[0] + 1]) or words[ofs[0] + 1].lower() in ("head", "chief", "lead")):
        return False  # "the successor of head of sales Tom Hale": the successor speaks, a title after "of" is another's (pr39-10)
    cut = max(ofs, default=-1)
    return cut < 0 or all((w[:1].islower() or re.fullmatch(r"[A-Z]{2,5}", w)) and not is_role_word(w) and not relation_noun_en(w)
                          and w.lower().rstrip("s") not in _PERSON_NOUNS for w in words[cut + 1 :])


def _name_fits(text: str, first_at: int, name: str, lang: str) -> bool:
    """Whether ``name`` (starting at ``first_at``) is a person's: a listed first name or an English word one ("Will
    Brandner"); in English also an unlisted one ("Danny Shapiro") right after a lower-case title word or an acronym
    ("head of automotive Danny Shapiro", "head of AI Danny Shapiro"), never a name that ends in a body's word ("City
    Hall") or opens with a plural possessive ("Teachers' Council")."""
    words = name.split()
    if words[-1] in _BODY_ENDS or words[0].endswith(("'", "’")):
        return False
    first = words[0]
    if first in _WORD_FIRST_NAMES or any_first_name_gender(first) is not None:
        return True
    before = re.findall(r"[\w'’&-]+", text[max(0, first_at - 40) : first_at])[-1:]
    return lang == "en" and bool(before) and (before[0][:1].islower() or re.fullmatch(r"[A-Z]{2,5}", before[0]) is not None)


def name_after_title(text: str, a: int, b: int, lang: str) -> tuple[int, int, int] | None:
    """For role mention ``text[a:b]``: (title end, name start, name end) where a person's name ends the mention or
    follows it as the rest of its title ("head of safety Ellen Marsh"); None otherwise.  German only after an English
    title ("Der Head| of Sales von Orbis, Jonas Fiedler,") or with a first name that is a word ("Orbis-Chef| Will
    Brandner"): a German role before another name is a role the name does not fit (the other gender) and stays one."""
    m = _TITLE_THEN_NAME.match(text[a:b]) if lang == "en" else None
    if m is not None and _title_words_fit(m.group("title"), lang) and _name_fits(text, a + m.start("name"), m.group("name"), lang):
        if not find_cues(text, a, a + m.end("title"), lang):
            return a + m.end("title"), a + m.start("name"), a + m.end("name")
    after = (_AFTER_ROLE_EN if lang == "en" else _AFTER_ROLE_DE).match(text, b)
    if after is None and lang == "de":
        after = _WORD_NAME_AFTER_DE.match(text, b)
        if after is not None and after.group("first") not in _WORD_FIRST_NAMES:
            after = None
    if after is None or not _name_fits(text, after.start("name"), after.group("name"), lang):
        return None
    title = text[a : after.start("name")].rstrip(" ,")
    if not _title_words_fit(title if lang == "en" else text[a:b], lang) or find_cues(text, a, after.start("name"), lang):
        return None
    return a + len(title), after.start("name"), after.end("name")


def titled_holder(text: str, a: int, b: int, lang: str, parsed: tuple[str, str | None, str | None, str]
                  ) -> tuple[int, str, str | None, str | None, str]:
    """Mention ``text[a:b]`` read as ``parsed`` (mention, name, role, kind): where it is a role with a person's name at
    its end or right after it (:func:`name_after_title`: "said Meta's head of safety Ellen Marsh", "Der Head| of AI von
    Orbis, Jonas Fiedler,"), that person with the title as role; else as it was.  Returns (end, mention, name, role, kind)."""
    mention, name, role, kind = parsed
    if kind != "role" or lang not in ("en", "de") or (titled := name_after_title(text, a, b, lang)) is None:
        return b, mention, name, role, kind
    return titled[2], text[a : titled[2]], text[titled[1] : titled[2]], text[a : titled[0]], "person"
