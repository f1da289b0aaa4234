"""Find what a quiz would ask about in a sentence: names, dates, years, numbers, titles, key terms.

No language model: names are typed by the words around them ("actress Yulia Peresild", "space
agency Roscosmos", "the drama film Nevesta", "Oleg Artemyev, a Russian cosmonaut"), first across
all input documents (a `Lexicon`), so that a later bare "Peresild" or "Challenge" is known too.
Dates, years and numbers with their units come from their form. Each `Span` has a rank: how sure
and how quiz-worthy it is; overlapping spans keep the best one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import terms, words

#: A capitalised word, accented letters included ("Cádiz", "Zürich", "Émile").
_TOKEN = r"(?:St\.|Mt\.|(?:[A-Z]\.){2,}(?= [A-Z])|[A-Z]\.(?= [A-Z])|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*(?:['’](?:[A-Z][A-Za-z]+|(?!s\b)[a-z]+))?)"
#: A lower-case particle between the words of a name ("Silvestre de Sacy", "Deir el-Bahari").
#: Particles run together ("Ville de la Paris", "Physique et de Chimie"): "et" joins two parts of one name.
_PARTICLES = "|".join(sorted(gz.NAME_PARTICLES | {"et"}))
_PARTICLE = rf"(?: (?:{_PARTICLES})(?: (?:{_PARTICLES}))*(?= [A-Z])| (?:el|al)-(?=[A-Z]))"
#: A name inside a name: a quoted nickname ("Edwin “Buzz” Aldrin"), a possessive ("St. Mary's Hospital").
#: An organisation's possessive ends the name ("the Space Administration's {Hubble Space Telescope}").
_ORG_ALTERNATION = "|".join(sorted((re.escape(w) for w in gz.ORG_WORDS), key=len, reverse=True))
_INNER = rf"(?: [“\"][A-Z][a-z]+[”\"]| (?!(?:{_ORG_ALTERNATION})['’]s\b){_TOKEN}['’]s(?= [A-Z]))"
_NAME = re.compile(rf"{_TOKEN}(?:{_INNER}|(?:{_PARTICLE}(?: )?|(?<!-) ){_TOKEN})*(?:,? (?:Jr|Sr)\.?(?![\w]))?")
_CONNECTED_NAME = rf"{_TOKEN}(?: (?:(?:{'|'.join(sorted(gz.NAME_CONNECTORS))}) )*{_TOKEN})*"
_MONTH = "|".join(gz.MONTHS)
_ORDINAL = r"(?:st|nd|rd|th)?"

_DASH = r"\s?[–—-]\s?"
_ERA_YEAR = r"(?:(?:AD|A\.D\.) \d{1,4}|(?:\d{1,3},\d{3}|\d{1,4})(?:\s?[–—-]\s?\d{1,4})? (?:A\.D\.|B\.C\.(?:E\.)?|AD|BC|BCE|CE)(?!\w))"
#: A whole date, ranges included: "October 5", "5 October 2021", "25–26 April 1986", "July 16-24, 1969",
#: "February 5, AD 62", "May 1789", "26 October, 1886", "April, 1886", "2021-10-05".
_DATE = re.compile(
    rf"\b(?:(?:{_MONTH}) \d{{1,2}}{_ORDINAL}(?:{_DASH}\d{{1,2}}{_ORDINAL})?(?:,? (?:\d{{4}}|{_ERA_YEAR}))?|"
    rf"\d{{1,2}}{_ORDINAL}(?:{_DASH}\d{{1,2}}{_ORDINAL})? (?:of )?(?:{_MONTH})(?:,? (?:{_ERA_YEAR}|\d{{4}}))?|"
    rf"(?:{_MONTH})(?:,| of)? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?![\w–-]|,\d)"
)
#: A year of the era ("AD 62", "79 AD") and year ranges ("1830–1833").
_ERA = re.compile(rf"\b{_ERA_YEAR}")
_WORDED_YEAR_RANGE = re.compile(r"(?:(?<=\bfrom )|(?<=\bbetween ))(?P<first>1[0-9]{3}|20[0-9]{2}) (?:to|and|until) (?P<last>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)")
_YEAR_RANGE = re.compile(rf"(?<![\w.,-])(?:1[0-9]{{3}}|20[0-9]{{2}}){_DASH}(?:1[0-9]{{3}}|20[0-9]{{2}}|[0-9]{{2}})(?![\w%-])")
#: Clock times: "1:23 am", "1:23:45", "4:18 pm", "20:18 UTC".
_TIME = re.compile(
    r"(?<![\w:.,])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]m\b|[ap]\.m\.(?!$)|[ap]\.m(?=\.$)|UTC\b|GMT\b))?|\d{1,2}\.\d{2}\s?[ap]m\b)"
    r"(?P<zone> (?:local|[A-Z][a-z]+(?: (?:Standard|Daylight))?) time\b| (?:[ECMP][SD]T|BST|CET|CEST|AEST|AEDT|NZST|NZDT)\b)?"
)  # "10:32 p.m. Pacific time", "6.40pm local time": the time zone is part of the time (the time alone is accepted)
_BARE_MONTH = re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|early|late|mid-)\s+(?P<month>{_MONTH})\b(?! \d)")
_YEAR = re.compile(r"(?<![\w$.,-])(?:1[0-9]{3}|20[0-9]{2})(?![\w%-]|[.,]\d)")
_ERA_MARKS = frozenset({"BC", "BCE", "AD", "CE", "AM", "PM", "UTC", "GMT"})
#: A century is one unit: "the 3rd century", "1st century BC" (never "BC" alone).
#: A year right before a capitalised name after "the": "the 1889 World’s Fair", "the 2012 Summer Olympics"
#: (not "the 1906 San Francisco earthquake": a noun after the name makes the year a date of that noun).
_YEAR_NAME = re.compile(
    r"(?<=\bthe )(?:[A-Z][a-z]{2,} )?(?P<year>(?:1[0-9]{3}|20[0-9]{2}) (?P<name>[A-Z][a-z]+(?:['’]s)?(?: [A-Z][a-z]+(?:['’]s)?)*))\b(?!['’])"
)  # ... after a people's name too ("the Polish {1863 Uprising}"); and an award's field: "the 1962 Nobel Prize in Physiology or Medicine"
_AWARD_FIELD = re.compile(r" (?:in|for) [A-Z][a-z]+(?: (?:or|and) [A-Z][a-z]+)*\b")
#: A rank before a superlative: "sixth closest moon", "third largest city".
_RANKED = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z]+est ")
_CENTURY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th) century(?: (?:BC|BCE|AD|CE)\b)?")
_DECADE = re.compile(r"\b(?:1[0-9]|20)[0-9]0s\b")
#: A people named by its plural demonym as the agent of a passive verb: "developed by the Germans".
_BY_A_PEOPLE = re.compile(r"\b(?:[a-z]+(?:ed|en|wn|ght)|made|led|won|held|found|run|sold|told|built|ruled|settled) by the (?P<people>[A-Z][a-z]+s)\b")
_QUALIFIER = "|".join(q.replace(" ", r"\s+") for q in gz.NUMBER_QUALIFIERS)
_DIGITS = r"[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:hundred|thousand|million|billion|trillion)\b)?"
_NUMBER_WORD = "|".join(sorted(gz.NUMBER_WORDS | {"one"}, key=len, reverse=True))
_SCALE = r"(?=\s(?:hundred|thousand|million|billion|trillion)\b)"
_WORDS = (
    rf"(?:a\s(?=hundred|thousand|million|billion|dozen)|(?:several|a\sfew)\s(?=hundred|thousand|million|billion))?"
    rf"(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD})|\sand\sa\s(?:half|quarter){_SCALE})*(?![-\s](?:{_NUMBER_WORD})\b)"
)  # "two and a half million", "several thousand"
#: A number with its qualifier ("more than 30", "some 115,000"), a range ("700-1000", "60 to 100"),
#: digits with separators and scale words ("1.5 million"), or number words ("a hundred thousand");
#: the unit after it stays in the text, so it is only looked at, not taken.
_NUMBER = re.compile(
    rf"(?:\b(?:{_QUALIFIER})\s+)?(?P<value>(?<![\w.,:])(?:{_DIGITS})(?:\+(?= [a-z]))?(?:{_DASH}{_DIGITS}|\s(?:to|and)\s{_DIGITS}(?=\s[a-z]))?(?![\w:]|[.,]\d)|\b{_WORDS}(?:\s(?:to|or)\s{_WORDS}(?=\s[a-z]))?\b)"
    rf"(?=(?P<unit>\s*%|\s+(?:per\s?cent|percent)\b|-[a-z]+|\s+(?:[a-z][a-z-]*)|\s*\())",
    re.IGNORECASE,
)
_NOT_DESIGNATION = rf"(?!(?:{_MONTH}|{'|'.join(sorted(gz.SENTENCE_STARTERS | gz.CAPITALISED_QUALIFIERS))})\b)"
_DESIGNATION = re.compile(
    rf"\b{_NOT_DESIGNATION}(?:[A-Z][a-z]+ (?=[A-Z]))?[A-Z][A-Za-z]*(?:-\d+|\s\d+)\b(?!,? \d{{4}})(?![.,]\d)"
    rf"|\b{_NOT_DESIGNATION}[A-Z][a-z]+ [A-Z]\*(?!\w)"
)
#: An ordinal birthday or anniversary is one answer: "on his {29th birthday|29th}".
_ORDINAL_DAY = re.compile(r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)) (?:birthday|anniversary)\b")
#: A class given to something: "lists the heron as near threatened", "was classified as extinct".
_CLASSED_AS = re.compile(
    r"\b(?:lists?|listed|classif(?:y|ies|ied)|class(?:es|ed)|rates?|rated|designated?|designates|declared?|declares)\s+"
    r"(?:(?:the|a|an|it|them|this|these|its|their)\s+)?(?:[a-z]+\s+){0,2}?as\s+"
    r"(?P<term>(?:(?:critically|highly|severely|near|least|extremely)\s+)?[a-z]{4,})\b(?!\s+(?:a|an|the|of|to)\b)"
)
#: A numbered document or work with what it is: "{U.S. Patent No. 223,898|223,898}", "Symphony No. 9".
_NUMBERED = re.compile(r"(?<![\w.])(?:(?:[A-Z][\w]*\.?)(?:[A-Z]\.)* ){1,3}No\.\s?(?P<number>\d[\d,]*\d|\d)\b")
#: A ship's prefix and its name, whatever words the name is made of: "HMS Sunflower", "the SS Imo".
_SHIP = re.compile(r"\b(?:HMS|HMAS|HMCS|RMS|USS|SS|MV|SMS)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*")
#: A coordinate, an angle or a temperature is one unit: "12°30′ N", "40° 26′ 46″ N", "23.5°", "80°F".
_COORDINATE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″\"])?(?:\s?[NSEW]\b|[FCK]\b)?")
#: How many times: "at least twice", "thrice".
_TIMES = re.compile(rf"(?:\b(?:{_QUALIFIER})\s+)?\b(?:twice|thrice)\b", re.IGNORECASE)
#: An age, which needs no unit: "at twenty-five", "at the age of 17", "aged 24".
_AGE = re.compile(rf"\b(?:[Aa]t (?:the age of )?|[Aa]ged |age of )(?:only |just )?(?P<value>\d{{1,3}}|{_WORDS})\b(?![-\s]?(?:%|per|years?|[a-z]+s\b))")
#: A word or few in double quotation marks: the term an explainer defines ('A "new moon" is ...', 'Two
#: "quarters," also called "half moons," ...'), unless someone is said to say it (see _term_spans).
_QUOTED_TERM = re.compile(r"[\"“](?P<term>[A-Za-z][\w'’ -]*?)[.,]?[\"”]")
#: Where a quoted term is the one a sentence defines: opening it, or after an article, a count or a naming word
#: ('"Waxing" refers to ...', 'In the "waning gibbous" phase', 'Two "quarters,"', 'called "half moons,"').
_DEFINING_PLACE = re.compile(r"(?:^|\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|called|named|termed|known as|word|term))\s*$")
#: A verb of saying beside quotation marks: a quotation, not a term ("... ," he said; told "...").
_SAID_BESIDE = re.compile(r"\b(?:said|says|say|told|tells|asked|wrote|writes|added|adds|replied|shouted|tweeted)\b", re.IGNORECASE)
#: A quoted name the sentence gives: "called “The Iron Lady”", "nicknamed 'the Red Baron'".
_QUOTED_NAME = re.compile(r"\b(?:named|called|dubbed|nicknamed|known as|christened)\s+(?:(?:her|him|it|them|this)\s+)?[\"“‘'](?P<term>[A-Za-z][\w'’ -]{1,40}?)[.,]?[\"”’'](?!\w)")
#: A rank with its place ("Countess of Avon", "Duke of Wellington"): one unit, never the rank alone.
_STYLED = re.compile(rf"\b(?:{'|'.join(sorted(gz.RANKS))}) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
#: A name and a plural noun named after it: "Fibonacci numbers", "Aubrey holes", "Kuiper belt objects".
_NAMED_KIND = re.compile(r"(?<=[a-z,] )(?P<term>[A-Z][a-z]{2,}(?: [a-z]+)? [a-z]{3,}s)\b(?! [a-z]+s\b)")
#: A thing named after someone, after "the": "the Calvin cycle", "the Doppler effect", "the Kuiper belt".
_NAMED_THING = re.compile(
    r"(?<=\bthe )(?P<term>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})? [a-z]{4,})\b"
    r"(?![ -](?!(?:is|are|was|were|has|have|had|they|it|he|she|which|that|who|and|or|of|in|on|to|for|by|with|as|at)\b)[a-z])"
)  # not the front of a longer compound ("the Calvin cycle enzymes")
#: An organisation named before the noun that says what it is: "Glasgow's Brown and Clyde shipyard".
_ORG_BEFORE_NOUN = re.compile(rf"(?P<name>{_CONNECTED_NAME}) (?:{'|'.join(sorted(gz.ORG_AFTER))})\b")
#: A glossary line: "Meteorite: A meteor that hits Earth ...": the label is the term it defines.
_GLOSSARY = re.compile(r"^(?P<term>[A-Z][a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})\s?: (?:A|An|The|Any) [a-z]")
#: A comparison that is the fact: "deeper than any other lake", "more massive than the Sun"; not a
#: bound ("no larger than a grain of rice": the grain is the measure, not the comparison), nor one
#: with the thing itself ("the low tides are lower than they'd be", "higher than usual").
#: What "be" says a thing is, when the word classes it: a colour ("are {deep brown}", "is {green}") or a
#: way of life ("is {carnivorous}", "are {nocturnal}"): checkable, unlike "is large" (a detail).
_COLOURS = "red|orange|yellow|green|blue|purple|violet|brown|black|white|grey|gray|pink|golden|silver"
_CLASSING = (
    r"[a-z]+vorous|nocturnal|diurnal|crepuscular|aquatic|terrestrial|arboreal|venomous|poisonous|extinct|"
    r"endangered|airborne|transparent|opaque|magnetic|radioactive|toxic|edible|deciduous|evergreen|warm-blooded|cold-blooded"
)
_CLASSED_BY_BE = re.compile(
    rf"\b(?:is|are|was|were|be|becomes?|became|turns?|turned)(?: (?:not|usually|often|mostly|mainly|always|almost|also|then))? "
    rf"(?:[a-z]+ and )?"  # "is sleek and {deep brown}"
    rf"(?P<term>(?:(?:deep|pale|dark|light|bright|dull) )?(?:{_COLOURS})(?:(?:,| and| or) (?:(?:deep|pale|dark|light|bright|dull) )?(?:{_COLOURS}))*|{_CLASSING})\b"
    rf"(?![ -](?:[a-z]+ )?(?:than|as)\b)(?P<next> [a-z]+)?"
)
#: A subject that points back to what the sentence before named: its class says nothing alone ("Some are blue").
_POINTING_BACK = re.compile(r"(?:Some|Many|Most|Others?|These|Those|This|It|They|Both|All)\b(?! of the\b)")
#: "There is no ..." states what is missing: the absent thing is the fact ("There was no live video of ...").
_NONE_THERE = re.compile(
    r"(?:^(?:[A-Z][^,]{0,40}, )?[Tt]here (?:is|was|are|were)|^(?:The )?[A-Z]?[a-z]+s (?:have|had)|^(?:The|A|An) [a-z]+ (?:has|had)) "
    r"(?P<term>no (?:[a-z-]+ ){0,2}[a-z-]{3,})(?= (?:of|in|on|for|at|to|from|with|inside|within|outside|near|under|during)\b|[,.;]|$)"
)  # ... and what a thing lacks: "Drones have {no sting}", "The kiwi has {no tail}"
#: A word and, in brackets, the few ordinary words that gloss it: "the light {refracts} (changes direction)".
_GLOSSED = re.compile(r"(?<![\w-])(?P<term>[a-z]{4,}) \((?:or |i\.e\.,? )?[a-z]+(?: [a-z]+){1,5}\)")
_COMPARATIVE = re.compile(r"(?<!\bno )(?<!\bnot )(?<!\bany )\b(?P<term>(?:more|less) [a-z]{4,}|[a-z]{3,}(?:er|ier))\s+than\b(?!\s+(?:\d|a few|ever|half|twice|once|one|two|three|they|it|he|she|we|those|that|usual|normal|before)\b)")
#: What a comparison compares with, right after its "than": a name and its possessor ("Earth's Moon") or
#: a noun phrase of up to three words and one "of" phrase ("the wavelength of visible light").
_THAN_WHAT = re.compile(
    r" (?:the |an? )?(?P<what>[A-Z][a-z]+['’]s [A-Z][a-z]+|(?:[a-z-]{3,} ){0,2}[a-z-]{3,}(?: of (?:the |an? )?(?:[a-z-]{3,} )?[a-z-]{3,})?)"
    r"(?=[,.;:]|$| (?:in|on|at|for|by|and|but|which|that|when|because)\b)"
)
#: Scientific names: "Penicillium notatum", "Staphylococcus aureus".
_BINOMIAL = re.compile(
    r"\b(?P<genus>[A-Z][a-z]{3,}(?:um|us|a|ia|ium|ella|coccus|myces|es|is|on|ae))\s"
    r"(?P<species>[a-z]{3,}(?:um|us|a|is|ii|ae|ens|ata|atum|ica|icus|ensis|ius|ea|eus|i|ora|ans|oides|er))\b"
)
_AWARD = re.compile(
    rf"\b(?:[A-Z][a-z]+ )+(?:{'|'.join(sorted(gz.AWARD_WORDS))})(?: (?:in|for) [A-Z][a-z]+(?: (?:or|and) [A-Z][a-z]+)*)?"
)
_EPITHET = re.compile(r"\b[A-Z][a-z]+ the (?:Younger|Elder|Great|Conqueror|Wise|Bold|Good|Terrible|Magnificent)\b")
_DEFINED_TERM = re.compile(r"\b(?:a|an|the)\s+(?P<term>[a-z][a-z-]+(?: [a-z][a-z-]+)?)\s*(?:—|–|--| - |,)\s*(?:a|an)\s+(?!few\b|lot\b|number\b)")
#: A toll of none, as a report gives it: "{No deaths} were reported", "and {no casualties} have been confirmed".
_NO_TOLL = re.compile(
    r"\b(?P<toll>[Nn]o (?:deaths|casualties|fatalities|injuries|serious injuries|survivors))"
    r"(?= (?:were|was|have|has|had) (?:been )?(?:reported|recorded|confirmed|found)\b)"
)
#: A toll's number with no noun after it: "injured 150 and killed 21.", "killing 36, injuring ...".
_TOLL_COUNT = re.compile(
    rf"\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding)\s+(?:(?:{_QUALIFIER})\s+)?(?P<n>(?<![\w.,])\d[\d,]*\d|(?<![\w.,])\d|\b{_WORDS}\b)"
    r"(?=\s*(?:[.,;]|and\b|$))",
    re.IGNORECASE,
)
#: A quantity with its unit glued on: "about 180L", "1.5L", "20kg", "5km".
_GLUED_UNIT = re.compile(
    rf"(?:\b(?:{_QUALIFIER})\s+)?(?<![\w.,])(?P<value>\d+(?:\.\d+)?)(?P<unit>mL|ml|L|kg|km|cm|mm|mg|g|m|lbs?|ft|mi|kW|MW|kHz|Hz)(?!\w)",
    re.IGNORECASE,
)
#: A definition ending on the term it defines: "... is called Nitrogen fixation.", "... are known as stomata."
_CALLED_END = re.compile(
    r"\b(?:is|are|was|were) (?:also |now |often |usually )?(?:called|known as|termed|named|referred to as) (?:the )?"
    r"(?!(?:in|after|for|by|at|on|from|with|to)\b)(?P<term>[A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,3})\s*[.!]?$"
)  # (not "was named {in her honor}": a preposition opens what the name is for, not the name)
#: A process noun opening a sentence before its verb: "Reabsorption moves substances ...", "Erosion wears ...".
_PROCESS_SUBJECT = re.compile(r"^(?P<term>[A-Z][a-z]+(?:tion|sion|sis|ment|ance|ence|ism))\s+(?P<verb>[a-z]{3,}s)\b")
#: A compass direction something faces or lies in: "placed facing east", "to the north of".
_DIRECTION = re.compile(r"\b(?:facing|faces|face|towards?|to the)\s+(?P<term>(?:north|south)(?:-?(?:east|west))?|east|west)\b", re.IGNORECASE)
#: A count given in words, where a number would be: "only a {small number} of Londoners", "{very few} people".
_VAGUE_COUNT = re.compile(
    r"\b(?:only |just )?(?:an? )?(?P<term>(?:very |relatively |surprisingly )?(?:small|large|great|huge|tiny|vast) (?:number|handful)|very few|only a few|handful)"
    r"(?= (?:of )?[A-Za-z]+s\b| (?:of )?(?:people|men|women|children)\b)",
    re.IGNORECASE,
)
#: A role word after an article names a key term of the story ("a female surgeon").
_ROLE_TERM = re.compile(
    rf"\b(?:a|an)\s+(?:[a-z]+\s+|(?P<demonym>{'|'.join(sorted(gz.DEMONYMS))})\s+)?(?P<term>{'|'.join(sorted(gz.PERSON_ROLES))})\b(?! [A-Z])"
    r"(?P<other> and (?:[a-z]+ |[A-Z]-[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian)\b(?! [a-z]+\b(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!\bof)(?<!\bin)))?"
)  # "an English {chemist and X-ray crystallographer}": a second role of the same person is one answer


#: The trade of a person named in full, set beside the name: "Vincenzo Galilei, a famous {lute player} and {music
#: theorist}", "Ada Byron, a {mathematician}": each trade is a blank (a comment on the person is not: "a gifted boy").
_APPOSED_TRADE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+, (?:a|an) (?:(?:famous|well-known|noted|renowned|leading|celebrated|prominent|former|"
    r"professional|talented|gifted|skilled|successful|wealthy|local) )?(?P<first>(?:[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian))"
    r"(?: and (?P<second>(?:[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian)))?\b"
)
#: A magnet's or a planet's pole, named by its compass point: "a hypothetical {North pole}", "the {South Pole}".
_COMPASS_POLE = re.compile(r"\b(?P<term>(?:North|South) (?:magnetic |geographic )?[Pp]oles?)\b")
#: The unit a size or a span of time is reckoned in: "a lifetime measured in {days}", "on the scale of {feet}".
_SCALE = re.compile(
    r"\b(?:measured|counted|reckoned) in (?:terms of )?|\bon (?:the|a) (?:scale|order) of |\bin the order of "
)
_SCALE = re.compile(
    rf"(?:{_SCALE.pattern})(?P<unit>(?:milli|micro|nano)?seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia"
    r"|inches|feet|yards|miles|(?:milli|centi|kilo)?met(?:re|er)s|(?:milli|kilo)?grams|tonnes|tons|light-years)\b"
)
#: The trade a person worked in: "working as a {draftsman} in ...", "employed as an {interpreter}." ("serve as" is
#: no trade: "could serve as an abode for ...").
_WORKED_AS = re.compile(
    r"\b(?:work(?:ed|s|ing)?|employed|trained|hired|apprenticed|earned a living|made a living) as (?:a|an) "
    r"(?P<term>[a-z][\w-]{3,}(?: [a-z][\w-]{3,})?)(?=[.,;:!?]|$| (?:in|at|for|with|on|from|of|and|until|before|after|during|when|while|to|under|by)\b)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate blank: `text[start:end]` of the sentence, its answer type and how good it is."""

    start: int
    end: int
    text: str
    type: AnswerType
    rank: int
    alternatives: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Names typed by a cue somewhere in the input, so that bare later mentions are typed too."""

    types: dict[str, AnswerType] = field(default_factory=dict)
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Acronyms of words that describe ("sinoatrial (SA) node": SA): before a noun, one term with it.
    modifiers: set[str] = field(default_factory=set)

    def add(self, name: str, answer_type: AnswerType, alternatives: Iterable[str] = ()) -> None:
        self.types.setdefault(name, answer_type)
        extra = tuple(a for a in alternatives if a != name and a not in self.alternatives.get(name, ()))
        if extra:
            self.alternatives[name] = self.alternatives.get(name, ()) + extra


def _species(match: re.Match[str]) -> bool:
    """"Staphylococcus aureus" is a scientific name; "Hercules after" is not: an English word is no
    species name unless it has a Latin ending."""
    species = match.group("species")
    return not words.known(species) or bool(re.search(r"(?:us|um|ae|ii|ensis|oides|atum|icus)$", species))


def build_lexicon(sentences: Iterable[str]) -> Lexicon:
    lexicon = Lexicon()
    full_names: dict[str, set[str]] = {}  # surname -> the full names it stands for
    for text in sentences:
        for match in _BINOMIAL.finditer(text):
            if not _species(match):
                continue
            lexicon.add(match.group(), AnswerType.TERM)
            lexicon.add(match.group("genus"), AnswerType.TERM)
        for long_name, acronym in _acronyms(text):
            answer_type = _cued_type(text, *long_name) or _word_type(long_name[2]) or AnswerType.ORGANIZATION
            lexicon.add(long_name[2], answer_type, [acronym])
            lexicon.add(acronym, answer_type, [long_name[2]])
        for span in _bracketed_acronym_terms(text):
            lexicon.modifiers.add(span.alternatives[0].split()[0])
        for span in _title_spans(text):
            lexicon.add(span.text, AnswerType.TITLE)
        for start, end, name in _names(text):
            answer_type = _cued_type(text, start, end, name)
            if answer_type is None:
                if _person_shaped(name):  # not typed, but a surname it shares makes that surname ambiguous
                    full_names.setdefault(name.split()[-1], set()).add(name)
                continue
            lexicon.add(name, answer_type)
            parts = name.split()
            if answer_type is AnswerType.PERSON and len(parts) >= 2:
                lexicon.add(name, answer_type, [parts[-1]])
                lexicon.add(parts[-1], answer_type, [name])
                full_names.setdefault(parts[-1], set()).add(name)
    for surname, names in full_names.items():
        if len(names) > 1:  # "Curie": Marie or Pierre; the surname alone accepts neither's full name
            lexicon.alternatives.pop(surname, None)
            for name in names:
                lexicon.alternatives[name] = tuple(a for a in lexicon.alternatives.get(name, ()) if a != surname)
    return lexicon


_DAY_AND_MONTH = rf"(?:(?:{_MONTH}) \d{{1,2}}(?:, \d{{3,4}})?|\d{{1,2}} (?:{_MONTH})(?: \d{{3,4}})?)"
#: A date with the same day in the other calendar in brackets: "July 10, 1856 (June 28 Old Style)", "6 January 1412 (O.S.)".
_DUAL_DATE = re.compile(
    rf"(?P<first>{_DAY_AND_MONTH}) \((?P<other>{_DAY_AND_MONTH})? ?(?:Old Style|New Style|O\.S\.|N\.S\.)\)"
)


#: A rate as "one in N" is one answer: "{One in 500} males", "about {one in every 2,000} babies" (accepting "1 in 500").
_ONE_IN = re.compile(r"\b(?:[Oo]ne|1) in (?:every )?(?P<whole>\d[\d,]*)(?![\d,]*\s*(?:%|percent|per cent))\b")


def find_spans(text: str, lexicon: Lexicon) -> list[Span]:
    """Every candidate blank of a sentence, overlaps resolved (best rank, then longest)."""
    candidates: list[Span] = [_with_weekday(text, m) for m in _DATE.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.DATE, 6, (m.group("day"),)) for m in _WEEKDAY_PART.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.DATE, 7, tuple(d for d in (m.group("first"), m.group("other")) if d))
                   for m in _DUAL_DATE.finditer(text)]  # "{July 10, 1856 (June 28 Old Style)}": one date, said in two calendars
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 6, (f"1 in {m.group('whole')}",)) for m in _ONE_IN.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4) for m in _WORDED_COUNT.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.ORGANIZATION, 5) for m in _AND_ORGANIZATION.finditer(text)]
    candidates += [Span(m.start("people"), m.end("people"), m.group("people"), AnswerType.TERM, 5) for m in _NATIONALITY.finditer(text)]
    candidates += list(_called_names(text))
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5, (m.group("measure"),) if m.group("qualifier") else ())
                   for m in _FRACTION_MEASURE.finditer(text)]
    for m in _COUNTED_NAMES.finditer(text):  # "three volcanic cones, “Kibo”, “Mawenzi”, and “Shira”": each named one
        candidates += [Span(m.start("items") + i.start("name"), m.start("items") + i.end("name"), i.group("name"), AnswerType.TERM, 5)
                       for i in _LISTED_NAME.finditer(m.group("items"))]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 6, tuple(y for y in (m.group("first"), m.group("last")) if y) if not m.group("last") else ())
                   for m in _PART_OF_YEAR.finditer(text)]
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in _STAGE.finditer(text)
                   if not words.known(m.group("term"))]
    candidates += [
        Span(m.start("month"), m.end("month"), m.group("month"), AnswerType.DATE, 3) for m in _BARE_MONTH.finditer(text)
    ]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in _YEAR.finditer(text) if not _counted(text, m)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in _COORDINATE.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in _ERA.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5) for m in _YEAR_RANGE.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 6, (f"{m.group('first')}–{m.group('last')}",))
                   for m in _WORDED_YEAR_RANGE.finditer(text)]  # "constructed from {1887 to 1889}": one span of time
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5, (text[m.start() : m.start("zone")],) if m.group("zone") else ())
                   for m in _TIME.finditer(text)]
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 4, ("the " + m.group(),) if text[: m.start()].endswith("the ") else ())
        for m in _DECADE.finditer(text)
    ]  # "in the {1930s}": "the 1930s" is the answer too
    candidates += [
        Span(m.start("people"), m.end("people"), m.group("people"), AnswerType.PERSON, 3, ("the " + m.group("people"),))
        for m in _BY_A_PEOPLE.finditer(text) if m.group("people")[:-1] in gz.DEMONYMS or m.group("people")[:-2] in gz.DEMONYMS
    ]  # "first developed by the {Germans}": a people as the agent of what was done
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in _CENTURY.finditer(text)]
    for m in _YEAR_NAME.finditer(text):  # "the {1889 World’s Fair}": the year opens the name of the event
        follows = re.match(r" ([a-z]+)\b", text[m.end():])
        field = _AWARD_FIELD.match(text, m.end()) if m.group("name").split()[-1] in gz.AWARD_WORDS else None
        end = field.end() if field else m.end()  # "the {1962 Nobel Prize in Physiology or Medicine}"
        if field or follows is None or follows.group(1) in gz.FUNCTION_WORDS or words.NOUN not in words.classes(follows.group(1)):
            candidates.append(Span(m.start("year"), end, text[m.start("year") : end], AnswerType.TERM, 6, (text[m.start("name") : end],)))
    candidates += list(_number_spans(text))
    candidates += [Span(m.start("n"), m.end("n"), m.group("n"), AnswerType.NUMBER, 4) for m in _TOLL_COUNT.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 4, ("none",)) for m in _NO_TOLL.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4, (m.group("n"),)) for m in _ORDINAL_DAY.finditer(text)]
    for m in _DESIGNATION.finditer(text):
        named = re.match(r" ([A-Z][a-z]{2,})\b(?! [A-Z])", text[m.end():])
        if named and not words.known(named.group(1)) and named.group(1) not in gz.SENTENCE_STARTERS and named.group(1) not in gz.MONTHS:
            # "the airship LZ 129 Hindenburg": the designation and the craft's name are one unit
            end = m.end() + named.end()
            candidates.append(Span(m.start(), end, text[m.start():end], AnswerType.TERM, 4, (m.group(),)))
        else:
            candidates.append(Span(m.start(), m.end(), m.group(), AnswerType.TERM, 4))
    candidates += _title_spans(text)
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TITLE, 5) for m in _SHIP.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5, (m.group("number"),)) for m in _NUMBERED.finditer(text)]
    candidates += list(_name_spans(text, lexicon))
    candidates += list(_term_spans(text))
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in _BINOMIAL.finditer(text)
        if _species(m)
    ]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in _AWARD.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.PERSON, 5) for m in _EPITHET.finditer(text)]
    for phrase in terms.phrases(text):
        phrase_rank = terms.rank(phrase)
        if phrase_rank:
            # "called space dust or micrometeoroids": two names of one thing, either is the answer
            either = tuple(phrase.text.split(" or ")) if phrase.defined and " or " in phrase.text else ()
            start, end, answer = phrase.start, phrase.end, phrase.text
            measure = re.match(r" of (?:a |an )?([a-z]{3,})\b", text[end:]) if phrase.placed and " " not in answer else None
            if measure and not measure.group(1) in gz.FUNCTION_WORDS:  # "the size of a grain of sand": the grain of sand
                end += measure.end()
                answer, either = text[start:end], (measure.group(1),)
            elif len(answer.split()) == 3 and not either:
                either = (answer.split(" ", 1)[1],)  # "seasonal trading post": "trading post" is the answer too
                if _RANKED.match(answer):  # "the {sixth closest moon|sixth closest}": the rank is what is asked
                    either += (answer.rsplit(" ", 1)[0],)
            candidates.append(Span(start, end, answer, AnswerType.TERM, phrase_rank, either))
    candidates += [Span(start, end, item, AnswerType.TERM, 5) for start, end, item in terms.list_items(text)]
    candidates += [
        Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 4) for m in _BRACKETED_NAME.finditer(text)
        if words.NOUN in words.classes(m.group("head")) and all(
            w not in gz.FUNCTION_WORDS and (words.classes(w) <= {words.NOUN} or not words.known(w)) for w in m.group("term").split()
        )
    ]  # "light particles ({photons})": the bracket names the thing the words before describe
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in _QUOTED_NAME.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.PERSON, 5) for m in _STYLED.finditer(text)]
    for match in _ORG_BEFORE_NOUN.finditer(text):
        name = re.sub(r"^.*['’]s ", "", match.group("name"))  # "Glasgow's Brown and Clyde": the owner is not the name
        while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS and " " in name:
            name = name.split(" ", 1)[1]
        if " " in name and name not in lexicon.types:
            start = match.end("name") - len(name)
            candidates.append(Span(start, match.end("name"), name, AnswerType.ORGANIZATION, 5))
    for match in _NAMED_KIND.finditer(text):
        first = match.group("term").split()[0]
        middle = match.group("term").split()[1:-1]
        if middle and words.classes(middle[0]) == {words.VERB} and words.past_form(middle[0]):
            continue  # "the young Anning sold shells": a name, its verb and its object
        if first not in gz.SENTENCE_STARTERS | gz.DEMONYMS | gz.CELESTIAL | gz.PLACES and first not in gz.MONTHS and not words.known(first):
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3))
    for match in _NAMED_THING.finditer(text):
        first = match.group("term").split()[0]
        if all(not words.known(part) for part in first.split("-")) and first not in gz.SENTENCE_STARTERS | gz.DEMONYMS | gz.CELESTIAL | gz.PLACES and first not in lexicon.types:
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3))
    for match in _COMPARATIVE.finditer(text):
        term = match.group("term")
        if words.ADJ in words.classes(term.split()[-1]) and term.split()[-1] not in {"other", "rather", "number", "later", "earlier"}:
            candidates.append(Span(match.start("term"), match.end("term"), term, AnswerType.TERM, 3))
            standard = _THAN_WHAT.match(text, match.end())  # "smaller than {Earth's Moon}": what it is compared with
            if standard and standard.group("what").split()[0].lower() not in gz.FUNCTION_WORDS and not words.ADV in words.classes(
                standard.group("what").split()[0].lower()
            ):
                candidates.append(Span(standard.start("what"), standard.end("what"), standard.group("what"), AnswerType.TERM, 3))
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 3) for m in _VAGUE_COUNT.finditer(text)]
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in _CLASSED_BY_BE.finditer(text)
                   if not _POINTING_BACK.match(text)
                   and (not m.group("next") or m.group("next")[1:] in gz.FUNCTION_WORDS or words.NOUN not in words.classes(m.group("next")[1:]))]
    # (not "was white brick": a colour before a noun describes the noun)
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5)
                   for m in _NONE_THERE.finditer(text)]  # "There was {no live video} of the landing": what was missing
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in _GLOSSED.finditer(text)
                   if m.group("term") not in gz.FUNCTION_WORDS]
    candidates += list(_bracketed_acronym_terms(text))
    for match in re.finditer(r"\b(?P<acronym>[A-Z]{2,6}) (?P<noun>[a-z]{3,})\b", text):
        if match.group("acronym") in lexicon.modifiers and words.NOUN in words.classes(match.group("noun")) and match.group("noun") not in gz.FUNCTION_WORDS:
            candidates.append(Span(match.start(), match.end(), match.group(), AnswerType.TERM, 6))  # "the AV valves"
    for match in _REGIONAL_KIND.finditer(text):  # "plates of {Istrian limestone}": a regional name and its noun name a kind
        if not words.known(match.group("word")) and match.group("word") not in gz.DEMONYMS and words.NOUN in words.classes(match.group("noun")) and match.group("noun") not in gz.PERSON_ROLES | gz.TITLE_ROLES:
            candidates.append(Span(match.start(), match.end(), match.group(), AnswerType.TERM, 5))  # above the unknown name alone
    for match in _CLASSED_AS.finditer(text):  # "lists the heron as {near threatened}": the class given is the answer
        if words.NOUN not in words.classes(match.group("term").split()[-1]) or words.ADJ in words.classes(match.group("term").split()[-1]):
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 5))
    glossary = _GLOSSARY.match(text)
    if glossary is not None and glossary.group("term") not in lexicon.types:
        candidates.append(Span(glossary.start("term"), glossary.end("term"), glossary.group("term"), AnswerType.TERM, 5))
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4, (m.group("value") + m.group("unit"), f"{m.group('value')} {m.group('unit')}", m.group("value")))
        for m in _GLUED_UNIT.finditer(text)
    ]  # "about {180L} per day"
    called = _CALLED_END.search(text)
    if called is not None:  # "... is called {Nitrogen fixation}.": the term a definition ends on, capitalised or not
        candidates.append(Span(called.start("term"), called.end("term"), called.group("term"), AnswerType.TERM, 5))
    process = _PROCESS_SUBJECT.match(text)
    if process is not None and words.can_be_verb(process.group("verb")) and process.group("verb") not in gz.FUNCTION_WORDS:
        candidates.append(Span(0, process.end("term"), process.group("term"), AnswerType.TERM, 5))
    subject = terms.defined_subject(text)
    if subject is not None and subject.text not in lexicon.types:
        candidates.append(Span(subject.start, subject.end, subject.text, AnswerType.TERM, 5 if subject.copular else 3))
    spans = [_with_role(text, _without_honorific(_named_kind(text, s))) for s in _qualifiers(text, _compound_measures(text, _resolve_overlaps(candidates)))]
    return _coordinated(text, spans)


#: One article shared by two nouns joined by "and": "an English {mathematician and writer}".
_SHARED_ARTICLE = re.compile(r"\b(?:a|an) (?:[A-Za-z-]+ ){0,2}$")


def _coordinated(text: str, spans: list[Span]) -> list[Span]:
    """Two lower-case terms joined by "and" after one "a"/"an" are one answer: "an English
    {mathematician and writer}" says what one thing is, in two nouns of one predicate, and one alone
    leaves the other as a clue. (Lists of examples keep a blank per item: "such as {tin} and {copper}".)"""
    result: list[Span] = []
    for span in spans:
        previous = result[-1] if result else None
        if (
            previous is not None and span.type is AnswerType.TERM and previous.type is AnswerType.TERM
            and span.text[:1].islower() and previous.text[:1].islower() and " " not in previous.text and len(span.text.split()) <= 2
            and text[previous.end : span.start] == " and " and _SHARED_ARTICLE.search(text, 0, previous.start)
            and not re.match(r" (?!(?:of|in|at|on|for|from|with|who|whose|and|or|but|by)\b)[a-z]", text[span.end :])
        ):
            result[-1] = Span(previous.start, span.end, text[previous.start : span.end], AnswerType.TERM, max(previous.rank, span.rank))
            continue
        result.append(span)
    return result


def _without_honorific(span: Span) -> Span:
    """A person's name after a short title accepts the name alone too: "{Prof Ian Wilmut|Ian Wilmut}",
    "{King Tupou VI|Tupou VI}" (a ruler's title and a numeral or one name after it)."""
    first, _, rest = span.text.partition(" ")
    if first.lower() in _ROYAL and rest and span.type in (AnswerType.PERSON, AnswerType.TERM) and (
        " " in rest or rest[:1].isupper() and not words.known(rest)
    ):
        return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, rest))
    if span.type not in (AnswerType.PERSON, AnswerType.TERM) or first.lower().rstrip(".") not in _HONORIFICS | {"dr", "professor"} or " " not in rest:
        return span
    return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, rest))


