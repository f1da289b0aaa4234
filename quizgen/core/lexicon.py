"""General English words that name what a thing is: the vocabulary `kinds` reads a stem with.

Hand-written for quizgen (no outside source), and deliberately general: category nouns a teacher
uses in any subject ("king", "novel", "river", "enzyme"), grouped so that a king and an emperor
count as the same kind of answer while a king and a river do not. A kind noun that is not listed
here still works: two blanks that name the same noun match; only listed nouns can conflict.
"""

from __future__ import annotations

from quizgen.core.model import AnswerType

#: group -> (answer type, kind nouns). A noun names the kind of its blank's answer.
_GROUPS: dict[str, tuple[AnswerType, str]] = {
    # people
    "ruler": (AnswerType.PERSON, "king queen emperor empress tsar czar tsarina czarina pharaoh sultan shah kaiser "
                                 "monarch ruler sovereign prince princess caliph khan dictator regent"),
    "noble": (AnswerType.PERSON, "archduke archduchess duke duchess earl count countess baron baroness marquis"),
    "politician": (AnswerType.PERSON, "president chancellor premier minister politician statesman senator "
                                      "governor mayor leader revolutionary prime-minister stateswoman"),
    "military": (AnswerType.PERSON, "general admiral commander marshal colonel captain warrior conqueror"),
    "writer": (AnswerType.PERSON, "writer author novelist poet playwright dramatist essayist poetess"),
    "artist": (AnswerType.PERSON, "painter artist sculptor illustrator"),
    "musician": (AnswerType.PERSON, "composer musician singer pianist conductor violinist songwriter"),
    "scientist": (AnswerType.PERSON, "scientist physicist chemist biologist mathematician astronomer naturalist "
                                     "geologist physician inventor engineer botanist economist"),
    "explorer": (AnswerType.PERSON, "explorer navigator astronaut cosmonaut aviator pilot aviatrix"),
    "thinker": (AnswerType.PERSON, "philosopher thinker theologian reformer"),
    "religious": (AnswerType.PERSON, "pope saint bishop archbishop cardinal prophet apostle"),
    "performer": (AnswerType.PERSON, "actor actress director filmmaker"),
    # places
    "city": (AnswerType.PLACE, "city capital town port village metropolis city-state"),
    "country": (AnswerType.PLACE, "country nation kingdom republic empire"),
    "continent": (AnswerType.PLACE, "continent"),
    "region": (AnswerType.PLACE, "region province state county territory colony"),
    "river": (AnswerType.PLACE, "river"),
    "mountain": (AnswerType.PLACE, "mountain mount peak volcano"),
    "range": (AnswerType.PLACE, "range mountains"),
    "sea": (AnswerType.PLACE, "sea gulf bay"),
    "strait": (AnswerType.PLACE, "strait channel"),  # a passage, not a sea: no Black Sea for "the ____ strait"
    "ocean": (AnswerType.PLACE, "ocean"),
    "lake": (AnswerType.PLACE, "lake"),
    "island": (AnswerType.PLACE, "island islands archipelago peninsula"),
    "desert": (AnswerType.PLACE, "desert"),
    "building": (AnswerType.PLACE, "palace castle cathedral temple tower church mosque monument"),
    # works
    "book": (AnswerType.TITLE, "novel book novella epic memoir"),
    "play": (AnswerType.TITLE, "play tragedy comedy"),
    "poem": (AnswerType.TITLE, "poem sonnet ode ballad"),
    "painting": (AnswerType.TITLE, "painting portrait fresco mural"),
    "music": (AnswerType.TITLE, "symphony opera concerto song album sonata ballet composition"),
    "film": (AnswerType.TITLE, "film movie documentary"),
    "treaty": (AnswerType.TITLE, "treaty pact accord charter declaration act"),
    # organizations
    "party": (AnswerType.ORGANIZATION, "party"),
    "company": (AnswerType.ORGANIZATION, "company firm corporation manufacturer"),
    "alliance": (AnswerType.ORGANIZATION, "alliance league union federation coalition"),
    "agency": (AnswerType.ORGANIZATION, "agency ministry"),
    "school": (AnswerType.ORGANIZATION, "university college school academy"),
    "press": (AnswerType.ORGANIZATION, "newspaper magazine broadcaster"),
    # terms: science
    "organ": (AnswerType.TERM, "organ gland"),
    "tissue": (AnswerType.TERM, "tissue"),
    "cell": (AnswerType.TERM, "cell"),
    "organelle": (AnswerType.TERM, "organelle"),
    "bone": (AnswerType.TERM, "bone"),
    "muscle": (AnswerType.TERM, "muscle"),
    "vessel": (AnswerType.TERM, "vessel artery vein capillary"),
    "hormone": (AnswerType.TERM, "hormone"),
    "enzyme": (AnswerType.TERM, "enzyme"),
    "molecule": (AnswerType.TERM, "protein molecule"),
    "vitamin": (AnswerType.TERM, "vitamin"),
    "mineral": (AnswerType.TERM, "mineral"),
    "element": (AnswerType.TERM, "element metal"),
    "gas": (AnswerType.TERM, "gas"),
    "compound": (AnswerType.TERM, "compound acid base salt"),
    "particle": (AnswerType.TERM, "particle"),
    "force": (AnswerType.TERM, "force"),
    "unit": (AnswerType.TERM, "unit"),
    "planet": (AnswerType.TERM, "planet"),
    "moon": (AnswerType.TERM, "moon satellite"),
    "star": (AnswerType.TERM, "star"),  # a constellation or a galaxy is no star (Canis Major for Vega: judged T)
    "galaxy": (AnswerType.TERM, "galaxy"),
    "constellation": (AnswerType.TERM, "constellation"),
    "process": (AnswerType.TERM, "process"),
    "disease": (AnswerType.TERM, "disease illness infection"),
    "animal": (AnswerType.TERM, "animal mammal bird reptile fish insect species"),
    "plant": (AnswerType.TERM, "plant tree flower"),
    "rock": (AnswerType.TERM, "rock"),
    "instrument": (AnswerType.TERM, "instrument"),
    "language": (AnswerType.TERM, "language"),
    "religion": (AnswerType.TERM, "religion faith"),
    "currency": (AnswerType.TERM, "currency"),
    "ideology": (AnswerType.TERM, "ideology"),
    "dynasty": (AnswerType.TERM, "dynasty"),
    "war": (AnswerType.TERM, "war battle revolution rebellion uprising"),
    "movement": (AnswerType.TERM, "movement style"),
    # terms: language
    "verb": (AnswerType.TERM, "verb"),
    "noun": (AnswerType.TERM, "noun"),
    "adjective": (AnswerType.TERM, "adjective"),
}

