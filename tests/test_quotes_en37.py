"""English speakers, session 33 (en37): a form of address of the other gender before a surname the text gives a
man or woman in full ("Mrs. Hadley told reporters" after "Tom Hadley has died"), name suffixes that mark another
generation ("Donald Trump Jr."), a possessor's counterpart ("Kompany's opposite number"), a nationality before an
office and a name ("Israeli army chief of staff Herzi Halevi")."""
import pytest

from aligner.model import Article
from aligner.quotes.extract import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _normalised(text):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")), {"t": text})


def _last(text):
    return _normalised(text)[-1].speaker


_OBITUARY = "Former Scotland striker Tom Hadley has died at the age of 71.\n\n"


# a woman addressed so is not the man the article names in full with that surname: another id, never his (22bac41:
# 'Mrs. Hadley told reporters' -> Tom Hadley, spk:tom_hadly, 0.9; the title's dot kept it out of the mention)
@pytest.mark.parametrize("frame", [
    '"I will miss him every day," Mrs. Hadley told reporters.',
    '"I will miss him every day," Ms. Hadley said.',
    '"I will miss him every day," Miss Hadley said.',
    '"I will miss him every day," said Mrs. Hadley.',
    '"I will miss him every day," Mrs Hadley told reporters.',
])
def test_woman_addressed_is_not_the_man_named_in_full(frame):
    sp = _last(_OBITUARY + frame)
    assert sp is not None and sp.id != "spk:tom_hadly" and sp.name != "Tom Hadley"


def test_man_addressed_is_not_the_woman_named_in_full():
    sp = _last('Ruth Gasser, the first woman on the council, has died at 84.\n\n"She was fearless," Mr. Gasser said.')
    assert sp is not None and sp.name != "Ruth Gasser" and "ruth" not in (sp.id or "")


# neighbours: an address of the same gender, or a first name of either gender, is the person named in full
@pytest.mark.parametrize("text, full", [
    ('Former Scotland striker Tom Hadley scored twice.\n\n"I will keep going," Mr. Hadley told reporters.', "Tom Hadley"),
    ('Senator Elizabeth Warren spoke on Monday. "We will fight," Ms. Warren said.', "Elizabeth Warren"),
    ('Senator Elizabeth Warren spoke on Monday. "We will fight," Mrs. Warren told reporters.', "Elizabeth Warren"),
    ('Andrea Novak spoke on Monday. "We will fight," Mr. Novak said.', "Andrea Novak"),
    ('Tom Hadley spoke on Monday. "We will fight," Dr. Hadley said.', "Tom Hadley"),
])
def test_same_gender_address_joins_the_full_name(text, full):
    assert _last(text).name == full


_KOMPANY = '"We deserved it," said Bayern coach Vincent Kompany. '


# a possessor's opposite number, number two or right-hand man is another person: never the possessor, never a body
# named "opposite number" (22bac41: "said Kompany's opposite number" -> Vincent Kompany 0.8 by context; "said his
# opposite number" -> 'opposite number' org: 0.9)
@pytest.mark.parametrize("frame", [
    '"We were not the worse team," said Kompany\'s opposite number.',
    '"We were not the worse team," Kompany\'s opposite number said.',
    '"We were not the worse team," said his opposite number.',
    '"We were not the worse team," said the opposite number.',
    '"We were not the worse team," said Kompany\'s Dortmund opposite number.',
    '"We were not the worse team," said the Bayern boss\'s opposite number.',
    '"We were not the worse team," said Kompany\'s number two.',
])
def test_opposite_number_is_someone_else_unnamed(frame):
    sp = _last(_KOMPANY + frame)
    assert sp is not None and sp.name is None and not (sp.id or "").startswith("org:")


# neighbours: the opposite number's own name is the speaker; a tie noun of one word as before
@pytest.mark.parametrize("frame, name", [
    ('"We were not the worse team," said his opposite number Niko Kovac.', "Niko Kovac"),
    ('"We were not the worse team," said Kompany\'s opposite number Niko Kovac.', "Niko Kovac"),
    ('"We were not the worse team," said Kompany\'s opposite number, Niko Kovac.', "Niko Kovac"),
    ('"We were not the worse team," said Kompany\'s assistant Aaron Danks.', "Aaron Danks"),
    ('"We were not the worse team," said Kompany\'s wife.', None),
    ('"We were not the worse team," said Kompany\'s counterpart.', None),
])
def test_opposite_number_neighbours(frame, name):
    assert _last(_KOMPANY + frame).name == name


