"""English: the roles a text gives a named person, and whether a bare role mention may be that person.

A role mention ("the president", "the minister") that would go back to the person named last is that person
only when the text gives the person that role, or a compatible one: "Harwell spokesperson Daniel Cho …
“…,” the president said" is someone else; "Tom Reed said … “…,” the president said", with no role stated
for Reed anywhere, is a guess.  What counts as stated: a title or role noun right before the name ("Union
president Tom Reed", "Sen. Tom Reed"), an apposition after it ("Tom Reed, president of the union,", "Anna
Kowal, the labour minister,"), a predicate ("Reed is the union's president", "Reed, who leads the union").
"""

from __future__ import annotations

import re

from .speakers import C_SUITE_EN, _role_heads, _same_role, is_role_word, nationality_noun

# abbreviated titles before a name and the role noun each stands for ("Gov. Ann Lee": the governor)
_TITLE_ROLES_EN = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "gen": "general",
                   "prof": "professor", "amb": "ambassador", "adm": "admiral", "capt": "captain", "col": "colonel",
                   "sgt": "sergeant", "supt": "superintendent", "lt": "lieutenant", "sec": "secretary"}
# one office, several words for it
_SAME_OFFICE_EN = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
                   "chairperson": "chair", "congressman": "representative", "congresswoman": "representative",
                   "ceo": "executive", "chief": "executive", "leads": "leader", "heads": "leader", "head": "leader",
                   "chairs": "chair", "runs": "leader", "attorney": "lawyer", "envoy": "ambassador",
                   # a company's officers by their initials, each its own office ("the CFO" is not the chief executive)
                   **{w: w for w in C_SUITE_EN}}
# the same officers spelt out ("chief financial officer Anna Keller … “…,” the CFO said")
_C_SUITE_SPELT_EN = {"chief financial officer": "cfo", "chief operating officer": "coo", "chief technology officer": "cto",
                     "chief marketing officer": "cmo", "chief information officer": "cio", "chief executive officer": "executive"}
# role nouns that describe a person rather than name an office: they fit whatever office the text gives ("Sen. Tom Reed
# … “…,” the candidate said"); an office noun fits only the same office
_DESCRIPTIVE_EN = frozenset("""candidate nominee frontrunner front-runner billionaire millionaire businessman businesswoman mogul politician
lawmaker legislator official diplomat statesman stateswoman veteran leader hopeful contender challenger incumbent newcomer activist
campaigner republican democrat conservative liberal progressive independent socialist libertarian""".split())
DESCRIPTIVE_ROLES_EN = _DESCRIPTIVE_EN  # read by pronouns._role_fits

_WORD = r"[\w’'-]+"
_APPOSITION_EN = re.compile(rf",\s+(?:\d+,\s+)?(?:now\s+|currently\s+)?(?:the\s+|an?\s+|{_WORD}[’']s\s+)?((?:{_WORD}\s+){{0,3}}?{_WORD})"
                            r"(?=\s*(?:[,.;:)]|\s+(?:of|for|at|to|in|with|on)\b|$))")
_PREDICATE_EN = re.compile(rf"\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+(?:now\s+|also\s+)?(?:the\s+|an?\s+|{_WORD}[’']s\s+)"
                           rf"((?:{_WORD}\s+){{0,3}}?{_WORD})(?=\s*(?:[,.;:)]|\s+(?:of|for|at|to|in|with|on)\b|$))")
_WHO_EN = re.compile(rf",\s+who\s+(?:(?:is|was|has\s+been)\s+(?:the\s+|an?\s+|{_WORD}[’']s\s+)((?:{_WORD}\s+){{0,3}}?{_WORD})"
                     r"(?=\s*(?:[,.;:)]|\s+(?:of|for|at|to|in|with|on)\b))|(leads|heads|chairs|runs)\s)")
_BEFORE_EN = re.compile(rf"(?<![\w’'-])({_WORD})(\.?)\s+\Z")


