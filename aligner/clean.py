"""Cleaning: decide, paragraph by paragraph, what is article text and what is not.

The cleaner never edits text.  It splits an article into paragraphs (character spans
of the original text) and marks each one kept or dropped with a reason, so that
``aligner ingest --explain`` and ``removals.jsonl`` show exactly what went and why.

Reasons (in the order the rules run; a paragraph gets the first that applies):

``registration``, ``comment-form``, ``furniture``
    site furniture: "Registration was successful!", "Leave a Reply", "Your email address
    will not be published", "Being updated", "Advertisement", share buttons ("Auf Facebook
    teilen"), newsletter prompts, a cookie banner that is only that, "Lesezeit: 3 Minuten" ...
``photo-credit``, ``byline``, ``timestamp``, ``dateline``
    "© AP Photo / ...", "photo: FORUM / / FORUM"; editors' initials "adj / mal /" and
    "By Jane Doe", "Von Anna Weber, dpa", "By Sarah Okafor in Brussels"; a paragraph that is
    only dates and times ("2022-01-13 16:09, act ...", "vor 2 Stunden", "4:22 p.m."); a ticker
    stamp that opens an entry or stands inside a line ("Updated 13:47 CET | ...", "13.26 Uhr: ...",
    "+++ 14:32 Uhr +++ ...") is first cut off as a paragraph of its own (:func:`cut_stamps`);
    a place name with a date and nothing else.
``teaser``, ``author-bio``, ``reader-comments``
    a section heading ("Check Also", "Mehr zum Thema", "About Banner Leon", "Leave a
    Reply", "3 Kommentare") drops itself and, when it sits in the back half of the
    article, everything after it with the section's reason; "Mehr zum Thema - ..." lines.
``caption``
    a short line without sentence punctuation next to a photo credit (or to another
    caption), e.g. "A Russian radar station is seen in Lourdes ... Oct. 17, 2001"; never a
    paragraph of list items ("- ...", "1. ..."), which is content.
``pull-quote``
    a paragraph that is only a quotation ('„Wir haben lange gekämpft“', '"We grew too
    fast" - Linda Park, CEO') repeating, word for word, a quotation in a kept paragraph
    shortly before it (see :func:`_pull_quotes`).
``duplicate``, ``near-duplicate``
    a paragraph whose words (4-word shingles) are already covered, at least 80 %, by ONE
    other kept paragraph, or by shorter paragraphs that each stand inside it (a glued
    copy of several), and that has no number or capitalised word they lack (word
    sequences spread over two entries that each say something else make no copy).
    The worst-formed copy goes first (glued sentence boundaries
    such as ``said."You``, unbalanced quotes, no final punctuation), so that in seed 003
    the glued run-on paragraph goes and its five well-formed copies stay; among equal
    copies the first stays.
``reader-comments`` (by shape)
    a run of at least two short paragraphs at the end of an article whose body is made of
    long paragraphs (each under 35 % of the body's median length) with the marks of
    reader comments (exclamations, rhetorical questions, colloquial particles, first and
    second person), as in seed 001.

Glued sentence boundaries (``Tuesday.Putin``) are not edited either: the sentence
splitter treats them as boundaries (see :mod:`aligner.segment`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from .segment import ANSWER_WORDS, line_or_block_spans, strip_span
from .text.lines import LINE_END, line_ends
from .text.stamps import STAMP, on_the_clock, time_word
from .text.words import WORD

# -- paragraphs -----------------------------------------------------------------------

_BLOCK_SPLIT = re.compile(rf"(?:(?:{LINE_END.pattern})[ \t]*){{2,}}")  # a blank line (``text.lines``: a bare CR ends a line)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (stripped of surrounding whitespace) of an article's text.

    One paragraph per line, as web-extracted news has it, except that a line that ends
    open is joined to the next line when that one continues it (:func:`_unwrap_lines`;
    never across a blank line).  In a hard-wrapped text (see :func:`_wrap_width`), a
    line is also joined to a next line in upper case whose first word would not have
    fitted on it.
    """
    spans = line_or_block_spans(text, by_line=True)
    return _unwrap_lines(text, spans, _wrap_width(text, spans))


def _looks_hard_wrapped(text: str, spans: list[tuple[int, int]]) -> bool:
    if len(spans) < 6 or not _BLOCK_SPLIT.search(text):
        return False
    lengths = [e - s for s, e in spans]
    mid = sum(1 for n in lengths if 40 <= n <= 100) / len(lengths)
    open_end = sum(1 for s, e in spans if not re.search(r"[.!?:\"“”«»')]$", text[s:e])) / len(spans)
    blocks = len(_BLOCK_SPLIT.findall(text)) + 1
    return mid > 0.7 and open_end > 0.5 and blocks < len(spans) * 0.6


# A hard-wrapped line: at least this long (shorter lines are headings, list items,
# bylines); a text whose lines are mostly of wrapping width and mostly end open is
# wrapped as a whole.
WRAP_MIN_LINE = 40
WRAP_MAX_LINE = 100
_CLOSED_END = re.compile(r"[.!?…][\"'“”‘’»«)\]]*$")  # a sentence ends at the line's end
_OPEN_END = re.compile(r"[\w,–-]$")  # a word, a comma or a hyphen: nothing closed the line
# words no sentence (nor headline) ends with: articles, conjunctions, prepositions that
# are never a separable verb particle ("sucht ... aus", "kommt ... an" end sentences);
# lower case only: a Title Case headline ends in "In" or "Of"
_FUNCTION_END = re.compile(
    r"(?:[,-]|\b(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines|und|oder|aber|sowie|von|vom|zum|zur|im|"
    r"beim|für|gegen|dass|als|wie|ohne|the|a|and|or|but|of|for|with|from|that))$")
_BULLET = re.compile(r"(?:[-–—•*·▪►]\s|\d{1,2}[.)]\s)")  # used with .match: at a line's start


_TIME_START = re.compile(r"\d{1,2}[:.]\d{2}\s")  # a news ticker's "08:15 ..."
_BYLINE_START = re.compile(r"(?:By|Von|Text:|Autor:|Author:)\s+[A-ZÄÖÜ]")
_FIRST_WORD = re.compile(r"\S+")
_QUOTE_OPEN = "„“\"«»‚‘'"