def test_world_number_two_with_name_is_the_player():
    assert _last('"I am happy," said world number two Carlos Alcaraz.').name == "Carlos Alcaraz"


# a nationality adjective before an office that ends in "chief of staff" opens the title, it is nobody's name
# (22bac41: 'Israeli' spk:israli 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will respond," said Israeli army chief of staff Herzi Halevi.', "Herzi Halevi"),
    ('"We will respond," said Israeli chief of staff Herzi Halevi.', "Herzi Halevi"),
])
def test_nationality_before_chief_of_staff_and_name(text, name):
    sp = _last(text)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text", [
    '"We will respond," said Israeli army chief of staff Herzi Halevi and Yoav Gallant.',  # two people
    '"We will respond," said Israeli army chief of staff Herzi Halevi\'s spokesman.',  # his spokesman
])
def test_chief_of_staff_neighbours_name_no_one_at_the_bar(text):
    sp = _last(text)
    assert sp is None or sp.name in (None,) or (sp.confidence or 0) < 0.8


@pytest.mark.parametrize("text, name", [
    ('"We will respond," said US Army chief of staff Randy George.', "Randy George"),
    ('"We will respond," said White House chief of staff Susie Wiles.', "Susie Wiles"),
    ('"We will respond," said the Israeli army chief of staff, Herzi Halevi.', "Herzi Halevi"),
])
def test_chief_of_staff_titles_still_named(text, name):
    assert _last(text).name == name


# a generation suffix stays in the name and the id: the son is never his father (22bac41: 'Robert F. Kennedy' and
# spk:robert_f_kenedy for 'Robert F. Kennedy Jr.'; 'Donald Trump Jr' with spk:donald_trump)
@pytest.mark.parametrize("text, name, sid", [
    ('"We will win," said Health Secretary Robert F. Kennedy Jr.', "Robert F. Kennedy Jr", "spk:robert_f_kenedy_jr"),
    ('"We will win," said Robert F. Kennedy Jr. on Monday.', "Robert F. Kennedy Jr", "spk:robert_f_kenedy_jr"),
    ('"We will win," said Donald Trump Jr. on Monday.', "Donald Trump Jr", "spk:donald_trump_jr"),
    ('"We will win," said John Smith III.', "John Smith III", "spk:yohn_smith_iii"),
])
def test_generation_suffix_kept_in_name_and_id(text, name, sid):
    sp = _last(text)
    assert (sp.name, sp.id) == (name, sid)


def test_son_and_father_in_one_article_are_two_ids():
    qs = _normalised('"We will win," said Donald Trump Jr. "We will fight," said President Donald Trump.')
    assert [q.speaker.id for q in qs] == ["spk:donald_trump_jr", "spk:donald_trump"]


def test_bare_surname_after_the_son_alone_is_not_joined_to_him():
    # the lead after pr34-1: a bare "Trump" may be the son or his father ("President Trump", "his father" beside
    # "Donald Trump Jr." went to the son at 0.9); it stays the bare surname, never the son's or the father's id
    sp = _last('Donald Trump Jr. spoke at the rally. "We will win," Trump said.')
    assert sp.id == "spk:trump"
    sp = _last('Donald Trump Jr. attended the rally. "Tariffs are working," President Trump said.')
    assert sp.id not in ("spk:donald_trump_jr", "spk:donald_trump")


def test_bare_surname_beside_father_and_son_is_below_the_bar():
    sp = _last('President Donald Trump and his son Donald Trump Jr. spoke at the rally. "We will win," Trump said.')
    assert sp.confidence is not None and sp.confidence < 0.8