#: A kind named after a name: "the {Nahuatl language|Nahuatl}", the name alone is the answer too.
_KIND_OF_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+) (?:language|languages|people|peoples|tribe|tribes|dialect|script|alphabet|culture)")
#: A nationality or a regional adjective right before a term: "an {American football field}", "{Istrian limestone}".
_REGIONAL_BEFORE = re.compile(r"(?<![.!?:] )(?<=[a-z,] )(?P<word>[A-Z][a-z]{3,}(?:an|ian|ese|ish|ic)) $")


_REGIONAL_KIND = re.compile(r"(?<=[a-z,] )(?P<word>[A-Z][a-z]{3,}(?:an|ian|ese|ish|ic)) (?P<noun>[a-z]{3,})\b(?![-'’]| [A-Z])")


def _named_kind(text: str, span: Span) -> Span:
    kind = _KIND_OF_NAME.fullmatch(span.text)
    if kind is not None:
        return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, kind.group("name")))
    if span.type is not AnswerType.TERM or not span.text[:1].islower() or span.rank < 2:
        return span
    regional = _REGIONAL_BEFORE.search(text, 0, span.start)
    if regional is None or regional.group("word") not in gz.DEMONYMS and words.known(regional.group("word")):
        return span
    head = span.text.split()[-1].lower()
    if head in gz.PERSON_ROLES or head in gz.TITLE_ROLES or head.rstrip("s") in gz.PERSON_ROLES or re.match(r" [A-Z]", text[span.end :]):
        return span  # "an English physician", "Tibetan mountaineer Tenzing Norgay": a person keeps no nationality
    start = regional.start("word")
    rank = max(span.rank, 3) if terms.placed_after(text[:start]) else span.rank  # "the size of an {American football field}"
    return Span(start, span.end, text[start : span.end], span.type, rank, (span.text, *span.alternatives))