#: kind noun -> its group.
GROUP_OF: dict[str, str] = {noun: group for group, (_, nouns) in _GROUPS.items() for noun in nouns.split()}
#: Kinds of two words, a modifier and a kind noun, that are another kind than the noun alone: "the dwarf planet
#: ____" is no planet ("the red giant", "the white dwarf" likewise); each is a group of its own.
COMPOUND_KINDS: dict[str, AnswerType] = {"dwarf planet": AnswerType.TERM, "red giant": AnswerType.TERM,
                                        "white dwarf": AnswerType.TERM, "red dwarf": AnswerType.TERM}
GROUP_OF.update({kind: kind for kind in COMPOUND_KINDS})
#: group -> the answer type its kinds belong to.
TYPE_OF_GROUP: dict[str, AnswerType] = {group: answer_type for group, (answer_type, _) in _GROUPS.items()} | \
    COMPOUND_KINDS
#: Kind nouns that say a person is a woman or a man.
FEMALE = frozenset("queen empress tsarina czarina princess archduchess duchess countess baroness actress "
                   "poetess aviatrix stateswoman woman girl mother daughter wife sister".split())
MALE = frozenset("king emperor tsar czar pharaoh sultan shah kaiser prince archduke duke earl count baron "
                 "marquis actor man boy father son husband brother".split())
#: Verbs whose subject is a person of a kind, and whose object is a work of a kind.
SUBJECT_VERBS: dict[str, str] = {
    "painted": "painter", "sculpted": "sculptor", "wrote": "writer", "composed": "composer", "discovered": "scientist",
    "invented": "inventor", "formulated": "scientist", "proposed": "scientist", "reigned": "monarch",
    "ruled": "leader", "explored": "explorer", "sailed": "explorer", "circumnavigated": "explorer",
    "conquered": "conqueror", "founded": "", "directed": "director", "led": "leader", "commanded": "commander",
}
OBJECT_VERBS: dict[str, str] = {
    "painted": "painting", "wrote": "book", "composed": "symphony", "directed": "film", "sculpted": "sculpture",
    "signed": "treaty",
}
#: The kind of work a verb's object is when the subject is a listed person of a group ("Tchaikovsky
#: wrote ____": a composition, not a book).
WORK_OF_GROUP: dict[str, str] = {"musician": "composition", "artist": "painting", "writer": "book"}
#: Words that, as the word before a blank, do not name a kind ("the ____", "in ____").
STOP = frozenset(
    """a an the of in on at to by for from with and or but as is are was were be been being this that these
    those which who whom whose what when where why how it its his her their our your my he she they we you i
    not no nor so than then there here into onto upon over under after before during between about against
    among through across also only very most more less first last new old called named known one two three
    has have had do does did can could will would shall should may might must s""".split()
)
#: Words in a stem that narrow which answers fit: superlatives (the answer is an extreme, so the
#: wrong answers must be near that extreme, not merely of its kind) and place qualifiers.
QUALIFIERS = frozenset("largest biggest smallest tiniest longest shortest highest tallest lowest deepest oldest "
                       "youngest populous island landlocked".split())
#: Words that are not kind nouns even in a kind position ("the largest ____ of": the superlative).
ADJECTIVE_ENDINGS = ("est", "ous", "ive", "ful", "ic", "al", "ary", "ian")
PERSON_WORDS = frozenset("who whom whose".split())


def group_of(kind: str | None) -> str | None:
    return GROUP_OF.get(kind) if kind else None


def type_of_kind(kind: str | None) -> AnswerType | None:
    group = group_of(kind)
    return TYPE_OF_GROUP.get(group) if group else None

#: Numbered series whose members a stem names as "Name N" (written for quizgen from well-known public facts): the
#: numbers that exist. A synthesized "Apollo 20" or "Voyager 5" never existed; a series not listed here offers
#: only the numbers its deck names (`distractors._series_of`).
NUMBERED_SERIES: dict[str, frozenset[int]] = {name: frozenset(numbers) for name, numbers in {
    "apollo": (1, *range(4, 18)), "vostok": range(1, 7), "voskhod": (1, 2), "gemini": range(3, 13),
    "soyuz": range(1, 41), "salyut": range(1, 8), "skylab": range(2, 5), "shenzhou": range(1, 22),
    "voyager": (1, 2), "pioneer": range(0, 12), "mariner": range(1, 11), "viking": (1, 2), "luna": range(1, 25),
    "venera": range(1, 17), "sputnik": range(1, 11), "explorer": range(1, 60), "lunokhod": (1, 2),
    "ranger": range(1, 10), "surveyor": range(1, 8), "chang'e": range(1, 7), "mars": range(1, 8),
    "tiangong": (1, 2), "landsat": range(1, 10), "telstar": (1, 2), "vanguard": (1, 2, 3),
}.items()}