# neighbours: no suffix, the person as before; a middle initial still read on
@pytest.mark.parametrize("text, name, sid", [
    ('"We will win," said Robert F. Kennedy.', "Robert F. Kennedy", "spk:robert_f_kenedy"),
    ('"We will win," said Laurence H. Tribe.', "Laurence H. Tribe", "spk:laurentse_h_tribe"),
    ('President Donald Trump spoke at the rally. "We will win," Trump said.', "Donald Trump", "spk:donald_trump"),
])
def test_no_suffix_neighbours(text, name, sid):
    sp = _last(text)
    assert (sp.name, sp.id) == (name, sid)


def test_cluster_names_keep_a_suffix_apart():
    from aligner.quotes.speakers import cluster_names
    m = cluster_names(["Donald Trump Jr.", "Donald Trump", "Martin Luther King Jr.", "Martin Luther King"])
    assert m["Donald Trump Jr."][0] != m["Donald Trump"][0]
    assert m["Martin Luther King Jr."][0] != m["Martin Luther King"][0]


# several people, each with a first name and perhaps a title, joined by "and": no one of them alone at the bar
# (22bac41: the first at 0.9)
@pytest.mark.parametrize("text", [
    '"Costs will fall," said economy minister Robert Habeck and finance minister Christian Lindner.',
    '"Costs will fall," said economy minister Robert Habeck and finance minister Christian Lindner in a joint statement.',
    '"Costs will fall," said Vantoria chief technology officer Anna Keller, Siemens chief executive Roland Busch and Tom Hill.',
    '"Costs will fall," said Anna Keller, Roland Busch and Tom Hill.',
])
def test_several_titled_people_name_no_one(text):
    sp = _last(text)
    assert sp is None or sp.name is None or (sp.confidence or 0) < 0.8


# neighbours: a verb after the second opens a clause of its own (pr33-4: fx113's 28036c0 lost these, reverted); a
# firm of two names, a person tied to two others, a second person after a participle stay the first person's
@pytest.mark.parametrize("text, name", [
    ('"Costs will fall," said economy minister Robert Habeck and opposition leader Friedrich Merz agreed.', "Robert Habeck"),
    ('"Costs will fall," said economy minister Robert Habeck and opposition leader Friedrich Merz disagreed.', "Robert Habeck"),
    ('"Costs will fall," said economy minister Robert Habeck, flanked by finance minister Christian Lindner.', "Robert Habeck"),
    ('"Costs will fall," said economy minister Robert Habeck after meeting finance minister Christian Lindner.', "Robert Habeck"),
    ('"Costs will fall," said Tom Hill, head of Procter and Gamble.', "Tom Hill"),
    ('"Costs will fall," said Anna Keller, a friend of Tom Hill and Julia Busch.', "Anna Keller"),
    ('"Costs will fall," said Anna Keller, a lawyer for Tom Hill and Julia Busch.', "Anna Keller"),
    ('"Costs will fall," said Anna Keller, the widow of Tom Hill and mother of Julia Busch.', "Anna Keller"),
    ('"Costs will fall," said Anna Keller, director of the Tom Hill and Julia Busch Foundation.', "Anna Keller"),
])
def test_several_people_neighbours_keep_the_speaker(text, name):
    assert _last(text).name == name


# a person's name with a particle before a word that also ends armed bodies' names is a person (pr33-5; 22bac41:
# 'Chris Van Wing' org: 0.9)
@pytest.mark.parametrize("text, sid", [
    ('"We will win," said Chris Van Wing.', "spk:"),
    ('"We will respond," said Alex De Force.', "spk:"),
    ('"We will respond," Iran\'s Quds Force said.', "org:"),
    ('"We will respond," said the National Guard.', "org:"),
    ('"We will respond," the Israel Defense Forces said.', "org:"),
])
def test_particle_before_armed_body_word_is_a_surname(text, sid):
    assert (_last(text).id or "").startswith(sid)


# a suffix's dot before the verb is no sentence end (22bac41: '"…," Donald Trump Jr. said.' had no speaker)
@pytest.mark.parametrize("text, sid", [
    ('"We will win," Donald Trump Jr. said.', "spk:donald_trump_jr"),
    ('"We will win," Donald Trump Jr. told reporters.', "spk:donald_trump_jr"),
    ('"We will win," Martin Luther King Jr. said.', "spk:martin_luther_king_jr"),
])
def test_suffix_dot_before_the_verb(text, sid):
    assert _last(text).id == sid