_ROLE_BEFORE = re.compile(r"(?<![\w-])(?P<role>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?) $")


def _with_role(text: str, span: Span) -> Span:
    """A name after its role word accepts the two together: "Captain {Medec|Captain Medec}"."""
    role = _ROLE_BEFORE.search(text, 0, span.start)
    if role is None or not span.text[:1].isupper() or span.type in (AnswerType.NUMBER, AnswerType.DATE, AnswerType.YEAR):
        return span
    if not gz.title_role(role.group("role")):
        return span
    return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, f"{role.group('role')} {span.text}"))


#: A weekday right before a date is part of it: "on {Sunday 2nd September 1666}", "{Thursday, 6 September}".
_WEEKDAY_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:the )?$")


def _with_weekday(text: str, match: re.Match[str]) -> Span:
    """A date's span, with the weekday before it if there is one (the date alone is accepted too).
    An ordinal date accepts the plain one: "the {4th of July 1934|4 July 1934}"."""
    plain = _ORDINAL_OF.sub(r"\g<day> ", match.group())
    weekday = _WEEKDAY_BEFORE.search(text, 0, match.start())
    if weekday is None or not re.search(r"\d", match.group()):
        return Span(match.start(), match.end(), match.group(), AnswerType.DATE, 6, (plain,) if plain != match.group() else ())
    alternatives = (match.group(),) + ((plain,) if plain != match.group() else ())
    return Span(weekday.start(), match.end(), text[weekday.start() : match.end()], AnswerType.DATE, 6, alternatives)


