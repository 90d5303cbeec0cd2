"""Pronoun, role and context resolution (English and German): who a pronoun, a bare role or an
unframed quote points back at, the subject of a quote's own sentence, gender evidence, and the
candidate speakers the ranker weighs (``_candidate_spans``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Quote, Sentence, Speaker
from .base import (
    _WORD,
    CONTEXT_SENTENCES,
    FRAGMENT_MAX_WORDS,
    Cue,
    _first_tokens,
    _sent_index,
    _set_rule,
    _strip_span,
    _tokens,
    find_cues,
)
from .choices import DE, EN
from .frames_en import _PEOPLE_NOUNS_EN, _owned_role_en, _presented_thing_en
from .lexicon import ARTICLES, INSTITUTION_WORDS, NP_STOP, PRONOUNS, SUBJUNCTIVE_DE
from .marks import QUOTE_CHARS
from .phrases import (
    _IRREGULAR_PAST_EN,
    _SKIP_AFTER_CUE,
    _lower_case_title_np,
    _one_noun_phrase_de,
    _organisation_head,
    _unknown_lone_noun,
    _whole_mention,
    _with_apposition,
    after_dateline_en,
    make_speaker,
    np_after,
)
from .speakers import (
    DOC_WORDS_EN,
    NOT_ALONE,
    PARTICLES,
    PEOPLE_ADJECTIVES_EN,
    any_first_name_gender,
    common_person_noun_de,
    is_role_word,
    organisation_de,
    parse_mention,
    person_by_state_de,
    person_head_en,
    plural_people_de,
    several_persons,
    several_persons_span,
)
from .speakers import first_name_gender_de as _first_name_gender_de
from .speakers import first_name_gender_en as _first_name_gender_en
from .speakers import known_people_word as _known_people_word
from .stated_roles import DESCRIPTIVE_ROLES_EN
from .subjects import (
    _FEMININE_BODY_DE,
    _FRONTED_TIME_DE,
    _NOT_FINITE_DE,
    _OBLIQUE,
    _agent_of_passive_de,
    _body_before_object_de,
    _clause_start,
    _frame_subject,
    _inside_marks_de,
    _inside_marks_en,
    _reported_verb_de,
    _subject_for_cue,
)


def _context_speaker(ref: Speaker) -> Speaker:
    """A speaker taken from an earlier quote: the mention is the antecedent's, its offsets point there."""
    return Speaker(mention=ref.mention, start=ref.start, end=ref.end, name=ref.name, role=ref.role, resolved_from="context",
                   id="org:" if (ref.id or "").startswith("org:") else None)


# -- pronoun / role / context resolution ---------------------------------------------------


def _pronoun_back_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                     quotes: list[Quote], q: Quote, pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" of quote ``q`` points back at (:func:`_pronoun_back_core_en`); where that is the
    speaker quoted before, but a person named after that speaker is the subject the pronoun continues
    (:func:`_subject_chain_en`), that person instead, a guess (PRONOUN_GUESSED: below the speaker bar)."""
    before, flags = last_named, list(q.flags)
    found, found_near = _pronoun_back_core_en(text, sents, last_named, near, first, quotes, q, pronoun)
    if found is not before or PRONOUN_GUESSED in q.flags or (near and before is not None and not _one_person_en(text, before[1])):
        return found, found_near
    # no speaker quoted near before: the person the pronoun continues, if any, rather than someone named further back
    chained = _subject_chain_en(text, sents, before if near else None, first, q, pronoun)
    if chained is None or (not near and (recent := _recent_person(text, sents, first, "en", pronoun=pronoun)) is not None
                           and _same_surname(recent[1], chained[1])):
        return found, found_near  # no one, or the person the recent-person test finds later anyway (not a guess)
    q.flags[:] = flags + [PRONOUN_GUESSED]  # a person brought in after the speaker quoted before: likely, not sure
    return chained, True


def _pronoun_back_core_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                          quotes: list[Quote], q: Quote, pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" of quote ``q`` points back at (:func:`_pronoun_antecedent_en`, then
    :func:`_one_person_back_en`).  A person found there in place of the speaker quoted before is a guess,
    and so is a speaker quoted before that was itself such a guess ("… Mr. Jones deserves credit. “…,” he
    said. “…,” he added"): ``q`` is flagged PRONOUN_GUESSED, its confidence below the speaker bar.  The speaker
    quoted before, taken though another person is named since (:func:`_person_between_en`), or taken by a quote
    so flagged, is flagged PERSON_BETWEEN, below the bar too.  "I"/"we" point back at no one (:func:`_writer_pronoun_en`)."""
    if _writer_pronoun_en(pronoun):
        return last_named, False  # "“…,” I said": the writer, unnamed; an unframed quote after it goes on with the writer
    own, blocked = _own_reporting_subject_en(text, sents[first], q, pronoun)
    if own is None and not blocked:
        own = _own_opening_person_en(text, sents[first], pronoun, q)
    if own is not None:
        return (first, own), True  # "DeSantis said he …, which he called “…”": the subject of the sentence's reporting verb
    antecedent, near = _pronoun_antecedent_en(text, sents, last_named, near, first, pronoun, q.text)
    guessed = antecedent is not None and antecedent is not last_named
    if antecedent is not None and not guessed:
        guessed = any(o.speaker is antecedent[1] and PRONOUN_GUESSED in o.flags for o in quotes)
    last_named, near = _one_person_back_en(text, sents, antecedent, near, first, pronoun)
    if blocked:
        # "Tom Reed resigned. John Smith said the coach quit because he felt “…”": "he" is the coach more likely than
        # anyone named before; whoever it is taken for here or later (_recent_person) is a guess
        q.flags.append(PRONOUN_GUESSED)
    elif guessed and last_named is antecedent:
        q.flags.append(PRONOUN_GUESSED)  # a person of a sentence before, not the speaker quoted
    elif last_named is not antecedent and last_named is not None and _lone_name_subject_since_en(text, sents, last_named, first, pronoun):
        q.flags.append(PRONOUN_GUESSED)  # "“…,” Starmer said. The Tories shouted: “…” Badenoch stood up. “…,” she said"
    elif last_named is antecedent and (main := _other_main_subject_en(text, sents, last_named, first, pronoun, quotes)) is not None:
        q.flags.append(PRONOUN_GUESSED)  # "When Ann Lee noted …, Mary Stone said …. “…,” she said": the main clause's subject, likely
        return main, True
    elif last_named is antecedent and _addressed_same_gender_en(text, sents, last_named, first, pronoun):
        q.flags.append(PERSON_BETWEEN)  # "Tom Reed told Paul Quill: “…” “…,” he said": the reply may be Quill's
    elif (last_named is antecedent and last_named is not None and pronoun.mention.lower() in ("he", "she")
          and any(_headline_en(text, s) for s in sents[last_named[0] + 1 : first])):
        q.flags.append(PERSON_BETWEEN)  # "“…,” said Bob Hart. / Tom Reed Won It All. / “…,” he said": the headline may name him
    elif last_named is antecedent and last_named is not None and (
            any(o.speaker is last_named[1] and PERSON_BETWEEN in o.flags for o in quotes)
            or _person_between_en(text, sents, last_named, first, pronoun, q.start)
            or _passive_agent_between_en(text, sents, last_named, first)
            or other_of_gender_in_sentence_en(text, sents[last_named[0]], last_named[1], pronoun, subject=True)):
        nearer = _subject_before_en(text, sents, last_named, first, q, pronoun)
        if nearer is not None:
            q.flags.append(PRONOUN_GUESSED)
            return nearer, True
        q.flags.append(PERSON_BETWEEN)  # the speaker quoted before, though another person is named since
    elif (last_named is antecedent and last_named is not None and not _pronoun_clash(text, pronoun, last_named[1], "en")
          and _named_subject_between_en(text, sents, last_named, first, pronoun)):
        q.flags.append(PERSON_BETWEEN)  # "“…,” the union said. Google said it would appeal. “…,” they said": Google's people, maybe
    return last_named, near


def _other_main_subject_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, first: int,
                           pronoun: Speaker, quotes: list[Quote]) -> tuple[int, Speaker] | None:
    """English: the person named as the main clause's subject of the sentence of the speaker ``last_named`` quoted
    before, when that is someone else, in a sentence before the one of "he"/"she" (quote in sentence ``first``):
    the speaker was quoted in a clause under another person's ("When Ann Lee pointed out that …, Mary Stone seized
    on it.", "Tom Reed recalled that Paul Quill once told him, “…”", "Reed attacked his rivals, Gov. Paul Quill among
    them, who say …"); the pronoun more likely continues the main subject; a guess either way.  None when the
    text shows the main subject to be of the other gender, or the sentence has no named person as its subject."""
    if last_named is None or pronoun.mention.lower() not in ("he", "she") or last_named[0] >= first:
        return None
    s, ref = sents[last_named[0]], last_named[1]
    if ref.start is None or not (s.start <= ref.start < s.end):
        return None  # a speaker carried on from further back: no clause of this sentence to weigh
    main = _main_subject_person_en(text, s)
    if main is None or main.start == ref.start or _same_surname(main, ref) or not main.name:
        return None
    if any(o.kind == "direct" and o.start <= (main.start or 0) < o.end for o in quotes):
        return None  # "“… Cruz is the only one,” Viguerie says.": a name in quoted words, no subject of the report
    if _pronoun_clash(text, pronoun, main, "en") or _other_woman_or_man_en(text, s, pronoun, main):
        return None
    return last_named[0], main


# a speech verb and whom it addresses, right after the speaker: "told him", "asked Paul Quill", "warned Mr. Lee"
_ADDRESSED_EN = re.compile(r"[\w\s,.’'()-]{0,60}?(?<![\w-])(?:told|tells|asked|asks|warned|warns|assured|reminded|urged|promised|"
                           r"replied\s+to|responded\s+to|wrote\s+to|said\s+to)\s+(?:(him|her)(?=\s*[,:;.“\"‘]|\s+(?:that|on|in|at|last|this)\b)|"
                           r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))")


def _addressed_same_gender_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, first: int,
                              pronoun: Speaker) -> bool:
    """English: whether the speaker ``last_named`` quoted before spoke, in a sentence before the quote of "he"/"she"
    in sentence ``first``, to someone the pronoun may mean as well: "him"/"her" of the pronoun's gender, or a
    named person the text shows to be of no other gender ("Tom Reed told Paul Quill: “You will lose.” “We will
    see,” he said": a reply, maybe Quill's)."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    end = last_named[1].end if last_named is not None else None
    if last_named is None or want is None or last_named[0] >= first or end is None:
        return False
    ref, s = last_named[1], sents[last_named[0]]
    if not (s.start <= end <= s.end):
        return False
    m = _ADDRESSED_EN.match(text, end, s.end)
    if m is None or _inside_marks_en(text, s.start, m.start(1) if m.group(1) else m.start(2)):
        return False
    if m.group(1):
        return (m.group(1) == "him") == (want == "m")
    other = Speaker(mention=m.group(2), start=m.start(2), end=m.end(2), name=m.group(2))
    words = m.group(2).split()
    if words[-1] in (ref.name or "").split() or not _person_name_en(text, other) and _gender_en(text, other) is None:
        return False  # the speaker's own name again, or no person's name ("told CNN", "asked Congress")
    return _gender_en(text, other) in (None, want)


def _named_subject_between_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, pronoun: Speaker) -> bool:
    """English: whether "they" of a quote in sentence ``first`` has, in a sentence between it and the speaker
    ``last_named`` quoted before, a bare name as the subject of a reporting verb ("Google said it would appeal.",
    "Acme announced cuts."; no listed first name, honorific or title): a company, whose people "they" may be as well."""
    if pronoun.mention.lower() != "they":
        return False
    surname = (last_named[1].name or "").split()[-1:]
    for s in sents[last_named[0] + 1 : first]:
        cues = [c for c in find_cues(text, s.start, s.end, "en") if not _RELATIVE_BEFORE_EN.search(text, max(s.start, c.start - 12), c.start)]
        if not cues:
            continue
        c = cues[0]
        span = _subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, "en", prefer_after=False, sent_start=s.start)
        sp = make_speaker(text, span, "en") if span is not None and span[1] <= c.start else None
        if (sp is not None and sp.name and sp.resolved_from is None and not (surname and surname[0] in sp.name.split())
                and _first_name_gender_en(sp.name.split()[0]) is None and not _HONORIFIC.search(sp.mention) and not sp.role):
            return True  # a bare name, no person's by a first name, an honorific or a title: a company may be "they"
    return False


def _own_reporting_subject_en(text: str, s: Sentence, q: Quote, pronoun: Speaker) -> tuple[Speaker | None, bool]:
    """English: the named person who is the subject of a reporting verb earlier in the pronoun's own sentence,
    before the quote and the pronoun ("DeSantis said he has backed the bill, which he called “…”", "Ms. Lee
    said Wednesday that she called him to praise what she called “…”"): "he"/"she" in what that person
    reports is that person, unless the text shows another gender or names another person of the pronoun's
    gender there.  Not the verb of a relative clause ("… Ann Roth, who added"); None where there is no such verb.
    The flag: that person is there but what they report has a subject of its own (:func:`_subject_in_report_en`)."""
    if pronoun.mention.lower() not in ("he", "she") or pronoun.start is None:
        return None, False
    end = min(pronoun.start, q.start)
    for c in find_cues(text, s.start, end, "en"):
        if _RELATIVE_BEFORE_EN.search(text, max(s.start, c.start - 12), c.start):
            continue
        span = _subject_for_cue(text, c, _clause_start(text, s.start, c.start), end, "en", prefer_after=False, sent_start=s.start)
        sp = make_speaker(text, span, "en") if span is not None and span[1] <= c.start else None
        if (sp is not None and sp.name and sp.resolved_from is None and not (sp.id or "").startswith("org:") and _one_person_en(text, sp)
                and not _pronoun_clash(text, pronoun, sp, "en") and not _other_woman_or_man_en(text, s, pronoun, sp)):
            return (None, True) if _subject_in_report_en(text, c.end, pronoun.start) else (sp, False)
        return None, False  # the first reporting verb's subject is no named person ("the aide said he …")
    return None, False


_AS_FOR_EN = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?As\s+(?:for|to)\s+")
_CONJUNCTION_OPENER_EN = re.compile(r"\s*(?:But|And|Yet|So|Still)\s+(?=[A-Z])")
# between the opening person and the pronoun: another capitalised word (a name), a person noun or a role, or a
# pronoun that may be the antecedent, and "he"/"she" may mean someone else
_OTHER_PERSON_WORD_EN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*|he|she|him|her|his|hers|they|them|who|whom|whose)(?![\w’'-])")


# the pronoun right after a comma: "Tom Reed has no plan, he said" frames what comes before it; after ";", ":"
# or a dash a new clause begins ("Bob Lane smiled: he said …" is Bob Lane)
_INVERTED_FRAME_EN = re.compile(r",\s*\Z")
# person nouns a role list does not hold; with him=True also the object pronouns that may be the opener again
_MORE_PEOPLE_NOUNS_EN = frozenset({
    "man", "woman", "men", "women", "person", "people", "boy", "girl", "guy", "successor", "predecessor", "challenger",
    "rival", "opponent", "heir", "partner", "colleague", "ally", "friend", "boss", "suspect", "child", "kid", "teen"})


def _person_word_en(words: str, him: bool = False) -> bool:
    """English: whether ``words`` hold a role, a person noun ("the coach", "the successor") or, with ``him``,
    "him"/"her": someone who may be the person a "he"/"she" is taken for."""
    return any(is_role_word(low) or low in _PEOPLE_NOUNS_EN or low in _MORE_PEOPLE_NOUNS_EN or (him and low in ("him", "her"))
               for low in (w.lower() for w in _WORD.findall(words)))


# the end of a quote up to its frame's pronoun: punctuation and the closing mark only ("…,” she said")
_QUOTE_TO_FRAME_EN = re.compile(r"[,.!?…]?\s*[”\"’']?\s*[,—–-]?\s*\Z")


def _before_own_quote_en(text: str, a: int, pronoun: Speaker, q: Quote | None) -> str:
    """English: the words after the opening person's verb (from ``a``) that may name someone else before the
    pronoun: all up to the pronoun, but where the clause hands over to quote ``q`` with a colon and the
    pronoun frames that quote right after it ("Ann Lee repeated her figure: “…,” she said"), only the words
    before the colon, a possessive of the pronoun's own gender ("her figure" for "she") left out: the quoted
    words are what the opener says, not a person between."""
    end = pronoun.start if pronoun.start is not None else a
    if q is None or q.kind != "direct" or not a < q.start <= q.end <= end:
        return text[a:end]
    open_pos = q.start - 1 if text[q.start - 1] in QUOTE_CHARS else q.start
    head = text[a:open_pos].rstrip()
    if not head.endswith(":") or not _QUOTE_TO_FRAME_EN.match(text[q.end : end]):
        return text[a:end]
    own = "his" if pronoun.mention.lower() == "he" else "her"
    return re.sub(r"(?i)(?<![\w’'-])" + own + r"(?![\w’'-])", " ", head[:-1])


def _own_opening_person_en(text: str, s: Sentence, pronoun: Speaker, q: Quote | None = None) -> Speaker | None:
    """English: the named person who opens the pronoun's own sentence as the subject of its main clause, a
    finite verb after the name (and its apposition), when the pronoun is a "he"/"she" later in that sentence
    with no other name, person noun, role or pronoun between them ("Tom Reed has blasted the system, which he
    said …", "Later, Mr. Reed struck a calmer tone, saying he …") or the name opens the sentence with "As
    for" ("As for Tom Reed, he said …"); not when the text shows another gender.  None otherwise."""
    if pronoun.mention.lower() not in ("he", "she") or pronoun.start is None or not s.start <= pronoun.start < s.end:
        return None
    a = after_dateline_en(text, s.start, pronoun.start)
    as_for = _AS_FOR_EN.match(text, a, pronoun.start)
    m = as_for or _CONJUNCTION_OPENER_EN.match(text, a, pronoun.start) or _OPENING_PHRASE_EN.match(text, a, pronoun.start)
    if m:
        a = m.end()
    span = np_after(text, a, pronoun.start, "en", at_start=True)
    if span is None or text[a : span[0]].strip():
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    if sp is None or not sp.name or sp.start is None or sp.end is None or sp.name == sp.mention.lower() or not _one_person_en(text, sp):
        return None
    words = sp.name.split()
    if any(w.lower().strip(".,") in _NOT_IN_NAME_EN for w in words) or (len(words) == 1 and _unknown_lone_word_en(text, sp)):
        return None  # "If Clinton is elected, he said", "Nor, he said", "Eyebrows raised, he asked": no name opens it
    if as_for:
        if not re.fullmatch(r",\s*", text[sp.end : pronoun.start]) or _person_word_en(text[pronoun.end : s.end], him=True):
            return None  # "As for Reed, he said the man …": the man is Reed, "he" someone else
    else:
        verb = _FINITE_AFTER_APPOSITION_EN.match(text, sp.end)
        if verb is None or verb.end() > pronoun.start or _INVERTED_FRAME_EN.search(text, verb.end(), pronoun.start):
            return None  # "Tom Reed has no plan, he said": Reed is in the words "he" reports, not "he"
        between = _before_own_quote_en(text, verb.end(), pronoun, q)
        if _person_word_en(between) or _OTHER_PERSON_WORD_EN.search(between):
            return None
    if _pronoun_clash(text, pronoun, sp, "en") or _other_woman_or_man_en(text, s, pronoun, sp):
        return None
    return sp


_DETERMINER_EN = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our", "your",
                  "another", "each", "every", "some", "no", "one", "both"}
_MORE_FINITE_EN = re.compile(r"(?:\s*,[^,;:“”\"]{1,60}?,)?\s+(?:are|were|have|do|shall|not|quit|said|told|put|cut|let|hit|set|"
                             r"thought|heard|meant|spoke|broke|hurt|read|shut|threw|understood)\b")
# finite verbs after a subject that _FINITE_AFTER_APPOSITION_EN does not know ("the coach quit", "police were")
# a prepositional tail after a noun phrase's head ("his partner of 20 years", "his friend since 1990"): the verb follows it
_PP_TAIL_EN = re.compile(r"\s+(of|since|from|for|at|in|with)((?:\s+[\w’'-]+){1,3})")
_CLAUSE_OPENERS_EN = frozenset({"that", "because", "and", "but", "while", "since", "as", "although", "after", "when"})
_TAIL_WORD_EN = re.compile(r"[\w’'-]+")
_S_VERB_EN = re.compile(r"\s+[a-z]{2,}s\s+(?:he|she|it|they|that|the|a|an|his|her|to|not|no)\b")
# a verb in -s after a noun phrase only with a clause or object opening after it ("the coach says he", not
# "his party’s background checks proposal")
_NOT_IN_REPORTED_NP_EN = {"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "who", "whom", "which", "that",
                          "what", "because", "and", "or", "but", "if", "when", "while", "as", "after", "before", "since",
                          "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "than", "then", "so", "not"}
_ONE_PERSON_WORD_EN = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Gov|Sen|Rep|Prof)\.?$")


def _subject_in_report_en(text: str, a: int, b: int) -> bool:
    """English: whether the words between a reporting verb (ending at ``a``) and a "he"/"she" at ``b`` hold a
    subject of their own, a person nearer to the pronoun than the reporter, who is then no sure antecedent
    ("John Smith said the coach quit because he felt …", "Ann Lee said her mother was ill and that she felt …"):
    a determiner or possessive and up to four words ending in a singular noun ("the coach", "his new wife"), a
    name ("Tom Reed", "Reed", "Mr. Reed") or a role noun ("police"), with a finite verb after it.  Pronouns,
    relative words, prepositions, a plural ("its claims are") and a capitalised name opening with no first name,
    title or role ("North Korea is") are no such phrase, nor an object ("DeSantis said he has backed a bill,
    which he called …": no verb after "a bill")."""
    words = list(re.finditer(r"[\w’'.-]+", text[a:b]))
    for i, w in enumerate(words):
        low, word = w.group(0).lower(), w.group(0)
        if low in _DETERMINER_EN and low != "that":
            after = words[i + 1 : i + 5]
            stop = next((k for k, x in enumerate(after) if x.group(0).lower() in _NOT_IN_REPORTED_NP_EN), len(after))
            ends = [x.end() for x in after[:stop] if not re.search(r"[^su’']s$", x.group(0))]  # no plural head
            if any(_S_VERB_EN.match(text, a + e) for e in ends):
                return True
        elif low in _NOT_IN_REPORTED_NP_EN or (i > 0 and words[i - 1].group(0)[:1].isupper()):
            continue
        elif word[:1].isupper():
            run = [word] + [x.group(0) for x in words[i + 1 : i + 4] if x.group(0)[:1].isupper()]
            run = run[: next((k for k in range(1, len(run)) if words[i + k].group(0) != run[k]), len(run))]
            if len(run) > 1 and not (_first_name_gender_en(word) or _ONE_PERSON_WORD_EN.match(word) or is_role_word(low)):
                continue  # "North Korea", "U.N. Security Council": no person
            ends = [words[i + len(run) - 1].end()]
        elif is_role_word(low) or low == "police":
            ends = [w.end()]
        else:
            continue
        finite = _DET_FINITE_EN if low in _DETERMINER_EN else _FINITE_AFTER_APPOSITION_EN
        if low in _DETERMINER_EN and (i == 0 or words[i - 1].group(0).lower() in _CLAUSE_OPENERS_EN):
            # the reported clause opens with it: "said his partner of 20 years left" (not an object: "said he met the chief of staff involved")
            ends += [t.end() - a for e in ends if (m := _PP_TAIL_EN.match(text, a + e))
                     for t in _TAIL_WORD_EN.finditer(text, m.end(1), m.end())]
        if any(finite.match(text, a + e) or _MORE_FINITE_EN.match(text, a + e) for e in ends):
            return True
    return False


def _subject_before_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int,
                       q: Quote, pronoun: Speaker) -> tuple[int, Speaker] | None:
    """English: the person "he"/"she" of sentence ``first`` points at when the speaker ``last_named`` quoted
    before is not: the sentence just before has no verb of saying, does not name that speaker, and opens with
    a person named in full ("Ann Lee", "Ms. Lee") as its subject, of no other gender ("Ann Lee, 18, joined in
    May. “…,” she said": Lee, who is introduced there to be quoted).  A name holding an adverb, preposition or
    conjunction ("Meanwhile Rihanna") is no name; a quote whose own sentence names a person, outside the quote, before the pronoun, or whose words speak of
    someone of the pronoun's gender, is left alone.
    None where that does not hold."""
    j = first - 1
    if j <= last_named[0] or find_cues(text, sents[j].start, sents[j].end, "en") or _about_someone_en(q.text, pronoun):
        return None  # "Ms. Hart deserves credit. “She worked hard,” she said": Hart may be whom the quote is about
    own = _recent_person(text, sents, first + 1, "en")
    if (own is not None and own[0] == first and own[1].start is not None and pronoun.start is not None
            and own[1].start < pronoun.start and (q.kind == "indirect" or not q.start <= own[1].start < q.end)):
        return None  # the quote's own sentence has a named subject ("Ann Lee said he …"): "he" is not its frame's subject
    found = _recent_person(text, sents, first, "en")
    surname = (last_named[1].name or "").split()[-1:]
    if found is None or found[0] != j or (surname and re.search(r"(?<![\w-])" + re.escape(surname[0]) + r"(?![\w-])", text[sents[j].start : sents[j].end])):
        return None
    words = (found[1].name or "").split()
    if any(w.lower().strip(".,") in _NOT_IN_NAME_EN for w in words):
        return None
    full = len(words) >= 2 or _HONORIFIC.search(found[1].mention) is not None
    if found[1].end is None or not _FINITE_AFTER_APPOSITION_EN.match(text, found[1].end):
        return None  # "Ms. Hart versus the plan.": no finite verb after the name (and its apposition), no subject
    opens = found[1].start is not None and not re.sub(r"^\s*(?:(?:But|And|Yet|So|Still|Then)\b,?\s*)?", "", text[sents[j].start : found[1].start])
    return None if not full or not opens or _pronoun_clash(text, pronoun, found[1], "en") else found


