"""Word lists for quote extraction: reporting (cue) verbs, roles, pronouns, stop words.

Cue verbs are given as regular expressions over inflected surface forms, with the
lemma they belong to.  German separable verbs (teilte ... mit, wies ... hin) are
matched by their finite part; the particle is picked up by the extractor when it
closes the clause.
"""

from __future__ import annotations

import re

# lemma -> surface-form pattern (whole word, case-insensitive)
CUES_DE: dict[str, str] = {
    "sagen": r"sag(?:e|st|t|te|ten|test|tet|en)|gesagt",
    "erklären": r"erklär(?:e|st|t|te|ten|en)|erklärt",
    "betonen": r"beton(?:e|st|t|te|ten|en)|betont",
    "mitteilen": r"teilt(?:e|en)?|teil(?:en)|mitgeteilt|mitteilt(?:e|en)?",
    "äußern": r"äußer(?:e|t|te|ten|n)|geäußert",
    "antworten": r"antwort(?:e|et|ete|eten|en)|geantwortet",
    "warnen": r"warn(?:e|t|te|ten|en)|gewarnt",
    "fordern": r"forder(?:e|t|te|ten|n)|forder(?:te|ten)|gefordert",
    "kritisieren": r"kritisier(?:e|t|te|ten|en)",
    "bezeichnen": r"bezeichne(?:t|te|ten|n)?",
    "nennen": r"nenn(?:e|t|en)|nannte(?:n)?|genannt",
    "meinen": r"mein(?:t|te|ten)|gemeint",
    "berichten": r"bericht(?:e|et|ete|eten|en)|berichtet",
    "ankündigen": r"kündigt(?:e|en)?|angekündigt|ankündigt(?:e|en)?",
    "hinweisen": r"wies(?:en)?|weist|hingewiesen",
    "bestätigen": r"bestätig(?:e|t|te|ten|en)",
    "schreiben": r"schreib(?:e|t|en)|schrieb(?:en)?|geschrieben",
    "twittern": r"twitter(?:t|te|ten|n)|getwittert",
    "hinzufügen": r"fügt(?:e|en)?|hinzugefügt",
    "unterstreichen": r"unterstrich(?:en)?|unterstreich(?:t|en)",
    "versichern": r"versicher(?:t|te|ten|n)",
    "behaupten": r"behaupt(?:et|ete|eten|en)",
    "bekräftigen": r"bekräftig(?:t|te|ten|en)",
    "heißen": r"heißt|hieß",
    "verlauten": r"verlaut(?:et|ete|en)",
    "sprechen": r"sprach(?:en)?|spricht",
    "ausschließen": r"schloss(?:en)?|schließt|ausgeschlossen",
    "glauben": r"glaub(?:t|te|ten|en)",
    "hoffen": r"hoff(?:t|te|ten|en)",
    "befürchten": r"befürcht(?:et|ete|eten|en)",
    "vorwerfen": r"wirft|warf(?:en)?|vorgeworfen",
    "beschuldigen": r"beschuldig(?:t|te|ten|en)",
    "bestreiten": r"bestreit(?:et|en)|bestritt(?:en)?",
    "dementieren": r"dementier(?:t|te|ten|en)",
    "einräumen": r"räumt(?:e|en)?|eingeräumt",
    "erwidern": r"erwider(?:t|te|ten|n)",
    "entgegnen": r"entgegn(?:et|ete|eten|en)",
    "ergänzen": r"ergänz(?:t|te|ten|en)",
    "fragen": r"frag(?:t|te|ten)|gefragt",
    "rufen": r"rief(?:en)?|ruft|aufgerufen",
    "appellieren": r"appellier(?:t|te|ten|en)",
    "drohen": r"droh(?:t|te|ten)|gedroht",
    "mahnen": r"mahn(?:t|te|ten)|gemahnt|ermahnt(?:e|en)?",
    "verkünden": r"verkünd(?:et|ete|eten|en)",
    "melden": r"meld(?:et|ete|eten)|gemeldet",
    "hervorheben": r"hob(?:en)?|hebt|hervorgehoben",
    "beklagen": r"beklag(?:t|te|ten|en)",
    "zitieren": r"zitier(?:t|te|ten|en)",
    "vermuten": r"vermut(?:et|ete|eten|en)",
    "ankündigen2": r"kündigen",
    "mitteilen2": r"mitteilen",
    "erläutern": r"erläuter(?:t|te|ten|n)",
    "unterstellen": r"unterstell(?:t|te|ten|en)",
    "zeigen": r"zeigt(?:e|en)?",  # zeigte sich überzeugt/zuversichtlich
    "lassen": r"ließ(?:en)?|lässt",  # ließ verlauten / mitteilen
    "schätzen": r"schätz(?:t|te|ten)|eingeschätzt",
    "vorschlagen": r"schlug(?:en)?|schlägt|vorgeschlagen",
    "kommentieren": r"kommentier(?:t|te|ten)",
    "widersprechen": r"widersprach(?:en)?|widerspricht",
    "loben": r"lob(?:t|te|ten)|gelobt",
    "verweisen": r"verwies(?:en)?|verweist",
    "ankündigen3": r"kündigt",
    "verlangen": r"verlang(?:t|te|ten)",
    "urteilen": r"urteil(?:t|te|ten)",
    "argumentieren": r"argumentier(?:t|te|ten)",
    "gestehen": r"gestand(?:en)?|gesteht|zugegeben|gab(?:en)?|gibt",
    "angeben": r"angegeben",
    "wissen": r"weiß",
    "zufolge": r"zufolge",
    "lauten": r"lautet(?:e|en)?",
    "feiern": r"feiert(?:e|en)?",
    "zurückweisen": r"wies(?:en)?|zurückgewiesen",
    "würdigen": r"würdigt(?:e|en)?|gewürdigt",
    "empfehlen": r"empfiehlt|empfahl(?:en)?|empfohlen",
    "raten": r"riet(?:en)?|rät",
    "halten": r"hält|hielt(?:en)?",  # hält X für „…“
    "sehen": r"sieht|sah(?:en)?",
    "skandieren": r"skandiert(?:e|en)?",
    "ausrufen": r"rief(?:en)? aus",
    "bekennen": r"bekannte(?:n)?|bekennt",
    "beschreiben": r"beschrieb(?:en)?|beschreibt|beschrieben",
    "folgern": r"folgert(?:e|en)?",
    "resümieren": r"resümiert(?:e|en)?",
    "klagen": r"klagt(?:e|en)?",
    "prophezeien": r"prophezeit(?:e|en)?",
    "unterstreichen2": r"unterstrich",
    "bilanzieren": r"bilanziert(?:e|en)?",
}