#: A count in words without a number: "{Dozens} of ships were waiting", "{hundreds} of visitors".
_WORDED_COUNT = re.compile(r"(?<![\w-])(?:[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)(?= of (?:[a-z]+ )?(?:[a-z]+s|people|men|women|children)\b)")
#: The nation of a nationality or citizenship: "obtained the {French} nationality", "became a {Swiss} citizen".
_NATIONALITY = re.compile(rf"\b(?P<people>{'|'.join(sorted(gz.DEMONYMS))}) (?:nationality|citizenship|citizen|passport)\b")
#: What people call a thing: "The people of the island call them {ora}, {buaja durat} (land crocodile) or ...".
_CALL_THEM = re.compile(r"\b(?:call|calls|called) (?:it|them|him|her|the [a-z]+) (?=[a-zA-Z“\"])")
_CALLED_ITEM = re.compile(r"[“\"]?(?P<item>[A-Za-z][a-z-]+(?: [a-z-]+)?)[”\"]?(?: \([^()]{1,40}\))?(?P<sep>,? or |, |[.;]|$)")


def _called_names(text: str) -> Iterable[Span]:
    """The names a sentence says a thing is called by, each a blank of its own (a bracketed gloss after a name
    is no part of it)."""
    for match in _CALL_THEM.finditer(text):
        at = match.end()
        found: list[Span] = []
        while True:
            item = _CALLED_ITEM.match(text, at)
            if item is None or item.group("item").split()[0].lower() in gz.FUNCTION_WORDS:
                break
            found.append(Span(item.start("item"), item.end("item"), item.group("item"), AnswerType.TERM, 5))
            if item.group("sep") in {"", ".", ";"} or len(found) >= 4:
                break
            at = item.end()
        if len(found) >= 2 or found and not words.known(found[0].text.split()[0].lower()):
            yield from found  # one everyday word ("call them often") is no name