_NOT_IN_NAME_EN = (NOT_ALONE | NP_STOP["en"]) - {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "prof"}


# a "he"/"she" opening a sentence's main clause (after a dateline, an opening phrase or a conjunction): the
# same person as the subject before it, who goes on
_PRONOUN_OPENS_EN = {"he": re.compile(r"\s*[Hh]e\b"), "she": re.compile(r"\s*[Ss]he\b")}
# one apposition in commas or brackets after a name, longer than the verb test's own (a relative clause: "Murphy,
# a Democrat who has been endorsed by the unions and the state's teachers,"); a finite verb may follow each
_LONG_APPOSITION_EN = re.compile(r"\s*(?:,[^,;:“”\"()]{1,160}?(?=,)|\([^()]{1,60}\))")
_NEGATED_AUX_EN = re.compile(r"\s+(?:does|did|is|was|has|had|could|would|will|can|should)(?:n[’']t|\s+not)\b")
# a time phrase between a subject and its verb ("Rep. Tom Reed last month joked …")
_TIME_BEFORE_VERB_EN = re.compile(r"\s+(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|spring|summer|fall|winter|"
                                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s)")


def _finite_after_subject_en(text: str, end: int) -> bool:
    """English: whether a finite verb follows a name ending at ``end``, past its appositions and a time phrase
    ("Jolly, who was elected in 2014, doesn't see …", "Murphy, a Democrat who has been endorsed by …, has made
    …", "Rep. Tom Reed (D-Ohio) last month joked …")."""
    ends = [end]
    while len(ends) < 4 and (m := _LONG_APPOSITION_EN.match(text, ends[-1])) is not None:
        ends.append(m.end() + (text[m.end()] == "," if m.end() < len(text) else 0))  # one apposition more, each a place for the verb
    ends += [t.end() for e in ends if (t := _TIME_BEFORE_VERB_EN.match(text, e))]
    return any(_FINITE_AFTER_APPOSITION_EN.match(text, e) or _NEGATED_AUX_EN.match(text, e) or _MORE_FINITE_EN.match(text, e) for e in ends)


def _reads_as_person_en(text: str, sp: Speaker) -> bool:
    """English: whether named speaker ``sp`` reads as a person's name (:func:`_person_name_en`), or is a surname
    the text writes elsewhere after a title ("Murphy" after "Sen. Murphy", "Obama" after "President Obama") or
    with an honorific (:func:`_gender_of`)."""
    words = (sp.name or "").split()
    if _person_name_en(text, sp) or _gender_of(text, sp, "en") is not None:
        return True
    return len(words) == 1 and any(is_role_word(m.group(1).lower()) for m in re.finditer(
        r"(?<![\w’'.-])([A-Z][a-z]+)\.?\s+" + re.escape(words[0]) + r"(?![\w-])", text))


def _main_subject_person_en(text: str, s: Sentence) -> Speaker | None:
    """English: the person named as the subject of sentence ``s``'s main clause: past a dateline, an opening phrase
    set off by a comma or a conjunction, a name that reads as a person's (:func:`_person_name_en`), and a finite
    verb after it and its appositions ("At 29, Ann Lee lives at home.", "Jolly, who was elected in 2014, doesn't
    see …"); None otherwise (an object, a role, a company, a capitalised word that names no one)."""
    for a in _main_clause_starts_en(text, s):
        sp = _person_subject_at_en(text, s, a)
        if sp is not None:
            return sp
    return None


# a sentence opening with a phrase or clause before its subject ("At a rally in Portland, Maine, on Thursday, …",
# "When Ann Lee pointed out the cost, …"): its main clause may open after any of the commas that follow
_OPENER_WORD_EN = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[A-Z][a-z]+ing|On|In|At|After|Before|During|As|With|Since|While|When|"
                             r"Despite|Though|Although|Unlike|Like|Under|Among|Days|Weeks|Months|Years|Hours)\b")


def _main_clause_starts_en(text: str, s: Sentence) -> list[int]:
    """English: where sentence ``s``'s main clause may open: past a dateline, an opening phrase or a conjunction
    (:func:`_main_clause_start_en`), and, when the sentence opens with a preposition, a participle or a
    subordinating conjunction, after each comma of its first 200 characters outside quotation marks."""
    starts = [_main_clause_start_en(text, s)]
    a = after_dateline_en(text, s.start, s.end)
    if _OPENER_WORD_EN.match(text, a, s.end):
        starts += [a + m.end() for m in re.finditer(r",\s+", text[a : min(s.end, a + 200)])
                   if a + m.end() != starts[0] and not _inside_marks_en(text, s.start, a + m.start())]
    return starts


def _person_subject_at_en(text: str, s: Sentence, a: int) -> Speaker | None:
    """English: the person named at ``a`` in sentence ``s`` as a clause's subject (:func:`_main_subject_person_en`)."""
    span = np_after(text, a, s.end, "en", at_start=True)
    if span is None or text[a : span[0]].strip():
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    if (sp is None or not sp.name or sp.resolved_from is not None or sp.start is None or sp.end is None or sp.name == sp.mention.lower()
            or not _one_person_en(text, sp) or not _reads_as_person_en(text, sp) or _inside_marks_en(text, s.start, sp.start)):
        return None
    words = sp.name.split()
    if any(w.lower().strip(".,") in _NOT_IN_NAME_EN for w in words) or (len(words) == 1 and _unknown_lone_word_en(text, sp)):
        return None
    if _DEATH_AFTER_EN.search(text, sp.end, min(s.end, sp.end + 200)):
        return None  # "Tom Reed died in May.": whom a quote after it is about, not who speaks
    return sp if _finite_after_subject_en(text, sp.end) else None


_DEATH_AFTER_EN = re.compile(r"(?<![\w-])(?:died|dies|(?:was|has\s+been)\s+(?:killed|murdered|shot|buried)|passed\s+away)\b")


def _subject_chain_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, first: int,
                      q: Quote, pronoun: Speaker) -> tuple[int, Speaker] | None:
    """English: the person "he"/"she" of a quote in sentence ``first`` continues, when it is not the speaker
    ``last_named`` quoted before: the named subject of the main clause of the sentence before, or of the one
    before a sentence that "he"/"she" opens (the same person going on: "Jolly, who was elected in 2014, doesn't
    see it that way. He wants …. “…,” he said"), after the speaker quoted before; of no other gender, not the
    speaker quoted before, not in a sentence that names that speaker too, and not when the quoted words speak of
    someone of the pronoun's gender ("“He lied,” he said": the subject may be whom the quote is about; reported
    words, "he said he was ill", speak of the speaker) or the quote's own sentence names a person before it."""
    want = pronoun.mention.lower()
    if not EN.pronoun_recent_subject or want not in ("he", "she") or (q.kind not in ("indirect", "mixed") and _about_someone_en(q.text, pronoun)):
        return None
    own = _recent_person(text, sents, first + 1, "en")
    if own is not None and own[0] == first and own[1].start is not None and own[1].start < q.start:
        return None  # "Ann Lee said he …": the quote's own sentence names someone
    j, floor = first - 1, last_named[0] if last_named is not None else max(-1, first - 4)
    while j > floor and j >= first - 2 and _PRONOUN_OPENS_EN[want].match(text, _main_clause_start_en(text, sents[j]), sents[j].end):
        j -= 1  # "She lives at home.": the subject before goes on
    if j <= floor:
        return None
    sp = _main_subject_person_en(text, sents[j])
    surname = (last_named[1].name or "").split()[-1:] if last_named is not None else []
    if surname and re.search(r"(?<![\w-])" + re.escape(surname[0]) + r"(?![\w-])", text[sents[j].start : sents[j].end]):
        return None  # "Peter Grant met Baker in May.": the speaker quoted before is named there too
    if sp is None or re.search(r"(?<![\w-])" + re.escape((sp.name or "").split()[-1]) + r"(?![\w-])", q.text):
        return None  # "He said Quill was a fraud.": no one speaks of himself by his surname
    if _pronoun_clash(text, pronoun, sp, "en") or _other_woman_or_man_en(text, sents[j], pronoun, sp):
        return None
    return j, sp


def _writer_pronoun_en(pronoun: Speaker) -> bool:
    """English: "I"/"we" framing a quote of any kind ("“…,” I said", "We told him …"): the writer of the text,
    never a person named in it before."""
    return pronoun.mention.lower() in ("i", "we")


def _person_between_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, first: int,
                       pronoun: Speaker, quote_start: int | None = None) -> bool:
    """English: whether a sentence between the speaker ``last_named`` quoted before and the quote of "he"/"she"
    in sentence ``first`` (or that sentence itself, before the quote at ``quote_start``) has another named
    person as its subject (:func:`_recent_person`) who may be what the pronoun means (the text shows no other
    gender), or names, outside quotation marks, another person by an honorific of the pronoun's gender
    (:func:`_honorific_between_en`): then the pronoun may mean either.  A gender known only from the first-name
    list is a prior, no fact ("Ashley Cole", a man): it rules no one out here."""
    if last_named is None or pronoun.mention.lower() not in ("he", "she"):
        return False
    surname = (last_named[1].name or "").split()[-1:]
    want = _PRONOUN_GENDER[pronoun.mention.lower()]
    own = [first] if quote_start is not None and first > last_named[0] else []
    for j in [*own, *range(first - 1, last_named[0], -1)]:
        found = _recent_person(text, sents, j + 1, "en", maybe_name=True)
        if j < first and ((_unnamed_subject_en(text, sents[j], pronoun, groups=False)
                           and not ((held := _subject_role_holder_en(text, sents[j])) is not None and _same_surname(held, last_named[1])))
                          or _full_name_subject_en(text, sents[j], pronoun, surname)):
            return True  # "“…,” Tom Reed said. The coach was angry. “…,” he said": the coach as well as Reed (a group: Reed goes on)
        if (found is not None and found[0] == j and not (surname and surname[0] in (found[1].name or "").split())
                and _gender_of(text, found[1], "en") in (None, want)
                and (j < first or (quote_start is not None and (found[1].end or quote_start) <= quote_start))):
            return True
    return quote_start is not None and _honorific_between_en(text, sents, last_named, first, want, min(quote_start, pronoun.start or quote_start))


# a reporting verb in the passive, then "by" and who reported ("This was confirmed by Glööckler's lawyer Christian-Oliver
# Moser"); group 1: the words after "by" up to the end of the clause
_PASSIVE_AGENT_EN = re.compile(r"(?<![\w-])(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?:confirmed|said|announced|stated|reported|"
                               r"explained|denied|told|disclosed|revealed)\s+by\s+([^,.;:!?\"“”]{1,80})")


def _passive_agent_between_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int) -> bool:
    """English: whether, after the speaker ``last_named`` and before the quote of "he"/"she" in sentence ``first``, a
    passive reporting verb names who reported by "by" and a person other than that speaker, by name or by role
    ("… Glööckler split up. This was confirmed by Glööckler's lawyer Christian-Oliver Moser. He stated: “…”": the
    lawyer as well as Glööckler)."""
    surname = (last_named[1].name or "").split()[-1:]
    for j in range(last_named[0], first):
        s = sents[j]
        for m in _PASSIVE_AGENT_EN.finditer(text, max(s.start, last_named[1].end or s.start) if j == last_named[0] else s.start, s.end):
            words = [w.strip("’'") for w in re.findall(r"[\w’'-]+", m.group(1))]
            words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]
            names = [w for w in words if w[:1].isupper() and w not in surname]
            if len(names) >= 2 or any(is_role_word(w.lower()) for w in words):
                return True  # a named person or someone by role: "he" may be either
    return False


def _honorific_between_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, want: str, end: int) -> bool:
    """English: whether the sentences after the one of the speaker ``last_named`` quoted before, up to ``end``
    (the quote of "he"/"she" in sentence ``first``), name outside quotation marks someone else as the subject
    of a clause (a finite verb after the name and its apposition) by an honorific of the pronoun's gender ("… Epstein said. … the possibility that Mrs. Clinton might nominate him. “…,” she
    said": Mrs. Clinton as well as Epstein); not in a sentence a "he"/"she" opens (the person before goes on)."""
    surname = (last_named[1].name or "").split()[-1:]
    for j in range(last_named[0] + 1, first + 1):
        s = sents[j]
        if re.match(r"\s*(?:He|She)\b", text[s.start : s.end]):
            continue  # "She met Ms. Roth later.": the sentence goes on with the person before
        for m in _GENDERED_PERSON_EN.finditer(text, s.start, min(s.end, end)):
            name = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text[m.end() - 1 :])
            if (name is not None and ("m" if m.group(1) else "f") == want and surname and surname[0] not in name.group(0).split()
                    and not _inside_marks_en(text, s.start, m.start())
                    and _FINITE_AFTER_APPOSITION_EN.match(text, m.end() - 1 + name.end())):
                return True  # the subject of a clause: "that Mrs. Clinton, if elected, might nominate him"
    return False


def _pronoun_antecedent_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                           pronoun: Speaker, quoted: str = "") -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" of a quote in sentences from ``first`` points back at.  The named person who
    is the subject before a reporting verb (not one of a relative clause) in the nearest sentence before that
    has one wins over the last named speaker when that sentence stands after the speaker's: a pronoun subject
    continues the speaker just brought in ("Eva Ruiz, a professor, said costs had doubled. “…,” she said": Ruiz,
    not the speaker quoted before her), unless the text shows another gender.  When that sentence's subject is
    no named person ("the retired surgeon said", "… to say about Ruiz"), or no such sentence stands between,
    the last named speaker, as before."""
    if not EN.pronoun_recent_subject or pronoun.mention.lower() not in ("he", "she") or not near or last_named is None:
        return last_named, near
    for j in range(first - 1, max(last_named[0], first - 1 - CONTEXT_SENTENCES), -1):
        s = sents[j]
        cues = [c for c in find_cues(text, s.start, s.end, "en") if not _RELATIVE_BEFORE_EN.search(text, max(s.start, c.start - 12), c.start)]
        if not cues:  # none, or only a relative clause's ("… rival Anna Roth, who added …"): not the sentence's subject
            opener = _opening_person_en(text, s, pronoun, last_named[1]) if j == first - 1 and not _about_someone_en(quoted, pronoun) else None
            if opener is not None:
                return (j, opener), True
            continue
        c = cues[0]
        span = _subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, "en", prefer_after=False, sent_start=s.start)
        inverted = bool(re.search(r",\s*$", text[max(s.start, c.start - 3) : c.start]))  # "…, said Grant Green, a former official"
        sp = make_speaker(text, span, "en") if span is not None and (span[1] <= c.start or inverted) else None
        if (sp is not None and sp.name and not (sp.id or "").startswith("org:") and not _pronoun_clash(text, pronoun, sp, "en")
                and not _other_woman_or_man_en(text, s, pronoun, sp)):
            return (j, sp), True
        break  # the nearest reporting sentence's subject is no named person ("the retired surgeon said"): as before
    return last_named, near


_PRONOUNS_EN = {"he": re.compile(r"(?i)(?<![\w-])(?:he|him|his|himself)(?![\w-])"),
                "she": re.compile(r"(?i)(?<![\w-])(?:she|her|hers|herself)(?![\w-])")}


def _about_someone_en(quoted: str, pronoun: Speaker) -> bool:
    """English: whether the quoted words speak of a person of the pronoun's gender ("“He worked hard,” he
    said"): the person who opens the sentence before may be whom the quote is about, not its speaker."""
    pattern = _PRONOUNS_EN.get(pronoun.mention.lower())
    return pattern is not None and bool(pattern.search(quoted))


_NOT_VERBS_S_EN = "(?:versus|vs|this|thus|plus|minus|always|perhaps|towards|afterwards|besides|whereas|sometimes|his|its)"
# words in -s/-ed that are no finite verb after a name ("Mr. Jones versus Mr. Smith", "Mr. Jones this week")
_FINITE_AFTER_NAME_EN = re.compile(r"\s+(?:(?:also|still|never|then|later|has|had|was|is|did|does|will|would|could|can|may|"
                                   r"might|must|should)\b|(?!" + _NOT_VERBS_S_EN + r"\b|[a-z]+less\b)[a-z]{2,}(?:ed|es|s)\b)")
# after a name: an apposition or two in commas or brackets (", 18,", ", a carpenter in Hill, Ohio,", " (a Democrat)"),
# then a finite verb, irregular past forms too ("Ann Lee, 18, sold water")
_FINITE_AFTER_APPOSITION_EN = re.compile(r"(?:\s*(?:,[^,;:“”\"]{1,60}?(?=,)|\([^()]{1,60}\)))*,?(?:\s+(?:" + _IRREGULAR_PAST_EN
                                         + r")\b|" + _FINITE_AFTER_NAME_EN.pattern + ")")
_DET_FINITE_EN = re.compile(r"(?:\s*,[^,;:“”\"]{1,60}?,)?\s+(?:also\s+|still\s+|never\s+|then\s+|later\s+)?(?:" + _IRREGULAR_PAST_EN
                            + r"|has|had|was|is|did|does|will|would|could|can|may|might|must|should|[a-z]{2,}ed)\b")
# after a determiner's noun phrase: a finite verb but one in -s, which may be a noun ("background checks"; _S_VERB_EN)


def _opening_person_en(text: str, s: Sentence, pronoun: Speaker, ref: Speaker) -> Speaker | None:
    """English: the named person who opens sentence ``s`` as its subject, a finite verb right after the name
    ("Ms. Ruiz supports the plan.", "Mr. Ebert did not see it."), when the text shows that person to be of
    the pronoun's gender and the speaker ``ref`` quoted before is not named in ``s``; else None."""
    span = _frame_subject(text, s.start, s.end, "en")
    if span is None or text[s.start : span[0]].strip() or not _FINITE_AFTER_NAME_EN.match(text, span[1]):
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    surname = (ref.name or "").split()[-1:]
    if sp is None or not sp.name or sp.name == sp.mention.lower() or not _one_person_en(text, sp):
        return None
    if (surname and re.search(r"(?<![\w-])" + re.escape(surname[0]) + r"(?![\w-])", text[s.start : s.end])) or not _same_gender(text, pronoun, sp, "en"):
        return None
    return sp