# "Hadley Jr." beside the dead Tom Hadley: his son, unnamed, never the father even below the bar (22bac41: 'said Hadley
# Jr.' -> Tom Hadley 0.7 by the role)
@pytest.mark.parametrize("frame", ['"He was my hero," said Hadley Jr.', '"He was my hero," said Hadley junior.',
                                   '"He was my hero," Hadley Jr. said.'])
def test_son_by_suffix_is_not_the_dead_father(frame):
    sp = _last(_OBITUARY + frame)
    assert sp is not None and sp.name is None


# the speaker check across outlets: a name with a generation suffix and the same name without it may be father and son
# (rt32-13; 22bac41: names_verdict True, the pair 'same')
def test_suffix_against_no_suffix_is_not_called_one_person():
    from aligner.match.speaker_flag import names_verdict
    assert names_verdict("Donald Trump Jr", "Donald Trump") is None
    assert names_verdict("Donald Trump Jr", "Donald Trump Jr.") is True
    assert names_verdict("Vinicius Jr", "Vinicius Junior") is not False  # a player's short form, no suffix of a full name


# a possessor's agent, rival, opponent or mentor is another person, unnamed, never the possessor nor a body named
# "rival" (22bac41: "said Kompany's agent/rival" -> Vincent Kompany 0.8 by context; "his rival/opponent/mentor" ->
# org:rival etc. 0.9)
@pytest.mark.parametrize("frame", [
    '"We were not the worse team," said Kompany\'s agent.',
    '"We were not the worse team," said Kompany\'s rival.',
    '"We were not the worse team," said Kompany\'s old rival.',
    '"We were not the worse team," his rival said.',
    '"We were not the worse team," said his opponent.',
    '"We were not the worse team," said his mentor.',
])
def test_agent_rival_opponent_mentor_unnamed(frame):
    sp = _last(_KOMPANY + frame)
    assert sp is not None and sp.name is None and not (sp.id or "").startswith("org:")


# a place, club, body or firm, then a person noun, then a name of two words: the person (22bac41: 'Secret Service',
# 'Ohio', 'Chelsea', 'Acme Corp' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will investigate," said Secret Service agent Tom Hill.', "Tom Hill"),
    ('"We will win," said Ohio farmer Tom Hill.', "Tom Hill"),
    ('"We will win," said Chelsea player Cole Palmer.', "Cole Palmer"),
    ('"We will win," said Acme Corp owner Tom Hill.', "Tom Hill"),
    ('"We were not the worse team," said Kompany\'s agent Jorge Mendes.', "Jorge Mendes"),
    ('"We will win," said Trump\'s opponent, Hillary Clinton.', "Hillary Clinton"),
])
def test_person_noun_before_a_full_name(text, name):
    assert _last(text).name == name


# neighbours: no name of two words after the noun (a weekday, one capitalised word), a plural, a tie before: not read so
@pytest.mark.parametrize("text, bad", [
    ('"We will win," said BBC visitor Centre staff.', "Centre"),
    ('"We will win," said Apple customer Service.', "Service"),
    ('"We will win," said Ohio farmers Tom Hill and Anna Lee.', "Tom Hill"),
    ('"We will win," said an aide to Ohio farmer Tom Hill.', "Tom Hill"),
])
def test_person_noun_neighbours(text, bad):
    sp = _last(text)
    assert sp is None or sp.name != bad


# an article, a capitalised place, club, body or firm, then a person noun or team title: the person, not the place (22bac41:
# 'Bayern', 'Ohio', 'Chelsea', 'FBI', 'Ford', 'Yankees' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will win," said the Bayern forward Harry Kane.', "Harry Kane"),
    ('"We will win," said the Ohio farmer Tom Hill.', "Tom Hill"),
    ('"We will win," said a Chelsea player.', None),
    ('"We will investigate," said an FBI agent.', None),
    ('"We will win," said the Ford driver on Sunday.', None),
    ('"We will win," said the Yankees owner.', None),
    # neighbours as before
    ('"We will win," said the SPD lawmaker Anna Weber.', "Anna Weber"),
    ('"We will win," said the Texas senator.', None),
])
def test_article_place_person_noun(text, name):
    assert _last(text).name == name