#: A fraction of a unit said in words: "almost {a quarter of a mile}", "{half a mile|half a mile}" (the qualifier
#: may be left out).
_FRACTION_MEASURE = re.compile(
    r"\b(?P<qualifier>(?:almost|nearly|about|around|over|under|more than|less than|roughly) )?"
    r"(?P<measure>(?:(?:a|one) (?:quarter|third|half|fifth|tenth) of an?|half an?|(?:three|two) quarters of an?) "
    r"(?:mile|kilometre|kilometer|metre|meter|foot|inch|hour|minute|second|day|week|month|year|century|ton|tonne|pound|litre|liter|gallon|acre)s?)\b"
)
#: Names listed right after a count of things and a comma or colon: "its three volcanic cones, "Kibo", "Mawenzi",
#: and "Shira"", "two moons: Phobos and Deimos".
_ONE_NAME = r"[“\"]?[A-Z][a-z]+(?: [A-Z][a-z]+)?[”\"]?"
_COUNTED_NAMES = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){{0,2}}[a-z]+s[,:] (?P<items>{_ONE_NAME}(?:, {_ONE_NAME})*,? and {_ONE_NAME})"
)
_LISTED_NAME = re.compile(r"[“\"]?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[”\"]?")
#: An organisation whose name joins two fields with "and": "the {National Aeronautics and Space Administration}".
_AND_ORGANIZATION = re.compile(
    rf"(?<![\w-])(?:(?!(?:The|A|An|In|On|At|By|For|From|With)\b)[A-Z][a-z]+ )+and (?:[A-Z][a-z]+ )*(?:{_ORG_ALTERNATION})(?![\w-])"
)
#: A year with the part of it ("in {late 2014|2014}"), and two of them joined ("in {late 2014 and early 2015}").
_PART_OF_YEAR = re.compile(
    r"\b(?:early |late |mid-|mid )(?P<first>1[0-9]{3}|20[0-9]{2})(?: (?:and|to|until|through) (?:early |late |mid-|mid )?(?P<last>1[0-9]{3}|20[0-9]{2}))?\b(?![.,]\d)"
)
#: A technical word (none of the dictionary's) naming the stage or setting a sentence opens with: "In the
#: {interphase}, the cell ...", "During {prophase}, ..." (an everyday word there, "In the morning", is no answer).
_STAGE = re.compile(r"^(?:In|During|At) (?:the )?(?P<term>[a-z]{5,})(?=,)")
#: The ordinal and "of" of a date written "the 4th of July 1934".
_ORDINAL_OF = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)? of ")
#: A weekday and the part of it: "ran aground {Tuesday morning}" (the weekday alone is accepted too).
_WEEKDAY_PART = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)\b")


#: A measure given in two units, the larger first: "305 feet, 6 inches", "2 hours and 15 minutes".
_SMALLER_UNIT = {
    "feet": "inches", "foot": "inches", "ft": "in", "yards": "feet", "miles": "yards", "pounds": "ounces",
    "lb": "oz", "stone": "pounds", "hours": "minutes", "hour": "minutes", "minutes": "seconds", "minute": "seconds",
    "days": "hours", "day": "hours", "years": "months", "year": "months", "months": "days", "month": "days",
    "metres": "centimetres", "meters": "centimeters", "metre": "centimetres", "meter": "centimeters",
    "degrees": "minutes", "kilograms": "grams", "kg": "g", "m": "cm",
}
_TWO_UNITS = re.compile(r"\s(?P<unit>[a-z]+),?\s(?:and\s)?$")


def _compound_measures(text: str, spans: list[Span]) -> list[Span]:
    """Two numbers that are one measure in two units ("{305 feet, 6 inches} tall") are one blank."""
    result: list[Span] = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and previous.type is AnswerType.NUMBER and span.type is AnswerType.NUMBER:
            between = _TWO_UNITS.fullmatch(text, previous.end, span.start)
            smaller = _SMALLER_UNIT.get(between.group("unit")) if between else None
            after = re.match(r"\s([a-z]+)\b", text[span.end :])
            if smaller and after and after.group(1) in {smaller, smaller.rstrip("s"), smaller[:-2] if smaller.endswith("es") else smaller}:
                end = span.end + after.end()
                result[-1] = Span(previous.start, end, text[previous.start : end], AnswerType.NUMBER, previous.rank)
                continue
        result.append(span)
    return result