def _one_person_back_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                        pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: "he"/"she" stands for one person: when the speaker it would point back at is none
    (:func:`_one_person_en`: "COLUMBIA", "Muslims", "the union"), the named person subject of a sentence
    just before (:func:`_recent_person`), else no one; a role owned by a named person ("Mr. Jones's lawyer") is
    one person, unnamed."""
    if pronoun.mention.lower() not in ("he", "she") or not near or last_named is None or _one_person_en(text, last_named[1]):
        return last_named, near
    if _owned_role_en(last_named[1].mention):
        return last_named, near  # "Mr. Jones's lawyer said …. “…,” he said": that one person, unnamed
    back = _recent_person(text, sents, first, "en")
    return (back, True) if back is not None else (None, False)


# an interviewer's verb and whom it puts a question to, right after the one who asks ("Lanz asked Habeck about …",
# "Der Spiegel asked Scholz:", "Melanie Amann pressed the chancellor on …")
_ASKED_SOMEONE_EN = re.compile(r"\s+(?:\w+ly\s+)?(?:asked|questioned|pressed|grilled|quizzed|interviewed|confronted|challenged)\s+"
                               r"(?:(?:the|a|an)\s+(?:[a-z]+\s+)?(?!(?:for|to|of|about|on|over|with)\b)[a-z]+|(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                               r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))"
                               # a question follows, not a request ("asked Smith to resign", "asked the judge for leniency")
                               r"(?=\s*[:.?,]|\s+(?:about|whether|if|why|how|what|when|who|which|on|over|with|questions)\b)")


# an infinitive later in the clause of "asked X …": a request ("asked Congress on Monday to pass the bill")
_REQUEST_AFTER_EN = re.compile(r"[^.?!:;\"“”]*?(?<![\w’'-])to\s+[a-z]+")


def asked_someone_en(text: str, sents: list[Sentence], found: tuple[int, Speaker], pronoun: Speaker) -> bool:
    """English: whether the person ``found`` for "he"/"she" asked someone else in that sentence ("Lanz asked Habeck
    about the heating law. He said: …", "Der Spiegel asked Scholz: “…?” He answered: …"), who may be what the pronoun
    means (the text shows no other gender: not "asked Ms. Quill" for "he"): the answer is more likely the one asked;
    whoever is taken is a guess."""
    sp, s = found[1], sents[found[0]]
    m = _ASKED_SOMEONE_EN.match(text, sp.end, s.end) if sp.end is not None and s.start <= sp.end <= s.end else None
    if m is None:
        return False
    if _REQUEST_AFTER_EN.match(text, m.end(), s.end) or (m.group("name") and _PEOPLE_PLURAL_EN.fullmatch(m.group("name"))):
        return False  # "asked Congress on Monday to pass the bill": a request; "asked Americans about …": many, no one answers
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    if m.group("hon") in ("Mr", "Mrs", "Ms", "Miss"):
        return want == ("m" if m.group("hon") == "Mr" else "f")
    if m.group("name"):
        asked = Speaker(mention=m.group("name"), start=m.start("name"), end=m.end("name"), name=m.group("name"))
        return _gender_en(text, asked) in (None, want)
    return True


def _lone_name_subject_since_en(text: str, sents: list[Sentence], back: tuple[int, Speaker], first: int, pronoun: Speaker) -> bool:
    """English: whether a sentence after the person ``back`` found for "he"/"she" of a quote in sentence ``first``
    has as its subject another one the pronoun may mean that the person test passed over, a lone capitalised word
    doing what only a person does (:data:`_PERSON_ACT_AFTER_EN`: "Badenoch stood up."; not "Inflation remains high.",
    "Labour won in July."): the pronoun may well go on with that subject; the person found is a guess."""
    nearer = _recent_person(text, sents, first, "en", maybe_name=True)
    return (nearer is not None and nearer[0] > back[0] and not _same_surname(nearer[1], back[1]) and nearer[1].end is not None
            and _PERSON_ACT_AFTER_EN.match(text, nearer[1].end) is not None
            and _gender_of(text, nearer[1], "en") in (None, _PRONOUN_GENDER[pronoun.mention.lower()]))


# what only a person does, right after a lone capitalised subject ("Badenoch stood up.", "Flynn hit back."): not a place,
# party or thing that "matters", "is rising", "was hit", "must change"
_PERSON_ACT_AFTER_EN = re.compile(r"\s+(?:then\s+|later\s+|quickly\s+|immediately\s+|angrily\s+)?(?:stood|rose|got\s+up|stepped\s+(?:up|in|forward)|"
                                  r"took\s+the\s+(?:floor|stand|podium|microphone)|replied|responded|interjected|interrupted|"
                                  r"shouted|yelled|hit\s+back|fired\s+back|countered|retorted|laughed|smiled|nodded|shook\s+(?:his|her)|"
                                  r"sighed|paused|frowned|grinned|shrugged|jumped\s+up|intervened|objected|heckled)(?![\w-])")


_RELATIVE_BEFORE_EN = re.compile(r"(?i)\b(?:who|which|that)\s+(?:\w+ly\s+)?$")
_PEOPLE_PLURAL_EN = re.compile(r"[A-Z][a-z]{2,}(?:ans|lims|crats|ists|ites)")  # "Muslims", "Republicans", "Democrats"


def _one_person_en(text: str, sp: Speaker) -> bool:
    """English: whether named speaker ``sp`` may be the one person "he"/"she" stands for: not a group or
    organisation ("the union", "Gowdy's office"), no all-caps word alone (a dateline "COLUMBIA", an
    acronym), no lower-case word in the name ("Senate filings", "More broadly"), no plural people noun
    ("Muslims", "Southern Baptists"), no document ("complaint"), no capitalised word that names no one (:func:`_no_name_en`)."""
    words = (sp.name or "").split()
    if not words or (sp.id or "").startswith("org:") or _organisation_head(sp.name or "") or _no_name_en(text, sp):
        return False
    if any(w[:1].islower() and w not in PARTICLES for w in words) or words[-1].lower().rstrip("s") in DOC_WORDS_EN:
        return False
    # "Southern Baptists", not a surname in -ans after a first name ("Bob Bryans")
    plural = _PEOPLE_PLURAL_EN.fullmatch(words[-1]) and all(w.lower() in PEOPLE_ADJECTIVES_EN for w in words[:-1])
    return not (plural or len(words) == 1 and words[0].isupper() and words[0].isalpha())


def _no_name_person_en(text: str, sp: Speaker) -> bool:
    """English: whether subject ``sp``, capitalised words that name no one (:func:`_no_name_en`), still stands
    for one person: one singular capitalised word with at most an article before it ("The Iranian", "the
    Emir", "French spoke", "Christian was"); a later "he"/"she" may be that person, so no one named before it is sure.
    Not a plural or a group ("Most Republicans", "Yemeni officials", "Critics")."""
    words = (sp.name or "").split()
    if len(words) != 1 or not _no_name_en(text, sp) or words[0].isupper() or _people_plural_en(words[0]):
        return False
    low = words[0].lower()
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return False
    head = sp.mention.split(",")[0].strip()  # "The Saudi, a former minister"
    mention = re.sub(r"(?i)^(?:the|an?)\s+", "", head)
    if mention != words[0] or (mention == head and low not in PEOPLE_ADJECTIVES_EN) or sp.start is None or sp.end is None:
        return False
    at = text.find(head, sp.start, sp.end)
    end = at + len(head) if at >= 0 else sp.end
    # a person only before a finite verb ("French spoke first", "The Iranian said"), not "Yemeni forces arrested …"
    return bool(_DET_FINITE_EN.match(text, end) or _MORE_FINITE_EN.match(text, end))




def _no_name_en(text: str, sp: Speaker) -> bool:
    """English: whether named speaker ``sp`` is capitalised words that name no one: a name opened by a
    quantity ("Most Southern", "Many Democrats"); a word of nationality, region or religion alone or only such
    words ("Yemeni", "Jewish", "Islam"), unless the text writes it as a surname too, after a first name or an
    honorific ("David French", "Mr. English"); a lone word right after "the" ("the Arizona sheriff": an
    attribute); a plural of people alone ("Audiences can expect …", "Critics"); a lone capitalised plural or
    adverb the text writes in lower case too and capitalised only where every word is ("Nationally, …":
    :func:`_unknown_lone_word_en`)."""
    words = (sp.name or "").split()
    if not words:
        return False
    if words[0].lower() in _QUANTITY_WORDS_EN and words[0].lower() not in ("more", "per", "percent"):
        return True
    if len(words) > 1 and words[0].lower() in _WEATHER_NAMED_EN:
        return True  # "Storm Zoltan", "Hurricane Katrina", "Tropical Storm Ernesto": a named storm, no one
    if all(w.lower() in PEOPLE_ADJECTIVES_EN for w in words):
        return not any(_first_name_gender_en(m.group(1)) or m.group(1) in ("Mr", "Mrs", "Ms", "Miss", "Dr")
                       for m in re.finditer(r"(?<![\w’'-])([A-Z][a-z]+)\.?\s+" + re.escape(words[0]) + r"(?![\w-])", text))
    if len(words) > 1:
        return False
    if re.match(r"(?i)the\s+" + re.escape(words[0]) + r"$", sp.mention.strip()):
        return True
    if _people_plural_en(words[0]):
        return True
    return _common_word_capitalised_en(text, words[0]) and _unknown_lone_word_en(text, replace(sp, mention=words[0]))


def _people_plural_en(word: str) -> bool:
    """English: whether capitalised ``word`` is a plural of people ("Critics", "Audiences", "Viewers")."""
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
    return any(is_role_word(x) or x in _PEOPLE_NOUNS_EN or x in _AUDIENCE_NOUNS_EN for x in stems)


_AUDIENCE_NOUNS_EN = frozenset({"audience", "viewer", "reader", "listener", "fan", "crowd", "worker", "parent", "student",
                                "customer", "user", "shopper", "driver", "visitor", "guest", "tourist", "investor"})


def _common_word_capitalised_en(text: str, word: str) -> bool:
    """English: whether capitalised ``word`` is a plural noun or an adverb the text also writes in lower case
    ("Banks" and "bank", "Nationally" and "national") or sets before a comma ("Nationally, …"), not a surname in -s or -ly ("Sanders", "Kelly")."""
    low = word.lower()
    if low.endswith("ly"):
        if re.search(r"(?<![\w’'-])" + re.escape(word) + r",", text):
            return True  # "Nationally, …": a sentence adverb
        stems = [low, low[:-2]]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        stems = [low, low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
    else:
        return False
    return any(len(x) >= 4 and re.search(r"(?<![\w’'-])" + re.escape(x) + r"(?![\w-])", text) for x in stems)


def _pronoun_clash(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether pronoun speaker ``pronoun`` cannot point back at ``ref`` by gender; German reads more
    (first names, lower-case "sie"): :func:`_gender_clash_de`.  English "they" is never one named person ("“…,”
    Ann Lee said. … “…,” they said": her lawyers, aides, a group; not Ann Lee)."""
    if lang == "en" and pronoun.mention.lower() == "they" and pronoun.resolved_from == "pronoun":
        from .frames import name_kind_en  # "Tom Bank": a listed first name, a person to this rule ("either")

        return (bool(ref.name) and ref.resolved_from != "pronoun" and not several_persons(ref.mention) and _one_person_en(text, ref)
                and name_kind_en(ref.name or "") != "organisation")  # "“…,” Siemens AG said. “…,” they said": a company may be they
    if lang == "en" and pronoun.mention.lower() in ("he", "she") and pronoun.resolved_from == "pronoun":
        from .frames import name_kind_en

        if name_kind_en(ref.name or "") == "organisation":
            return True  # "Kelvar Inc. sued Tom Reed. “…,” he said": a company is no "he"; "Tom Bank" may be a man
    return _gender_clash_de(text, pronoun, ref) if lang == "de" else _gender_clash(text, pronoun, ref, lang)


def _writer_pronoun_de(pronoun: Speaker) -> bool:
    """German: "ich"/"wir" as the speaker of a quote of any kind ("Vorab kann ich sagen, dass …", "„…“, sagte
    ich"): the writer of the text, never someone named in it before."""
    return pronoun.mention.lower() in ("ich", "wir")


def _pronoun_antecedent_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                           q: Quote, pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """German: what pronoun speaker ``pronoun`` of quote ``q`` (in sentences from ``first``) points back
    at, and whether it is in reach: a body that is the subject of a sentence after the speaker before
    (``last_named``, when ``near``) and agrees with the pronoun (:func:`_body_antecedent_de`: "Die Partei
    bedauerte den Schritt. Sie kündigte an: „…“"); else a named person acting in between
    (:func:`_nearer_antecedent_de`); else the speaker before as it was."""
    if pronoun.mention.lower() == "man":  # "Bei der Gewerkschaft sieht man …": the body, not a person named before
        body = _body_around_man_de(text, sents, pronoun)
        return (body, True) if body is not None else (last_named, near)
    if _writer_pronoun_de(pronoun):
        return last_named, False
    stop = last_named[0] if near and last_named is not None else first - 1 - DE.context_sentences
    body = _body_antecedent_de(text, sents, pronoun, stop)
    if near and last_named is not None:
        if body is not None and _pronoun_clash(text, pronoun, last_named[1], "de"):
            return body, True
        found = _nearer_antecedent_de(text, sents, last_named, first, q, pronoun)
        if found is last_named and (_bare_subject_between_de(text, sents, last_named, first) or _person_after_body_de(
                text, sents, last_named, first, pronoun) or _er_between_de(
                text, sents, last_named, first, pronoun) or _coordinated_person_between_de(text, sents, last_named, first, pronoun)
                or other_person_in_sentence_de(text, sents, found, pronoun, last_named[0], first)):
            q.flags.append(PERSON_BETWEEN)  # "Wochen später warnte Scholz. „…“, sagte er": may be either, below the bar
        j = _sent_index(sents, found[1].start) if found[1].start is not None else None
        if found is not last_named and j is not None and pronoun.mention.lower() == "er" and re.search(
                r"(?<![\w-])(?:ihn|ihm)(?![\w-])", text[sents[j].start : sents[j].end]):
            q.flags.append(PERSON_BETWEEN)  # "Tage später traf Paul Krause ihn. „…“, sagte er": either man, below the bar
        if body is not None or ((found[1].id or "").startswith("org:") and j is not None and _person_fitting_in_de(text, sents[j], pronoun)):
            q.flags.append(ANTECEDENT_AMBIGUOUS)  # "Der Konzern warf Paul Krüger vor, …. Er …": both fit, below the bar
        return found, near
    return (body, True) if body is not None else (last_named, near)


def _bare_subject_between_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int) -> bool:
    """German: whether a sentence between the speaker before and sentence ``first`` has a lone capitalised word
    after its finite verb as subject ("Am Montag warnte Scholz."), no body and not the speaker's surname: a
    person who may be what the pronoun means."""
    surname = (last_named[1].name or "").split()[-1:]
    for j in range(first - 1, last_named[0], -1):
        span = _main_clause_subject_de(text, sents[j].start, sents[j].end)
        word = text[span[0] : span[1]] if span is not None else ""
        after = _OBJECT_THEN_NAME_DE.search(text, sents[j].start, sents[j].end)
        if after is not None and not after.group(1).lower().startswith(("nenn", "nann", "tauf")):
            word, span = after.group(2).split()[-1], after.span(2)  # "Tage später sah ihn Maier.": the subject after "ihn"
        if word[:1].isupper() and " " not in word and span is not None and span[0] > sents[j].start and (
                [word] != surname and not organisation_de(word)):
            return True
    return False


# collective nouns for the people around someone: a body, never one person who gives interviews
_COLLECTIVE_DE = frozenset({"familie", "angehörigen", "angehörige", "hinterbliebenen", "eltern", "partei", "fraktion"})


def _person_after_body_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, pronoun: Speaker) -> bool:
    """German: whether a personal "er"/"sie" would point back at a body or family quoted before ("heißt es in der
    Mitteilung der Familie", "teilte die Partei mit") though a sentence between has a person's name as its main
    clause's subject ("Gasser war 1991 gewählt worden. … hatte sie gesagt"): she may be that person, not the body."""
    ref = last_named[1]
    words = (ref.name or ref.mention or "").lower().split()
    if pronoun.mention.lower() not in ("er", "sie") or not words or not (
            words[-1] in _COLLECTIVE_DE or (ref.id or "").startswith("org:") or organisation_de(ref.mention)):
        return False
    for j in range(first - 1, last_named[0], -1):
        span = _main_clause_subject_de(text, sents[j].start, sents[j].end)
        mention = text[span[0] : span[1]] if span is not None else ""
        if mention[:1].isupper() and not organisation_de(mention) and not is_role_word(mention.split()[-1]) and (
                mention.split()[0].lower() not in ARTICLES and parse_mention(mention, "de")[2] == "person"):
            return True
    return False


# "und"/"sowie" joining a second person to a main clause's subject: "Lehnert und die Grünen-Chefin Anja Roth telefonierten"
_AND_CONJUNCT_DE = re.compile(r"\s+(?:und|sowie)\s+((?:(?:der|die|den|dem)\s+)?[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,3})")


def _coordinated_person_between_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int,
                                   pronoun: Speaker) -> bool:
    """German: whether a sentence between the speaker before and sentence ``first`` has a coordinated subject
    ("Lehnert und die Grünen-Chefin Anja Roth telefonierten am Abend.") naming a person other than that speaker whose
    gender the text does not show to be other than the pronoun's: a later "sie" may be that person."""
    want = _pronoun_gender_de(text, pronoun)
    surname = [w.lower() for w in (last_named[1].name or "").split()[-1:]]
    for j in range(first - 1, last_named[0], -1):
        span = _main_clause_subject_de(text, sents[j].start, sents[j].end)
        m = _AND_CONJUNCT_DE.match(text, span[1], sents[j].end) if span is not None else None
        if span is None or m is None:
            continue
        for part in ((span[0], span[1]), m.span(1)):
            sp = make_speaker(text, part, "de", no_cue=True)
            if sp is None or not sp.name or organisation_de(sp.mention) or [sp.name.split()[-1].lower()] == surname:
                continue
            if parse_mention(sp.mention, "de")[2] in ("person", "role") and (want is None or _gender_fits(want, _gender_de(text, sp))):
                return True
    return False


# a first name and a surname ("Anna Weber", "Isabel Schnabel"); "Frau"/"Herr" and a surname
_NAME_PAIR_DE = re.compile(r"(?<![\w'’-])([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][\w'’-]+)")
_TITLED_DE = re.compile(r"(?<![\w-])(Frau|Herr|Herrn)\s+([A-ZÄÖÜ][\w'’-]+)")
# a conjunction opening a clause whose subject a first name and a surname (no listed gender) may be: "bevor Isabel Schnabel …"
_CLAUSE_CONJ_DE = re.compile(r"(?<![\w-])(?:bevor|als|während|nachdem|ehe|und|aber|doch|wobei|worauf|woraufhin|weil|da|dass|wenn|ob)\s+$")
# a verb whose object is a person, then a surname alone, then a particle or the end of the clause ("Lindemann warf
# Holtmeier vor, …", "Maier kritisierte Kurz scharf"): group 1 the surname
_PERSON_OBJECT_DE = re.compile(r"(?<![\w-])(?:warf|wirft|widersprach|widerspricht|dankte|dankt|lobte|lobt|kritisierte|kritisiert|"
                               r"attackierte|attackiert|beschuldigte|beschuldigt|verteidigte|verteidigt|griff|greift)\s+"
                               r"([A-ZÄÖÜ][a-zäöüß]+)(?=\s+(?:vor|an|scharf|heftig|öffentlich|erneut|wegen)\b|\s*[,.;:])")
# a sentence opened by a capitalised word that is no pronoun ("Lindemann warf …", not "Sie warf …")
_NAMED_OPENER_DE = re.compile(r"\s*(?!(?:Er|Sie|Es|Man|Ich|Wir|Ihr)\b)[A-ZÄÖÜ]")
# endings of German common nouns: no surname ("Klarheit", "Kritik", "Verständnis", "Kürzungen")
_NOUN_END_DE = re.compile(r"(?:ung|ungen|heit|keit|schaft|ion|tät|ik|nis|ismus|tum|ie|enz|anz|ur|ment|ei)$")


def other_person_in_sentence_de(text: str, sents: list[Sentence], found: tuple[int, Speaker], pronoun: Speaker,
                                since: int | None = None, first: int | None = None) -> bool:
    """German: whether the sentence that names the person ``found`` for "er"/"sie", or a sentence after the speaker
    before (``since``) and before the quote's (``first``) that names that person again, names outside quotation
    marks another person the pronoun may mean as well (rv80-11, rv79-9; :func:`_rival_in_sentence_de`): then the
    pronoun is a guess, below the speaker bar."""
    sp = found[1]
    want = _pronoun_gender_de(text, pronoun)
    if not sp.name or want is None or pronoun.mention.lower() not in ("er", "sie"):
        return False
    own = set(sp.name.split())
    js = {_sent_index(sents, sp.start)} if sp.start is not None else set()
    if since is not None and first is not None:
        js |= {j for j in range(since + 1, first)
               if re.search(r"(?<![\w-])" + re.escape(sp.name.split()[-1]) + r"(?![\w-])", text[sents[j].start : sents[j].end])}
    unknown = _gender_de(text, sp) is None
    return any(_rival_in_sentence_de(text, sents[j], own, "f" if want == "not-m" else want, unknown) for j in js if j is not None)


def _rival_in_sentence_de(text: str, s: Sentence, own: set[str], want: str, unknown: bool) -> bool:
    """German: whether sentence ``s`` names, outside quotation marks, a person other than the one of name words
    ``own`` whom a pronoun of gender ``want`` may mean, as the subject of a clause a conjunction opens: a first name of
    that gender or of no listed gender and a surname, "Frau"/"Herr" and a surname ("…, sagte Christine Lagarde, bevor
    Isabel Schnabel das Wort ergriff"; not one spoken to or of: "Anna Weber nannte Maria Roth „…“"); where the text shows no gender for that person (``unknown``),
    a surname alone as the object of a verb that takes a person, either one ("Lindemann warf Holtmeier vor")."""
    for m in _NAME_PAIR_DE.finditer(text, s.start, s.end):
        g = any_first_name_gender(m.group(1))
        if (m.group(2) not in own and not _inside_marks_de(text, s.start, m.start()) and g in (want, None)
                and _CLAUSE_CONJ_DE.search(text, s.start, m.start()) is not None):
            return True
    if any(m.group(2) not in own and ("f" if m.group(1) == "Frau" else "m") == want and not _inside_marks_de(text, s.start, m.start())
           and _CLAUSE_CONJ_DE.search(text, s.start, m.start()) is not None for m in _TITLED_DE.finditer(text, s.start, s.end)):
        return True
    return unknown and any(not _NOUN_END_DE.search(m.group(1)) and not organisation_de(m.group(1)) and not _inside_marks_de(text, s.start, m.start())
                           and _NAMED_OPENER_DE.match(text, s.start, m.start()) is not None for m in _PERSON_OBJECT_DE.finditer(text, s.start, s.end))


_OBJECT_THEN_NAME_DE = re.compile(r"(?<![\w-])([a-zäöüß]+)\s+(?:ihn|ihm)\s+([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\s*[.!?;]?\s*$")


def _er_between_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, pronoun: Speaker) -> bool:
    """German: whether "sie" would point back at the speaker before though an "er" as the subject of a sentence in
    between shows that speaker to be a man ("„…“, sagte Lindner. Am Montag besuchte er Anna Weber. „…“, sagte
    sie"), unless the text shows the speaker to be a woman."""
    if _pronoun_gender_de(text, pronoun) not in ("f", "not-m") or _gender_de(text, last_named[1]) == "f":
        return False
    return any(_ER_SUBJECT_DE.match(text, sents[j].start, sents[j].end) for j in range(first - 1, last_named[0], -1))


# "Er besuchte …", "Am Montag besuchte er …": "er" opening the sentence or right after its verb, before any comma or quote
_ER_SUBJECT_DE = re.compile(r"\s*(?:Er\s|[^,;:„“»«\"]*?\s[a-zäöüß]+\s+er(?![\w-]))")


_PLACE_PREP_DE = re.compile(r"(?<![\w-])(?:[Bb]ei|[Ii]n|[Ii]m|[Aa]us|[Bb]eim|[Vv]on|[Vv]om|[Ss]eitens)\s+(?:de[rmn]\s+)?(?=[A-ZÄÖÜ])")


def _body_around_man_de(text: str, sents: list[Sentence], pronoun: Speaker) -> tuple[int, Speaker] | None:
    """German: the body that "man" stands for in its own sentence, named in a prepositional phrase
    before it ("Bei der Gewerkschaft sieht man das anders", "Im Ministerium hält man …", "Aus der Partei
    hieß es, man …"); None when there is none."""
    j = _sent_index(sents, pronoun.start) if pronoun.start is not None else None
    if j is None or pronoun.start is None:
        return None
    for m in _PLACE_PREP_DE.finditer(text, sents[j].start, pronoun.start):
        span = np_after(text, m.end() - 1, pronoun.start, "de", at_start=True)
        sp = make_speaker(text, span, "de", no_cue=True) if span is not None else None
        if sp is not None and organisation_de(sp.mention):
            return j, replace(sp, id="org:")
    return None