def _unwrap_lines(text: str, spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Line spans with hard-wrapped lines joined: a line that ends open goes on into the
    next line when that one continues it (see :func:`_continues`).  Offsets only: the
    paragraph's text keeps its line breaks."""
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        if out and _continues(text, spans[k - 1], (s, e), width):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _wrap_width(text: str, spans: list[tuple[int, int]]) -> int:
    """The width a hard-wrapped text was wrapped at (its longest line of wrapping width),
    or 0 when it does not look hard-wrapped: blank-line separated blocks of wrapped
    lines (:func:`_looks_hard_wrapped`), or lines of wrapping width and of nearly one
    width (a wrapper fills each line: poems, tables and tickers are ragged), most
    ending open, and a good share of the breaks after an open line plainly inside a
    sentence (the next line starts in lower case, or the line ends in an article or a
    conjunction): a wrap falls anywhere in a sentence, a list of headlines breaks
    between them."""
    widths = sorted(e - s for s, e in spans if WRAP_MIN_LINE <= e - s <= WRAP_MAX_LINE)
    if len(spans) < 4 or not widths:
        return 0
    if _looks_hard_wrapped(text, spans):
        return widths[-1]
    p90 = widths[int(0.9 * (len(widths) - 1))]
    near = sum(p90 - 15 <= e - s <= p90 for s, e in spans) / len(spans)
    open_lines = [k for k, (s, e) in enumerate(spans[:-1]) if _ends(_OPEN_END, text, s, e)]
    inside = sum(text[spans[k + 1][0]].islower() or _ends(_FUNCTION_END, text, *spans[k])
                 for k in open_lines) / max(1, len(open_lines))
    wrapped = near > 0.7 and len(open_lines) > 0.5 * len(spans) and inside >= 0.3
    return widths[-1] if wrapped else 0


def _ends(pattern: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` ends in ``pattern`` (its last characters searched
    in place: a line may be megabytes long)."""
    return pattern.search(text, max(s, e - 12), e) is not None


def _continues(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    """Whether ``nxt`` goes on with the sentence that ``line`` leaves open: the lines
    are adjacent; ``line`` is not short and no sentence ends there; ``nxt`` is no list
    item, ticker line nor short open line (a heading); and ``nxt`` starts in lower case,
    or ``line`` ends in a comma, a hyphen or a word no sentence ends with, or the text
    is wrapped at ``width`` and ``nxt``'s first word did not fit on ``line`` (neither a
    byline nor followed by a quotation that is a sentence of its own)."""
    (s, e), (ns, ne) = line, nxt
    short = min(WRAP_MIN_LINE, width * 2 // 3) if width else WRAP_MIN_LINE  # a text wrapped narrow
    if line_ends(text, e, ns) != 1 or e - s < short or _ends(_CLOSED_END, text, s, e):
        return False
    closed_next = _ends(_CLOSED_END, text, ns, ne)
    if _BULLET.match(text, ns, ne) or _TIME_START.match(text, ns, ne) or (ne - ns < short and not closed_next):
        return False
    if text[ns].islower() or text[ns] in ",;":
        return True
    if not _ends(_OPEN_END, text, s, e) or _BYLINE_START.match(text, s, e):  # a colon, a quote mark, a bracket
        return False
    if _ends(_FUNCTION_END, text, s, e):
        return True
    if not width or (text[ns] in _QUOTE_OPEN and closed_next):
        return False
    first = _FIRST_WORD.match(text, ns, ne)
    return e - s + 1 + (first.end() - ns if first else 0) > width


# -- decisions ------------------------------------------------------------------------


@dataclass
class Decision:
    keep: bool = True
    reason: str = ""
    detail: str = ""


@dataclass
class CleanResult:
    spans: list[tuple[int, int]]
    decisions: list[Decision]
    dates: list[str] = field(default_factory=list)  # ISO dates stated in dropped timestamps

    def kept(self) -> list[int]:
        return [i for i, d in enumerate(self.decisions) if d.keep]


# caption labels: "Bildunterschrift: Der Dom im Nebel.", "Bildlegende: …", "Caption: …"
_CAPTION_LABEL = r"^(bildunterschrift|bildlegende|bildtext|(photo |image )?caption)\s*:"


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_NAME = r"(?-i:[A-ZÄÖÜ])[\w.'-]+(\s+(?-i:[A-ZÄÖÜ])[\w.'-]+){0,3}"

# Photo credits: short lines without sentence punctuation.
_CREDIT = _ci(
    r"^(©|\(c\)|copyright\b)|"
    r"^(photo|foto|bild|image|picture|pic|grafik|video)s?( credit)?\s*[:/]|"
    r"^(bildquelle|fotoquelle|quelle|source)\s*:|"
    r"\b(AP|Reuters|AFP|dpa|EPA|Getty Images|imago|picture alliance|Sputnik|TASS|Keystone)\b\s*(photo|foto|images?)?\s*/"
)

_AGENCY = r"(dpa|afp|ap|reuters|kna|epd|pap|sid|apa|sda|ddp|dts|dpa-afx|bloomberg|ria novosti|tass)"
_NETWORK = r"(facebook|twitter|x|whatsapp|linkedin|xing|pinterest|telegram|reddit|threads|bluesky|mastodon|e-?mail|flipboard)"

# Whole-paragraph furniture, tested on short paragraphs only (< 160 characters).
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("registration", _ci(r"registration (was )?successful|registrierung (war )?erfolgreich|"
                         r"^(sign up|log ?in|register|anmelden|registrieren|einloggen)( now| jetzt)?[.!]?$|"
                         r"subscribe to (our|the) newsletter|newsletter (abonnieren|bestellen)|"
                         r"^(jetzt )?(abonnieren|subscribe)( now)?[.!]?$")),
    ("comment-form", _ci(r"leave a (reply|comment)|your email address will not be published|required fields are marked|"
                         r"^cancel reply$|post comment|"
                         r"(schreibe|hinterlasse) einen kommentar|kommentar (schreiben|verfassen|abgeben)|"
                         r"ihre e-?mail-?adresse wird nicht veröffentlicht|erforderliche felder sind|antworten abbrechen")),
    ("furniture", _ci(r"^(being updated|this story is (being updated|developing)|breaking news|wird aktualisiert|"
                      r"advertisement|anzeige|werbung|sponsored( content)?|share( this( article)?)?|teilen|"
                      r"tweet|print|drucken|e-?mail|follow us( on \w+)?|folgen sie uns( auf \w+)?|"
                      r"all rights reserved|alle rechte vorbehalten|loading\.*|wird geladen\.*|"
                      r"(bitte )?(aktivieren sie|enable) javascript.*|"
                      r"(accept|akzeptieren)( all)? cookies|read more|weiterlesen|mehr lesen|"
                      r"skip to (main )?content|zum inhalt springen|home|startseite)[.!:]?$")),
    # "Copyright 2026 The Associated Press. All rights reserved.", "© 2026 dpa-infocom GmbH", "This live blog is now closed."
    ("furniture", _ci(r"^(©|\(c\)|copyright\s+(©\s*)?(?=(19|20)\d\d))\s*((19|20)\d\d([-–](19|20)?\d\d)?)?\s*(?-i:(The\s+)?[A-Z][\w&'-]*(\s+[A-Z&][\w&'.-]*){0,5})?[.]?\s*"
                      r"(all rights reserved|alle rechte vorbehalten)?[.]?$|^(©\s*)?((19|20)\d\d\s+)?dpa-infocom(\s+gmbh)?[.]?$|"
                      r"^(this|the) live ?blog (is (now )?closed|has (now )?(ended|closed))[.!]?$|"
                      r"^(dieser|der) live-?blog (ist|wird) (jetzt |hiermit )?(beendet|geschlossen)[.!]?$")),
    ("byline", _ci(r"^([a-zäöü]{2,5}\s*/\s*)+([a-zäöü]{2,5}\s*/?)?\s*$|"
                   # "By Sarah Okafor, Harbour Times Europe correspondent": a name, then the writer's post
                   r"^(by|von)\s+" + _NAME + r",\s*([\w.'&-]+\s+){0,5}((senior|chief|foreign|political|staff|europe|eu)\s+)?"
                   r"(correspondent|reporter|writer|editor|columnist|contributor|korrespondent(in)?|redakteur(in)?|"
                   r"reporter(in)?|autor(in)?)\s*$|"
                   r"^(by|von|text:|autor:|author:)\s+" + _NAME + r"(\s*(,|and|und|&)\s*" + _NAME + r")*\s*$|"
                   r"^\(?(dpa|afp|ap|reuters|kna|epd|pap|ria novosti|tass|sid|apa|sda|ats|keystone(-sda)?)"
                   r"(\s*/\s*(dpa|afp|ap|reuters|kna|epd|pap|sid|apa|sda|ats|keystone|red))*\)?\s*$|"
                   # Der Standard's closing tag: "(APA/red, 8.12.2026)", "(red, 8.12.2026)", "(APA, 8.12.2026)"
                   r"^\((apa|red|dpa|kna|sda|reuters|afp)(\s*/\s*(apa|red|dpa|kna|sda|reuters|afp|[a-zäöü]{2,4}))*"
                   r"\s*,\s*\d{1,2}\.\s*\d{1,2}\.\s*(\d{2}|\d{4})?\s*\)$|"
                   # "Von Anna Weber und Jonas Becker, dpa", "Anna Weber, dpa": names, then a news agency
                   r"^((by|von)\s+)?" + _NAME + r"(\s*(,|and|und|&)\s*" + _NAME + r")*\s*,\s*" + _AGENCY + r"(\s*/\s*" + _AGENCY + r")*\s*$|"
                   # "By Sarah Okafor in Brussels", "Von Anna Weber aus Brüssel"
                   r"^(by|von)\s+" + _NAME + r"(\s*(,|and|und|&)\s*" + _NAME + r")*\s+(in|aus)\s+(?-i:[A-ZÄÖÜ][\w.'-]+(\s+[A-ZÄÖÜ][\w.'-]+){0,2})\s*$")),
    # interview credits: "Interview by Ruth Adams", "Interviewed by …", "Das Gespräch führte Jana Vogt.", "Das
    # Interview führten …", "Die Fragen stellte …" ("Interview: Olaf Scholz" may name the one interviewed: kept)
    ("byline", _ci(r"^(interview(\s+conducted)?|interviewed)\s+by\s+" + _NAME + r"(\s*(,|and|&)\s*" + _NAME + r")*\s*\.?$|"
                   r"^(das|dieses)\s+(gespräch|interview)\s+führten?\s+" + _NAME + r"(\s*(,|und|&)\s*" + _NAME + r")*\s*\.?$|"
                   r"^die\s+fragen\s+stellten?\s+" + _NAME + r"(\s*(,|und|&)\s*" + _NAME + r")*\s*\.?$")),
    # translator credits, the line only that: "Translated from the German by Maria Lopez.", "Translation: Ana Ruiz",
    # "Aus dem Englischen von Jana Vogt.", "Übersetzung: …", "Aus dem Englischen übersetzt von …"
    ("byline", _ci(r"^(translated(\s+from\s+(the\s+)?[a-z]+)?\s+by|translation(\s+from\s+(the\s+)?[a-z]+)?\s*(:|by))\s+"
                   + _NAME + r"(\s*(,|and|&)\s*" + _NAME + r")*\s*\.?$|"
                   r"^(aus\s+dem\s+[a-zäöü]+(\s+übersetzt)?\s+von|übersetzt\s+von|übersetzung\s*:)\s+"
                   + _NAME + r"(\s*(,|und|&)\s*" + _NAME + r")*\s*\.?$")),
    # a press release's contact line with an address, a number or an office: "Media contact: Press Office,
    # University of Hamburg, +49 40 1234-0, presse@example.org", "Pressekontakt: Pressestelle, …"
    ("furniture", _ci(r"^((media|press|news)\s+(contacts?|enquiries|inquiries)|(presse|medien)kontakte?|"
                      r"kontakt\s+für\s+(die\s+)?(presse|medien))\s*:"
                      r"(?=.*(@|\d[\d ()/-]{5,}\d|press office|pressestelle|communications|kommunikation))")),
    # cookie banners, newsletter prompts, share buttons: the line is only that
    ("furniture", _ci(r"^(akzeptieren sie|accept|allow|erlauben sie)( alle| all)? cookies\s*[?.!]?$|"
                      r"^((auf|bei|via|per|über) " + _NETWORK + r" (teilen|empfehlen|posten)|"
                      r"(artikel|beitrag|seite|link|text) (teilen|kopieren|drucken|versenden|verschicken|merken)|"
                      r"(share|post|tweet)( this( article| story| page| post)?)? (on|via|to|by) " + _NETWORK + r"|"
                      r"share (this|the) (story|page|post)|twittern|tweeten|copy link|link kopieren)[.!:]?$")),
    ("registration", _ci(r"^(jetzt\s+)?(melden sie sich|abonnieren sie|bestellen sie|registrieren sie sich)(\s+jetzt)?(\s+kostenlos)?"
                         r"(\s+(für|zu|bei))?\s+(unseren|unser|unserem|den|dem)\s+([\w-]+\s+)?newsletter(\s+an)?\s*[.!]?$|"
                         r"^(jetzt\s+)?(zum|für den)\s+([\w-]+\s+)?newsletter\s+(anmelden|registrieren)[.!]?$|"
                         r"^(sign up|subscribe|register)( now| today| here)? (for|to) (our|the)( free| daily| weekly)?( [\w-]+)? newsletters?[.!]?$")),
    # "vor 2 Stunden", "3 hours ago", "Lesezeit: 3 Minuten", "5 min read"
    ("timestamp", _ci(r"^((aktualisiert|veröffentlicht|updated|published)\s+)?(vor|seit) (\d+|einer|einem|wenigen|ein paar)"
                      r" (sekunden?|minuten?|min\.?|stunden?|std\.?|tag(en)?|wochen?|monat(en)?)$|"
                      r"^((updated|published)\s+)?(\d+|an?|a few) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$")),
    ("furniture", _ci(r"^(lesezeit|lesedauer|reading time)\s*:?\s*(ca\.\s*|etwa\s*|about\s*)?\d+\s*(minuten|min\.?|minutes?|mins?)$|"
                      r"^\d+\s*(minuten|min\.?|minutes?|mins?)\s*(lesezeit|lesedauer|read|reading time)$")),
    # breadcrumbs: "Home > News > World", "Startseite > Panorama > Unwetter" (short capitalised parts only)
    ("furniture", re.compile(r"^(?:(?:Home|Startseite|News|Nachrichten)\s*[>›]\s*|(?:[A-ZÄÖÜ][\w&'-]*(?: [\w&'-]+){0,2}\s*[>›]\s*){2})"
                             r"[A-ZÄÖÜ][\w&'-]*(?: [\w&'-]+){0,2}(?:\s*[>›]\s*[A-ZÄÖÜ][\w&'-]*(?: [\w&'-]+){0,2})*$")),
    # share bars: "Share this with Facebook Twitter Email", "Teilen auf Facebook", "Share on Facebook, X"
    ("furniture", _ci(r"^(share|teilen)( this( article| story| page| post)?)?( (on|via|to|with|by|auf|über|bei|per|mit|via))?\s*"
                      + _NETWORK + r"(\s*[,/|]?\s*(and\s+|und\s+)?" + _NETWORK + r")*[.!:]?$")),
    # "© SKY 2026. All rights reserved.": the name before the year
    ("furniture", _ci(r"^(©|\(c\)|copyright\s*©?)\s*(?-i:(The\s+)?[A-Z][\w&'-]*(\s+[A-Z&][\w&'.-]*){0,5})\s+(19|20)\d\d[.]?\s*"
                      r"(all rights reserved|alle rechte vorbehalten)?[.]?$")),
    ("caption", _ci(_CAPTION_LABEL)),  # caption labels
    # Der Standard's forum counter "Posting 1 bis 25 von 143"
    ("reader-comments", _ci(r"^postings?\s+\d+\s*(bis|[-–])\s*\d+\s+von\s+\d+$")),
    # ORF: "wien.ORF.at/Agenturen", a bare "Link:" label, "Dieser Artikel ist älter als zwei Jahre."
    ("furniture", _ci(r"^([\w-]+\.)?orf\.at(\s*/\s*[\w-]+)*$|^links?:$|"
                      r"^(dieser|der) (artikel|beitrag) ist (älter als|über|mehr als) \w+ (jahre?|monate?)( alt)?[.!]?$|"
                      r"^this (article|story) is (more|older) than \w+ (years?|months?)( old)?[.!]?$")),
]

# a cookie banner: "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "This
# site uses cookies.", then only sentences of the banner ("Mehr erfahren", "Mit Klick auf
# Akzeptieren stimmen Sie zu.")
_COOKIE_HEAD = _ci(
    r"^(wir (verwenden|nutzen|setzen)|diese (website|webseite|seite|internetseite) (verwendet|nutzt|setzt)|"
    r"we use|(this|our) (web)?site uses)\s+cookies"
    r"(,?\s+(um|to|so that|damit)\s[^.!?,]{0,80}?\b(bieten|verbessern|optimieren|ermöglichen|anzubieten|personalisieren|"
    r"bereitzustellen|experience|service|give|provide|ensure|improve|enhance|personali[sz]e)\b[^.!?,]{0,40})?\s*([.!]|$)")
_COOKIE_WORD = _ci(
    r"\b(akzeptier\w*|zustimm\w*|stimmen sie\b[^.!?]*zu|einverstanden|datenschutz\w*|einstellungen|"
    r"mehr erfahren|mehr informationen|accept\w*|consent\w*|agree\w*|privacy|settings|learn more|more info\w*|find out more|"
    r"got it|ok(ay)?)\b")
_TAIL_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# the banner speaks to the reader: 'you', 'your'; German 'Sie', 'Ihr…' after the first word
# (the first word may be 'sie', 'they')
_TO_READER = re.compile(r"(?i:\b(you|your|yours)\b)|(?<=\S)\s+(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres)\b")
_REPORTED = _ci(r"\b(sagte|sagt|sagten|erklärte|betonte|said|says|told|according)\b")


def _banner_sentence(sent: str) -> bool:
    """A sentence of a cookie banner after its first: about consent or settings, and
    either a bare button ('Mehr erfahren', 'OK', 'Learn more': at most three words) or
    addressed to the reader ('Mit Klick auf Akzeptieren stimmen Sie zu.')."""
    if _COOKIE_WORD.search(sent) is None or len(sent) > 120:
        return False
    return len(sent.split()) <= 3 or _TO_READER.search(sent) is not None


def _cookie_banner(text: str) -> bool:
    m = _COOKIE_HEAD.search(text)
    if m is None or _REPORTED.search(text):
        return False
    tail = text[m.end():].strip()
    return all(_banner_sentence(t.strip()) for t in _TAIL_SENTENCE.findall(tail) if t.strip())


_MONTHS = (r"(jan(uary|uar)?|feb(ruary|ruar)?|m(ar|är)(ch|z)?|apr(il)?|ma[yi]|jun[ei]?|jul[iy]?|aug(ust)?|"
           r"sep(t(ember)?)?|o[ck]t(ober)?|nov(ember)?|de[cz](ember)?)\.?")
_DATE_TOKEN = _ci(
    r"\d{4}-\d{2}-\d{2}(t\d{2}:\d{2}(:\d{2})?(z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"\d{1,2}:\d{2}(:\d{2})?(\s*(a\.m\.|p\.m\.|am|pm|uhr|h))?|\b\d{1,2}\.\d{2}(\s*(a\.m\.|p\.m\.)|(am|pm)\b)|\d{1,2}\.?\s+" + _MONTHS + r"(\s+\d{4})?|" + _MONTHS + r"\s+\d{1,2}(st|nd|rd|th)?,?(\s+\d{4})?|"
    r"\b(19|20)\d{2}\b"
)
_TIME_WORDS = _ci(
    r"\b(gmt|utc|bst|cet|cest|mez|mesz|est|edt|pst|msk|uhr|am|pm|updated?|aktualisiert|act|published|veröffentlicht|publiziert|"
    r"stand|date|datum|posted|last|modified|zuletzt|um|at|on|am|vom|seit|"
    r"mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\b\.?"
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")

# Section headings that start furniture sections: (reason, pattern)
_SECTION_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("teaser", _ci(r"^(check also|see also|read also|also read|read more|related( articles| stories| news| posts)?|"
                   r"more (on this|from)\b.*|you (may|might) also like|recommended( for you)?|more stories|"
                   r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|"
                   r"weitere artikel|verwandte artikel|ähnliche (artikel|beiträge)|empfohlen|top[- ]?themen)[:.!]?$")),
    # "Die beliebtesten Leserkommentare" (Blick, 20 Minuten), "The most popular comments"
    ("reader-comments", _ci(r"^((die|the)\s+)?((latest|recent|newest|top|all|show|view|load|read|see|neueste|neuesten|aktuelle|letzte|alle|"
                            r"beliebteste|beliebtesten|besten|meistgelesenen|best|most popular|most liked)\s+)?(all\s+)?"
                            r"(\d+\s+)?(comments?|kommentare?|leserkommentare|reader comments|"
                            r"responses?|antworten|diskussion|discussion|diskutieren sie mit)(\s*\(\d+\))?(\s+(anzeigen|laden|lesen|ansehen))?[:.]?$|"
                            r"^(\d+\s+)?(thoughts|responses|comments) on\b")),
    ("comment-form", _ci(r"^(leave a (reply|comment)|schreibe einen kommentar|kommentar schreiben)[:.!]?$")),
    ("author-bio", _ci(r"^(about( the author)?\s+" + _NAME + r"|about the authors?|"
                       r"über (den autor|die autorin|die autoren)|zum autor|zur autorin|zur person)[:.]?$")),
]
_TEASER_LINE = _ci(r"^(mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|read also|also read|read more|see also|related)\s*[-–—:|]\s*\S|"
                   r"^mehr dazu\s*[-–—:|]\s*[^.]*$")  # "Mehr dazu: Die Pläne der Stadt" (not a sentence)

_TERMINAL = re.compile(r"[.!?…:;][\"'“”‘’»«)\]]*$|[\"“”»«]$")
_GLUED_IN = re.compile(r"[a-zäöüß]{2}[.!?][\"“”]?[A-ZÄÖÜ][a-zäöüß]|[.!?][\"”][A-ZÄÖÜ]")
_WORD = WORD

# marks of reader comments
_COMMENT_WORDS = _ci(
    r"\b(halt|eben|mal|doch|eh|echt|tja|naja|na ja|leider|bravo|genau|typisch|dumm\w*|idiot\w*|lächerlich|"
    r"lol|imho|wow|stupid|ridiculous|typical|sad|shame|pathetic|"
    r"ich|mir|mich|mein\w*|du|dich|dir|euch|ihr|wir|uns|I|me|my|you|your|we|us)\b"
)


def _short_line_rule(text: str) -> tuple[str, str] | None:
    if len(text) >= 160:
        return None
    if len(text) < 100 and not _TERMINAL.search(text):
        m = _CREDIT.search(text)
        if m:
            return "photo-credit", f"matches {m.group(0)!r}"
    for reason, pat in _LINE_RULES:
        m = pat.search(text)
        if m:
            return reason, f"matches {m.group(0)!r}"
    if _cookie_banner(text):
        return "furniture", "a cookie banner"
    return None


# a photo credit and its caption on one line: "Foto: dpa/Tom Weller – Luca Ferreira jubelt nach seinem
# Treffer zum 2:1.", "Photo: AP Photo/Michael Probst - Fans celebrate."; the credit holds a slash or a
# picture agency ("Bild: Der Kanzler ..." may be the newspaper's headline: no credit)
_CREDIT_CAPTION = _ci(
    r"^(foto|photo|bild|image|picture|pic)s?( credit)?\s*:\s*"
    r"(?=[^–—|\n]{0,60}?(/|\b(dpa|ap|afp|reuters|epa|getty images|imago|picture alliance|keystone|kna|epd|sputnik)\b))"
    r"[^–—|\n]{1,60}?\s(?:[–—|]|-)\s+\S")


def _credit_caption(text: str) -> tuple[str, str] | None:
    if len(text) > 300 or "\n" in text.strip():
        return None
    m = _CREDIT_CAPTION.search(text)
    return ("caption", f"a photo credit with its caption: {m.group(0)[:-1].strip()!r}") if m else None


def _timestamp_rule(text: str) -> tuple[str, str] | None:
    if len(text) > 120 or not _DATE_TOKEN.search(text):
        return None
    rest = _DATE_TOKEN.sub(" ", text)
    rest = _TIME_WORDS.sub(" ", rest)
    words = [w for w in _WORD.findall(rest) if not w.isdigit()]
    if not words:
        return "timestamp", "only dates and times"
    # "BERLIN, 13.01.2022" / "Moskau, 13. Januar 2022 (dpa)": a place and a date only; not the signature
    # of an embedded post ("— Polizei Hamburg (@PolizeiHamburg) 5. Dezember 2026": who posted the words above)
    if _POST_SIGNATURE.search(text):
        return None
    if len(words) <= 3 and all(w[:1].isupper() for w in words) and len(text.split()) <= 8:
        if _year_only(text, words):  # "Haushalt 2027", "Olympia 2028": a headline, no dateline
            return None
        return "dateline", "a place and a date only"
    return None


_BARE_YEAR = re.compile(r"(19|20)\d{2}")
_MONTH_WORD = _ci(_MONTHS)
_WEEKDAY = _ci(r"\b((mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b")


def _year_only(text: str, words: list[str]) -> bool:
    """Whether the only date a short line holds is a bare year and no month name is among its
    ``words`` and no weekday in it: "Haushalt 2027", "Bundestagswahl 2025" (a noun and a year: a
    headline), not "Berlin, 3. Dezember 2026", "Moskau, Dezember 2026", "Berlin, Montag, 2026"."""
    return (all(_BARE_YEAR.fullmatch(m.group(0)) for m in _DATE_TOKEN.finditer(text))
            and not any(_MONTH_WORD.fullmatch(w) for w in words) and not _WEEKDAY.search(text))


_POST_SIGNATURE = re.compile(r"^\s*[—–-]+\s*\S.*\(@\w+\)")


def stated_dates(text: str) -> list[str]:
    """ISO dates written in a string as YYYY-MM-DD or DD.MM.YYYY."""
    out = []
    for m in _ISO_DATE.finditer(text):
        if m.group(1):
            y, mo, d = m.group(1), m.group(2), m.group(3)
        else:
            y, mo, d = m.group(6), m.group(5), m.group(4)
        try:
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                out.append(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}")
        except ValueError:
            continue
    return out


def _quality(text: str) -> float:
    """How well-formed a paragraph copy is (higher is better)."""
    q = 0.0
    q -= 2.0 * len(_GLUED_IN.findall(text))
    if not _TERMINAL.search(text):
        q -= 1.0
    if text.count('"') % 2:
        q -= 1.0  # unbalanced straight quotes
    if (text.count("„") + text.count("“") + text.count("”")) % 2:
        q -= 1.0  # unbalanced typographic quotes: „…“, “…”, „…”
    return q


def _shingles(text: str, n: int = 4) -> list[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _is_comment_like(text: str) -> bool:
    t = text.strip()
    if t.endswith(("!", "?", "!!", "?!")) or "!!" in t:
        return True
    return len(_COMMENT_WORDS.findall(t)) >= 2


def clean_text(text: str, spans: list[tuple[int, int]] | None = None) -> CleanResult:
    """Decide for every paragraph of ``text`` whether it is article text (the rules of
    the module docstring, in that order; a paragraph keeps the first reason it gets).
    A ticker stamp inside a paragraph is cut off as a paragraph of its own first
    (:func:`cut_stamps`)."""
    spans = split_paragraphs(text) if spans is None else spans
    spans, stamps = cut_stamps(text, spans)
    paras = [text[s:e] for s, e in spans]
    dec = [Decision() for _ in paras]
    for i in stamps:
        dec[i] = Decision(False, "timestamp", "a ticker stamp cut from its entry")
    dates = [d for i in stamps for d in stated_dates(paras[i])] + _line_rules(paras, dec)
    _section_rules(paras, dec)
    _link_lists(paras, dec)
    norm = [" ".join(w.lower() for w in _WORD.findall(p)) for p in paras]
    # worst-formed copies first; among equal copies the later one first
    order = sorted(range(len(paras)), key=lambda i: (_quality(paras[i]), -i))
    _exact_duplicates(paras, norm, order, dec)
    _pull_quotes(paras, dec)
    _captions(paras, dec)
    for i, p in enumerate(paras):  # after the captions: a line that holds its own caption makes none of its neighbours
        if dec[i].keep and (hit := _credit_caption(p)):
            _drop(dec, i, *hit)
    _near_duplicates(paras, norm, order, dec)
    _comment_tail(paras, dec)
    return CleanResult(spans=spans, decisions=dec, dates=list(dict.fromkeys(dates)))


# ticker stamps at the start of an entry (``text.stamps.STAMP``): "Updated 13:47 CET | ...", "13.26 Uhr: ...",
# "14:32 GMT - ...", "4:22 p.m. The ..."; a time with a word of time (Uhr, p.m., a zone) or "Updated" before
# it, then a separator ("14.30 Uhr ist der Termin" is a sentence: no separator), then the entry
_STAMP_LEAD = re.compile(STAMP.pattern + r"\s*(?=\S)")
# "+++ 14:32 Uhr +++", "+++ 08.12., 15:36 Uhr +++", "+++ 14:51 Uhr:" anywhere in a line, and the
# closing "+++" of a one-line entry; never pluses that end a word ("C++", "Notepad++", "A++")
_STAMP_MARKED = re.compile(
    r"(?<![\w+])\+{2,}\s*(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?,?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?i:uhr|h)\b)?\s*(?:\+{2,}|:)"
    r"|(?<![\w+])\+{2,}\s*$")


def _lead_stamp(text: str, s: int, e: int) -> int | None:
    """Where a ticker stamp that opens ``text[s:e]`` ends (None when there is none)."""
    m = _STAMP_LEAD.match(text, s, e)
    if m is None or not on_the_clock(m):
        return None
    said = time_word(m)
    if m.group("sep") and (m.group("upd") or said or m.group("tz")):
        return m.end()
    opens = text[m.end():min(m.end() + 1, e)]
    if (said in ("a.m.", "p.m.") or _twelve_hour(m) or m.group("tz")) and opens and (opens.isupper() or opens in _QUOTE_OPEN):
        return m.end()
    return None


# an English ticker's stamp with no separator ("4:22 p.m. The ...", "4.45pm GMT Dock workers ...", "16:45 BST
# "We ...", "9.02am Commuters ..."): a time with "a.m."/"p.m.", "am"/"pm" or a zone, then an entry that opens in
# upper case ("Über ...", as before for "a.m." / "p.m.") or with a quotation mark (``_QUOTE_OPEN``): "4.45pm is when
# the vote starts" goes on in lower case: a sentence, kept


def _twelve_hour(m: re.Match[str]) -> bool:
    """Whether a :data:`STAMP` match is an English "9.02am" / "4.45pm": "am" or "pm" in lower case right after
    the minutes, the hour at most 12 (German "14.30 Am Bahnhof ..." or "9.30 am Montag" has no such stamp)."""
    return m.group("w") in ("am", "pm") and int(m.group("h")) <= 12


# how many paragraphs must open with (or hold) a ticker stamp before stamps are cut off: a live ticker has many; an
# article with one line that opens with a time ("6.15 Uhr: So früh fährt künftig der erste Bus") is no ticker
TICKER_MIN_STAMPS = 3


def cut_stamps(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """The paragraphs with every ticker stamp inside one cut off as a paragraph of its own,
    and the indices of those stamps: 'Updated 13:47 CET | The shipping company says ...'
    is two paragraphs, the stamp and the entry; a line of one-line entries ('+++ 14:32 Uhr +++
    „…“, sagte Claudia Brandt. +++ 14:40 Uhr +++ Der Verkehr staut sich. +++') is one per
    entry.  A paragraph that is only a stamp stays whole (the timestamp rule takes it)."""
    out: list[tuple[int, int]] = []
    stamps: list[int] = []
    stamped = sum((_lead_stamp(text, s, e) is not None) + len(list(_STAMP_MARKED.finditer(text, s, e))) for s, e in spans)
    if stamped < TICKER_MIN_STAMPS:
        return list(spans), []  # no ticker: "9:30 a.m. Sunday is when the bridge reopens" says the time, keeps it
    for s, e in spans:
        cuts = [(m.start(), m.end()) for m in _STAMP_MARKED.finditer(text, s, e)]
        lead = _lead_stamp(text, s, e)
        if lead is not None and not (cuts and cuts[0][0] == s):
            cuts.insert(0, (s, lead))
        pieces: list[tuple[int, int, bool]] = []
        pos = s
        for cs, ce in cuts + [(e, e)]:
            pieces += [(pos, cs, False), (cs, ce, True)]
            pos = ce
        pieces = [(a, b, st) for a, b, st in (strip_span(text, a, b) + (st,) for a, b, st in pieces) if a < b]
        if not any(not st for _, _, st in pieces) or len(pieces) < 2:
            out.append((s, e))
            continue
        for a, b, st in pieces:
            if st:
                stamps.append(len(out))
            out.append((a, b))
    return out, stamps


def _drop(dec: list[Decision], i: int, reason: str, detail: str = "") -> None:
    """Mark paragraph ``i`` dropped, unless an earlier rule dropped it already."""
    if dec[i].keep:
        dec[i] = Decision(False, reason, detail)


def _line_rules(paras: list[str], dec: list[Decision]) -> list[str]:
    """1. whole-line furniture, timestamps, teaser lines; returns the dates they state."""
    dates: list[str] = []
    for i, p in enumerate(paras):
        hit = _short_line_rule(p) or _timestamp_rule(p)
        if hit is None and _TEASER_LINE.search(p) and len(p) < 300:
            hit = ("teaser", "a 'more on this topic' link")
        if hit:
            _drop(dec, i, *hit)
            if hit[0] in ("timestamp", "dateline", "registration"):
                dates.extend(stated_dates(p))
    return dates


# a reader comment's header: "Peter Meier, vor 2 Std.", "Ruth K., vor 3 Minuten", "Sam Lee, 2 hours ago"
_COMMENT_SIGNATURE = re.compile(r"^[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2},\s+(?i:vor\s+\d+\s+(?:std|stunden?|min|minuten|tagen?)\.?"
                                r"|\d+\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago)\s*$")
# a signature is a line of its own ("Peter Meier, vor 2 Std."): "Anna Weber, vor 2 Tagen zur Vorsitzenden gewählt,
# ..." after a "Kommentar" kicker is the article's first sentence (pr36b-2)


def _signed_comments(reason: str, after: list[str]) -> bool:
    """A comments heading followed by a comment's signature line: the comments,
    wherever the heading stands (they may be longer than the article)."""
    return reason == "reader-comments" and bool(after) and _COMMENT_SIGNATURE.match(after[0]) is not None


_LINK_LABEL = _ci(r"^links?:$")
_LINK_TEXT = re.compile(r"^[^.!?;:„“”\"«»\n]{2,80}$")


def _link_lists(paras: list[str], dec: list[Decision]) -> None:
    """The link titles under ORF's bare "Link:" label ("Erzdiözese Wien"): short lines with no
    sentence mark and at most eight words, up to the first line that is not one."""
    for i, p in enumerate(paras):
        if dec[i].keep or not _LINK_LABEL.match(p.strip()):
            continue
        for j in range(i + 1, len(paras)):
            if not (_LINK_TEXT.match(paras[j].strip()) and len(paras[j].split()) <= 8):
                break
            _drop(dec, j, "furniture", "a link under 'Link:'")


def _section_rules(paras: list[str], dec: list[Decision]) -> None:
    """2. section headings; a heading in the back half takes everything after it along."""
    total = sum(len(p) for p in paras) or 1
    before = 0
    section: tuple[str, str] | None = None
    for i, p in enumerate(paras):
        head = None
        if len(p) < 80:
            for reason, pat in _SECTION_RULES:
                if pat.search(p):
                    head = (reason, f"section heading {p!r}")
                    break
        if head is not None:
            dec[i] = Decision(False, head[0], head[1])  # a heading overrides a line rule
            section = head if before >= total / 2 or _signed_comments(head[0], paras[i + 1:i + 2]) else None
        elif section is not None:
            _drop(dec, i, section[0], f"under {section[1]}")
        before += len(p)




def _short_answer(para: str, key: str) -> bool:
    """An answer of one or two words ('Ja.', 'Nein, danke.', 'No, never.')."""
    words = key.split()
    return 1 <= len(words) <= 2 and all(w in ANSWER_WORDS for w in words) and _CLOSED_END.search(para) is not None


def _exact_duplicates(paras: list[str], norm: list[str], order: list[int], dec: list[Decision]) -> None:
    """3. exact duplicates (same words, whatever the spacing and punctuation), but for
    short answers ('Ja.')."""
    copies: dict[str, list[int]] = {}
    for i, key in enumerate(norm):
        if dec[i].keep and key and not _short_answer(paras[i], key):
            copies.setdefault(key, []).append(i)
    for i in order:
        group = copies.get(norm[i], [])
        if dec[i].keep and len(group) > 1:
            group.remove(i)
            _drop(dec, i, "duplicate", f"same words as p{group[0]:04d}")


# a paragraph that is one quotation and nothing else ('„Wir haben lange gekämpft“',
# '"We grew too fast" - Linda Park, CEO'): the quoted words, then the final mark and an
# attribution after a dash
_QUOTED = (r"„(?P<a>[^„“”\n]+)[“”]|“(?P<b>[^“”\n]+)”|\"(?P<c>[^\"\n]+)\"|«(?P<d>[^«»\n]+)»|»(?P<e>[^«»\n]+)«|"
           r"‚(?P<f>[^‚‘’\n]+)[‘’]|‘(?P<g>[^‘’\n]+)’")
_QUOTE_PARA = re.compile(r"(?:" + _QUOTED + r")\s*(?P<end>[.!?…]?)\s*(?:[-–—]+\s*(?P<by>[^„“”\"«»\n]{1,60}))?")
# lower-case words an attribution may hold ('Linda Park, chief executive of Acme', 'Anna Weber,
# Sprecherin der Grünen'); any other lower-case word makes the tail a sentence ('– ja, das glaube ich')
_BY_WORDS = frozenset(
    "of the and for at in on a an der die das des den dem von vom für und bei beim im am zur zum aus "
    "chief executive spokesman spokeswoman spokesperson minister president chairman chairwoman chair director "
    "founder co-founder head leader secretary senator mayor governor professor author member manager officer "
    "coach captain former general deputy vice senior foreign prime finance interior economy party "
    "ehemaliger ehemalige stellvertretender stellvertretende".split())
_QUOTE_IN = re.compile(_QUOTED)
PULL_QUOTE_MAX_WORDS = 40
PULL_QUOTE_WINDOW = 6  # a pull quote stands within this many paragraphs after the passage it repeats


def _inner(m: re.Match[str]) -> str:
    """The words inside the quote marks of a ``_QUOTED`` match."""
    return next(g for g in m.group("a", "b", "c", "d", "e", "f", "g") if g is not None)


def _quoted_words(m: re.Match[str]) -> list[str]:
    return [w.lower() for w in _WORD.findall(_inner(m))]


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[k : k + n] == run for k in range(len(words) - n + 1))


def _pull_quotes(paras: list[str], dec: list[Decision]) -> None:
    """3b. pull quotes: a paragraph that is only a quotation (of at least three words,
    perhaps with an attribution after a dash) whose words stand, in a row and inside
    quote marks, in a kept paragraph shortly before it: a paragraph with more words than
    the quotation that ends in sentence punctuation (no headline) and is not the first
    paragraph (a headline or a teaser); a title ('„And Tango Makes Three“': no word but
    the first in lower case) is no pull quote.  A quotation that ends its sentence ('„Wir haben
    lange gekämpft.“') may be a real paragraph repeating the teaser: it goes only when
    the paragraph it repeats is at most three paragraphs before it and neither of the
    first two paragraphs."""
    kept = [i for i, d in enumerate(dec) if d.keep]
    read: dict[int, tuple[int, list[list[str]]] | None] = {}  # each earlier paragraph is read once
    for k, i in enumerate(kept):
        m = _QUOTE_PARA.fullmatch(paras[i].strip())
        if not m:
            continue
        if m.group("by") and not _attribution(m.group("by")):
            continue  # an answer after the quotation ('„…“ – ja, das glaube ich noch heute.')
        inner = _inner(m)
        said = _WORD.findall(inner)
        run = [w.lower() for w in said]
        if not 3 <= len(run) <= PULL_QUOTE_MAX_WORDS:
            continue
        if not any(w[0].islower() for w in said[1:]):
            continue  # a title in Title Case ('„And Tango Makes Three“'), no statement
        sentence = bool(m.group("end")) or inner.rstrip()[-1:] in ".!?…"
        first, window = (2, 3) if sentence else (1, PULL_QUOTE_WINDOW)
        for j in reversed(kept[max(first, k - window) : k]):
            if j not in read:
                read[j] = _quotations(paras[j])
            got = read[j]
            if got is not None and got[0] > len(run) and any(_contains_run(q, run) for q in got[1]):
                _drop(dec, i, "pull-quote", f"repeats a quotation in p{j:04d}")
                break


def _attribution(tail: str) -> bool:
    """Whether the words after a quotation's dash name who said it ('Linda Park, CEO'):
    no sentence end and no lower-case word but those of :data:`_BY_WORDS`."""
    tail = tail.strip()
    if not tail or tail[-1] in ".!?…":
        return False
    return all(w in _BY_WORDS for w in _WORD.findall(tail) if w[0].islower())


def _quotations(para: str) -> tuple[int, list[list[str]]] | None:
    """A paragraph a pull quote may repeat: its number of words and the words of each quotation
    in it (``_pull_quotes`` looks for the pull quote's words in a row in one of them); None when
    it does not end in sentence punctuation."""
    if not _CLOSED_END.search(para):
        return None
    return len(_WORD.findall(para)), [_quoted_words(q) for q in _QUOTE_IN.finditer(para)]


# a caption label with nothing after it: the caption is the line under it
_LABEL_ALONE = _ci(_CAPTION_LABEL + r"\s*$")


def _captions(paras: list[str], dec: list[Decision]) -> None:
    """4. captions: short, no sentence punctuation, next to a photo credit or another
    caption (repeated until nothing changes: a caption makes its neighbour one), never a
    list (:func:`_list_items`); a
    caption that ends in a full stop only right next to a photo credit and only when it
    has no verb (:func:`_verbless`)."""
    n = len(paras)
    changed = True
    while changed:
        changed = False
        for i, p in enumerate(paras):
            if not dec[i].keep or len(p) > 300 or _list_items(p):
                continue
            if _TERMINAL.search(p):
                near = [j for j in (i - 1, i + 1) if 0 <= j < n and dec[j].reason == "photo-credit" and _verbless(p)]
            else:
                near = [j for j in (i - 1, i + 1, i - 2, i + 2) if _caption_neighbour(paras, dec, i, j)]
            if near:
                _drop(dec, i, "caption", f"beside the {dec[near[0]].reason} p{near[0]:04d}")
                changed = True


# a list item: a line opened by a bullet ("- ", "• ", "* ", "– ") or a number ("1. ", "2) ")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–—▪◦·]|\d{1,2}[.)])\s+\S")


def _list_items(text: str) -> bool:
    """Whether every line of ``text`` is a list item: a list is article content (the rules,
    the demands an article reports), never a caption, whatever stands next to it."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(_LIST_ITEM.match(ln) and not _CLUB_NUMBER.match(ln) for ln in lines)


# a German club's or league's name that opens with an ordinal: "1. FC Köln", "1. FSV Mainz 05", "2. Bundesliga",
# "1. FC Union Berlin": no list item (rt31-14)
_CLUB_NUMBER = re.compile(r"^\s*\d\.\s+(?:[A-Z][A-Za-z]{0,2}[A-Z]\b|VfB|VfL|\w*[Ll]iga\b)")


def _caption_neighbour(paras: list[str], dec: list[Decision], i: int, j: int) -> bool:
    if not (0 <= j < len(dec)) or dec[j].keep or dec[j].reason not in ("photo-credit", "caption"):
        return False
    if dec[j].reason == "caption" and dec[j].detail.startswith("matches "):
        # a labelled caption ("Caption: …") is whole: the headline above it is none (pr36b-8); a label
        # alone on its line has its caption on the next
        return i == j + 1 and bool(_LABEL_ALONE.match(paras[j]))
    return abs(j - i) == 1 or not dec[(i + j) // 2].keep  # two away only across furniture


# the only words in lower case a verbless caption has ("SPD-Chef Lars Klingbeil am Montag in
# Berlin.", "Chancellor Friedrich Merz in the Bundestag on Wednesday."): a sentence has a
# verb, and a verb is written in lower case unless it opens a question or a command
_CAPTION_WORDS = frozenset(
    "am an auf aus bei beim im in mit nach neben von vom vor zu zum zur während über unter gegen für und oder sowie "
    "der die das den dem des ein eine einem einen einer links rechts mitte hinten vorne l r m li re "
    "the a an and on at of with during after before from to by for left right center centre front back".split())
_CAPTION_QUOTE = re.compile(r"^(?:" + _QUOTED + r")\s*:\s*")
CAPTION_MAX_WORDS = 25
_SENTENCE_END_IN = re.compile(r"[!?;]|[^\W\d]{3,}[.:]\s")  # "Berlin. Heute": two sentences ("3. Oktober", "(l.)" are none)


def _verbless(text: str) -> bool:
    """Whether ``text`` (a full stop at its end, no other sentence mark) is a caption
    without a verb: after a quotation and a colon that may open it, every word in lower
    case is a preposition, an article or a conjunction (four words at least)."""
    rest = text[_m.end():] if (_m := _CAPTION_QUOTE.match(text)) else text
    words = _WORD.findall(rest)
    body = rest.rstrip()[:-1]
    if not 4 <= len(words) <= CAPTION_MAX_WORDS or not rest.rstrip().endswith(".") or _SENTENCE_END_IN.search(body):
        return False
    return all(not w[0].islower() or w.lower() in _CAPTION_WORDS for w in words)


def _near_duplicates(paras: list[str], norm: list[str], order: list[int], dec: list[Decision]) -> None:
    """5. near duplicates: drop the worst-formed copies of a paragraph while a kept one
    holds it (:func:`_copy_of`); the paragraphs it copies stay."""
    sh = [_shingles(p) for p in paras]
    owners: dict[tuple[str, ...], set[int]] = {}  # shingle -> kept paragraphs that have it
    for j, grams in enumerate(sh):
        if dec[j].keep:
            for g in grams:
                owners.setdefault(g, set()).add(j)
    for i in order:
        if not dec[i].keep or len(norm[i].split()) < 8:
            continue
        got = _copy_of(i, paras, sh, owners)
        if got is not None:
            cover, sources = got
            _drop(dec, i, "near-duplicate", f"{cover:.0%} of its word sequences also in {', '.join(f'p{j:04d}' for j in sources[:8])}")
            for g in sh[i]:
                owners[g].discard(i)


def _copy_of(i: int, paras: list[str], sh: list[list[tuple[str, ...]]],
             owners: dict[tuple[str, ...], set[int]]) -> tuple[float, list[int]] | None:
    """Whether paragraph ``i`` is a copy of kept paragraphs, and of which: at least 80 %
    of its word sequences (4-word shingles) in ONE other paragraph, or in shorter paragraphs
    that each stand, at least 80 %, inside it and do not overlap (a glued run-on copy of
    several well-formed ones, as in seed 003); and no number nor capitalised word of it missing from them
    (:func:`_new_facts`).  Word sequences spread over paragraphs that each say something
    else ('„Die Lage in Waltershof ist stabil“, sagte Lena Vogt.' from one entry on
    Altenwerder by Vogt and one on Waltershof by another speaker) make no copy."""
    grams = sh[i]
    others = sorted({j for g in grams for j in owners[g]} - {i})
    if not others:
        return None
    mine = set(grams)
    shared = {j: sum(j in owners[g] for g in grams) for j in others}
    best = max(others, key=lambda j: (shared[j], -j))
    if shared[best] >= 0.8 * len(grams) and not _new_facts(paras[i], [paras[best]]):
        return shared[best] / len(grams), [best]
    inside = {j: len(mine & set(sh[j])) for j in others}
    # pieces of it: each at least 80 % inside it, shorter than it, not overlapping each other
    parts = [j for j in others if inside[j] >= 0.8 * len(set(sh[j])) and inside[j] <= 0.8 * len(mine)]
    if len(parts) < 2 or sum(inside[j] for j in parts) > 1.1 * len(mine):
        return None
    held = sum(any(j in owners[g] for j in parts) for g in grams)
    if held >= 0.8 * len(grams) and not _new_facts(paras[i], [paras[j] for j in parts]):
        return held / len(grams), parts
    return None


def _new_facts(para: str, sources: list[str]) -> bool:
    """Whether ``para`` has a number or a capitalised word (a name, a place; in German
    also a noun) more often than ``sources`` together: then it says something they do
    not ('22 weitere Tage' against '21', 'sagte Jan Krüger' against 'sagte Lena Vogt',
    'seit 10 Uhr ... auf 10 Kilometern' against 'seit 10 Uhr ... auf 6 Kilometern'), and
    it stays even when most of its words are theirs."""
    def facts(text: str) -> Counter[str]:
        return Counter(w.lower() for w in _WORD.findall(text) if w[0].isupper() or any(c.isdigit() for c in w))
    have: Counter[str] = Counter()
    for s in sources:
        have += facts(s)
    mine, theirs = _statement_words(para), _statement_words(" ".join(sources))
    # a turning word it has and they lack; against ONE source also the other way ('would pay' / 'would not pay')
    return bool(facts(para) - have) or bool(mine - theirs) or (len(sources) == 1 and bool(theirs - mine))


# words that turn or count a statement: two paragraphs whose counts of these differ say different things ('had eased'
# / 'had not eased', 'keine Gefahr mehr' / 'weiterhin Gefahr', 'the third' / 'the second'), however alike the rest
_STATEMENT_WORDS = frozenset("""not no never none nothing nobody neither nor without longer still more less fewer
nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder noch weiterhin ohne mehr weniger
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion
first second third fourth fifth half
ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend million millionen milliarde milliarden
erste ersten erster zweite zweiten zweiter dritte dritten dritter vierte vierten halb halbe""".split())


def _statement_words(text: str) -> Counter[str]:
    return Counter(w for w in (t.lower() for t in _WORD.findall(text.replace("n't", " not").replace("n’t", " not")))
                   if w in _STATEMENT_WORDS)


def _comment_tail(paras: list[str], dec: list[Decision]) -> None:
    """6. reader comments by shape: a tail of short, comment-like paragraphs after long ones."""
    kept = [i for i, d in enumerate(dec) if d.keep]
    if len(kept) < 4:
        return
    tail: list[int] = []
    for k in range(len(kept) - 1, -1, -1):
        i = kept[k]
        body = [len(paras[j]) for j in kept[:k]]
        if len(body) < 2:
            break
        med = statistics.median(body)
        if len(paras[i]) < 0.35 * med and len(paras[i]) < 300:
            tail.append(i)
        else:
            break
    if len(tail) >= 2 and sum(_is_comment_like(paras[i]) for i in tail) >= max(1, len(tail) // 2):
        for i in tail:
            _drop(dec, i, "reader-comments", "short comment-like paragraph after the article body")