CUES_EN: dict[str, str] = {
    "say": r"say|says|said|saying",
    "tell": r"tell|tells|told|telling",
    "add": r"add|adds|added|adding",
    "warn": r"warn|warns|warned|warning",
    "note": r"note|notes|noted|noting",
    "state": r"states|stated|stating",
    "claim": r"claim|claims|claimed|claiming",
    "argue": r"argue|argues|argued|arguing",
    "explain": r"explain|explains|explained|explaining",
    "insist": r"insist|insists|insisted|insisting",
    "announce": r"announce|announces|announced|announcing",
    "declare": r"declare|declares|declared|declaring",
    "write": r"write|writes|wrote|written|writing",
    "tweet": r"tweet|tweets|tweeted|tweeting",
    "respond": r"respond|responds|responded|responding",
    "reply": r"reply|replies|replied|replying",
    "answer": r"answer|answers|answered|answering",
    "ask": r"ask|asks|asked|asking",
    "suggest": r"suggest|suggests|suggested|suggesting",
    "acknowledge": r"acknowledge|acknowledges|acknowledged|acknowledging",
    "admit": r"admit|admits|admitted|admitting",
    "deny": r"deny|denies|denied|denying",
    "confirm": r"confirm|confirms|confirmed|confirming",
    "call": r"call|calls|called|calling",
    "describe": r"describe|describes|described|describing",
    "urge": r"urge|urges|urged|urging",
    "predict": r"predict|predicts|predicted|predicting",
    "recall": r"recall|recalls|recalled|recalling",
    "emphasize": r"emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing",
    "stress": r"stress|stresses|stressed|stressing",
    "point out": r"point(?:s|ed|ing)? out",
    "comment": r"comment|comments|commented|commenting",
    "complain": r"complain|complains|complained|complaining",
    "report": r"report|reports|reported|reporting",
    "indicate": r"indicate|indicates|indicated|indicating",
    "according to": r"according to",
    "believe": r"believe|believes|believed",
    "think": r"think|thinks|thought",
    "promise": r"promise|promises|promised|promising",
    "vow": r"vow|vows|vowed|vowing",
    "threaten": r"threaten|threatens|threatened|threatening",
    "accuse": r"accuse|accuses|accused|accusing",
    "maintain": r"maintains|maintained",
    "contend": r"contend|contends|contended",
    "assert": r"assert|asserts|asserted|asserting",
    "observe": r"observes|observed",
    "remark": r"remark|remarks|remarked",
    "reiterate": r"reiterate|reiterates|reiterated|reiterating",
    "continue": r"continued",
    "mention": r"mention|mentions|mentioned",
    "allege": r"allege|alleges|alleged|alleging",
    "concede": r"concede|concedes|conceded|conceding",
    "caution": r"caution|cautions|cautioned|cautioning",
    "agree": r"agree|agrees|agreed",
    "predict2": r"forecast|forecasts",
    "quip": r"quip|quips|quipped",
    "boast": r"boast|boasts|boasted",
    "charge": r"charged",
    "blast": r"blasted|slammed|praised|criticized|criticised",
    "demand": r"demand|demands|demanded",
    "estimate": r"estimated|estimates",
    "show": r"show|shows|showed",
    "find": r"found|finds",
    "hope": r"hope|hopes|hoped",
    "fear": r"fear|fears|feared",
    "know": r"know|knows|knew",
    "feel": r"feel|feels|felt",
    "want": r"want|wants|wanted",
    "expect": r"expect|expects|expected",
    "question": r"questioned",
    "testify": r"testify|testified|testifies",
    "joke": r"joked",
    "acknowledge2": r"conceded",
    "shout": r"shouted|yelled",
    "signal": r"signaled|signalled",
    "promise2": r"pledged|pledges",
    "speculate": r"speculated",
    "wonder": r"wondered|wonders",
    "decline": r"declined",
    "counter": r"countered",
    "propose": r"proposed",
    "conclude": r"conclude|concludes|concluded",
    "quote": r"quoted",
    "recount": r"recount|recounts|recounted",
    "exclaim": r"exclaimed|exclaims",
    "retort": r"retorted|retorts",
    "muse": r"mused|muses",
    "post": r"posted",
    "read": r"read|reads",
    "chant": r"chanted|chant",
    "echo": r"echoed",
    "begin": r"began",
    "whisper": r"whispered",
    "plead": r"pleaded",
    "observe2": r"observe",
    "describe2": r"described",
    "put": r"put it",
    "offer": r"offered",
    "summarize": r"summed up|summarized|summarised",
}