_PLURAL_VERB_DE = re.compile(r"[a-zäöüß]{2,}en|sind|waren")
_NOT_VERBS_DE = frozenset({"so", "und", "auch", "dann", "jedoch", "aber", "dagegen", "hingegen", "eben", "ihren", "seinen",
                           "gestern", "vorgestern", "morgen", "übermorgen", "indessen", "unterdessen", "stattdessen", "zusammen"})


def _plural_sie_de(text: str, pronoun: Speaker) -> bool:
    """German: whether "sie"/"Sie" stands with a plural verb ("Sie riefen:", "erklärten sie"): the word
    before it (unless it opens a sentence), else the word after it."""
    if pronoun.start is None or pronoun.end is None:
        return False
    opens = re.search(r"(?:^|[.!?:“”\"»«]\s*)$", text[max(0, pronoun.start - 3) : pronoun.start].rstrip()) is not None
    before = [] if opens else re.findall(r"[\wäöüß]+", text[max(0, pronoun.start - 30) : pronoun.start])[-1:]
    after = re.findall(r"[\wäöüß]+", text[pronoun.end : pronoun.end + 30])[:1]
    return _plural_verb_de([*before, *after])


def _plural_verb_de(words: list[str]) -> bool:
    verbs = [w for w in words if w[:1].islower() and w not in _NOT_VERBS_DE]
    return bool(verbs) and bool(_PLURAL_VERB_DE.fullmatch(verbs[0]))


def _plural_subject_de(text: str, s: Sentence, span: tuple[int, int]) -> bool:
    """German: whether the finite verb next to subject ``span`` in sentence ``s`` is plural ("Die Behörden
    warnten", "Am Montag warnten die Behörden")."""
    after = _WORD.findall(text, span[1], s.end)[:1]
    before = _WORD.findall(text[s.start : span[0]])[-1:]
    return _plural_verb_de([*after, *before])


def _person_fitting_in_de(text: str, s: Sentence, pronoun: Speaker) -> bool:
    """German: whether sentence ``s`` names a person (first name and surname, or a role noun and a name)
    whose gender the text does not show to be other than the pronoun's."""
    want = _pronoun_gender_de(text, pronoun)
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+", text[s.start : s.end]):
        sp = make_speaker(text, (s.start + m.start(), s.start + m.end()), "de", no_cue=True)
        if sp is not None and sp.name and parse_mention(sp.mention, "de")[2] == "person" and not organisation_de(sp.mention):
            if want is None or _gender_fits(want, _gender_de(text, sp)):
                return True
    return any(want is None or _gender_fits(want, g) for g in _unnamed_people_de(text[s.start : s.end]))


# a sentence opening with an indefinite person noun as its subject: "Ein Demonstrant wurde", "Eine Rentnerin aus Köln hat"
_INDEFINITE_SUBJECT_DE = re.compile(r"\s*(Ein|Eine)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)\s+[a-zäöüß]")
_NEUTER_PEOPLE_DE = frozenset({"Kind", "Mitglied", "Opfer", "Mädchen", "Paar", "Team"})
# a sentence opening with one of several people as its subject: "Einer der Demonstranten wurde", "Eine ihrer Kolleginnen rief"
_ONE_OF_SUBJECT_DE = re.compile(r"\s*(Einer|Eine)\s+(?:der|seiner|ihrer|unserer)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)\s+[a-zäöüß]")


def _one_of_people_subject_de(text: str, s: Sentence) -> str | None:
    """German: the gender ("m" for "Einer", "f" for "Eine") when sentence ``s`` opens with one of several people named
    by a plural noun ("Einer der Demonstranten wurde festgenommen."); None otherwise ("Einer der Gründe war …")."""
    m = _ONE_OF_SUBJECT_DE.match(text, s.start, s.end)
    if m is None:
        return None
    noun = m.group(2)
    base = noun[:-5] if noun.endswith("innen") else ""  # "Teilnehmerinnen", "Kolleginnen": the plural of the men's form
    if not (is_role_word(noun) or plural_people_de(noun) or (base and (plural_people_de(base) or plural_people_de(base + "en")))):
        return None
    return "f" if m.group(1) == "Eine" else "m"


def _indefinite_person_subject_de(text: str, s: Sentence, pronoun: Speaker | None) -> bool:
    """German: whether sentence ``s`` opens with an unnamed person as its subject ("Ein Demonstrant wurde
    festgenommen.", "Eine Rentnerin aus Köln hat …") of a gender ``pronoun`` may have: a later "er"/"sie" may
    be that person, no one named before is sure."""
    want = _pronoun_gender_de(text, pronoun) if pronoun is not None else None
    one_of = _one_of_people_subject_de(text, s)
    if one_of is not None:
        return want is None or _gender_fits(want, one_of)
    m = _INDEFINITE_SUBJECT_DE.match(text, s.start, s.end)
    if m is None:
        return False
    noun = m.group(2)
    fem = m.group(1) == "Eine" and (noun.endswith("in") and len(noun) > 5 or is_role_word(noun) or _known_people_word(noun.lower()))
    if organisation_de(noun) or not (fem or is_role_word(noun) or _known_people_word(noun.lower())):
        return False
    gender = None if noun in _NEUTER_PEOPLE_DE else "f" if m.group(1) == "Eine" else "m"
    return want is None or _gender_fits(want, gender)


# a main clause's subject that is one unnamed person by a definite role or people noun: "Der Bürgermeister", "die neue Ministerin"
_DEFINITE_ROLE_SUBJECT_DE = re.compile(r"([Dd]er|[Dd]ie)\s+(?:[a-zäöüß-]+\s+){0,2}([A-ZÄÖÜ][\w-]+|\d{1,3}-[Jj]ährige[rn]?)"
                                       r"(?:\s+(?:selbst|(?:der|des|von|vom|aus)\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][\w-]+))?")
# people nouns made from adjectives or verbs that the role lexicon lacks ("Der Angeklagte schwieg.", "Der Kläger …")
_PERSON_NOUNS_DE = frozenset({"Angeklagte", "Angeklagter", "Beklagte", "Beklagter", "Beschuldigte", "Beschuldigter", "Kläger", "Klägerin", "Verletzte",
                              "Verletzter", "Täter", "Täterin", "Fahrer", "Fahrerin", "Verdächtige", "Verdächtiger"})


def _definite_role_subject_de(text: str, s: Sentence, pronoun: Speaker | None) -> str | None:
    """German: the role noun when the main clause of sentence ``s`` has one unnamed person for its subject, named by a
    definite article and a role or people noun alone ("Der Bürgermeister lobte den Plan.", "Am Montag warnte die
    Ministerin."), of a gender ``pronoun`` may have: a later "er"/"sie" may be that person.  None for bodies, plurals,
    names ("der Bürgermeister Paul Krause") and a gender that does not fit."""
    span = _main_clause_subject_de(text, s.start, s.end)
    m = _DEFINITE_ROLE_SUBJECT_DE.fullmatch(text, *span) if span is not None else None
    if m is None or span is None or _plural_subject_de(text, s, span):
        return None
    noun = m.group(2)
    if noun[:1].isdigit():
        pass  # "Der 52-Jährige nahm das Urteil auf.": a person named by age
    elif organisation_de(noun) or not (is_role_word(noun) or noun in _PERSON_NOUNS_DE) or noun.lower().endswith("vorstand"):
        return None  # not "Der Plan wurde gelobt.", "Der Verband lobte …", "Der Vorstand …" (bodies: see _body_antecedent_de)
    want = _pronoun_gender_de(text, pronoun) if pronoun is not None else None
    return noun if want is None or _gender_fits(want, "m" if m.group(1).lower() == "der" else "f") else None


def _role_stated_de(text: str, sp: Speaker, noun: str) -> bool:
    """German: whether the text before the role mention gives named person ``sp`` the role ``noun``: in the mention, or
    where it names them by their surname, right before it, perhaps as the end of a compound ("Bürgermeister Paul Krause",
    "Bundeskanzlerin Angela Merkel" for "Kanzlerin"), or in an apposition after it ("Paul Krause, der Bürgermeister,")."""
    words = (sp.name or "").split()
    if not words or sp.end is None:
        return False
    low = noun.lower()
    if noun[:1].isdigit():  # "Jan Overbeck, 52, …. Der 52-Jährige …": the age given right after the name
        age = noun.split("-")[0]
        return re.search(r"(?<![\w-])" + re.escape(words[-1]) + r"\s*(?:,\s*|\()" + age + r"\s*[,)]", text) is not None
    if any(w.lower().endswith(low) for w in sp.mention.split()):
        return True
    for m in re.finditer(r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])", text):
        lead = re.search(r"([\w-]+)\s+(?:[A-ZÄÖÜ][\w-]+\s+){0,2}\Z", text[max(0, m.start() - 60) : m.start()])
        if lead is not None and lead.group(1).lower().endswith(low):
            return True
        if re.match(r",\s*(?:der|die)\s+(?:[\w-]+\s+){0,2}?[\w-]*" + re.escape(low) + r"(?![\w-])", text[m.end() : m.end() + 60], re.I):
            return True
        if _role_in_sentence_de(text, m.start(), low):
            return True
    return False


_OBLIQUE_BEFORE_ROLE_DE = re.compile(r"(?:(?:den|dem|des|einen|einem|eines)|(?:und|sowie|mit|oder)\s+(?:der|die|ein|eine))\s+(?:[a-zäöüß-]+\s+)?\Z", re.I)
_OTHER_HOLDER_AFTER_DE = re.compile(r"\s+(?:[A-ZÄÖÜ][\w'’-]+(?![\w-])(?!\s*[,.;:!?]\s*$)|(?:zu\s+)?(?:werden|wollen|kandidier\w*)(?![\w-]))")
_APPOINTED_DE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:gewählt|ernannt|berufen|bestimmt|vereidigt|gekürt|befördert)(?![\w-])")


def _role_in_sentence_de(text: str, at: int, low: str) -> bool:
    """German: whether the sentence around ``at`` (a surname) holds role noun ``low`` (or a compound ending in it) as a
    predicate or apposition of that person ("Paul Krause ist seit 2020 Bürgermeister der Stadt.", "Paul Krause (SPD),
    Bürgermeister von Celle, kam.", "Der Bürgermeister heißt Paul Krause.", "…wurde 2020 zum Bürgermeister gewählt"),
    not as an object or another person ("kritisierte den Bürgermeister", "Paul Krause und der Bürgermeister")."""
    a = max(text.rfind(ch, 0, at) for ch in ".!?\n") + 1
    ends = [i for i in (text.find(ch, at) for ch in ".!?\n") if i >= 0]
    b = min(ends) if ends else len(text)
    for r in re.finditer(r"(?<![\w-])[\w-]*" + re.escape(low) + r"(?![\w-])", text[a:b], re.I):
        before = text[a : a + r.start()]
        if _OBLIQUE_BEFORE_ROLE_DE.search(before) or _OTHER_HOLDER_AFTER_DE.match(text, a + r.end(), b):
            continue  # "kritisierte Bürgermeister Weber", "will Bürgermeister werden": another's office, or wished for
        if re.search(r"(?<![\w-])(?:zum|zur)\s+(?:[a-zäöüß-]+\s+)?\Z", before, re.I) and not _APPOINTED_DE.match(text, a + r.end(), b):
            continue  # "kam zum Bürgermeister": a visit, not the office ("zum Bürgermeister gewählt" is)
        return True
    return False


_UNNAMED_PERSON_DE = re.compile(r"(?<![\w-])(die|der|den|dem|eine|einen|einer|ihre|ihren|seine|seinen)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)")


def _unnamed_people_de(sentence: str) -> list[str | None]:
    """German: the genders of people a sentence names by a role or people noun alone ("befragte die
    Zeugin": "f"; "ihre Vorsitzende": "f"; "den Minister": "m"; None where it does not show)."""
    genders: list[str | None] = []
    for m in _UNNAMED_PERSON_DE.finditer(sentence):
        article, noun = m.group(1).lower(), m.group(2)
        fem = (noun.endswith("in") and len(noun) > 5) or (noun.endswith("e") and article in ("die", "eine", "ihre", "seine"))
        if organisation_de(noun) or not (fem or is_role_word(noun) or _known_people_word(noun.lower())):
            continue
        genders.append("f" if fem else "m" if article in ("den", "einen", "ihren", "seinen") else None)
    return genders


def _body_antecedent_de(text: str, sents: list[Sentence], pronoun: Speaker, stop: int) -> tuple[int, Speaker] | None:
    """German: the nearest subject of a main clause in the sentences before pronoun speaker ``pronoun``'s
    own, back to sentence ``stop`` (not included), when that subject is a body the pronoun agrees with:
    "er" a masculine noun ("der Verband"), "sie" a feminine or plural one ("die Partei", "die Behörden");
    None when the nearest subject is a person or a role (a pronoun subject in between points back
    further; the search goes on past it and past things)."""
    low = pronoun.mention.lower()
    own = _sent_index(sents, pronoun.start) if pronoun.start is not None else None
    if low not in ("er", "sie") or own is None:
        return None
    for j in range(own - 1, max(stop, -1), -1):
        s = sents[j]
        span = _main_clause_subject_de(text, s.start, s.end)
        sp = make_speaker(text, span, "de", no_cue=True) if span is not None else None
        if sp is None or span is None:
            continue
        kind = parse_mention(sp.mention, "de")[2]
        body = _body_mention_de(sp.mention)
        if body and _person_fitting_in_de(text, s, pronoun):
            return None  # "Die Polizei nahm Anna Weber fest. „…“, sagte sie": the person acted on fits as well
        if body:
            words = sp.mention.split()
            if low == "sie" and _plural_sie_de(text, pronoun) != _plural_subject_de(text, s, span):
                continue  # "Die Polizei beobachtete sie. Sie riefen:": a plural "sie" is no singular body
            if (low, words[0].lower()) in (("sie", "die"), ("er", "der")) and not (low == "er" and _FEMININE_BODY_DE.search(
                    words[1].lower()) or words[1].isupper()):
                return j, replace(sp, id="org:")  # "der PKK", "der Polizei": a feminine noun after "der" is no subject
            continue
        if kind in ("person", "role"):
            return None
    return None


def _nearer_antecedent_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, q: Quote,
                          pronoun: Speaker) -> tuple[int, Speaker]:
    """German: what pronoun speaker ``pronoun`` of quote ``q`` points back at: a named person acting
    in a sentence between the speaker before (``last_named``) and the quote, nearest first, whose
    gender the text does not show to be another ("Anna Weber sagte dazu: ¶ „…“, betont sie"); else
    the speaker before."""
    newer = _newer_subject_de(text, sents, *last_named, first, q)
    if newer is not None and not newer[1].name and newer[0] < first and _definite_role_subject_de(text, sents[newer[0]], pronoun) and (
            newer[1].start is not None and _main_clause_subject_de(text, sents[newer[0]].start, sents[newer[0]].end) == (newer[1].start, newer[1].end)):
        q.flags.append(PERSON_BETWEEN)  # "„…“, sagte Paul Krause. Der Bürgermeister lobte den Plan. „…“, sagte er": either man
    if newer is None or not newer[1].name or (newer[1].id or "").startswith("org:"):
        return last_named
    if pronoun.start is not None and (newer[1].end or 0) > pronoun.start:
        return last_named  # "Deren Haltung bezeichnete er als „…“": nothing after the pronoun is what it points at
    want = _pronoun_gender_de(text, pronoun)
    have_new, have_old = _gender_de(text, newer[1]), _gender_de(text, last_named[1])
    if want is not None and have_new == want and have_old == want and _one_named_person_de(text, newer[1]) and len(newer[1].name.split()) >= 2:
        q.flags.append(PERSON_BETWEEN)  # "„…“, sagte er. Wladimir Putin telefonierte mit Erdoğan. „…“, sagte er": either man, below the bar
        return newer  # the subject just named is the likelier one
    if want is not None and have_old == want and have_new is None and _one_named_person_de(text, newer[1]):
        q.flags.append(PERSON_BETWEEN)  # "„…“, sagte Klaus Meier. Tom Braun widersprach. „…“, sagte er": a person of no known gender
        return last_named  # became the subject between: the speaker before, below the bar
    if want is None or not _gender_fits(want, have_new) or have_old == want or (want == "not-m" and have_old != "m"):
        return last_named  # "Sie" of no shown gender, a man for "sie", or the speaker before not ruled out
    if have_new is None:
        q.flags.append(GENDER_UNSHOWN)  # nothing shows the new person to fit: below the speaker bar
    return newer


def _one_named_person_de(text: str, ref: Speaker) -> bool:
    """German: whether speaker ``ref`` is one person with a name ("Paul Weber", "der Chefarzt Paul Weber"),
    not a body, not several people ("Eva Kurz und Max Lang")."""
    if not ref.name or (ref.id or "").startswith("org:") or organisation_de(ref.mention) or several_persons(ref.mention):
        return False
    if re.search(r"(?<![\w-])(?:und|sowie|beiden|beide)(?![\w-])", ref.mention):
        return False  # "die beiden Mitglieder Jan Giesel und Eva Kurz": more than one
    if ref.start is not None and ref.end is not None and several_persons_span(text, ref.start, ref.end) is not None:
        return False  # "sagten Max Müller und Anna Schmidt": the mention is one of several
    return parse_mention(ref.mention, "de")[2] in ("person", "role")


_PLURAL_PEOPLE_DE = re.compile(r"(?<![\w-])(?:[Dd]ie|[Vv]iele|[Ee]inige|[Mm]ehrere|[Aa]lle)\s+(?:[a-zäöüß-]+\s+)?([A-ZÄÖÜ][\w-]+)")


# German quantifiers of people in the plural opening a mention ("Viele Kollegen", "einige Anwohner")
_PLURAL_QUANTIFIER_DE = re.compile(r"(?:viele|einige|mehrere|alle|zahlreiche|wenige|manche|beide)\s", re.IGNORECASE)


def _people_between_de(text: str, ref: Speaker, pronoun: Speaker) -> bool:
    """German: whether people in the plural ("die Ärzte der Klinik", "viele Anwohner") are named between speaker
    ``ref`` and pronoun ``pronoun``: what a plural "sie" there points at rather than one person named before."""
    if ref.end is None or pronoun.start is None or ref.end >= pronoun.start:
        return False
    for m in _PLURAL_PEOPLE_DE.finditer(text, ref.end, pronoun.start):
        noun = m.group(1)
        if not noun.endswith(("in", "innen")) and (is_role_word(noun) or _known_people_word(noun.lower())):
            return True
    return False


def _gender_clash_de(text: str, pronoun: Speaker, ref: Speaker) -> bool:
    """German: whether pronoun speaker ``pronoun`` cannot point back at ``ref`` by the genders
    :func:`_gender_de` and :func:`_pronoun_gender_de` show ("„…“, sagte Anna Weber. „…“, sagte er")."""
    if pronoun.resolved_from != "pronoun":
        return False
    if pronoun.mention.lower() == "man":
        return not (ref.id or "").startswith("org:")  # people in general: a body, never one named person
    if pronoun.mention.lower() == "sie" and _plural_sie_de(text, pronoun) and _one_named_person_de(text, ref):
        return True  # "Anna Weber kam. Sie sagten:", "Dabei hätten sie gesagt:": a plural "sie" is never one named person
    want = _pronoun_gender_de(text, pronoun)
    if want in ("m", "f") and _PLURAL_QUANTIFIER_DE.match(ref.mention):
        return True  # "Viele Kollegen waren skeptisch. „…“, sagte sie": a singular verb never points at several people
    if want in ("m", "f") and DE.body_gender and ((ref.id or "").startswith("org:") or organisation_de(ref.mention)):
        have = _body_gender_de(ref.mention)
        if have is not None:
            return have != want  # "Wie der Sender CBS berichtet, … Sie sagte:": "sie" is no masculine body
    return want is not None and not _gender_fits(want, _gender_de(text, ref))


def gender_unshown_de(text: str, pronoun: Speaker, ref: Speaker) -> bool:
    """German: whether "er" or a singular "sie" hands on to a person named with a first name whose gender
    neither the name lists nor the text show ("Klara Sommer kam. „…“, sagte er": maybe no fit at all)."""
    if pronoun.resolved_from != "pronoun" or _pronoun_gender_de(text, pronoun) not in ("m", "f"):
        return False
    if (ref.id or "").startswith("org:") or len((ref.name or "").split()) < 2:
        return False
    return _gender_de(text, ref) is None


def _body_mention_de(mention: str) -> bool:
    """German: whether a noun phrase names a body (:func:`organisation_de`), also with adjectives in lower case between
    its article and its noun ("Die ukrainische Regierung", "die israelische Armee")."""
    words = mention.split()
    if organisation_de(mention):
        return True
    if len(words) < 3 or words[0].lower() not in ("der", "die", "das") or not all(w[:1].islower() for w in words[1:-1]):
        return False
    return organisation_de(" ".join([words[0], words[-1]]))


def _body_gender_de(mention: str) -> str | None:
    """German: the grammatical gender of a body named with a nominative article, read from the article
    and its head noun ("der Fernsehsender CBS": m, "die Partei": f, "das Ministerium": n; "der Polizei",
    a feminine noun after "der", is the oblique case of a feminine one); None with no article, an oblique
    one (dem, den, des) or an acronym for its head ("der ADAC")."""
    words = mention.split()
    art = words[0].lower() if words else ""
    head = next((w for w in words[1:] if w[:1].isupper()), "")
    if art not in ("der", "die", "das") or not head or head.replace("-", "").isupper():
        return None
    if art == "der":
        return "f" if _FEMININE_BODY_DE.search(head.lower()) else "m"
    return "f" if art == "die" else "n"


def _gender_fits(want: str, have: str | None) -> bool:
    """Whether a person of shown gender ``have`` (None: not shown) may be what a pronoun of gender
    ``want`` points at ("m", "f", or "not-m": lower-case "sie", a woman or several people)."""
    return have is None or have == want or (want == "not-m" and have == "f")


GENDER_UNSHOWN = "speaker-gender-unshown"
ANTECEDENT_AMBIGUOUS = "speaker-antecedent-ambiguous"  # a body in between fits the pronoun as well as the speaker before
PERSON_BETWEEN = "speaker-person-between"  # he/she/er to the speaker quoted before, another person named since
PRONOUN_GUESSED = "speaker-pronoun-guessed"  # English he/she to a person of a sentence before (_pronoun_antecedent_en), not the speaker quoted


def _gender_de(text: str, sp: Speaker) -> str | None:
    """German: a named speaker's gender where the text shows it (:func:`_gender_of`: Frau/Herr, "-in"
    role nouns), else by a first name of no doubt ("Anna Weber", "Paul Krüger"; the longer list of
    :func:`~aligner.quotes.speakers.listed_first_names` where installed); None when unknown."""
    shown = _gender_of(text, sp, "de")
    if shown is not None:
        return shown
    words = (sp.name or "").split()
    if len(words) >= 2:
        return _first_name_gender_de(words[0])
    return _gender_in_text_de(text, words[0]) if words and words[0][:1].isupper() else None