def _qualifiers(text: str, spans: list[Span]) -> list[Span]:
    """Spans that only qualify their neighbour are poor blanks: the country after its city ("from
    Gothenburg, {Sweden}": the city is asked, and is a place), an acronym in brackets beside its
    expansion ("the Event Horizon Telescope ({EHT})")."""
    result: list[Span] = []
    for index, span in enumerate(spans):
        before = text[: span.start]
        city = re.search(rf"({_TOKEN}(?: {_TOKEN})*), $", before)
        listed = re.match(r",? (?:and |or )?[A-Z]", text[span.end :]) is not None
        if span.text in gz.PLACES and city and (city.group(1) not in gz.PLACES or not listed) and city.group(1) not in gz.SENTENCE_STARTERS and not _after_stop(text, city.start(1)):
            # "born in {Bergen, Norway|Bergen}": a place and its country are one answer, the place alone is accepted
            start, parts = city.start(1), [city.group(1)]
            region = re.search(rf"({_TOKEN}(?: {_TOKEN})*), $", text[:start])
            if region and region.group(1) not in gz.PLACES | gz.SENTENCE_STARTERS and not _after_stop(text, region.start(1)):
                start, parts = region.start(1), [region.group(1), f"{region.group(1)}, {city.group(1)}"]  # "Berkeley, Gloucestershire, England"
            if re.search(r"\b(?:in|at|from|near|to|of)\s+$", text[:start]) and not re.match(r"['’]s\b", text[span.end :]):
                # (not "the tomb of Qin Shi Huang, China's first emperor": a person and an apposition)
                while result and result[-1].end > start:
                    result.pop()
                result.append(Span(start, span.end, text[start : span.end], AnswerType.PLACE, 4, tuple(parts)))
                continue
            span = Span(span.start, span.end, span.text, span.type, 1, span.alternatives)
            previous = result[-1] if result else None
            if previous is None or previous.end < city.start(1):
                result.append(Span(city.start(1), city.end(1), city.group(1), AnswerType.PLACE, 4))
            elif previous.end == city.end(1) and previous.rank <= 4:
                result[-1] = Span(previous.start, previous.end, previous.text, AnswerType.PLACE, 4, previous.alternatives)
        if re.fullmatch(r"[A-Z]{2,8}", span.text) and before.endswith("(") and index and re.search(r"[A-Z]\w*\s+\($", before):
            span = Span(span.start, span.end, span.text, span.type, 1, span.alternatives)
        result.append(span)
    return result


#: A four-digit number counts things, not years, after a qualifier or before a plural noun with no
#: preposition of time in front: "more than 1200 people", "some 1500 soldiers" (but "in 1969 astronauts").
_COUNT_BEFORE = re.compile(rf"\b(?:{_QUALIFIER}|only|just|the|its|their|of the)\s+$", re.IGNORECASE)


def _counted(text: str, match: re.Match[str]) -> bool:
    if _COUNT_BEFORE.search(text[: match.start()]):
        # "more than 1200 people" counts; "around 1795, after the war", "the 1889 World's Fair": nothing
        # counted follows, the number is a year
        return not re.match(r"\s*(?:[,.;:!?)]|$)|\s+[A-Z]", text[match.end():])
    plural = re.match(r"\s+(?:[a-z]+\s+)?[a-z]{3,}s\b", text[match.end():])
    timed = re.search(r"\b(?:in|by|since|until|from|of|during|circa|c\.|before|after|around|to|and|between)\s+$", text[: match.start()], re.IGNORECASE)
    return bool(plural) and not timed and not text[: match.start()].rstrip().endswith(",")