# cue verbs that head a "that/dass" clause only when followed by one (thought verbs are weaker)
WEAK_EN = {"believe", "think", "hope", "fear", "know", "feel", "want", "expect", "find", "show", "agree",
           "decline", "propose", "call", "report", "ask", "question", "demand", "estimate", "wonder"}
WEAK_DE = {"glauben", "hoffen", "befürchten", "zeigen", "lassen", "schätzen", "wissen", "gestehen", "sprechen",
           "nennen", "bezeichnen", "fragen", "rufen", "melden", "berichten", "vorschlagen", "verlangen", "loben",
           "fordern", "angeben", "vermuten"}


def _compile(cues: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    return [(lemma.rstrip("0123456789"), re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])", re.IGNORECASE)) for lemma, pat in cues.items()]


CUE_PATTERNS = {"de": _compile(CUES_DE), "en": _compile(CUES_EN)}

PRONOUNS = {
    "de": {"er", "sie", "ich", "wir", "man"},
    "en": {"he", "she", "they", "i", "we"},
}

# role nouns (as substrings, lower case): a mention made of these is a role, not a name
ROLE_WORDS = (
    "minister", "sprecher", "präsident", "praesident", "kanzler", "botschafter", "chef", "sekretär", "berater",
    "diplomat", "vorsitzend", "direktor", "leiter", "abgeordnet", "senator", "gouverneur", "bürgermeister",
    "general", "offizier", "kommandeur", "experte", "analyst", "vertreter", "beamte", "premier", "könig",
    "vize", "staatssekretär", "anwalt", "richter", "polizei", "journalist", "autor", "professor", "trainer",
    "spokes", "president", "ambassador", "secretary", "adviser", "advisor", "director", "chairman", "chair",
    "governor", "mayor", "senator", "representative", "official", "officer", "commander", "expert", "head",
    "leader", "chief", "envoy", "manager", "candidate", "nominee", "lawyer", "attorney", "judge", "analyst",
    "aide", "strategist", "campaign", "deputy", "rep.", "sen.", "gov.", "dr.", "mr.", "mrs.", "ms.", "prof.",
    "frau", "herr", "kandidat", "diktator", "dictator", "regierungschef", "staatschef", "counterpart", "amerikaner",
    "american", "russe", "russian", "member", "mitglied", "founder", "gründer", "ceo", "coach", "democrat",
    "republican", "sicherheitsrat", "sicherheitsberater", "beauftragte", "sprecherin", "vorstand", "obmann",
    "kommissar", "commissioner", "bischof", "papst", "pope", "kardinal", "pfarrer", "priester", "polizist",
    "sprecher", "ermittler", "staatsanwalt", "prosecutor", "zeuge", "witness", "opfer", "victim", "bürger",
    "chefin", "leiterin", "ministerin", "präsidentin", "kanzlerin", "botschafterin", "direktorin",
)

# words that are capitalised but are not a person's name (institutions, days, nationalities)
INSTITUTION_WORDS = {
    "united", "nations", "states", "council", "ministry", "party", "house", "department", "union", "kremlin",
    "kreml", "white", "senate", "congress", "court", "government", "regierung", "ministerium", "rat",
    "bundestag", "duma", "nato", "osce", "un", "us", "usa", "eu", "uno", "osze", "pentagon", "agency",
    "committee", "commission", "kommission", "office", "press", "news", "times", "post", "associated",
    "reuters", "afp", "dpa", "ap", "tass", "ria", "interfax", "permanent", "national", "security", "foreign",
    "affairs", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "januar",
    "februar", "märz", "juni", "juli", "oktober", "dezember", "sputnik", "twitter", "facebook", "russland",
    "russia", "cuba", "kuba", "china", "america", "amerika", "europe", "europa", "ukraine", "außenministerium",
    "foundation", "institute", "university", "universität", "institut", "republic", "republik", "democratic",
    "republican", "democrats", "republicans", "fbi", "cia", "gop", "dnc", "rnc", "cnn", "fox", "msnbc", "abc",
    "nbc", "cbs", "vereinigten", "staaten", "vereinigte", "nationen", "bundesregierung", "weiße", "haus",
}

ARTICLES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "the", "a",
    "an", "sein", "seine", "ihr", "ihre", "his", "her", "their", "its", "unser", "our", "dessen", "deren",
}