def _gender_in_text_de(text: str, surname: str) -> str | None:
    """German: the gender the text shows for a person named by ``surname`` alone, where it names them in
    full elsewhere: a role noun right before the name ("Bundeskanzlerin Angela Merkel": "-in" a woman,
    "Innenminister Paul Krüger": another role a man) or a first name of no doubt ("Anna Weber" for
    "Weber"); None when nothing shows it or the signs disagree."""
    seen: set[str] = set()
    for m in re.finditer(r"([\w-]+)\s+(?:([A-ZÄÖÜ][a-zäöüß]+)\s+)?" + re.escape(surname) + r"(?![\w-])", text):
        role, first = m.group(1), m.group(2)
        if _FEMALE_WORDS["de"].fullmatch(role):
            seen.add("f")
        elif role[:1].isupper() and is_role_word(role):
            seen.add("m")
        name = first or (role if role[:1].isupper() else None)
        g = _first_name_gender_de(name) if name else None
        if g:
            seen.add(g)
    return seen.pop() if len(seen) == 1 else None


def _pronoun_gender_de(text: str, pronoun: Speaker) -> str | None:
    """German: the gender pronoun speaker ``pronoun`` shows: "er" a man; "sie" a woman when its verb
    next to it is singular ("betonte sie", "sie sagt"), else "not-m" (a woman or several people, never
    one man: "so sie"); "Sie" with no singular verb (formal, or a plural opening a sentence) None."""
    low = pronoun.mention.lower()
    if low == "er":
        return "m"
    if low != "sie" or pronoun.start is None or pronoun.end is None:
        return None
    before = re.findall(r"[\wäöüß]+", text[max(0, pronoun.start - 30) : pronoun.start])[-1:]
    after = re.findall(r"[\wäöüß]+", text[pronoun.end : pronoun.end + 30])[:1]
    verbs = [w for w in [*before, *after] if w[:1].islower() and w not in ("so", "und", "auch", "dann", "jedoch", "aber")]
    if verbs and not verbs[0].endswith("n"):
        return "f"
    return "not-m" if pronoun.mention == "sie" else None


def _carry_on(text: str, sents: list[Sentence], q: Quote, last_named: tuple[int, Speaker], first: int, lang: str) -> Speaker:
    """Give unframed quote ``q`` (in sentences from ``first``) the speaker of the attributed quote
    before it (``last_named``), or in German a person acting in a sentence between them
    (:func:`_newer_subject_de`); returns the speaker given."""
    newer = _newer_subject_de(text, sents, *last_named, first, q) if lang == "de" else None
    if newer is not None:
        # another person acts in between: the quote is theirs, not the earlier speaker's
        q.speaker = newer[1]
        _set_rule(q, "sentence-subject" if newer[0] == first else "previous-sentence-subject")
        return newer[1]
    # an unframed quote right after an attributed one continues it
    q.speaker = _context_speaker(last_named[1])
    q.flags.append("speaker-from-context")
    _set_rule(q, "reported-speech-continuation")
    return q.speaker


def _continues_de(q: Quote, reported: bool) -> bool:
    """German: whether an unframed quote may continue the speech before it (``reported``: what the
    shared rule says: direct and partial quotes, fragments and indirect speech in the subjunctive),
    as the switches in :mod:`aligner.quotes.choices` say."""
    if q.kind == "mixed" and not DE.continue_mixed:
        return False
    if q.kind == "fragment" and not DE.fragment_needs_subjunctive and "name-like" not in q.flags:
        return True
    return reported


def _own_subject_wanted(q: Quote, lang: str, near: bool) -> bool:
    """Whether a quote no frame attributed may take its own sentence's subject (rule
    sentence-subject): English direct, partial quotes and fragments; German as the switches in
    :mod:`aligner.quotes.choices` say (``near``: attributed speech goes before it within reach,
    which a German quote may continue instead)."""
    if "put-words" in q.flags:
        return False  # "Asked whether “…”, Lagarde said …": a question put to the subject, none of its words
    if lang != "de":
        if "term" in q.flags:
            return False  # a one- or two-word term in marks in a sentence with no verb of saying: no one's words
        return q.kind in ("direct", "mixed", "fragment") and (
            EN.sentence_subject == "on" or (EN.sentence_subject == "fallback" and not (near and q.kind in ("direct", "mixed"))))
    if q.kind not in ("direct", "mixed") and not (q.kind == "fragment" and DE.fragment_subject and "name-like" not in q.flags):
        return False
    if "relayed-text" in q.flags:
        return False  # "Jonas Kessler teilte eine Nachricht seiner Mutter: „…“": the sentence's subject only passes it on
    continues = near and (q.kind == "direct" or (q.kind == "mixed" and DE.continue_mixed))
    return DE.sentence_subject == "on" or (DE.sentence_subject == "fallback" and not continues)


def _noun_phrase_in_marks_de(text: str, q: Quote) -> bool:
    """German: a stretch in marks (longer than a fragment inside a sentence, three words or more standing
    alone) that is one noun phrase: it opens with a capital or a digit, ends with no sentence
    punctuation, holds no verb and at most one lower-case word besides articles, prepositions and name
    glue („Bündnis für Arbeit und soziale Gerechtigkeit in Europa“).  Speech of that length holds verbs,
    adverbs or adjectives, which German writes in lower case."""
    inner = text[q.start : q.end].strip()
    words = _WORD.findall(inner)
    if len(words) < (3 if q.kind == "direct" else FRAGMENT_MAX_WORDS + 1) or inner[-1:] in ".!?…;:,":
        return False
    return _one_noun_phrase_de(words)


_KIN_DE = frozenset({"bruder", "schwester", "kollege", "kollegin", "freund", "freundin", "nachbar", "nachbarin", "ehemann",
                     "ehefrau", "partner", "partnerin", "vater", "mutter", "sohn", "tochter", "anwalt", "anwältin"})


def _possessive_person_opens_de(text: str, s: Sentence) -> bool:
    """German: whether sentence ``s`` opens with a possessive and a noun for a person ("Sein Bruder",
    "Ihre Anwältin", "Sein Sprecher"): someone the text does not name."""
    m = re.match(r"\s*(?:Sein|Seine|Seinem|Ihr|Ihre|Ihrem)\s+([A-ZÄÖÜ][\w-]+)", text[s.start : s.end])
    return m is not None and (m.group(1).lower() in _KIN_DE or (is_role_word(m.group(1)) and not organisation_de(m.group(1))))


def _possessive_antecedent_de(text: str, sents: list[Sentence], idx: int, want: str, quotes: list[Quote]) -> Speaker | None:
    """German: the person a possessive in sentence ``idx`` points at: the nearest subject of the
    ``CONTEXT_SENTENCES`` sentences before that names a person whose gender the text does not show to
    be another (``want``: "m" for "sein", "not-m" for "ihr") and who is no lone noun the text never
    uses as a surname, unless a quote before was attributed to that name; a subject pronoun of that
    gender ("er" for "sein") carries the search one sentence further back."""
    said = {x.speaker.name for x in quotes if x.speaker is not None and x.speaker.name and x.end <= sents[idx].start}
    j, stop = idx - 1, max(-1, idx - 1 - CONTEXT_SENTENCES)
    while j > stop:
        s = sents[j]
        if _possessive_person_opens_de(text, s):
            return None  # "Sein Bruder ist Arzt. Seine Meinung:": the brother, unnamed, is nearer than the man named before
        cues = find_cues(text, s.start, s.end, "de")[:1]
        spans = [_subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, "de", prefer_after=False, sent_start=s.start)
                 for c in cues] + [_frame_subject(text, s.start, s.end, "de")]
        for span in spans:
            sp = make_speaker(text, span, "de") if span is not None else None
            if sp is None:
                continue
            if not sp.name and sp.resolved_from == "role":
                return None  # someone unnamed in between, no name to give
            if sp.resolved_from == "pronoun":
                if (_pronoun_gender_de(text, sp) == "m") == (want == "m"):
                    stop = max(-1, stop - 1)  # "er" of a sentence between: the same person, the search goes on
                    break
                continue
            if (sp.name and not (sp.id or "").startswith("org:") and (_antecedent(text, sp, "de") or sp.name in said)
                    and _gender_fits(want, _gender_de(text, sp))):
                return sp
        j -= 1
    return None


def _antecedent(text: str, sp: Speaker, lang: str) -> bool:
    """Whether a named speaker found without a reporting verb may be what a later pronoun or unframed
    quote points back at: not a lone German noun the text never uses as a surname ("Kritik", "Quorum":
    the subject of a clause that was a thing); in English not a lone capitalised word the text never
    writes capitalised inside a sentence ("Soon, he …", "Informed of …, Early …": :func:`_unknown_lone_word_en`), nor
    capitalised words that name no one ("the Arizona sheriff", "Yemeni forces": :func:`_no_name_en`)."""
    if lang == "en":
        return not _unknown_lone_word_en(text, sp) and not _no_name_en(text, sp)
    if lang != "de" or sp.start is None or sp.end is None or not sp.name:
        return True
    if sp.name.split()[-1] in _LAW_NAME_ENDS and any_first_name_gender(sp.name.split()[0]) is None:
        return False  # "Teile des AI Act", "des Green Deal": an English law's or pact's name in German text, no one (rv82-3)
    if " " in sp.name.strip():
        return True
    m = re.search(re.escape(sp.name.strip()), text[sp.start : sp.end])
    if m is None:
        return True
    if _ARTICLE_BEFORE_DE.search(text, max(0, sp.start + m.start() - 40), sp.start + m.start()) and not is_role_word(
            sp.name.strip()) and _first_name_gender_de(sp.name.strip()) is None:
        return False  # "Ein neuer Plan liegt vor.": a noun after an article and its adjectives is a thing, no one named
    return not _unknown_lone_noun(text, sp.start + m.start(), sp.start + m.end(), lang)


# the last word of an English name of a law, a pact or a treaty that German text writes as it is ("AI Act", "Green
# Deal", "Paris Agreement"): the name of a thing, never a person's surname there
_LAW_NAME_ENDS = frozenset({"Act", "Acts", "Agreement", "Accord", "Deal", "Directive", "Pact", "Treaty"})
# an article and up to two adjectives right before a lone capitalised word ("Ein neuer Plan", "Der erste Entwurf")
_ARTICLE_BEFORE_DE = re.compile(r"(?<![\w-])(?:[Ee]in|[Ee]ine[mnrs]?|[Dd]e[rmns]|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß]+\s+){0,2}\Z")


def _own_sentence_subject(text: str, s: Sentence, q: Quote, lang: str, speech_near: bool = False) -> Speaker | None:
    """The subject of the quote's own sentence, when words stand before the quote there ("Moore
    thanked him for “…”", "He jokes, “…”"): a person, role or pronoun, strictly checked.  In
    English (subject first) the noun phrase that opens the main clause is that subject when it is
    one ("He commanded the Democratic Party to “…”": He, not the party); else, and in German (the
    subject may follow the verb), the clause's likeliest speaker (:func:`_frame_subject`)."""
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    if open_pos <= s.start or len(_first_tokens(text, s.start, open_pos, 2)) < 2:
        return None
    if lang == "en" and (colon := text.rfind(":", s.start, open_pos)) >= 0 and _presented_thing_en(text, s.start, colon):
        return None  # "Consider the numbers: “…”": a thing is presented, no one speaks
    if lang == "en" and EN.opening_subject:
        opening = _opening_subject_en(text, s.start, open_pos)
        if opening is not None:
            return None if _inside_marks_en(text, s.start, opening.start) else opening
    span = _frame_subject(text, s.start, open_pos, lang, body_first=True)
    if span is None:
        return None
    sp = make_speaker(text, span, lang, strict=True, no_cue=True)
    if sp is None or (lang == "en" and (_unknown_lone_word_en(text, sp) or _inside_marks_en(text, s.start, sp.start))):
        return None
    _, _, kind = parse_mention(sp.mention, lang)
    if lang == "de" and (_inside_marks_de(text, s.start, sp.start) or (
            speech_near and kind != "pronoun" and _subjunctive_subject_de(text, sp, s.start, open_pos))):
        # "„…“, sagte Weber. Jeder Lehrer könne „…“": the subject of reported speech is part of Weber's message ("Er
        # werde „…“": his own; with no speech in reach, "Krüger wolle „…“" is Krüger's)
        return None
    if lang == "de" and _passive_subject_de(text, sp, s.start, s.end):
        return _agent_of_passive_de(text, s.start, s.end)  # "Anna Weber wird von der Partei als „…“ bezeichnet": the party
    body = lang == "de" and organisation_de(sp.mention) and not _noun_phrase_in_marks_de(text, q)  # "plant ein „Zentrum …“"
    return sp if kind in ("person", "role", "pronoun") or body else None


_WERDEN_DE = frozenset({"wird", "wurde", "werden", "wurden"})
_PARTICIPLE_DE = re.compile(r"(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}(?:iert|t))")  # "genannt", "gesehen", "bezeichnet", "kritisiert"


def _passive_subject_de(text: str, sp: Speaker, s_start: int, s_end: int) -> bool:
    """German: whether subject ``sp`` is the subject of a passive clause: a form of "werden" as the finite
    verb next to it and a past participle closing the sentence ("Anna Weber wird in dem Bericht als „…“
    genannt", "Als „…“ wurde Paul Krüger bezeichnet"): the one spoken of, not who speaks."""
    if sp.start is None or sp.end is None:
        return False
    after = _WORD.search(text, sp.end, s_end)
    before = _WORD.findall(text[s_start : sp.start])[-1:]
    if not any(w.lower() in _WERDEN_DE for w in [*before, *([after.group(0)] if after else [])]):
        return False
    frame = re.search(r":\s*[„“\"»«]", text[sp.end : s_end])  # "Max Maier wurde gefragt: „…“": the frame ends at the colon
    last = _WORD.findall(text[sp.end : sp.end + frame.start() if frame else s_end])[-1:]
    return bool(last) and bool(_PARTICIPLE_DE.fullmatch(last[0]))


def _subjunctive_subject_de(text: str, sp: Speaker, s_start: int, end: int) -> bool:
    """German: whether the finite verb next to subject ``sp`` (the word right after it, or right before
    it in an inverted clause) is in the subjunctive of reported speech ("Jeder Lehrer könne …", "Dann
    sei der Plan …"): such a subject belongs to the reported message, it is not who speaks."""
    if sp.start is None or sp.end is None:
        return False
    after = _WORD.search(text, sp.end, end)
    before = _WORD.findall(text[s_start : sp.start])[-1:]
    return any(SUBJUNCTIVE_DE.fullmatch(w) for w in [*before, *([after.group(0)] if after else [])])


_NAME_AFTER_ROLE_DE = re.compile(r",\s*((?:[A-ZÄÖÜ][\w'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+)(?=\s*[,(.;:]|\s+[a-zäöüß]|\s*$)")


def _role_name_apposition_de(text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """German: a role extended by the name set after it with a comma, closed by a comma or not ("der
    Geschäftsführer der Fraktion, Volker Beck das Programm"): the mention holds the name."""
    b = _with_apposition(text, span[0], span[1], end, "de")
    if b == span[1]:
        m = _NAME_AFTER_ROLE_DE.match(text, span[1], end)
        if m and parse_mention(m.group(1), "de")[2] == "person" and not any(is_role_word(w) for w in m.group(1).split()):
            b = m.end(1)
    return span[0], b


def _role_near_name(text: str, role_mention: str, surname: str) -> bool:
    """Whether the text puts a role noun of ``role_mention`` right before ``surname`` somewhere
    ("Bundeskanzlerin Angela Merkel" for "die Kanzlerin" and "Merkel")."""
    from .speakers import _role_heads, _same_role

    if len(role_mention.split()) > 2:
        return False  # "der Bürgermeister von Neu-Ulm", "der neue / frühere Bürgermeister": maybe another holder
    heads = _role_heads(role_mention)
    for m in re.finditer(r"((?:[\w-]+\s+){1,3})" + re.escape(surname) + r"(?![\w-])", text):
        if any(_same_role(h, r) for h in heads for r in _role_heads(m.group(1))):
            return True
    return False


def _same_person_de(text: str, sp: Speaker, ref: Speaker) -> bool:
    """German: whether mention ``sp`` may be the person ``ref`` again: the same surname, or a role
    ("Die Ministerin") that ``ref``'s role does not rule out or, when that role is unknown, that the
    text sets before ``ref``'s surname somewhere ("Bundesministerin Anna Weber"): :func:`_role_may_be`."""
    if sp.name:
        return [w.lower() for w in (ref.name or "").split()[-1:]] == [sp.name.split()[-1].lower()]
    return _role_may_be(text, sp, ref, "de")


_ADVERBS_AFTER_VERB_DE = {"jetzt", "erneut", "indes", "indessen", "unterdessen", "inzwischen", "wiederum", "ihrerseits", "seinerseits"}


def colon_clause_subject_de(text: str, s: Sentence, q_start: int, pronoun: Speaker) -> Speaker | None:
    """German: the person a clause of the quote's own sentence ending in a colon right before the quote names as
    its subject ("Trainer Thomas Schaaf war zufrieden: „…“, sagte er"): nearer than any sentence before, what
    "er"/"sie" after the quote points at when that person's gender fits; None when there is no such clause."""
    colon = re.search(r":\s*[" + re.escape(QUOTE_CHARS) + r"]?\s*$", text[s.start : q_start])
    if colon is None or pronoun.mention.lower() not in ("er", "sie") or pronoun.start is None or pronoun.start < q_start:
        return None  # "…, in dem er forderte: „…“": the pronoun before the quote is the colon clause's own
    end = s.start + colon.start()
    span = _main_clause_subject_de(text, s.start, end)
    sp = make_speaker(text, span, "de", strict=True, no_cue=True) if span is not None else None
    if sp is None or not sp.name or (sp.id or "").startswith("org:") or parse_mention(sp.mention, "de")[2] != "person":
        return None
    want = _pronoun_gender_de(text, pronoun)
    return sp if want is not None and _gender_fits(want, _gender_de(text, sp)) else None



@lru_cache(maxsize=512)  # called again for the same sentences while pronouns are resolved; holds few texts
def _main_clause_subject_de(text: str, a: int, end: int) -> tuple[int, int] | None:
    """German: the subject of the main clause of [a, end) with no known speech verb, found at its
    finite verb: the first lower-case word, not a function word, right after a capitalised word
    that is no article or preposition ("Der Senat hatte …", "Am Montag nahm der Minister …",
    "Als Fehler beurteilte der Politiker …"); the subject opens the clause or follows that verb."""
    toks = _tokens(text, a, end)
    fronted = _FRONTED_TIME_DE.match(text, a, end)  # "Wochen später warnte Scholz": the verb right after it
    verb_at = len(_tokens(text, a, fronted.end())) if fronted else 0
    for k in range(max(1, verb_at), min(len(toks), 16)):
        w, prev = toks[k][2], toks[k - 1][2]
        noun_before = prev[:1].isupper() or re.match(r"\d{1,3}-[A-ZÄÖÜ]", prev) is not None  # "Der 52-Jährige schüttelte …"
        if not w[:1].islower() or w.lower() in _NOT_FINITE_DE or (k != verb_at and (not noun_before or prev.lower() in _NOT_FINITE_DE)):
            continue
        if _inside_marks_de(text, a, toks[k][0]):
            continue
        if _reported_verb_de(w):
            return None  # "Die Studie zeige …": reported speech, its subject is part of the message
        verb_end = toks[k][1]
        for t in toks[k + 1 : k + 4]:
            if t[2].lower() not in _SKIP_AFTER_CUE | _ADVERBS_AFTER_VERB_DE:
                break
            verb_end = t[1]  # "nahm jetzt auch der Minister": the subject after the adverbs
        span = _subject_for_cue(text, Cue(toks[k][0], verb_end, w.lower()), a, end, "de", prefer_after=False, sent_start=a)
        first = _WORD.match(text, span[0]) if span is not None else None
        if span is None or first is None or first.group(0).lower() in _OBLIQUE:
            return None  # "den Plan": an object
        return _named_before_object_de(text, _body_before_object_de(text, span), a)
    return None


def _named_before_object_de(text: str, span: tuple[int, int], a: int) -> tuple[int, int]:
    """German: a subject span of three or more capitalised words whose first word alone names someone the text named
    before ``a`` is that person, the rest the object ("Tage später rief Lindner Paul Krause an": Lindner)."""
    words = text[span[0] : span[1]].split()
    if len(words) >= 3 and all(w[:1].isupper() for w in words) and re.search(
            r"(?<![\w-])" + re.escape(words[0]) + r"(?![\w'’-])", text[:a]):
        return span[0], span[0] + len(words[0])
    return span


def _newer_subject_de(text: str, sents: list[Sentence], ref_idx: int, ref: Speaker, first: int, q: Quote) -> tuple[int, Speaker] | None:
    """German: before an unframed quote carries on ``ref`` (the speaker of sentence ``ref_idx``), the
    nearest person who is the subject of a sentence in between, or of the quote's own sentence before
    the quote, in the indicative ("„…“, sagte Merkel. Als Fehler beurteilte der Grünen-Politiker Beck
    den Plan. „…“": Beck).  None when that subject is a pronoun (it points back) or may be ``ref``
    again; subjects of subjunctive clauses (the reported message's own) and things are passed over."""
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    for j in range(first, ref_idx, -1):
        s = sents[j]
        end = min(s.end, open_pos)
        if len(_first_tokens(text, s.start, end, 2)) < 2:
            continue
        span = _main_clause_subject_de(text, s.start, end)
        span = _role_name_apposition_de(text, span, end) if span is not None else None
        own = j == first
        sp = make_speaker(text, span, "de", strict=not own, no_cue=True) if span is not None else None
        if sp is None or _inside_marks_de(text, s.start, sp.start) or _subjunctive_subject_de(text, sp, s.start, end) or (
                _passive_subject_de(text, sp, s.start, s.end)):
            continue
        kinds = ("person", "role", "group") if own else ("person", "role")
        kind = parse_mention(sp.mention, "de")[2]
        if kind == "pronoun" and q.speaker is not None and sp.start == q.speaker.start:
            continue  # the pronoun being resolved: what it points at is before it
        if kind == "pronoun" or (kind in kinds and _same_person_de(text, sp, ref)):
            return None
        if kind in kinds:
            return j, sp
    return None


def _unknown_lone_word_en(text: str, sp: Speaker) -> bool:
    """English capitalises names, not words: a lone capitalised word ("Asked", "Flying", "Estimates",
    "Oh") that the text never writes capitalised after a word or a comma (only where every word is:
    at a sentence start, in a headline) is no evidence of a name."""
    w = sp.mention
    if not re.fullmatch(r"[A-Z][a-z]+", w) or w.lower() in PRONOUNS["en"] or is_role_word(w) or w.lower() in INSTITUTION_WORDS:
        return False
    return re.search(r"(?<=[\w,] )" + re.escape(w) + r"\b", text) is None


# an English sentence opening with a phrase set off by a comma before its subject: "On Thursday, Cruz …",
# "Casting himself as a prosecutor, Mr. Christie …", "Asked which county was his favorite, he …"
_OPENING_PHRASE_EN = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:ing|ed)|On|In|At|After|Before|During|As|For|With|Without|Since|While|When|Despite|Though|"
    r"Although|If|Unlike|Like|Under|Over|Among|Asked|Speaking|Later|Earlier|Instead|Still|Yet|Meanwhile|Now|Then)\b"
    r"(?:[^,.;:!?\n" + QUOTE_CHARS + r"]|(?<=\w)[’'](?=\w)){0,80},\s+(?=\S)")  # an apostrophe inside a word ("district’s") is no mark