def _resolve_overlaps(candidates: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    candidates = [c for c in candidates if c.text not in _ERA_MARKS]  # "the second century BC": no name "BC"
    for span in sorted(candidates, key=lambda s: (-s.rank, -(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


#: A quantity with its unit, then a bracket: what the bracket holds restates it ("104 km (65 mi)",
#: "4.5 billion kilometres (2.8 billion miles, or 30 times ...)").
_CONVERTED = re.compile(
    rf"(?:\d|\b(?:{_NUMBER_WORD}))(?:\s(?:hundred|thousand|million|billion|trillion))?\s*[a-z]+\.?\s*\(([^()]*)\)", re.IGNORECASE
)


#: A currency right before an amount, perhaps with a qualifier before it: "over AUD$", "US$", "€", "£".
_CURRENCY_BEFORE = re.compile(rf"(?:(?P<qualifier>\b(?:{_QUALIFIER})\s+))?(?P<amount>(?<![\w$€£¥])(?:[A-Z]{{1,3}})?[$€£¥])$")


#: A number in words restated in digits in brackets: "four (4) feet" is one number.
_AND_A_HALF = re.compile(r"(?P<half>[- ]and[- ]a[- ](?:half|quarter))(?:-(?:year|month|week|day|hour|minute|mile|metre|meter|foot|inch)s?\b(?:-old\b)?)?")
_DIGITS_RESTATED = re.compile(r" \((?P<digits>\d[\d,.]*)\)(?= [a-z])")


def _number_spans(text: str) -> Iterable[Span]:
    for span in _bare_number_spans(text):
        restated = _DIGITS_RESTATED.match(text, span.end)
        half = _AND_A_HALF.match(text, span.end)
        if restated and span.text[-1:].isalpha():  # "{four (4) feet|four feet|4 feet}" (the unit is taken after it)
            bare = [a for a in span.alternatives if span.text.endswith(" " + a)]
            yield Span(span.start, restated.end(), text[span.start : restated.end()], span.type, span.rank,
                       (*span.alternatives, span.text, restated.group("digits"), *(f"{a} ({restated.group('digits')})" for a in bare)))
        elif half:  # "a {two-and-a-half-year} closure": one number, and its unit in one word
            yield Span(span.start, half.end(), text[span.start : half.end()], span.type, span.rank, (span.text + half.group("half"),))
        else:
            yield span


def _bare_number_spans(text: str) -> Iterable[Span]:
    restated = [(m.start(1), m.end(1)) for m in _CONVERTED.finditer(text)]
    for match in _NUMBER.finditer(text):
        value = match.group("value")
        unit = match.group("unit").strip()
        counted_of = unit.lower() == "of" and re.match(r"\d", value) and re.match(r"\s+of\s+(?:the|them|its|their|these|those)\b", text[match.end():])
        priced = value[:1] in "$€£¥" or match.start("value") == match.start() and _CURRENCY_BEFORE.search(text, 0, match.start()) is not None
        # an amount of money needs no unit after it: "sold for {£12,000} to a miller"
        if unit.lower() in {"and", "or", "to", "of", "the", "a", "an", "in", "on", "at", "is", "was"} and not counted_of and not priced:
            continue  # "one of the", "two and": a number without a unit is not worth a blank
        if value.lower() == "one" and unit.lower() not in gz.MEASURE_UNITS:
            continue  # "one of", "one orbit"; but "one metre" is a quantity
        if value.lower() in {"some", "a"} or re.fullmatch(r"\d", value) and unit.startswith("-"):
            continue
        if re.search(r"\bno\s+$", text[: match.start()], re.IGNORECASE):
            continue  # "no two soldiers are alike": not a count
        if re.match(r"-(?:quarters?|halves|half|thirds?|fifths?)\b", unit):  # "three-quarter Moon": a fraction
            continue
        if any(start <= match.start() < end for start, end in restated) or re.match(r"\s*(?:and|or)\s+a\s+half\b", text[match.end():]):
            continue  # a conversion repeats the value; "one and a half" is not one number
        # The blank keeps its qualifier ("more than 30") but not the unit, which stays in the text; the
        # value without its qualifier is accepted too ("{over 25,000|25,000}").
        bare = (value,) if match.start("value") > match.start() else ()
        currency = _CURRENCY_BEFORE.search(text, 0, match.start("value")) if match.start("value") == match.start() else None
        if currency is not None:  # "over {AUD$3 billion}", "{€5 million}": the currency is part of the amount
            start = currency.start("amount")
            bare = (text[start : match.end()],) if currency.group("qualifier") else ()
            yield Span(currency.start(), match.end(), text[currency.start() : match.end()], AnswerType.NUMBER, 4, bare)
            continue
        yield Span(match.start(), match.end(), match.group(), AnswerType.NUMBER, 4, bare)
    for match in _AGE.finditer(text):
        yield Span(match.start("value"), match.end("value"), match.group("value"), AnswerType.NUMBER, 4)
    for match in _TIMES.finditer(text):
        yield Span(match.start(), match.end(), match.group(), AnswerType.NUMBER, 4)


def _title_spans(text: str) -> list[Span]:
    """Titles of works after the noun naming the work: "the war film Battle for Sevastopol"."""
    pattern = re.compile(rf"\b(?:{'|'.join(sorted(gz.WORK_NOUNS))}),? (?P<title>{_CONNECTED_NAME})")
    spans = []
    for match in pattern.finditer(text):
        title = match.group("title")
        title = re.sub(r"['’]s$", "", title)
        spans.append(Span(match.start("title"), match.start("title") + len(title), title, AnswerType.TITLE, 6))
    return spans


def _names(text: str) -> Iterable[tuple[int, int, str]]:
    """Capitalised runs, without a sentence-opening word, a nationality or a role word in front of them
    ("Russian actress", "Commander Neil Armstrong"); a nationality that is part of a place's or an
    organisation's name stays ("Soviet Union", "Ukrainian Soviet Socialist Republic")."""
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group()
        parts = name.split(" ")
        if parts[-1] in gz.PLACE_WORDS | gz.ORG_WORDS | gz.STATE_WORDS | gz.INSTITUTION_WORDS and " ".join(parts) not in gz.SENTENCE_STARTERS:
            while parts and (start == 0 or _after_stop(text, start)) and parts[0] in gz.SENTENCE_STARTERS:
                start += len(parts[0]) + 1
                parts = parts[1:]
            if parts and not (len(parts) == 1 and parts[0] in gz.DEMONYMS):
                yield start, start + len(" ".join(parts)), " ".join(parts)
            continue
        body = next((i for i, part in enumerate(parts[:-2]) if i > 0 and part in gz.INSTITUTION_WORDS | gz.ORG_WORDS
                     and _person_shaped(" ".join(parts[i + 1 :]))), None)
        if body is not None:  # "the Chilean Navy Roberto Rios": the body the person serves in, then the person
            head = " ".join(parts[: body + 1])
            yield start, start + len(head), head
            start += len(head) + 1
            parts = parts[body + 1 :]
            yield start, start + len(" ".join(parts)), " ".join(parts)
            continue
        roles = [i for i, part in enumerate(parts[:-1]) if gz.title_role(part) and _names_someone(parts[i + 1])]
        if roles:  # "Lunar Module Pilot Edwin Aldrin": the person comes after the role
            cut = roles[-1] + 1
            start += len(" ".join(parts[:cut])) + 1
            parts = parts[cut:]
        kind = len(parts) == 2 and parts[0] in gz.DEMONYMS and re.match(r" [a-z]{3,}\b", text[match.end():]) is not None
        # "a female Finnish Dorset sheep": a nationality and one name before a noun name a kind together
        # "the Austrian Military Frontier", "the French Foreign Legion": after "the", a nationality opening a
        # name of two more words is part of it (not "the American Neil Armstrong": a person after it)
        kind = kind or len(parts) >= 3 and parts[0] in gz.DEMONYMS and re.search(r"\b[Tt]he\s+$", text[:start]) is not None \
            and not _person_shaped(" ".join(parts[1:]))
        # "a former {Thai Navy SEAL}", "the {Chilean Navy}": a nation's armed or state body is named with its nation
        kind = kind or len(parts) >= 2 and parts[0] in gz.DEMONYMS and parts[1] in _NATIONAL_BODIES
        while parts and (
            parts[0] in gz.DEMONYMS and not kind
            or (start == 0 or _after_stop(text, start)) and parts[0] in gz.SENTENCE_STARTERS
            or len(parts) > 1 and gz.title_role(parts[0]) and _names_someone(parts[1])
        ):
            start += len(parts[0]) + 1
            parts = parts[1:]
        if parts:
            yield start, start + len(" ".join(parts)), " ".join(parts)


#: A nation's armed or state bodies, named with the nation before them ("Thai Navy", "Russian Army").
_NATIONAL_BODIES = frozenset("Navy Army Air Marines Marine Police Coast Guard Government Parliament Embassy Ministry".split())


#: Short titles before a person's name: "Prof Ian Wilmut" is asked whole, "Ian Wilmut" accepted too.
_HONORIFICS = frozenset("prof mr mrs ms sir dame rev reverend".split())
_ROYAL = frozenset("king queen prince princess emperor empress pharaoh pope sultan tsar czar".split())


def _names_someone(word: str) -> bool:
    """A word after a role word that can be (part of) a person's name: "General {Patton}", not
    "General Electric" or "General Motors" (an adjective or a plural noun: a company's name)."""
    lower = word.lower()
    return not (words.only_adjective(lower) or lower.endswith("s") and not lower.endswith("ss") and words.NOUN in words.classes(lower))


def _after_stop(text: str, start: int) -> bool:
    """A name right after a quote or a dash starts a clause, as at the start of the sentence."""
    return bool(re.search(r"[\"“(—:]\s*$", text[:start]))


_LINKED_NAME = re.compile(rf"{_TOKEN}(?: {_TOKEN})*(?: (?:of|for|de|la|del|da|von|van)(?: the)? {_TOKEN}(?: {_TOKEN})*)+")


#: A noun phrase and, in brackets, the one- or two-word name of what it describes: "light particles (photons)".
_BRACKETED_NAME = re.compile(r"(?<![\w-])[a-z][a-z-]+ (?P<head>[a-z][a-z-]{2,}) \((?P<term>[a-z][a-z-]{3,}(?: [a-z][a-z-]{2,})?)\)")


def _name_spans(text: str, lexicon: Lexicon) -> Iterable[Span]:
    for match in _LINKED_NAME.finditer(text):
        # "Sea of Tranquility", "Royal Academy of Sciences": a name with "of" is one name when its
        # words say it is a place or an organisation.
        start, name = match.start(), match.group()
        if any(w in gz.EVENT_WORDS for w in re.split(r" (?:of|for)\b", name)[0].split()):
            while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS - gz.DEMONYMS and " " in name:
                start, name = start + len(name.split(" ", 1)[0]) + 1, name.split(" ", 1)[1]
            yield Span(start, match.end(), name, AnswerType.TERM, 5)  # "the {Battle of the Nile}", "the {American War of Independence}"
            continue
        while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS and " " in name:
            start += len(name.split(" ", 1)[0]) + 1
            name = name.split(" ", 1)[1]
        if name in lexicon.types:
            continue  # typed below, with its lexicon type
        linked_type = _word_type(name)
        left, _, right = name.partition(" of the ")
        if linked_type is AnswerType.PLACE and len(left.split()) >= 2 and left.split()[-1] in gz.PLACE_WORDS and right:
            # "the Ituri Forest of the Democratic Republic of the Congo": a place named whole, in the place
            # that holds it: two places (not "Sea of Tranquility", "Valley of the Kings": one name)
            yield Span(start, start + len(left), left, AnswerType.PLACE, 4)
            right_start = start + len(left) + len(" of the ")
            yield Span(right_start, match.end(), right, _word_type(right) or AnswerType.PLACE, 4)
            continue
        if linked_type in (AnswerType.PLACE, AnswerType.ORGANIZATION):
            yield Span(start, match.end(), name, linked_type, 4)
    for start, end, name in _names(text):
        if name in gz.DEMONYMS or name in gz.SENTENCE_STARTERS:
            continue
        designation = re.match(r" \d{1,3}\b(?![.,:]\d|\s*%|\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(gz.MEASURE_UNITS)) + r")\b)", text[end:])
        if designation and name not in gz.MONTHS:
            end += designation.end()  # "Voyager 2", "Apollo 11": the number is part of the name
            name = text[start:end]
        cued = _cued_type(text, start, end, name)
        known = lexicon.types.get(name)
        alternatives = lexicon.alternatives.get(name, ())
        defined = re.match(r"\s*\(([A-Z]{2,8})\)", text[end:])
        if defined and defined.group(1) in alternatives:
            # "International Space Station (ISS)": the blank swallows "(ISS)", and accepts the name said with it
            alternatives = (*alternatives, f"{name} ({defined.group(1)})")
            end += defined.end()
        # A name given in the sentence ("It was named Neptune") is what the sentence says; a letter
        # given as a name keeps the noun it labels ("called Z holes").
        given = bool(_NAMING.search(text[:start]))
        kind = re.match(r" [a-z]{3,}s\b| [a-z]{3,}(?=\s*(?:[.,;:!?)]|$))", text[end:])
        # "called Fibonacci numbers", "called Rayleigh scattering.": the name and the kind it names
        labelled = re.match(r" [a-z]+\b", text[end:]) if given and (len(name) <= 2 or kind) else None
        if labelled:
            end += labelled.end()
            name = text[start:end]
        placed = _PLACE_NOUN_AFTER.match(text, end) if not labelled and len(name) > 2 else None
        if placed is not None:  # "in the {Voyagers gallery|Voyagers}": the name and the kind of place it names
            alternatives = (*alternatives, name)
            end, name = placed.end(), text[start : placed.end()]
        if cued is not None:
            yield Span(start, end, name, cued, 5, alternatives)
        elif known is not None:
            yield Span(start, end, name, known, 5 if known is not AnswerType.PLACE or given else 4, alternatives)
        elif name in gz.CELESTIAL:
            yield Span(start, end, name, AnswerType.PLACE, 5 if given else 1)
        elif (word_type := _word_type(name)) is not None:
            # "Russia's RIA news agency": a place that only qualifies the next name is a poor blank.
            modifier = word_type is AnswerType.PLACE and re.match(r"['’]s [A-Z]", text[end:])
            yield Span(start, end, name, word_type, 1 if modifier else 4)
        elif given:
            yield Span(start, end, name, AnswerType.TERM, 5)
        elif " " not in name and not words.known(name) and _kind_before(text[:start]):
            yield Span(start, end, name, AnswerType.TERM, 4)  # "the programming language {Ada}": a name its kind announces
        elif re.search(r"\baccording to\s+$", text[:start], re.IGNORECASE):
            yield Span(start, end, name, AnswerType.ORGANIZATION, 3)
        elif (guessed := _guessed_type(text, start, end, name)) is not None:
            yield Span(start, end, name, guessed, 3)
        elif _unknown_name(text, start, name) and not any(name in other.split() for other in lexicon.types):
            yield Span(start, end, name, AnswerType.TERM, 3)  # "include Ceres, Vesta and Pallas": a name the page gives
            # (a part of a name the page gives in full, "Morrow" of "Ada Morrow", is that name's)
        elif _title_cased(text, start, name):
            yield Span(start, end, name, AnswerType.TERM, 3)  # "along the Mid-Atlantic Ridge", "the English Channel"
    for match in _QUOTED_TITLE.finditer(text):
        yield Span(match.start("name"), match.end("name"), match.group("name"), AnswerType.TERM, 4)  # the "Ring of Fire"


#: A kind of place written after its name, in lower case: "the Voyagers gallery", "the Gale crater".
_PLACE_NOUN_AFTER = re.compile(r" (?:gallery|crater|forest|valley|desert|canyon|basin|region)\b(?![-’'])")
#: A name of two words or more in quotation marks, each capitalised but its small joining words: the "Ring of Fire".
_QUOTED_TITLE = re.compile(r"[\"“](?P<name>[A-Z][a-z]+(?: (?:of|the|and|de|du|la|[A-Z][a-z]+))*? [A-Z][a-z]+)[\"”]")


#: A kind right before a name it introduces: "the programming language ", "the asteroid ".
_KIND_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?P<kind>[a-z]{3,}) $")


def _kind_before(before: str) -> bool:
    """The words before a name are "the" and the kind of thing it is (a noun, perhaps with a modifier):
    "The programming language Ada", "the asteroid Ceres" (not a role: "the cosmonaut X" is a person's)."""
    kind = _KIND_BEFORE.search(before)
    if kind is None or kind.group("kind") in gz.FUNCTION_WORDS or kind.group("kind") in gz.PERSON_ROLES | gz.TITLE_ROLES:
        return False
    return words.NOUN in words.classes(kind.group("kind"))


def _title_cased(text: str, start: int, name: str) -> bool:
    """Two capitalised words or more after the sentence's first word, of no known type, which
    English words make ("the English Channel", "the Mid-Atlantic Ridge", "Blue Lias"): a proper
    name all the same; in prose only a name is written so."""
    if start == 0 or re.search(r"[.!?:;]\s*[\"“(]?$", text[:start]):
        return False
    parts = name.split()
    return len(parts) >= 2 and all(p[0].isupper() and not p.isupper() for p in parts) and parts[0] not in gz.SENTENCE_STARTERS


def _unknown_name(text: str, start: int, name: str) -> bool:
    """A capitalised name of no known type that is no English word ("Ceres", "Gades", "Hannibal"),
    after the sentence's first word: still what a teacher asks, typed a term."""
    if start == 0 or re.search(r"[.!?:;]\s*[\"“(]?$", text[:start]):
        return False  # the first word of a sentence is capitalised anyway
    parts = name.split()
    if name[:-1] in gz.DEMONYMS or name[:-2] in gz.DEMONYMS or name.endswith("ans") and name[:-1] in gz.PLACES:
        return False  # "the Greeks", "the Romans": a people, said by name
    return all(len(p) >= 4 and p[0].isupper() and not p.isupper() and not words.known(p) for p in parts)


#: Words right before a name the sentence gives to something: "It was named Neptune".
_NAMING = re.compile(r"\b(?:named|called|renamed|dubbed|christened|nicknamed|known as)\s+(?:the\s+)?$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|(?:[A-Z]\.)+|[IVX]{1,4}|" + "|".join(sorted(gz.NAME_PARTICLES)))


def _person_shaped(name: str) -> bool:
    """Two to four words that could be a person's name: "John Adams", "Silvestre de Sacy",
    "Theodore M. Davis", "Ptolemy V Epiphanes" (a first word, then names, initials, particles, numerals)."""
    parts = name.split()
    if 2 <= len(parts) <= 4 and all(re.fullmatch(r"(?:[A-Z]\.)+", p) for p in parts[:-1]) and re.fullmatch(r"[A-Z][a-z]{2,}", parts[-1]):
        return True  # "S. O. Morgan", "J. R. Tolkien": initials and a surname
    if not 2 <= len(parts) <= 4 or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", parts[0]):
        return False
    if parts[-1] in gz.INSTITUTION_WORDS or parts[-1].lower() in gz.PERSON_ROLES | gz.TITLE_ROLES:
        return False
    if all(words.known(part) for part in parts) and parts[0] not in gz.GIVEN_NAMES_THAT_ARE_WORDS:
        return False  # "Blue Anchor Line", "Milky Way", "Difference Engine": ordinary words, a thing's name
    return all(_NAME_WORD.fullmatch(part) for part in parts[1:])


def _guessed_type(text: str, start: int, end: int, name: str) -> AnswerType | None:
    """A type from weaker signs, for a rank-3 blank: a head word of a period or an institution
    ("Ramesside Period": a term), a place preposition ("at Amarna"), a person's shape or verb."""
    parts = name.split()
    before = text[:start]
    if parts[-1] in gz.INSTITUTION_WORDS and len(parts) >= 2 or re.search(r"(?:ology|ism|ics|graphy|nomy)$", parts[-1]):
        return AnswerType.TERM  # "Ramesside Period"; a field of study: "Egyptology"
    if re.search(r"\b(?:published|appeared|reported|described)\s+(?:online\s+)?in\s+(?:the\s+)?(?:journal\s+)?$", before):
        return AnswerType.TITLE  # "published in Nature": a journal, not a place
    if re.search(r"-(?:class|type|style|era|based|born|made|like)$", name):
        return AnswerType.TERM  # "a Nimitz-class carrier": a kind, not a place
    if re.search(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Ii]nto|[Aa]cross|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(?:modern-day\s+|present-day\s+)?$", before):
        return AnswerType.PLACE
    if re.search(r"\b(?:located|situated|lies|lying|stands|standing|sits|based|built)\s+on\s+(?:the\s+)?$", before):
        return AnswerType.PLACE  # "located on the Champ de Mars"
    if len(parts) >= 2 and all(words.known(p) for p in parts) and not _after_stop(text, start) and start > 0:
        return AnswerType.TERM  # "the Milky Way", "the Difference Engine": a thing's name made of words
    if re.search(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", before):
        return None  # "the Champ de Mars", "the first Inspector General": a person's name takes no article
    if _person_shaped(name) or re.match(rf"\s+(?:{'|'.join(sorted(gz.PERSON_VERBS))})\b", text[end:]) and not all(words.known(p) for p in parts):
        return AnswerType.PERSON
    return None


def _cued_type(text: str, start: int, end: int, name: str) -> AnswerType | None:
    """The type the words right around a name give it, if they do."""
    before = re.findall(r"[A-Za-z-]+", text[max(0, start - 30):start])
    after = text[end:end + 60]
    word_before = before[-1].lower() if before and text[:start].endswith(" ") else ""
    if word_before in gz.PERSON_ROLES:
        return AnswerType.PERSON
    if re.search(r"\b(?:War|Battle|Revolution|Rebellion|Uprising|Crusade|Siege|Treaty)(?: [IVX]+)?$", name):
        return AnswerType.TERM  # "Before World War II, the director ...": an event, whatever role follows
    demonym = re.search(rf"(?:^|\b(?:[Tt]he|and|by|of|with|to)\s+|,\s+)(?:{'|'.join(sorted(gz.DEMONYMS))})\s+$", text[:start])
    if demonym and name.split()[-1] not in gz.INSTITUTION_WORDS and _word_type(name) is None:
        return AnswerType.PERSON  # "the Swedish Akerblad", "French Silvestre de Sacy"
    if re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(gz.PERSON_ROLES))})\b", after, re.IGNORECASE):
        return AnswerType.PERSON
    if re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(gz.ORG_AFTER))})\b", after) and name not in gz.MONTHS and (
        word_before not in gz.FUNCTION_WORDS or not word_before
    ):
        return AnswerType.ORGANIZATION  # "Evergreen Marine, the Taiwanese transportation company that ..." (not "In May, the agency")
    if word_before in gz.ORG_BEFORE:
        return AnswerType.ORGANIZATION
    if word_before in gz.VEHICLE_NOUNS or re.search(rf"\b(?:{'|'.join(sorted(gz.VEHICLE_NOUNS))}),\s*$", text[:start]):
        return AnswerType.TITLE  # "the lunar module Eagle", "the command module, Columbia"
    if re.search(rf"\b(?:{'|'.join(sorted(gz.PLACE_BEFORE))})\s+of\s+$", text[:start]):
        return AnswerType.PLACE  # "the town of Pripyat"
    next_words = re.findall(r"[a-z]+", after.split(",")[0].split(".")[0])[:2]
    if next_words and (next_words[0] in gz.ORG_AFTER or next_words[1:] == ["agency"] and next_words[0] == "news"):
        return AnswerType.ORGANIZATION
    if next_words and next_words[0] in gz.VEHICLE_NOUNS and after.startswith(" "):
        return AnswerType.TITLE  # "a Saturn V rocket"
    if next_words and (next_words[0] in gz.PLACE_AFTER or next_words == ["space", "station"]):
        if after.startswith(" "):
            return AnswerType.PLACE
    return None