# words that end a speaker noun phrase (prepositions, conjunctions, adverbs, time words)
NP_STOP = {
    "de": {
        "in", "im", "am", "an", "auf", "zu", "zum", "zur", "bei", "beim", "nach", "vor", "gegenüber", "mit",
        "über", "unter", "während", "dass", "daß", "und", "oder", "aber", "denn", "weil", "wenn", "als", "ob",
        "nicht", "auch", "bereits", "schon", "noch", "jedoch", "aber", "dazu", "darauf", "dabei", "zudem",
        "außerdem", "heute", "gestern", "damals", "weiter", "nun", "jetzt", "am", "vom", "von", "seinerseits",
        "ihrerseits", "dann", "so", "daher", "deshalb", "mehrfach", "kürzlich", "zuvor", "später", "es", "sich",
        "hatte", "hat", "habe", "wurde", "wird", "ist", "war", "sind", "waren", "haben", "hätte", "soll",
        "sollte", "zufolge", "laut", "gestern", "vergangene", "vergangenen", "letzte", "letzten", "dies", "das",
        "dies", "diese", "dieser", "demnach", "etwa", "zwar", "fest", "ab", "aus", "hin", "mit", "bei",
    },
    "en": {
        "in", "on", "at", "to", "during", "after", "before", "while", "when", "that", "and", "or", "but", "not",
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "told", "last",
        "this", "on", "in", "later", "earlier", "then", "recently", "previously", "repeatedly", "today",
        "yesterday", "tuesday", "in", "for", "about", "from", "with", "as", "by", "who", "which", "because",
        "if", "than", "it", "there", "reporters", "speaking", "bluntly", "again", "once", "further", "further",
    },
}

SUBJUNCTIVE_DE = re.compile(
    r"(?<![\w-])(?:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|gebe|bestehe|liege|gehe|stehe|komme|"
    r"brauche|wisse|handle|handele|befinde|plane|arbeite|trage|bleibe|sehe|fehle)(?![\w-])"
)