# an apposition to the name closing an opening phrase, then the main clause's subject in capitals ("Preceded at the lectern by
# Tom Reed, the Ohio sheriff and longtime ally, Anna Berg launched into …"): no subject of its own
_OPENING_APPOSITION_EN = re.compile(r"(?:the|a|an|his|her|their|its)\s+[^,.;:!?\n" + QUOTE_CHARS + r"]{1,70},\s+(?=[A-Z])")


_NAME_CLOSING_OPENING_EN = re.compile(r"\b(?:by|with|beside|behind|after)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+,\s+\Z")
PAST_APPOSITION = "speaker-past-apposition"  # flag: the guessed subject stands after an opening phrase's name and its apposition


def opening_apposition_end_en(text: str, a: int, b: int, open_pos: int) -> int | None:
    """English: where the main clause starts when the opening phrase ``text[a:b]`` ends in "by/with … Name, " and an
    apposition to that name follows (:data:`_OPENING_APPOSITION_EN`); None otherwise."""
    app = _OPENING_APPOSITION_EN.match(text, b, open_pos)
    return app.end() if app and _NAME_CLOSING_OPENING_EN.search(text[a:b]) else None


def past_apposition_en(text: str, s_start: int, sp: Speaker) -> bool:
    """Whether the opening subject ``sp`` was found past an opening phrase's apposition ("Preceded by X, the sheriff, Y …")."""
    a = after_dateline_en(text, s_start, sp.start or s_start)
    m = _OPENING_PHRASE_EN.match(text, a, sp.start or s_start)
    return m is not None and sp.start == opening_apposition_end_en(text, m.start(), m.end(), len(text))


def _opening_subject_en(text: str, s_start: int, open_pos: int) -> Speaker | None:
    """English: the noun phrase opening the sentence's main clause, when it is a person, role,
    pronoun or group/organisation ("The union is fighting for “…”": groups speak too) found as is (not a possessive, "An ambassador's job": the owner is no subject; not a
    span the speaker checks had to cut or widen).  Title words before a full name stay with it
    ("Republican presidential front-runner Donald Trump")."""
    a = after_dateline_en(text, s_start, open_pos)
    m = _OPENING_PHRASE_EN.match(text, a, open_pos)
    if m:
        a = opening_apposition_end_en(text, m.start(), m.end(), open_pos) or m.end()
    toks = _first_tokens(text, a, open_pos, 8)  # all _lower_case_title_np reads
    span = np_after(text, a, open_pos, "en", at_start=True)
    if span is None or not toks:
        return None
    titled = _lower_case_title_np(text, toks, NP_STOP["en"])
    if titled is not None and titled[1] > span[1] and re.search(r"[A-Z][\w.'’-]*\s+[A-Z][\w'’-]+$", text[titled[0] : titled[1]]):
        span = titled
    if re.search(r"['’]s?$", text[span[0] : span[1]]) or text[span[1] : span[1] + 2] in ("'s", "’s"):
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    if sp is None or (sp.start, sp.end) != _whole_mention(text, *_strip_span(text, *span)):
        return None
    kind = parse_mention(sp.mention, "en")[2]
    return sp if kind in ("person", "role", "pronoun") or (kind == "group" and _organisation_head(sp.mention)) else None


def _candidate_spans(text: str, sents: list[Sentence], first: int, last: int, q: Quote, lang: str):
    """Other speakers quote ``q`` could have, for the ranker (:mod:`aligner.quotes.ranker`): the
    subject of its own sentence, the subject of every cue verb in its sentence(s) (before or after
    it), the subject of the sentence before (a person, role or pronoun)."""
    own = _own_sentence_subject(text, sents[first], q, lang)
    if own is not None:
        yield "sentence-subject", own
    s0, s1 = sents[first], sents[last]
    for c in find_cues(text, s0.start, s1.end, lang):
        if q.start - 1 <= c.start < q.end + 1:
            continue
        end = q.start - 1 if c.start < q.start else s1.end
        subj = _subject_for_cue(text, c, _clause_start(text, s0.start, c.start), max(end, c.end), lang, prefer_after=False)
        sp = make_speaker(text, subj, lang)
        if sp is not None:
            yield ("cue-before" if c.start < q.start else "cue-after"), sp
    if first > 0:
        prev_s = sents[first - 1]
        span = _frame_subject(text, prev_s.start, prev_s.end, lang)
        sp = make_speaker(text, span, lang, strict=True, no_cue=True)
        if sp is not None and parse_mention(sp.mention, lang)[2] in ("person", "role", "pronoun"):
            yield "previous-sentence-subject", sp


def _role_may_be(text: str, sp: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether role mention ``sp`` ("Der Minister") may point back at ``ref``: its role noun fits
    ``ref``'s role; in German, when ``ref``'s role is unknown, the text sets the role noun before
    ``ref``'s surname somewhere ("Bundesministerin Anna Weber"), else it is someone else.  English: a role owned by a
    named person ("Mr. Jones's lawyer") is ``ref`` only when the text gave ``ref`` that role and ``ref`` is not the owner."""
    ref_last = (ref.name or "").split()[-1:]
    if lang == "en" and person_head_en(sp.mention):
        return False  # "Tom Reed lost his barn. “…,” the woman said": someone named by what they are, not the one named
    if lang == "en" and _owned_role_en(sp.mention):
        return bool(ref.role) and _role_fits(sp.mention, ref.role) and not (ref_last and ref_last[0] in sp.mention)
    if lang == "de" and len(words := sp.mention.split()) == 2 and person_by_state_de(words[1]):
        return False  # "hatte die Verstorbene gesagt": maybe the one who died, not whoever was quoted before; no name
    if lang == "de" and (kin := _kin_head_de(sp.mention)) is not None:
        return kin in re.findall(r"[a-zäöüß]+", (ref.role or "").lower())  # "der Sohn des Verstorbenen": not the dead man
    if lang == "de" and (noun := common_person_noun_de(sp.mention)) is not None:
        # "die 34-jährige Anwohnerin", "der Rentner": only one the text gave that very noun ("Anwohnerin Petra Kluge")
        return noun in re.findall(r"[a-zäöüß]+", (ref.role or "").lower()) or (bool(ref_last) and _role_near_name(text, sp.mention, ref_last[0]))
    if lang == "de" and not ref.role and ref_last:
        return _role_near_name(text, sp.mention, ref_last[0]) or _role_predicate_de(text, sp.mention, ref_last[0])
    return _role_fits(sp.mention, ref.role)


# German nouns for someone by kinship or a tie to another ("der Sohn", "die Witwe", "seine Frau"): such a role mention is
# someone of the person named before, never that person, unless the text gave that person this very tie
_KIN_HEADS_DE = _KIN_DE | {"witwe", "witwer", "frau", "mann", "enkel", "enkelin", "neffe", "nichte", "cousin", "cousine",
                           "schwiegersohn", "schwiegertochter", "lebensgefährte", "lebensgefährtin", "weggefährte",
                           "weggefährtin", "großvater", "großmutter", "onkel", "tante", "eltern"}
_KIN_MENTION_DE = re.compile(r"(?:(?:der|die|das|sein|seine|ihr|ihre|dessen|deren)\s+)?(?:[a-zäöüß][\w-]*(?:e|er|es|en)\s+){0,2}"
                             r"([A-ZÄÖÜ][a-zäöüß]+)(?=\s+(?:des|der|von|vom)\s|$)", re.I)


def _kin_head_de(mention: str) -> str | None:
    """German: the kin or tie noun a role mention is headed by ("der Sohn des Verstorbenen", "die Witwe", "sein
    langjähriger Freund"), lower case, or "junior"/"senior" after a name; None for another role ("der Sprecher")."""
    if mention.split()[-1:] in (["junior"], ["senior"]):
        return mention.split()[-1]  # "Hadley junior": the son of the Hadley named before, never him
    m = _KIN_MENTION_DE.fullmatch(mention.strip()) or _KIN_MENTION_DE.match(mention.strip())
    if m is None or not m.group(1)[:1].isupper():
        return None
    head = m.group(1).lower()
    return head if head in _KIN_HEADS_DE else None


# "Krause ist (seit 2010) Bürgermeister": the role as the predicate of "ist"/"bleibt" after the surname, a few words between
# (no "war": a former office; no negation; no deputy, former or designated holder; no role in the genitive or a compound after)
# between the verb and the role only a time since when ("ist seit 2010 Bürgermeister"): not a preposition's object ("ist gegen
# den Bürgermeister", "ist mit dem Bürgermeister befreundet", "ist als Bürgermeister zurückgetreten")
_ROLE_PREDICATE_DE = r"\s+(?:ist|bleibt)\s+((?:seit\s+[\w-]+\s+)?)(?:der\s+|die\s+)?([A-ZÄÖÜ][\w-]+)(?![\w-])"
# ... and no participle after it in the clause that makes the office a past one ("ist Bürgermeister gewesen")
_PAST_OFFICE_AFTER_DE = re.compile(r"[^.;:!?]*?(?:(?<![\w-])(?:gewesen|geworden|a\.\s?D\.|im\s+Ruhestand)(?![\w-])|a\.\s?D\.)")
_NOT_THE_HOLDER_DE = re.compile(r"(?i)(?<![\w-])(?:stellvertretende\w*|ehemalige\w*|frühere\w*|designierte\w*|kommissarische\w*|künftige\w*|"
                                r"neue\w*|seit\s+kurzem)(?![\w-])|^(?:vize|ex|alt|co)")


def _role_predicate_de(text: str, role_mention: str, surname: str) -> bool:
    """German: whether the text states the role of ``role_mention`` as the predicate of ``surname`` ("Paul Krause ist
    Bürgermeister Talheims.", "Krause ist seit 2010 Bürgermeister der Stadt."): not "war" (a former office), "ist nicht",
    "ist stellvertretender Bürgermeister", "ist Vizebürgermeister", "ist Sohn des Bürgermeisters"."""
    from .speakers import _role_heads, _same_role

    if len(role_mention.split()) > 2:
        return False  # "der Bürgermeister von Neu-Ulm", "der neue / frühere Bürgermeister": maybe another holder
    heads = _role_heads(role_mention)
    for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + _ROLE_PREDICATE_DE, text):
        noun = m.group(2)
        if not noun[:1].isupper() or _NOT_THE_HOLDER_DE.search(m.group(1)) or _NOT_THE_HOLDER_DE.search(noun) \
                or _PAST_OFFICE_AFTER_DE.match(text, m.end()):
            continue
        if any(_same_role(h, r) for h in heads for r in _role_heads(noun)):
            return True
    return False


# English role nouns and the abbreviated titles that stand for them before a name ("Gov. Ann Lee": the governor)
_ROLE_TITLES_EN = {"governor": "Gov", "senator": "Sen", "representative": "Rep", "congressman": "Rep", "congresswoman": "Rep",
                   "president": "Pres", "general": "Gen", "professor": "Prof", "ambassador": "Amb", "admiral": "Adm",
                   "captain": "Capt", "colonel": "Col", "sergeant": "Sgt", "superintendent": "Supt"}
_NAME_EN = r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){0,2}"
_OTHER_OFFICE_EN = re.compile(r"(?i)(?:former|ex|lieutenant|lt|deputy|vice|acting|assistant)[.-]?\s*$")
_OTHER_OFFICE_RE_EN = re.compile(r"(?i)(?<![\w-])(?:former|ex|lieutenant|lt|deputy|vice|acting|assistant)(?![\w])")
_DEFINITE_ROLE_EN = re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?([A-Za-z][a-z]+)")


def _role_referent_en(text: str, sp: Speaker, end: int, ref: Speaker | None) -> tuple[str, Speaker | None]:
    """English: whom a definite role mention ("the governor", "The Senator") refers back to by what the text
    before ``end`` shows, ``ref`` being the person it would go to otherwise (the speaker quoted before, or the
    subject of a sentence before): ("holder", the person) when exactly one person is named with that role, as a
    title ("Gov. Ann Lee", "Governor Ann Lee") or an apposition ("Ann Lee, the governor,", "the governor, Ann
    Lee"); ("other", None) when ``ref`` is not that one person: two others hold it, one holds another office of
    that name ("Lt. Gov. Ann Lee", "Ann Lee, a former governor"), or the text names the role in ``ref``'s sentence
    or after it for someone it did not name ("John Smith met the governor."), or the role is an organisation's
    ("the campaign"); ("", None) when the text shows none of these."""
    mention = sp.mention.strip()
    of_place = _ROLE_OF_PLACE_EN.search(mention)  # "the governor of Ohio": the place must be the holder's too
    core = mention[: of_place.start()] if of_place else mention
    m = _DEFINITE_ROLE_EN.fullmatch(core)
    role = m.group(1).lower() if m else ""
    if m and role in _NOT_ONE_ROLE_EN:
        return "other", None  # "“…,” Ann Lee said. “…,” the campaign said": her campaign, not Ann Lee
    if not m or not is_role_word(role) or _OTHER_OFFICE_RE_EN.search(core[: m.start(1)]) or role.endswith("s"):
        return "", None
    if (by_party := _party_role_verdict_en(text, core, m, role, end)) is not None:
        return by_party  # "Conservative leader Helen Marsh …. “…,” the Labour leader said": not Marsh
    before, either = text[:end], f"(?:{role}|{role.capitalize()})"
    holders, others = _role_holders_en(before, role, either)
    surname = (ref.name or "").split()[-1:] if ref is not None else []
    if len(holders) == 1 and _OFFICE_CHANGE_EN.search(before):
        return "other", None  # "Gov. Ann Lee lost the election to Tom Reed. Reed took office …": the governor now may be another
    if len(holders) <= 1 and len(_loose_holders_en(before, role) | set(holders)) >= 2:
        return "other", None  # "Labour group leader Quentin Hume and Conservative group leader Mark Tate …": either
    if len(holders) == 1:
        a, b = next(iter(holders.values()))
        modifiers = [w for w in core[m.start(0) + 4 : m.start(1)].split() if w.lower() not in _SAME_OFFICE_WORDS_EN]
        modifiers += of_place.group(1).split() if of_place else []  # "the governor of Ohio" is not "Texas Gov. Tom Reed"
        if any(not re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", text[max(0, a - 40) : min(b + 80, end)]) for w in modifiers):
            return "other", None  # "the club president" is not "President Tom Reed"; "the Ohio governor" is "Ohio Gov. Ann Lee"
        if _holder_place_elsewhere_en(text, a, b, role, modifiers):
            return "other", None  # "The mayor of Altheim, Anja Roth, visited Neuwerth. “…,” the Neuwerth mayor said": another town's
        named = make_speaker(text, (a, b), "en")
        if named is not None and named.name and named.resolved_from is None and not _person_holder_en(text, named):
            return "other", None  # "Deutsche Bank, the chairman, …": a person's role is no organisation's
        return ("holder", named) if named is not None and named.name and named.resolved_from is None else ("", None)
    if surname and surname[0] in holders and holders[surname[0]] == max(holders.values()):
        return "", None  # "“…,” Sen. Tom Reed said. “…,” the senator said": the one named last of those the text names
    if holders or others or (of_place and not all(re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", before) for w in of_place.group(1).split())):
        return "other", None  # "Tom Reed spoke. “…,” the governor of Ohio said": the text names no Ohio before
    if ref is None or ref.start is None or ref.start >= end:
        return "", None
    since = max(before.rfind(p, 0, ref.start) for p in (". ", "? ", "! ", "\n"))  # the start of ref's sentence
    for bare in re.finditer(rf"(?<![\w’'-])[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?{either}(?![\w-])", before):
        pred = _PREDICATE_BEFORE_EN.search(before, max(0, bare.start() - 12), bare.start())
        if pred is not None and pred.group(0).startswith(",") and not re.match(r"\s*(?:[,.;:)]|\Z)", before[bare.end() :]):
            pred = None  # "Ann Lee spoke to Tom Reed, the governor said.": a frame's subject, no apposition
        if bare.start() > since and pred is None:
            return "other", None  # "John Smith met the governor …", "The governor met John Smith": another person; not "as the governor"
    return "", None


# the place or body a definite English role is qualified with, in its mention or right after it: "the superintendent of the
# prison", "the sheriff of the neighbouring county", "the sheriff in Dallas" (a capitalised place after "in"/"at": not "in a
# statement", "at the scene"); up to three words, up to a comma, a verb or a time
_QUALIFIER_IN_MENTION_EN = re.compile(r"\s(?:of|from)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\Z")
_QUALIFIER_AFTER_EN = re.compile(r"\s+(?:(?:of|from)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})"
                                 r"|(?:in|at)\s+([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}))(?![\w’'-])")
# words that end a qualifier: a verb of saying, a time, a clause
_QUALIFIER_END_EN = frozenset("""said says told added on in at who which that and but when after before yesterday today last this
as while during""".split())
# no body of its own: the article's ("the chief executive of the company": whichever company the article is about)
_QUALIFIER_NOT_BODY_EN = frozenset({"the", "a", "an", "his", "her", "its", "their", "state", "city", "town", "company", "firm",
                                    "group", "bank", "organisation", "organization", "board", "corporation", "business"})
# a qualifier that says the office is another one's: "the sheriff of the neighbouring county"
_OTHER_PLACE_EN = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "other", "rival", "opposing", "next"})


def role_qualifier_en(text: str, sp: Speaker) -> list[str]:
    """English: the words of the place or body definite role speaker ``sp`` is qualified with ("the superintendent of the
    prison" -> prison; "said the sheriff in Dallas." -> Dallas); none for a capitalised "of" place inside the mention
    (``_ROLE_OF_PLACE_EN`` reads that one) or for a mention with none."""
    mention = sp.mention.strip()
    if not re.match(r"(?i)the\s", mention) or _ROLE_OF_PLACE_EN.search(mention):
        return []
    m = _QUALIFIER_IN_MENTION_EN.search(mention)
    after = _QUALIFIER_AFTER_EN.match(text, sp.end) if m is None and sp.end is not None else None
    words = m.group(1).split() if m else (after.group(1) or after.group(2)).split() if after else []
    cut = next((i for i, w in enumerate(words) if w.lower() in _QUALIFIER_END_EN), len(words))
    words = words[:cut]
    return [w.rstrip(".") for w in words if w.lower() not in _QUALIFIER_NOT_BODY_EN]


def qualifier_elsewhere_en(text: str, sp: Speaker, ref: Speaker) -> bool:
    """English: whether definite role speaker ``sp`` names a place or body (:func:`role_qualifier_en`) that ``ref``, the
    person it would go to, is not given where the text names ``ref`` nor in ``ref``'s role: "Sheriff Tom Hill of Harris
    County …. “…,” said the sheriff in Dallas", "Superintendent Anna Hill …. “…,” the superintendent of the prison said",
    "… the sheriff of the neighbouring county" (another's office): not ``ref``; unsure, so no name."""
    if _affiliation_elsewhere_en(text, sp, ref):
        return True
    words = role_qualifier_en(text, sp)
    if not words:
        return False
    if any(w.lower() in _OTHER_PLACE_EN for w in words):
        return True
    own = " ".join(x for x in (ref.role, ref.mention) if x)
    if ref.start is not None and ref.end is not None:
        own += " " + text[max(0, ref.start - 40) : ref.end + 40]
    return any(re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", own) is None for w in words)


# "the Greenpeace activist", "the Green politician", "the Social Democrat": a definite role mention whose noun says what
# someone is (not an office) after capitalised words that name a group, party or body; the noun last
_AFFILIATED_ROLE_EN = re.compile(r"(?:the|The)\s+((?:[A-Z][\w.&-]*\s+){1,3})([A-Za-z][a-z-]+)\Z")
# the nouns such a mention may end in: one who acts for a cause or group, any capitalised group before it ("the
# Greenpeace activist"); one of a party, only after a party's word ("the Green politician", "the Social Democrat"; not
# "the Wisconsin Republican": a home state, which US news writes for a member of Congress named before)
_MEMBER_HEADS_EN = frozenset({"activist", "campaigner", "protester", "demonstrator", "volunteer", "supporter", "organiser", "organizer"})
_PARTY_HEADS_EN = frozenset({"politician", "lawmaker", "legislator", "mp", "mep", "member", "democrat", "democrats", "republican",
                             "conservative", "liberal", "socialist", "leader", "candidate"})
_PARTY_WORDS_EN = frozenset({"Green", "Greens", "Social", "Christian", "Free", "Labour", "Tory", "Conservative", "Liberal", "Left",
                             "SPD", "CDU", "CSU", "FDP", "AfD", "BSW", "SNP", "Reform"})


def _affiliation_elsewhere_en(text: str, sp: Speaker, ref: Speaker) -> bool:
    """English: whether definite role speaker ``sp`` gives its one a group, party or body by capitalised words before
    a descriptive noun ("the Greenpeace activist", "the Green politician", "the Social Democrat") that the text never
    writes near ``ref``, the person it would go to (in ``ref``'s role or mention, or within 60 characters of any
    mention of ``ref``'s surname before ``sp``): "Finance Minister Christian Lindner was absent. “…,” the Greenpeace
    activist said" is someone else; unsure, so no name."""
    m = _AFFILIATED_ROLE_EN.match(sp.mention.strip())
    if m is None or not ref.name:
        return False
    words = [w.rstrip(".") for w in m.group(1).split()]
    head = m.group(2).lower()
    if not (head in _MEMBER_HEADS_EN or (head in _PARTY_HEADS_EN and any(w in _PARTY_WORDS_EN for w in words))):
        return False
    surname = ref.name.split()[-1]
    before = text[: sp.start] if sp.start is not None else text
    own = " ".join(x for x in (ref.role, ref.mention) if x)
    for hit in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", before):
        own += " " + before[max(0, hit.start() - 60) : hit.end() + 60]
    return any(re.search(rf"(?<![\w’']){re.escape(w)}", own) is None for w in words)  # "(R-Texas)" gives Texas


def _loose_holders_en(before: str, role: str) -> set[str]:
    """English: the last words of two capitalised words ``before`` writes right after lower-case role noun ``role``, with no
    "former"/"deputy" before it: holders whose first names are not listed ("group leader Quentin Hume"), or a place
    ("mayor Springfield Township"); two of them make the role unsure."""
    return {m.group(1) for m in re.finditer(rf"(?<![\w’'.-]){re.escape(role)}\s+[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)(?![\w’'-])", before)
            if not _other_office_before_en(before, m.start())}


def _holder_place_elsewhere_en(text: str, a: int, b: int, role: str, modifiers: list[str]) -> bool:
    """English: whether the one holder named at ``text[a:b]`` is given a place by "of" with the role ("The mayor of Altheim,
    Anja Roth", "Anja Roth, the mayor of Altheim,") and a capitalised word of the role mention (``modifiers``) is not in it."""
    caps = [w for w in modifiers if w[:1].isupper()]
    if not caps:
        return False
    place = re.search(rf"(?i:{re.escape(role)})\s+of\s+((?:[A-Z][\w.-]+\s*)+),\s*\Z", text[max(0, a - 60) : a])
    place = place or re.match(rf",\s+the\s+(?i:{re.escape(role)})\s+of\s+((?:[A-Z][\w.-]+\s*)+)", text[b : b + 60])
    return place is not None and any(w not in place.group(1).split() for w in caps)


_ROLE_OF_PLACE_EN = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})\Z")
_SAME_OFFICE_WORDS_EN = frozenset({"new", "longtime", "embattled", "incumbent", "current", "sitting", "popular", "outspoken"})