def _heads(words: str) -> set[str]:
    """The role noun heading ``words`` (its last word before "of", "for", a comma …: "Republican presidential
    candidate" -> candidate, "president of the union" -> president), one word per office (:data:`_SAME_OFFICE_EN`),
    abbreviated titles spelt out, a former holder's "ex" ("the former governor" -> exgovernor)."""
    core = _DEPENDENT_EN.split(words, maxsplit=1)[0].split()
    if not core:
        return set()
    low = re.sub(r"[’']s?$", "", core[-1].lower().strip(".,"))
    spelt = " ".join(core[-3:]).lower()
    if spelt in _C_SUITE_SPELT_EN:
        return {_C_SUITE_SPELT_EN[spelt]}
    low = _TITLE_ROLES_EN.get(low, low)
    if low in _SAME_OFFICE_EN or low in _DESCRIPTIVE_EN or low == "speaker":
        return {_SAME_OFFICE_EN.get(low, low)}
    if not is_role_word(low) or _VERB_FORM_EN.search(low) or low in _NO_ROLE_EN or (low.endswith("s") and not low.endswith("ss")):
        return set()  # not "criticized" ("critic" in it), "presidential", "voters": no one person's role
    return {_SAME_OFFICE_EN.get(h, h) for h in _role_heads(("former " if _FORMER_IN.search(" ".join(core)) else "") + low)}


_FORMER_IN = re.compile(r"(?i)(?<![\w-])(?:former|ex)(?![\w])")
_DEPENDENT_EN = re.compile(r"(?i)\s+(?:of|for|to|at|in|with|on|from|who|whose)\s|,|;|\(")


_VERB_FORM_EN = re.compile(r"(?:ed|ing|ly)$")
# words the role lexicon takes for roles that name no one person's role: adjectives, a body, other nouns
_NO_ROLE_EN = frozenset("""campaign presidential democratic senatorial diplomatic biological criticism remember ahead leadership member
american""".split())


def _role_noun(word: str) -> bool:
    """Whether ``word`` is a role noun or an abbreviated title ("Sen."), the Speaker's title too; no verb form."""
    low = word.lower().strip(".")
    return (is_role_word(word) and not _VERB_FORM_EN.search(low)) or low in _TITLE_ROLES_EN or low == "speaker"


def stated_roles_en(text: str, name: str, end: int) -> set[str]:
    """English: the role nouns ``text[:end]`` gives person ``name`` (by full name or surname), as :func:`_heads`."""
    words = name.split()
    if not words:
        return set()
    before = text[:end]
    found = {h for w in words[:-1] if _role_noun(w) for h in _heads(w)}  # a title kept in the name: "Speaker Paul Ryan"
    full = re.escape(" ".join(words))
    pat = rf"(?<![\w’'-])(?:{full}|{re.escape(words[-1])})(?![\w’'-])" if len(words) > 1 else rf"(?<![\w’'-]){full}(?![\w’'-])"
    for m in re.finditer(pat, before):
        at = m.start()
        for _ in range(3):  # past first names before a surname ("candidate Tom Roth" for "Roth")
            lead = _BEFORE_EN.search(before, max(0, at - 40), at)
            if lead is None or (lead.group(2) and lead.group(1).lower() not in _TITLE_ROLES_EN):
                break  # "… met the president. Tom Reed said": a sentence ends there, no title
            if _role_noun(lead.group(1)):
                found |= _heads(lead.group(1))
                break
            if not lead.group(1)[:1].isupper():
                break
            at = lead.start()
        for rx in (_APPOSITION_EN, _PREDICATE_EN, _WHO_EN):
            after = rx.match(before, m.end())
            if after is not None:
                found |= _heads(" ".join(g for g in after.groups() if g))
    return found


def role_verdict_en(mention: str, stated: set[str]) -> str:
    """English: whether role mention ``mention`` may name a person the text gives roles ``stated``
    (:func:`stated_roles_en`): "other" when the mention names an office and the text gives the person another
    office and not this one ("the president" for "Harwell spokesperson Daniel Cho"); "unstated" when the text gives
    the person no office (for an office mention) or no role at all, or the mention has no role noun: a guess; else
    "fits" (a descriptive role, "the candidate", fits any office)."""
    if nationality_noun(mention, "en") is not None:
        return "fits"  # "the American": a nationality, no office (weighed apart: nationality_fits, sole_person_of_gender)
    heads = _heads(mention)
    offices, stated_offices = heads - _DESCRIPTIVE_EN, stated - _DESCRIPTIVE_EN
    if offices and stated_offices:
        return "fits" if any(h == s or _same_role(h, s) for h in offices for s in stated_offices) else "other"
    if offices or not heads:
        return "unstated"  # "Ryan’s campaign", "the 45-year-old": no role noun to hold against what the text states
    return "fits" if stated else "unstated"


def role_verdict_for_en(text: str, mention: str, name: str | None, role: str | None, end: int) -> str:
    """English :func:`role_verdict_en` of role mention ``mention`` for person ``name`` (with ``role`` from the
    mention that named them, if any), by what ``text[:end]`` states."""
    return role_verdict_en(mention, stated_roles_en(text, name or "", end) | _heads(role or ""))