def _word_type(name: str) -> AnswerType | None:
    """The type a name's own words or shape give it."""
    words = name.split()
    if name in gz.PLACES or len(words) >= 2 and any(w in gz.PLACE_WORDS for w in words):
        return AnswerType.PLACE
    if any(w in gz.ORG_WORDS for w in words):
        return AnswerType.ORGANIZATION
    if len(words) == 1 and (re.fullmatch(r"[A-Z]{2,6}", name) or re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", name)):
        return AnswerType.ORGANIZATION  # RIA, AFP, NASA; SpaceX, IMDb
    return None


_ACRONYM_TERM = re.compile(r"(?<![\w-])(?P<long>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) \((?P<acronym>[A-Z]{2,6})\) (?P<head>[a-z]+)\b")


def _bracketed_acronym_terms(text: str) -> Iterable[Span]:
    """"the sinoatrial (SA) node", "the mean arterial (MA) pressure": one term, the words its acronym
    stands for, the acronym and the noun they name; either short form is accepted ("SA node",
    "sinoatrial node"). Never the half before the bracket ({sinoatrial}) or the acronym alone."""
    for match in _ACRONYM_TERM.finditer(text):
        words_before, acronym, head = match.group("long").split(), match.group("acronym"), match.group("head")
        if head in gz.FUNCTION_WORDS or words.NOUN not in words.classes(head):
            continue
        taken = next((k for k in (3, 2) if len(words_before) >= k and "".join(w[0] for w in words_before[-k:]) == acronym.lower()), 0)
        if not taken and words_before[-1][0] == acronym[0].lower():
            taken = 1  # "sinoatrial (SA)": one word's parts
        if not taken:
            continue
        long_name = " ".join(words_before[-taken:])
        start = match.end("long") - len(long_name)
        yield Span(start, match.end("head"), text[start : match.end("head")], AnswerType.TERM, 6, (f"{acronym} {head}", f"{long_name} {head}"))


def _acronyms(text: str) -> Iterable[tuple[tuple[int, int, str], str]]:
    """"International Space Station (ISS)": the long name, and the acronym that stands for it."""
    for match in re.finditer(rf"(?P<name>{_CONNECTED_NAME})\s+\((?P<acronym>[A-Z]{{2,8}})\)", text):
        name = match.group("name")
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if initials.endswith(match.group("acronym")):
            tail = name.split()[-len(match.group("acronym")):]
            long_name = " ".join(tail)
            start = match.start("name") + len(name) - len(long_name)
            yield (start, start + len(long_name), long_name), match.group("acronym")


def _term_spans(text: str) -> Iterable[Span]:
    for match in _QUOTED_TERM.finditer(text):
        term = match.group("term")
        size = len(term.split())
        around = text[max(0, match.start() - 12) : match.start()] + " " + text[match.end() : match.end() + 12]
        defined = _DEFINING_PLACE.search(text, 0, match.start()) is not None and len(term) >= 3
        if not 1 <= size <= 4 or not defined and not term[0].islower():
            continue
        if defined and (size * 2 > len(text.split()) or _SAID_BESIDE.search(around)):
            continue
        counted = any(_number_spans(term))  # "the “seven minutes of terror” landing": one unit, not {seven}
        # the term a sentence defines is a strong blank; a word set apart inside it ("cells are "pinched" in two") a weaker one
        yield Span(match.start("term"), match.end("term"), term, AnswerType.TERM, 5 if counted else 4 if defined else 3)
    for match in _DEFINED_TERM.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3)
    for match in _ROLE_TERM.finditer(text):
        if match.group("demonym") and not match.group("other"):
            continue  # "Oleg Artemyev, a Russian cosmonaut": an apposition's role, no answer
        yield Span(match.start("term"), match.end(), text[match.start("term") : match.end()], AnswerType.TERM, 3)
    for match in _DIRECTION.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _WORKED_AS.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _COMPASS_POLE.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _APPOSED_TRADE.finditer(text):
        for part in ("first", "second"):
            if match.group(part):
                yield Span(match.start(part), match.end(part), match.group(part), AnswerType.TERM, 4)
    for match in _SCALE.finditer(text):
        yield Span(match.start("unit"), match.end("unit"), match.group("unit"), AnswerType.TERM, 4)