# a text that tells of an office changing hands: the one it names with the title may hold it no more
# a role handed on or another year's holder: "Her successor, Tom Reed", "resigned", "stepped down", "In 2019, …"
_ROLE_HANDED_ON_EN = re.compile(r"(?i)(?<![\w-])(?:successor|predecessor|resign(?:s|ed)|stepp(?:ed)? down|steps down|"
                                r"(?:in|since) (?:19|20)\d\d)(?![\w-])")
_OFFICE_CHANGE_EN = re.compile(r"(?i)(?<![\w-])(?:took office|(?:was|were|is|be|been) sworn in|succeed(?:s|ed)|replac(?:es|ed)|defeat(?:s|ed)|"
                               r"ousted|lost (?:the |his |her |a )?(?:\w+ )?(?:election|race|seat|vote|bid|office|post|primary)|"
                               r"won (?:the |a )?(?:\w+ )?(?:election|race|seat|vote|primary))(?![\w-])")


def _person_holder_en(text: str, sp: Speaker) -> bool:
    """English: whether ``sp``, named with a role, may be a person holding it: one person
    (:func:`_one_person_en`), no organisation's name (a company suffix, an institution word, a group)."""
    from .frames import _organisation_name

    return sp.start is not None and sp.end is not None and _one_person_en(text, sp) and not _organisation_name(text, sp.start, sp.end, "en")


_NOT_ONE_ROLE_EN = frozenset({"campaign", "administration", "government", "office", "party"})
_PREDICATE_BEFORE_EN = re.compile(r"(?:\bas|\bis|\bwas|\bbe|\bbeen|\bbecame|\bremains|,)\s+$")
# not the object of a preposition ("The wife of the governor, Ann Lee,", "an aide to the governor, Tom Reed,": she is not the governor)
_NOT_AFTER_PREPOSITION_EN = r"(?<![\w’'-])(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bfrom\s)"
# a name no article or condition opens ("if a Republican is elected president": no one named holds it)
_NO_ARTICLE_OR_IF_EN = r"(?<![\w’'-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bif\s)(?<!\bunless\s)(?<!\bwhether\s)"
# the place or body of an office after its noun ("the governor of Texas", "the mayor of New York")
_OF_PLACE_EN = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})?"


def _role_holders_en(before: str, role: str, either: str) -> tuple[dict[str, tuple[int, int]], bool]:
    """English: the people ``before`` names with role noun ``role`` as a title or an apposition, by surname (the
    offsets of their name where it is named so last), and whether it names anyone with another office of that name ("Lt. Gov.", "former governor")."""
    abbr = _ROLE_TITLES_EN.get(role)
    titles = f"(?:{role.capitalize()}" + (f"|{abbr}\\." if abbr else "") + ")"  # a title is capitalised ("Governor Ann Lee", not "the governor Friday")
    holders: dict[str, tuple[int, int]] = {}
    others = False
    closed = r"(?=\s*[,.;:)]|\s*$)"  # an apposition ends there: "Ann Lee, the governor, said", not "…, the governor said"
    for k, pat in enumerate((rf"(?<![\w’'.-]){titles}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?\s+({_NAME_EN})",
                             rf"({_NAME_EN}),\s+(?:now\s+|currently\s+)?(?:the|an?|[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?{either}(?![\w’'-])"
                             rf"{_OF_PLACE_EN}{closed}",
                             rf"{_NOT_AFTER_PREPOSITION_EN}(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,2}}?{either}{_OF_PLACE_EN},\s+({_NAME_EN}){closed}",
                             rf"{_NO_ARTICLE_OR_IF_EN}({_NAME_EN})\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|named|appointed|chosen)\s+(?:as\s+)?"
                             rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?{either}(?![\w’'-]){_OF_PLACE_EN}(?!\s*[’'])"
                             r"(?!\s+(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*[’']s(?![\w’'-]))",  # not "named Governor Ann Lee's aide"
                             # a lower-case title before a first name and a surname: "met solicitor Karen Shaw"
                             rf"(?<![\w’'.-]){role}\s+([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?![\w’'-])")):
        for h in re.finditer(pat, before):
            opener = _OPENER_IN_NAME_EN.match(h.group(1))
            name, start = re.sub(r"[’']s$", "", h.group(1)[opener.end() if opener else 0 :]), h.start(1) + (opener.end() if opener else 0)
            if k == 4 and _first_name_gender_en(name.split()[0]) is None:
                continue  # "the governor Friday", "mayor Springfield Township": no first name, no holder
            if k == 2 and " of " in h.group(0)[: h.start(1) - h.start()] and len(name.split()) == 1:
                continue  # "Tom Reed, the mayor of Springfield, Ohio, …": the place's state, no holder
            if k == 1 and not _CLAUSE_SUBJECT_BEFORE_EN.search(before, 0, h.start(1)) and not _OBJECT_BEFORE_EN.search(before, 0, h.start(1)) \
                    and not re.match(r"\s*[.;)]", before[h.end() :]):
                others = True  # "In a letter to John Smith, the senator, …": a phrase before the subject, maybe; not "He met Tom Reed, the governor."
            elif _other_office_before_en(before, h.start()) or _OTHER_OFFICE_RE_EN.search(h.group(0).replace(h.group(1), " ")):
                others = True
            else:
                holders[name.split()[-1]] = (start, start + len(name))  # where the text names them last
    return holders, others


_OTHER_OFFICE_WORD_EN = re.compile(r"(?i)(?:former|ex|lieutenant|lt|deputy|vice|acting|assistant)[.-]?")


def _other_office_before_en(before: str, at: int) -> bool:
    """English: whether a title matched at ``at`` (its noun first, "Minister Boris Johnson") follows "former", "ex",
    "deputy" … straight or across up to two words of the title ("Former Prime Minister Boris Johnson",
    "Deputy Prime Minister Angela Rayner", "ex-Prime Minister", "Former ECB President"): another office of that name, never the one "the Prime
    Minister" means now."""
    if _OTHER_OFFICE_EN.search(before[max(0, at - 12) : at]):
        return True
    words = re.split(r"[\s-]+", before[max(0, at - 60) : at].rstrip())
    for k in (1, 2):
        if len(words) <= k or not all(re.fullmatch(r"[A-Za-z][a-z]+|[A-Z]{2,5}", w) for w in words[-k:]):
            return False
        if _OTHER_OFFICE_WORD_EN.fullmatch(words[-k - 1]):
            return True
    return False


# a verb's object right before: a lower-case word, no preposition, after a word of the sentence ("John Smith met Ann Lee, the governor, …")
_OBJECT_BEFORE_EN = re.compile(r"[\w’'-]\s+(?!(?:to|with|about|of|from|by|for|at|on|in|into|under|after|before|without|like|unlike|beside|"
                               r"besides|despite|against|among|between|near|over|behind|toward|towards|than|and|or|as|via|per)\s)[a-z]+\s+\Z")
_OPENER_IN_NAME_EN = re.compile(r"(?:But|And|Then|Later|Meanwhile|Still)\s+(?=[A-Z])")
# where a clause's subject may start: the text's or a sentence's start, after a semicolon, colon or opening
# quotation mark, after "But"/"And" at a sentence start: not after a preposition or participle
_CLAUSE_SUBJECT_BEFORE_EN = re.compile(r"(?:\A|[.!?;:\n“\"”]|[.!?]\s+(?:But|And|Then|Later|Meanwhile|Still))\s*\Z")


# a word before a given name that makes it a weather system's name, not a person's ("Storm Zoltan", "Tropical Storm Ernesto")
_WEATHER_NAMED_EN = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical", "tornado", "windstorm", "superstorm"})
_QUANTITY_WORDS_EN = frozenset({"percent", "per", "most", "many", "some", "all", "few", "several", "half", "majority", "minority",
                                "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                                "thousands", "millions", "none", "more", "fewer"})
_POSSESSIVE_WORDS_EN = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _no_one_person_role_en(mention: str) -> bool:
    """English: whether a role mention names no one person a name before may be: several people (a plural
    head, "Republicans", "likely voters"; a quantity, "25 percent of voters", "Six in 10 Republicans", "Most
    voters") or a verb phrase a subject test mistook for a noun phrase ("reboot his campaign": a lower-case
    word that is no determiner, then a possessive)."""
    words = _WORD.findall(mention)
    if not words:
        return False
    low = [w.lower() for w in words]
    if any(w.isdigit() for w in words) or low[0] in _QUANTITY_WORDS_EN or "percent" in low:
        return True
    if (len(low) >= 2 and low[0] in ("the", "these", "those") and low[1] in _QUANTITY_WORDS_EN) or low[-1] in ("men", "women", "people"):
        return True  # "the two men", "the three women", "local people": several people
    head = words[-1]
    if re.fullmatch(r"[A-Za-z]{3,}(?:ers|ors|ans|ists|ents|ants|crats|ians|ees|ives|ites|ters|ders|ns)", head) or (
            low[-1].endswith("s") and not low[-1].endswith("ss") and is_role_word(low[-1][:-1])):
        return True  # "likely voters", "Republicans", "the attorneys": more than one person
    return words[0][:1].islower() and low[0] not in _DETERMINER_EN and not is_role_word(low[0]) and bool(_POSSESSIVE_WORDS_EN & set(low[1:]))


def _role_fits(mention: str, role: str | None) -> bool:
    """A role mention may point back at a person: the person's role is unknown, or shares its role noun."""
    from .speakers import _role_heads, _same_role, person_noun_before_name_de

    heads, known = _role_heads(mention), _role_heads(role)
    if heads and known and all(h in DESCRIPTIVE_ROLES_EN for h in heads):
        return True  # "House Speaker Paul Ryan … “…,” the Wisconsin Republican said": a role that describes, any office fits
    if heads and not known and (first := re.match(r"[^\W\d_][\w-]*", role or "")) and person_noun_before_name_de(first.group(0)):
        return False  # "Pendlerin Sabine" … "sagte die Ministerin": a commuter holds no office (rv79-1)
    return not heads or not known or any(_same_role(h, r) for h in heads for r in known)


def _pronoun_subject_de(text: str, s: Sentence) -> bool:
    """German: whether the subject of sentence ``s``'s main clause is "er" or "sie" ("Dennoch nimmt sie
    …"): the sentence names no new person, whatever noun phrase follows the verb."""
    span = _main_clause_subject_de(text, s.start, s.end)
    return span is not None and text[span[0] : span[1]].lower() in ("er", "sie")


def _recent_person(text: str, sents: list[Sentence], idx: int, lang: str, pronoun: Speaker | None = None,
                   same_gender: bool = False, maybe_name: bool = False, gender_of: Speaker | None = None) -> tuple[int, Speaker] | None:
    """A named person who is the subject of one of the few sentences before sentence ``idx`` (``same_gender``:
    one the text shows to be of the gender of ``pronoun``; ``maybe_name``: in English a lone capitalised word
    the text writes only at a sentence start counts too, "Quill runs the club": someone a pronoun may mean;
    ``gender_of``: in German the pronoun whose gender an unnamed person in between must fit to stop the search)."""
    stop = max(-1, idx - 1 - CONTEXT_SENTENCES)
    held: Speaker | None = None  # the one person the role of an unnamed subject after is (:func:`_subject_role_holder_en`)
    role_de: str | None = None  # German: the role noun of an unnamed subject after ("Der Bürgermeister lobte …")
    for j in range(idx - 1, -1, -1):
        if j <= stop:
            break
        s = sents[j]
        if lang == "de" and _pronoun_subject_de(text, s):
            stop = max(-1, stop - 1)  # "Dennoch nimmt sie Abschied von der Macht.": she is someone named before
            continue
        if lang == "en" and _headline_en(text, s):
            continue  # "Another GOP Figure Endorses Ann Lee.": a headline's capitalised words, no one's name
        if lang == "en" and _presence_subject_en(text, s, pronoun):
            return None  # "Also present were Tom Lane and Ann Lee. “…,” he said": he may be Lane, no one is sure
        # the subject of a reporting verb first ("In seiner Antrittsrede erklärte Johnson, die Rechte
        # … schützen zu wollen. Er werde …"), then the clause's best subject
        spans = [_subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, lang, prefer_after=False, sent_start=s.start)
                 for c in find_cues(text, s.start, s.end, lang)[:1]]
        for k, span in enumerate([*spans, _frame_subject(text, s.start, s.end, lang)]):
            if lang == "de" and span is not None and _inside_marks_de(text, s.start, span[0]):
                continue  # "„Gute Nacht, bis morgen“, sagte sie.": quoted words, not the one who spoke them
            if lang == "en" and span is not None and k < len(spans) and _RELATIVE_ASIDE_EN.search(text, max(s.start, span[0] - 12), span[0]) and _quote_mark_in(text, span[0], s.end):
                continue  # "Mark Nega, whom Paul Quill called “a liar”, won": the speaker of an aside, no subject of the sentence
            if lang == "en" and span is not None and (aside := _RELATIVE_IN_SPAN_EN.search(text, span[0], span[1])) is not None and _quote_mark_in(text, aside.end(), s.end):
                span = (span[0], aside.start())  # "Mark Nega, whom Paul Quill called “a liar”": the subject before its aside
            if lang == "en" and span is not None and k == len(spans) and not maybe_name and _after_finite_verb_en(text, s, span[0]):
                continue  # "Republicans are zeroing in on … Boko Haram": an object after the clause's verb, no subject
            if (lang == "en" and span is not None and _OPEN_RELATIVE_ASIDE_EN.search(text, s.start, span[0])
                    and _quote_mark_in(text, span[1], s.end)):
                continue  # "The mayor, who once called Paul Quill “a liar”, came": inside a quoted aside, not the sentence's subject
            if lang == "en" and span is not None and (aside := _WHO_ASIDE_EN.search(text, span[0], span[1])) is not None:
                span = (span[0], aside.start())  # "Mark Nega, who once worked for Paul Quill": the subject, its aside no role
            sp = make_speaker(text, span, lang) if span is not None else None
            if lang == "en" and sp is not None and sp.name and _no_name_person_en(text, sp):
                return None  # "The Iranian spoke first. “…,” he said": he may be the Iranian, not a man named before
            if (sp is not None and sp.name and not (sp.id or "").startswith("org:") and (lang != "en" or _one_person_en(text, sp))
                    and (k < len(spans) or (maybe_name and lang == "en") or _antecedent(text, sp, lang))
                    and not (same_gender and pronoun is not None and not _same_gender(text, pronoun, sp, lang))
                    and not (lang == "de" and pronoun is not None and _pronoun_clash(text, pronoun, sp, lang))):
                if role_de is not None and not _role_stated_de(text, sp, role_de):
                    return None  # "Paul Krause kam. Der Bürgermeister lobte den Plan. „…“, sagte er": he may be the mayor
                return (j, sp) if held is None or _same_surname(held, sp) else None
        if lang == "en" and (opener := _named_opener_en(text, s, pronoun, same_gender, person=not maybe_name)) is not None:
            # "On Sunday, Tom Reed was calm.": the subject after an opening phrase, not a man named before
            return (j, opener) if held is None or _same_surname(held, opener) else None
        if lang == "en" and _full_name_subject_en(text, s, pronoun, presence=False):  # presence tested above
            return None
        if lang == "de" and _indefinite_person_subject_de(text, s, pronoun or gender_of):
            return None  # "Ein Demonstrant wurde festgenommen. „…“, sagte er.": he may be the protester, not a man named before
        if lang == "de" and role_de is None:
            role_de = _definite_role_subject_de(text, s, pronoun or gender_of)
        if lang == "en" and _unnamed_subject_en(text, s, pronoun):
            role_of = _subject_role_holder_en(text, s)
            if role_of is None or (held is not None and not _same_surname(role_of, held)):
                return None  # "The coach was angry. “…,” he said": he may be the coach, not a man named before
            held = role_of  # "Gov. Tom Reed spoke. The governor was angry.": the governor is Reed
    return None


_RELATIVE_ASIDE_EN = re.compile(r",\s+(?:whom|who)\s+$")  # "Mark Nega, whom Paul Quill called": a speaker inside a relative aside
_RELATIVE_IN_SPAN_EN = re.compile(r",\s+(?:whom|who)\s+(?=[A-Z][\w’'-]+)")  # ", whom Paul Quill ...": an aside opens, someone else its subject
# a relative aside opened after a comma and not closed before the end: "The mayor, who once called " (what follows is the aside's)
_WHO_ASIDE_EN = re.compile(r",\s+(?:who|whom|whose)\s")
_OPEN_RELATIVE_ASIDE_EN = re.compile(r",\s+(?:who|whom)\s[^,;:.!?]*\Z")
def _quote_mark_in(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a quotation mark (an aside with quoted words in it)."""
    return any(c in "“”\"" for c in text[a:b])


_SUBJECT_ROLE_EN = re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?[a-z]+(?![\w’'-])")


def _main_clause_start_en(text: str, s: Sentence) -> int:
    """English: where sentence ``s``'s main clause opens: past a dateline and an opening phrase set off by a
    comma or a conjunction."""
    a = after_dateline_en(text, s.start, s.end)
    m0 = _OPENING_PHRASE_EN.match(text, a, s.end) or _CONJUNCTION_OPENER_EN.match(text, a, s.end)
    return m0.end() if m0 else a


def _subject_role_holder_en(text: str, s: Sentence) -> Speaker | None:
    """English: the one person the text names with the role of sentence ``s``'s unnamed subject
    (:func:`_role_referent_en`: "Gov. Tom Reed spoke. The governor was angry.": Tom Reed), else None."""
    m = _SUBJECT_ROLE_EN.match(text, _main_clause_start_en(text, s), s.end)
    if m is None:
        return None
    how, holder = _role_referent_en(text, Speaker(mention=m.group(0), start=m.start(), end=m.end(), resolved_from="role"), s.start, None)
    return holder if how == "holder" else None


def _same_surname(a: Speaker, b: Speaker) -> bool:
    return bool(a.name and b.name) and (a.name or "").split()[-1] == (b.name or "").split()[-1]


# a form of "be" right before a position: a person's name there (a listed first name) is the predicate, the one the clause is about
_BE_BEFORE_EN = re.compile(r"(?<![\w’'-])(?:is|was|were|are|be|been)\s+\Z")
_FINITE_WORD_EN = re.compile(r"(?<![\w’'-])(?:are|were|is|was|has|have|had|will|would|can|could|did|does|do|" + _IRREGULAR_PAST_EN + r")(?![\w’'-])")


def _after_finite_verb_en(text: str, s: Sentence, at: int) -> bool:
    """English: whether a finite verb stands between the opening of sentence ``s``'s main clause (past a dateline,
    an opening phrase set off by a comma or a conjunction) and ``at``: a noun phrase there is the verb's object or
    in its complement ("Republicans are also zeroing in on … Boko Haram", "The group, led by Tom Reed, …"), no subject."""
    a = _main_clause_start_en(text, s)
    first = re.match(r"[A-Z][a-z]+", text[at : at + 40])
    if _BE_BEFORE_EN.search(text, a, at) and first is not None and _first_name_gender_en(first.group(0)):
        return False  # "The last speaker was Tom Reed.", "It was Tom Reed who spoke": the predicate names the subject
    return a < at and _FINITE_WORD_EN.search(text, a, at) is not None


def _person_name_en(text: str, sp: Speaker) -> bool:
    """English: whether named speaker ``sp`` reads as a person's name: a title before it ("President Tom Reed"), an
    honorific or a listed first name ("Ms. Lee", "Tom Reed"), or a surname the text gives a listed first name
    elsewhere ("Reed" after "Tom Reed"); not "North Korea"."""
    words = (sp.name or "").split()
    if not words or sp.role or _HONORIFIC.search(sp.mention) or (len(words) >= 2 and _first_name_gender_en(words[0])):
        return bool(words)
    return len(words) == 1 and any(_first_name_gender_en(m.group(1)) for m in re.finditer(r"(?<![\w’'.-])([A-Z][a-z]+)\s+" + re.escape(words[0]) + r"(?![\w-])", text))


def _named_opener_en(text: str, s: Sentence, pronoun: Speaker | None, same_gender: bool, person: bool = True) -> Speaker | None:
    """English: the named person opening sentence ``s``'s main clause after an opening phrase set off by a comma,
    a finite verb after the name ("On Sunday, Tom Reed was calm."), where the subject tests before find none; with
    ``person``, only a name that reads as a person's (:func:`_person_name_en`: not "On Sunday, North Korea was …")."""
    a = after_dateline_en(text, s.start, s.end)
    m = _OPENING_PHRASE_EN.match(text, a, s.end)
    sp = _opening_subject_en(text, s.start, s.end) if m is not None else None
    if m is None or sp is None or not sp.name or sp.resolved_from is not None or sp.start != m.end() or sp.end is None or not _one_person_en(text, sp):
        return None
    if not _FINITE_AFTER_APPOSITION_EN.match(text, sp.end) or not _antecedent(text, sp, "en") or (person and not _person_name_en(text, sp)):
        return None
    gender = _first_name_gender_en(sp.name.split()[0])
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun is not None else None
    if gender is None or (want is not None and gender != want):
        return None  # "On Friday, Goldman Sachs was calm.": no listed first name, a firm may be meant
    if pronoun is not None and (_pronoun_clash(text, pronoun, sp, "en") or (same_gender and not _same_gender(text, pronoun, sp, "en"))):
        return None
    return sp


# a first name (or an honorific) and a surname, found at every capitalised word (overlapping: "Sunday Tom Reed")
_FULL_NAME_EN = re.compile(r"(?<![\w’'.-])(?=((?:(Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+(?![\w’'-])))")


_AND_NAME_EN = re.compile(r"\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+")
def _headline_en(text: str, s: Sentence) -> bool:
    """English: whether sentence ``s`` is a headline: a line of its own, four words or more, every word longer
    than three letters capitalised, and three such words or every short word capitalised too ("Another GOP Figure
    Endorses Ann Lee.", "Lynch Closes The Door on Clinton Probe"; not "Tom Reed won it all.", "Tom Reed met Ann Lee.")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text[s.start : s.end])
    line_end = not text[s.end : s.end + 2].strip(" \t") or text[s.end : s.end + 2].lstrip(" \t").startswith("\n")
    long = [w for w in words if len(w) > 3]
    if not line_end or len(words) < 4 or not all(w[0].isupper() for w in long):
        return False
    return len(long) >= 3 or all(w[0].isupper() for w in words)


# an inverted clause of presence: the people after "was"/"were" are its subject ("Also present were Tom Lane and Ann Lee.")
# ("there" only after "Also": "There was no sign of Tom Lane." is no presence clause)
_PRESENCE_EN = re.compile(r"\s*(?:(?:But|And|Also)\s+)?(?:present|attending|(?<=Also\s)there|in\s+attendance|on\s+hand|"
                          r"on\s+the\s+(?:panel|stage|board|call|trip|platform|podium|list|committee)|with\s+(?:him|her|them)|"
                          r"joining\s+(?:him|her|them)|among\s+(?:the\s+)?(?:guests|speakers|those\s+present|others|them)|"
                          r"among\s+those\s+who\s+[a-z]+|(?:sitting|standing|seated)\s+(?:beside|next\s+to|with|behind)\s+(?:him|her|them))"
                          r"(?:\s+(?:also|too))?\s+(?:was|were)\s+", re.I)


# the gender an English honorific gives ("Dr" gives none)
_HONORIFIC_GENDER_EN = {"Mr": "m", "Mrs": "f", "Ms": "f"}


def _presence_subject_en(text: str, s: Sentence, pronoun: Speaker | None) -> bool:
    """English: whether sentence ``s`` is an inverted clause of presence ("Also present were Tom Lane and Ann
    Lee.", "Among the guests was Tom Lane.") naming after its verb a person by a first name (or an honorific) and
    a surname, of no other gender than the pronoun's: a later "he"/"she" may be that person."""
    m = _PRESENCE_EN.match(text, after_dateline_en(text, s.start, s.end), s.end)
    if m is None:
        return False
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun is not None else None
    for n in _FULL_NAME_EN.finditer(text, m.end(), s.end):
        honorific, first = n.group(2), n.group(3)
        gender = _HONORIFIC_GENDER_EN.get(honorific or "") if honorific else _first_name_gender_en(first)
        if (honorific or gender) and (want is None or gender in (None, want)):
            return True
    for n in _HONORIFIC_SURNAME_EN.finditer(text, m.end(), s.end):  # "Also present was Mr. Lane."
        if want is None or _HONORIFIC_GENDER_EN.get(n.group(1)) in (None, want):
            return True
    return False


_HONORIFIC_SURNAME_EN = re.compile(r"(?<![\w’'.-])(Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+")


def _full_name_subject_en(text: str, s: Sentence, pronoun: Speaker | None, not_surname: list[str] | None = None,
                          presence: bool = True) -> bool:
    """English: whether sentence ``s`` names, outside quotation marks, a person by a first name (or an honorific)
    and a surname as the subject of a clause, a finite verb after the name ("In an interview Tom Reed was calm.",
    "Retired surgeon Tom Reed left."), of no other gender than the pronoun's: the subject tests found no one there,
    but a "he"/"she" after it may be that person, so no one named before is sure.  ``presence``: test
    :func:`_presence_subject_en` too (False where the caller has already found it False)."""
    if presence and _presence_subject_en(text, s, pronoun):
        return True  # "Also present were Tom Lane and Ann Lee.": the people after the verb are its subject
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun is not None else None
    for m in _FULL_NAME_EN.finditer(text, s.start, s.end):
        honorific, first = m.group(2), m.group(3)
        gender = _HONORIFIC_GENDER_EN.get(honorific or "") if honorific else _first_name_gender_en(first)
        if (not (honorific or gender) or _inside_marks_en(text, s.start, m.start()) or (not_surname and m.group(1).split()[-1] in not_surname)
                or re.search(r"[’']s?\Z", m.group(1))):
            continue  # no first name or honorific, quoted words, the speaker quoted before ("Later Tom Reed was calm."), an owner
        end = m.start() + len(m.group(1))
        joined = _AND_NAME_EN.match(text, end)  # "Tom Reed and Ann Lee met."
        if _FINITE_AFTER_APPOSITION_EN.match(text, joined.end() if joined else end) and (want is None or gender in (None, want)):
            return True
    return False


# English nouns of a group of people that a member may speak for ("The Iranian delegation left. “…,” he said":
# he may be one of them, not the man named before)
_PEOPLE_GROUPS_EN = frozenset({"delegation", "team", "squad", "crew", "family", "panel", "jury", "committee", "board", "couple",
                               "band", "group", "staff", "council", "cabinet"})
# a sentence whose main clause opens with a determiner (or a name's possessive), then up to four words
_UNNAMED_SUBJECT_EN = re.compile(r"(?:(?:Later|Then|Now|Meanwhile|Still|Earlier)\s+)?(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|"
                                 r"[Tt]hat|[Aa]nother|[Oo]ne|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s)\s+")
_NP_WORD_EN = re.compile(r"[\w’'-]+")
# "One of his aides", "One of the two men": one of several people by a plural noun (group 1)
_ONE_OF_PEOPLE_EN = [re.compile(r"[Oo]ne\s+of\s+(?:the|his|her|their|its|our|those|these)\s+" + r"[a-z][\w’'-]*\s+" * k + r"([a-z]+)(?![\w’'-])")
                     for k in (0, 1)]
_S_FINITE_EN = re.compile(r"(?:\s*,[^,;:“”\"]{1,60}?,)?\s+(?:says|wants|thinks|seems|looks|appears|remains|feels|knows|believes|"
                          r"agrees|insists|hopes|argues|admits|denies|is|has|does)\b")


_OF_PP_EN = [re.compile(r"\s+(?:of|for)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?[\w’'-]+" + r"\s+[\w’'-]+" * k) for k in (0, 1, 2)]
# where an unnamed person is ("A woman in the crowd shouted", "A pensioner from Leeds was arrested"): the verb follows it
_PLACE_PP_EN = [re.compile(r"\s+(?:in|from|at|near|outside|inside)\s+(?:the\s+|an?\s+)?[\w’'-]+" + r"\s+[\w’'-]+" * k) for k in (0, 1)]


def _pp_ends_en(text: str, end: int) -> list[int]:
    """English: where an unnamed person's noun phrase may end after its head at ``end``: there, after an "of"/"for"
    phrase or a place ("The coach of the team", "A pensioner from Leeds"), or after both ("A spokesperson for the
    crisis centre in Dresden"); a finite verb is looked for at each."""
    ends = [end] + [m.end() for pp in (*_OF_PP_EN, *_PLACE_PP_EN) if (m := pp.match(text, end))]
    return ends + [m.end() for e in ends[1:] for pp in _PLACE_PP_EN if (m := pp.match(text, e))]


def _unnamed_subject_en(text: str, s: Sentence, pronoun: Speaker | None = None, groups: bool = True) -> bool:
    """English: whether sentence ``s`` opens its main clause with an unnamed person as the subject, a finite verb
    after it: a determiner or possessive and a singular role or person noun ("The coach was angry.", "His
    lawyer, a former judge, left.", "Later, the senator said nothing.") or a group of people ("The Iranian
    delegation left.", unless ``groups`` is off): a later "he"/"she" may be that person (or one of them), no one
    named before is sure.  Not a plural ("The coaches were"), an object ("He thanked the coach."), nor a noun of
    the other gender."""
    start = _main_clause_start_en(text, s)
    for one_of in filter(None, (p.match(text, start, s.end) for p in _ONE_OF_PEOPLE_EN)):
        if is_role_word(one_of.group(1)[:-1]) or person_head_en(one_of.group(1)[:-1]) or one_of.group(1) in ("men", "women"):
            # "One of his aides shouted at the police.": one of several unnamed people, a finite verb after them
            return bool(_DET_FINITE_EN.match(text, one_of.end()) or _MORE_FINITE_EN.match(text, one_of.end()) or _S_FINITE_EN.match(text, one_of.end()))
    m = _UNNAMED_SUBJECT_EN.match(text, start, s.end)
    if m is None:
        return False
    for w in list(_NP_WORD_EN.finditer(text, m.end(), s.end))[:4]:
        head = w.group(0)
        if head.lower() in _DETERMINER_EN or head.lower() in _CLAUSE_OPENERS_EN or head.lower() in ("who", "of", "to", "for", "in"):
            return False
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if plural or not ((groups and head in _PEOPLE_GROUPS_EN) or head in _PEOPLE_NOUNS_EN or head in _MORE_PEOPLE_NOUNS_EN or is_role_word(head)
                          or person_head_en(head) or re.fullmatch(r"\d{1,3}-year-old", head)):  # "The 52-year-old shook his head."
            continue
        ends = _pp_ends_en(text, w.end())
        if not any(_DET_FINITE_EN.match(text, e) or _MORE_FINITE_EN.match(text, e) or _S_FINITE_EN.match(text, e) for e in ends):
            continue  # a finite verb after the head, or after "of" and one or two words ("The coach of the team was")
        want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun is not None else None
        other = {"m": _FEMALE_WORDS["en"], "f": _MALE_WORDS["en"]}.get(want or "")
        return not (head in ("men", "women", "people") or (other is not None and other.search(text[m.start() : w.end()])))
    return False


_PRONOUN_GENDER = {"he": "m", "she": "f", "er": "m"}  # German "sie" may be plural or formal: no evidence
# gendered role words (whole words; German female role nouns by their suffix: Ministerin, Präsidentin, Sprecherin)
_FEMALE_WORDS = {"en": re.compile(r"(?i)\b(?:madam|lady|queen|\w*wom[ae]n|"
                                  r"actress|princess|duchess|countess|empress|hostess|wife|mother|daughter|sister|girls?)\b"),
                 "de": re.compile(r"\b(?:Frau|Königin|\w{3,}(?:erin|entin|antin|istin|orin|ärin|eurin|atin|login|onin))\b")}
_MALE_WORDS = {"en": re.compile(r"(?i)\b(?:sir|king|\w*(?:chair|spokes|congress|business|police|anchor|alder|council|front|sales)m[ae]n|"
                                r"husband|father|son|brother|m[ae]n|gentlem[ae]n|boys?|guys?)\b"),
               "de": re.compile(r"\b(?:Herr|König)\b")}
# honorifics: case-sensitive, never after a hyphen ("D-Miss." is Mississippi), and before a capitalised name
_HONORIFIC = re.compile(r"(?<![\w-])(Mrs|Ms|Miss|Mr)\.?(?=\s+[A-Z])")


def _gender_of(text: str, ref: Speaker, lang: str) -> str | None:
    """A named speaker's gender where the text shows it: "Mr./Mrs./Ms./Herr/Frau" before the surname
    anywhere in the text, or a gendered role noun in the mention ("spokeswoman", "chairman",
    German "Ministerin"); None when there is no evidence or it conflicts."""
    surname = (ref.name or "").split()[-1:] or [""]
    seen = set()
    if surname[0][:1].isupper():
        for m in re.finditer(r"(?<![\w-])(Mr|Mrs|Ms|Miss|Herr|Frau)\.?\s+" + re.escape(surname[0]) + r"(?![\w-])", text):
            seen.add("m" if m.group(1) in ("Mr", "Herr") else "f")
    words = " ".join(x for x in (ref.mention, ref.role or "") if x).replace(ref.name or "\0", " ")  # the role words, not the name
    if lang == "en":
        for m in _HONORIFIC.finditer(ref.mention):
            seen.add("m" if m.group(1) == "Mr" else "f")  # "Mrs. Anna Roth": the honorific before the name
    if lang in _FEMALE_WORDS and _FEMALE_WORDS[lang].search(words):
        seen.add("f")
    if lang in _MALE_WORDS and _MALE_WORDS[lang].search(words):
        seen.add("m")
    return seen.pop() if len(seen) == 1 else None


def _gender_en(text: str, sp: Speaker) -> str | None:
    """English: a named speaker's gender where the text shows it (:func:`_gender_of`: Mr./Ms., "spokeswoman"),
    else by a first name of no doubt (:func:`~aligner.quotes.speakers.first_name_gender_en`: "Mary Smith"), for
    a surname alone the first name the text gives it elsewhere ("Smith" after "Mary Smith"); None when unknown
    or the text's first names for that surname disagree."""
    shown = _gender_of(text, sp, "en")
    words = (sp.name or "").split()
    if shown is not None or not words or not words[-1][:1].isupper():
        return shown
    if len(words) >= 2:
        return _first_name_gender_en(words[0])
    before = [m.group(1) for m in re.finditer(r"(?<![\w’'.-])([A-Z][a-z]+)\s+" + re.escape(words[0]) + r"(?![\w-])", text)]
    if not before:
        return _first_name_gender_en(words[0])  # "his wife, Ann,": a first name alone, never a surname in this text
    seen = {_first_name_gender_en(w) for w in before}
    seen.discard(None)
    return seen.pop() if len(seen) == 1 else None


_GENDERED_PERSON_EN = re.compile(r"(?<![\w-])(?:(Mr)|Mrs|Ms|Miss)\.?\s+[A-Z]")


def _other_woman_or_man_en(text: str, s: Sentence, pronoun: Speaker, sp: Speaker) -> bool:
    """English: whether reporting sentence ``s``, whose subject ``sp``'s gender the text does not show, names
    another person by an honorific of the pronoun's gender ("Dr. Jones believes Ms. Lee." before "she said"):
    then "she" may be that woman as well as the subject, and the subject is not taken."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    if want is None or _gender_en(text, sp) is not None or sp.start is None or sp.end is None:
        return False
    return any(("m" if m.group(1) else "f") == want and not (sp.start <= m.start() < sp.end)
               for m in _GENDERED_PERSON_EN.finditer(text, s.start, s.end))


def _same_gender(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether the text shows ``ref`` to be of the pronoun's gender ("she" and "Mrs. Halloran")."""
    if lang == "de":  # first names and lower-case "sie" read too ("not-m": a woman)
        want = _pronoun_gender_de(text, pronoun)
        return want is not None and _gender_de(text, ref) in (want, "f" if want == "not-m" else want)
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    return want is not None and _known_gender(text, ref, lang) == want


def _gender_clash(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether a pronoun speaker ("she") cannot point back at ``ref`` (a man by what the text shows)."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun.resolved_from == "pronoun" else None
    have = _known_gender(text, ref, lang) if want else None
    return bool(want and have and want != have)


def _known_gender(text: str, ref: Speaker, lang: str) -> str | None:
    """``ref``'s gender for he/she: in English by the text or a first name (:func:`_gender_en`), else by the text."""
    return _gender_en(text, ref) if lang == "en" else _gender_of(text, ref, lang)


# a run of capitalised words that may be a first name and a surname ("David Okafor", "Prime Minister David Okafor")
_NAME_PAIR_EN = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+([A-Z][\w’'-]+)")


def other_of_gender_in_sentence_en(text: str, s: Sentence, ref: Speaker, pronoun: Speaker, subject: bool = False) -> bool:
    """English: whether sentence ``s``, whose subject ``ref`` "he"/"she" is taken for, names outside quotation marks
    another person of the pronoun's gender after ``ref`` by a listed first name or an honorific ("Sergeant Tom Hill
    arrested Tom Reed. “I did nothing,” he said": he may be Reed, the one arrested): then the pronoun is a guess.  Not a
    name in an aside between commas ("Mark Nega, who once worked for Paul Quill, came late"): the sentence is of ``ref``.
    ``subject``: only a person who is the subject of a clause after ``ref`` ("“…,” Ann Lee said, while Mary Stone shook her
    head"), not one ``ref`` speaks to or of ("Mark Nega called Paul Quill “a liar”": Nega goes on; rv80-11)."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun.resolved_from == "pronoun" else None
    if want not in ("m", "f") or not ref.name or ref.end is None or not (s.start <= ref.end <= s.end) or _gender_clash(text, pronoun, ref, "en"):
        return False  # a "she" taken for a man is sent on by the gender clash, not guessed here
    surname = ref.name.split()[-1]
    asides = [(m.start(), m.end()) for m in re.finditer(r",[^,.;:!?]*,", text[: s.end]) if m.end() > ref.end]

    def counts(at: int) -> bool:  # outside quotation marks and outside an aside between commas ("…, who once worked for Paul Quill,")
        return not _inside_marks_en(text, s.start, at) and not any(a <= at < b for a, b in asides)

    for m in _NAME_PAIR_EN.finditer(text, ref.end, s.end):
        if m.group(2) != surname and _rival_pair_en(text, m, want, subject) and counts(m.start()):
            return True
    return any(("m" if m.group(1) else "f") == want and counts(m.start()) and not text.startswith(surname, m.end() - 1)
               and (not subject or _subject_after_honorific_en(text, m.end() - 1)) for m in _GENDERED_PERSON_EN.finditer(text, ref.end, s.end))


def _subject_after_honorific_en(text: str, at: int) -> bool:
    """English: whether the name at ``at`` (after "Ms."/"Mr.") is a clause's subject: a finite verb after it."""
    name = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text[at:])
    return name is not None and _FINITE_AFTER_APPOSITION_EN.match(text, at + name.end()) is not None


def _rival_pair_en(text: str, m: re.Match[str], want: str, subject: bool = False) -> bool:
    """English: whether first name and surname ``m`` (:data:`_NAME_PAIR_EN`) may be a person of gender ``want``: a
    listed first name of that gender, or one of no listed gender ("Isabel Schnabel") where the pair is a clause's
    subject (a finite verb after it: "…, while Isabel Schnabel shook her head") and no nationality or organisation
    ("European Commission", "Goldman Sachs Group"); with ``subject``, a listed first name only as a clause's subject too."""
    gender = _first_name_gender_en(m.group(1))
    if gender is not None:
        return gender == want and (not subject or _FINITE_AFTER_APPOSITION_EN.match(text, m.end()) is not None)
    return (m.group(1).lower() not in PEOPLE_ADJECTIVES_EN and not _organisation_head(m.group(0))
            and _FINITE_AFTER_APPOSITION_EN.match(text, m.end()) is not None)


def rival_of_pronoun_gender_en(text: str, sents: list[Sentence], ref: tuple[int, Speaker], first: int, q: Quote,
                               pronoun: Speaker) -> bool:
    """English: whether "he"/"she" of quote ``q`` (in sentence ``first``) is taken for a person ``ref`` whose gender
    neither the text nor the first-name lists show (:func:`_gender_en`: "Fiona Gale", a first name not listed), while
    the sentences from a few before ``ref``'s up to the quote name, outside quotation marks, someone else of the
    pronoun's gender by a listed first name or an honorific ("Prime Minister David Okafor thanked voters. Fiona Gale
    celebrated in Bath. “…,” he said": he may be Okafor; Gale may be a woman).  Then the pronoun is a guess, not
    a fact.  A person of the pronoun's gender by the text ("Mr. Gale"), or no rival of that gender, is left alone."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun.resolved_from == "pronoun" else None
    if want not in ("m", "f") or not ref[1].name or _gender_en(text, ref[1]) is not None or q.start is None:
        return False
    surname = ref[1].name.split()[-1]
    lo = max(0, min(ref[0], first) - CONTEXT_SENTENCES + 1)
    a, b = sents[lo].start, min(q.start, sents[first].end)
    for m in _NAME_PAIR_EN.finditer(text, a, b):
        if m.group(2) != surname and _first_name_gender_en(m.group(1)) == want and not _inside_marks_en(text, a, m.start()):
            return True  # "David Okafor": a man named near, "he" may mean him
    for m in _GENDERED_PERSON_EN.finditer(text, a, b):
        name = re.match(r"[A-Z][\w’'-]*", text[m.end() - 1 :])
        if ("m" if m.group(1) else "f") == want and name is not None and name.group(0) != surname and not _inside_marks_en(text, a, m.start()):
            return True  # "Mr. Okafor"
    return False


# a lower-case role noun after capitalised words that say whose role it is, then a name: "Conservative leader Helen
# Marsh", "Reform UK candidate Liam Hughes", "Lib Dem leader Fiona Gale"; group 1 the capitalised words, 2 the name
_PARTY_ROLE_EN = r"(?<![\w’'.-])((?:[A-Z][\w’'-]*\s+){{1,3}}){role}\s+({name})(?![\w’'-])"
# the same as an apposition: "David Okafor, the Labour leader,"; group 1 the name, 2 the capitalised words
_PARTY_ROLE_AFTER_EN = r"(?<![\w’'.-])({name}),\s+the\s+((?:[A-Z][\w’'-]*\s+){{1,2}}){role}(?=\s*[,.;:)])"
_PARTY_SAME_EN = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative"}


def _party_words_en(words: str) -> frozenset[str]:
    """The lower-case words of ``words`` that say whose role it is ("Tory" read as "conservative"), not "the"."""
    return frozenset(_PARTY_SAME_EN.get(w, w) for w in (x.lower() for x in words.split()) if w not in ("the", "a", "an"))


def _party_role_verdict_en(text: str, core: str, m: re.Match[str], role: str, end: int) -> tuple[str, Speaker | None] | None:
    """English: whom definite role mention ``core`` (``m``: :data:`_DEFINITE_ROLE_EN` on it, ``role`` its noun) refers
    back to when the text before ``end`` names people with that lower-case role after capitalised words ("Conservative
    leader Helen Marsh", "Reform UK candidate Liam Hughes"): ("holder", the person) when exactly one person so named
    has every word of the mention before the role ("the Labour leader" is "Labour leader David Okafor", "the candidate"
    the one candidate named); ("other", None) when none or several do ("the Lib Dem leader" after "Conservative leader
    Helen Marsh": someone the text does not name; not the person named last).  None when the text names no one so."""
    found: dict[str, tuple[int, int, frozenset[str]]] = {}
    for k, pat in enumerate((_PARTY_ROLE_EN, _PARTY_ROLE_AFTER_EN)):
        for h in re.finditer(pat.format(role=re.escape(role), name=_NAME_EN), text[:end]):
            words = _party_words_en(h.group(1 + k))
            if not words & {"former", "ex", "deputy", "acting", "vice"}:
                found.setdefault(h.group(2 - k).split()[-1], (h.start(2 - k), h.end(2 - k), words))
    if not found:
        return None
    want = _party_words_en(core[m.start(0) : m.start(1)]) - _SAME_OFFICE_WORDS_EN
    fits = [(a, b) for a, b, words in found.values() if want <= words]
    titled, _others = _role_holders_en(text[:end], role, f"(?:{role}|{role.capitalize()})")
    fits += [(a, b) for a, b in titled.values() if text[a:b].split()[-1] not in found  # "US President Joe Biden" as well
             and all(re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", text[max(0, a - 40) : b]) for w in want)]
    if len(fits) != 1:
        return "other", None
    if _OFFICE_CHANGE_EN.search(text[:end]) or _ROLE_HANDED_ON_EN.search(text[:end]):
        return "other", None  # "Conservative leader Helen Marsh resigned. Her successor, Tom Reed, …": the leader now may be another
    named = make_speaker(text, fits[0], "en")
    if named is None or not named.name or named.resolved_from is not None or not _person_holder_en(text, named):
        return "other", None
    return "holder", named
