"""The forms a candidate blank is found by: capitalised tokens and names, dates, years, eras, numbers with
their qualifiers, designations, quoted and styled names, defined and classed terms, awards, tolls and counts."""

from __future__ import annotations

import re

from quizgen.draft import gazetteer as gz

#: A capitalised word, accented letters included ("Cádiz", "Zürich", "Émile").
TOKEN = r"(?:St\.|Mt\.|(?:[A-Z]\.){2,}(?= [A-Z])|[A-Z]\.(?= [A-Z])|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*(?:['’](?:[A-Z][A-Za-z]+|(?!s\b)[a-z]+))?)"

#: A name inside a name: a quoted nickname ("Edwin “Buzz” Aldrin"), a possessive ("St. Mary's Hospital").
#: An organisation's possessive ends the name ("the Space Administration's {Hubble Space Telescope}").
ORG_ALTERNATION = "|".join(sorted((re.escape(w) for w in gz.ORG_WORDS), key=len, reverse=True))

CONNECTED_NAME = rf"{TOKEN}(?: (?:(?:{'|'.join(sorted(gz.NAME_CONNECTORS))}) )*{TOKEN})*"

MONTH = "|".join(gz.MONTHS)

_ORDINAL = r"(?:st|nd|rd|th)?"

DASH = r"\s?[–—-]\s?"

_ERA_YEAR = r"(?:(?:AD|A\.D\.) \d{1,4}|(?:\d{1,3},\d{3}|\d{1,4})(?:\s?[–—-]\s?\d{1,4})? (?:A\.D\.|B\.C\.(?:E\.)?|AD|BC|BCE|CE)(?!\w))"

#: A whole date, ranges included: "October 5", "5 October 2021", "25–26 April 1986", "July 16-24, 1969",
#: "February 5, AD 62", "May 1789", "26 October, 1886", "April, 1886", "2021-10-05".
DATE_FORM = re.compile(
    rf"\b(?:(?:{MONTH}) \d{{1,2}}{_ORDINAL}(?:{DASH}\d{{1,2}}{_ORDINAL})?(?:,? (?:\d{{4}}|{_ERA_YEAR}))?|"
    rf"\d{{1,2}}{_ORDINAL}(?:{DASH}\d{{1,2}}{_ORDINAL})? (?:of )?(?:{MONTH})(?:,? (?:{_ERA_YEAR}|\d{{4}}))?|"
    rf"(?:{MONTH})(?:,| of)? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?![\w–-]|,\d)"
)

#: A year of the era ("AD 62", "79 AD") and year ranges ("1830–1833").
ERA = re.compile(rf"\b{_ERA_YEAR}")

WORDED_YEAR_RANGE = re.compile(r"(?:(?<=\bfrom )|(?<=\bbetween ))(?P<first>1[0-9]{3}|20[0-9]{2}) (?:to|and|until) (?P<last>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)")

YEAR_RANGE = re.compile(rf"(?<![\w.,-])(?:1[0-9]{{3}}|20[0-9]{{2}}){DASH}(?:1[0-9]{{3}}|20[0-9]{{2}}|[0-9]{{2}})(?![\w%-])")

#: Clock times: "1:23 am", "1:23:45", "4:18 pm", "20:18 UTC".
TIME = re.compile(
    r"(?<![\w:.,])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]m\b|[ap]\.m\.(?!$)|[ap]\.m(?=\.$)|UTC\b|GMT\b))?|\d{1,2}\.\d{2}\s?[ap]m\b)"
    r"(?P<zone> (?:local|[A-Z][a-z]+(?: (?:Standard|Daylight))?) time\b| (?:[ECMP][SD]T|BST|CET|CEST|AEST|AEDT|NZST|NZDT)\b)?"
)  # "10:32 p.m. Pacific time", "6.40pm local time": the time zone is part of the time (the time alone is accepted)

BARE_MONTH = re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|early|late|mid-)\s+(?P<month>{MONTH})\b(?! \d)")

YEAR_FORM = re.compile(r"(?<![\w$.,-])(?:1[0-9]{3}|20[0-9]{2})(?![\w%-]|[.,]\d)")

ERA_MARKS = frozenset({"BC", "BCE", "AD", "CE", "AM", "PM", "UTC", "GMT"})

#: A century is one unit: "the 3rd century", "1st century BC" (never "BC" alone).
#: A year right before a capitalised name after "the": "the 1889 World’s Fair", "the 2012 Summer Olympics"
#: (not "the 1906 San Francisco earthquake": a noun after the name makes the year a date of that noun).
YEAR_NAME = re.compile(
    r"(?<=\bthe )(?:[A-Z][a-z]{2,} )?(?P<year>(?:1[0-9]{3}|20[0-9]{2}) (?P<name>[A-Z][a-z]+(?:['’]s)?(?: [A-Z][a-z]+(?:['’]s)?)*))\b(?!['’])"
)  # ... after a people's name too ("the Polish {1863 Uprising}"); and an award's field: "the 1962 Nobel Prize in Physiology or Medicine"

AWARD_FIELD = re.compile(r" (?:in|for) [A-Z][a-z]+(?: (?:or|and) [A-Z][a-z]+)*\b")

#: A rank before a superlative: "sixth closest moon", "third largest city".
RANKED = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z]+est ")

CENTURY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th) century(?: (?:BC|BCE|AD|CE)\b)?")

DECADE = re.compile(r"\b(?:1[0-9]|20)[0-9]0s\b")

#: A people named by its plural demonym as the agent of a passive verb: "developed by the Germans".
BY_A_PEOPLE = re.compile(r"\b(?:[a-z]+(?:ed|en|wn|ght)|made|led|won|held|found|run|sold|told|built|ruled|settled) by the (?P<people>[A-Z][a-z]+s)\b")

QUALIFIER = "|".join(q.replace(" ", r"\s+") for q in gz.NUMBER_QUALIFIERS)

NUMBER_WORD = "|".join(sorted(gz.NUMBER_WORDS | {"one"}, key=len, reverse=True))

SCALE = r"(?=\s(?:hundred|thousand|million|billion|trillion)\b)"

WORDS = (
    rf"(?:a\s(?=hundred|thousand|million|billion|dozen)|(?:several|a\sfew)\s(?=hundred|thousand|million|billion))?"
    rf"(?:{NUMBER_WORD})(?:[\s-](?:{NUMBER_WORD})|\sand\sa\s(?:half|quarter){SCALE})*(?![-\s](?:{NUMBER_WORD})\b)"
)  # "two and a half million", "several thousand"

_NOT_DESIGNATION = rf"(?!(?:{MONTH}|{'|'.join(sorted(gz.SENTENCE_STARTERS | gz.CAPITALISED_QUALIFIERS))})\b)"

DESIGNATION = re.compile(
    rf"\b{_NOT_DESIGNATION}(?:[A-Z][a-z]+ (?=[A-Z]))?[A-Z][A-Za-z]*(?:-\d+|\s\d+)\b(?!,? \d{{4}})(?![.,]\d)"
    rf"|\b{_NOT_DESIGNATION}[A-Z][a-z]+ [A-Z]\*(?!\w)"
)

#: An ordinal birthday or anniversary is one answer: "on his {29th birthday|29th}".
ORDINAL_DAY = re.compile(r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)) (?:birthday|anniversary)\b")

#: A class given to something: "lists the heron as near threatened", "was classified as extinct".
CLASSED_AS = re.compile(
    r"\b(?:lists?|listed|classif(?:y|ies|ied)|class(?:es|ed)|rates?|rated|designated?|designates|declared?|declares)\s+"
    r"(?:(?:the|a|an|it|them|this|these|its|their)\s+)?(?:[a-z]+\s+){0,2}?as\s+"
    r"(?P<term>(?:(?:critically|highly|severely|near|least|extremely)\s+)?[a-z]{4,})\b(?!\s+(?:a|an|the|of|to)\b)"
)

#: A numbered document or work with what it is: "{U.S. Patent No. 223,898|223,898}", "Symphony No. 9".
NUMBERED = re.compile(r"(?<![\w.])(?:(?:[A-Z][\w]*\.?)(?:[A-Z]\.)* ){1,3}No\.\s?(?P<number>\d[\d,]*\d|\d)\b")

#: A ship's prefix and its name, whatever words the name is made of: "HMS Sunflower", "the SS Imo".
SHIP = re.compile(r"\b(?:HMS|HMAS|HMCS|RMS|USS|SS|MV|SMS)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*")

#: A coordinate, an angle or a temperature is one unit: "12°30′ N", "40° 26′ 46″ N", "23.5°", "80°F".
COORDINATE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″\"])?(?:\s?[NSEW]\b|[FCK]\b)?")

#: A quoted name the sentence gives: "called “The Iron Lady”", "nicknamed 'the Red Baron'".
QUOTED_NAME = re.compile(r"\b(?:named|called|dubbed|nicknamed|known as|christened)\s+(?:(?:her|him|it|them|this)\s+)?[\"“‘'](?P<term>[A-Za-z][\w'’ -]{1,40}?)[.,]?[\"”’'](?!\w)")

#: A rank with its place ("Countess of Avon", "Duke of Wellington"): one unit, never the rank alone.
STYLED = re.compile(rf"\b(?:{'|'.join(sorted(gz.RANKS))}) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")

#: A name and a plural noun named after it: "Fibonacci numbers", "Aubrey holes", "Kuiper belt objects".
NAMED_KIND = re.compile(r"(?<=[a-z,] )(?P<term>[A-Z][a-z]{2,}(?: [a-z]+)? [a-z]{3,}s)\b(?! [a-z]+s\b)")

#: A thing named after someone, after "the": "the Calvin cycle", "the Doppler effect", "the Kuiper belt".
NAMED_THING = re.compile(
    r"(?<=\bthe )(?P<term>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})? [a-z]{4,})\b"
    r"(?![ -](?!(?:is|are|was|were|has|have|had|they|it|he|she|which|that|who|and|or|of|in|on|to|for|by|with|as|at)\b)[a-z])"
)  # not the front of a longer compound ("the Calvin cycle enzymes")

#: An organisation named before the noun that says what it is: "Glasgow's Brown and Clyde shipyard".
ORG_BEFORE_NOUN = re.compile(rf"(?P<name>{CONNECTED_NAME}) (?:{'|'.join(sorted(gz.ORG_AFTER))})\b")

#: A glossary line: "Meteorite: A meteor that hits Earth ...": the label is the term it defines.
GLOSSARY = re.compile(r"^(?P<term>[A-Z][a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})\s?: (?:A|An|The|Any) [a-z]")

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

CLASSED_BY_BE = re.compile(
    rf"\b(?:is|are|was|were|be|becomes?|became|turns?|turned)(?: (?:not|usually|often|mostly|mainly|always|almost|also|then))? "
    rf"(?:[a-z]+ and )?"  # "is sleek and {deep brown}"
    rf"(?P<term>(?:(?:deep|pale|dark|light|bright|dull) )?(?:{_COLOURS})(?:(?:,| and| or) (?:(?:deep|pale|dark|light|bright|dull) )?(?:{_COLOURS}))*|{_CLASSING})\b"
    rf"(?![ -](?:[a-z]+ )?(?:than|as)\b)(?P<next> [a-z]+)?"
)

#: A subject that points back to what the sentence before named: its class says nothing alone ("Some are blue").
POINTING_BACK = re.compile(r"(?:Some|Many|Most|Others?|These|Those|This|It|They|Both|All)\b(?! of the\b)")

#: "There is no ..." states what is missing: the absent thing is the fact ("There was no live video of ...").
NONE_THERE = re.compile(
    r"(?:^(?:[A-Z][^,]{0,40}, )?[Tt]here (?:is|was|are|were)|^(?:The )?[A-Z]?[a-z]+s (?:have|had)|^(?:The|A|An) [a-z]+ (?:has|had)) "
    r"(?P<term>no (?:[a-z-]+ ){0,2}[a-z-]{3,})(?= (?:of|in|on|for|at|to|from|with|inside|within|outside|near|under|during)\b|[,.;]|$)"
)  # ... and what a thing lacks: "Drones have {no sting}", "The kiwi has {no tail}"

#: A word and, in brackets, the few ordinary words that gloss it: "the light {refracts} (changes direction)".
GLOSSED = re.compile(r"(?<![\w-])(?P<term>[a-z]{4,}) \((?:or |i\.e\.,? )?[a-z]+(?: [a-z]+){1,5}\)")

COMPARATIVE = re.compile(r"(?<!\bno )(?<!\bnot )(?<!\bany )\b(?P<term>(?:more|less) [a-z]{4,}|[a-z]{3,}(?:er|ier))\s+than\b(?!\s+(?:\d|a few|ever|half|twice|once|one|two|three|they|it|he|she|we|those|that|usual|normal|before)\b)")

#: What a comparison compares with, right after its "than": a name and its possessor ("Earth's Moon") or
#: a noun phrase of up to three words and one "of" phrase ("the wavelength of visible light").
THAN_WHAT = re.compile(
    r" (?:the |an? )?(?P<what>[A-Z][a-z]+['’]s [A-Z][a-z]+|(?:[a-z-]{3,} ){0,2}[a-z-]{3,}(?: of (?:the |an? )?(?:[a-z-]{3,} )?[a-z-]{3,})?)"
    r"(?=[,.;:]|$| (?:in|on|at|for|by|and|but|which|that|when|because)\b)"
)

#: Scientific names: "Penicillium notatum", "Staphylococcus aureus".
BINOMIAL = re.compile(
    r"\b(?P<genus>[A-Z][a-z]{3,}(?:um|us|a|ia|ium|ella|coccus|myces|es|is|on|ae))\s"
    r"(?P<species>[a-z]{3,}(?:um|us|a|is|ii|ae|ens|ata|atum|ica|icus|ensis|ius|ea|eus|i|ora|ans|oides|er))\b"
)

AWARD = re.compile(
    rf"\b(?:[A-Z][a-z]+ )+(?:{'|'.join(sorted(gz.AWARD_WORDS))})(?: (?:in|for) [A-Z][a-z]+(?: (?:or|and) [A-Z][a-z]+)*)?"
)

EPITHET = re.compile(r"\b[A-Z][a-z]+ the (?:Younger|Elder|Great|Conqueror|Wise|Bold|Good|Terrible|Magnificent)\b")

#: A toll of none, as a report gives it: "{No deaths} were reported", "and {no casualties} have been confirmed".
NO_TOLL = re.compile(
    r"\b(?P<toll>[Nn]o (?:deaths|casualties|fatalities|injuries|serious injuries|survivors))"
    r"(?= (?:were|was|have|has|had) (?:been )?(?:reported|recorded|confirmed|found)\b)"
)

#: A toll's number with no noun after it: "injured 150 and killed 21.", "killing 36, injuring ...".
TOLL_COUNT = re.compile(
    rf"\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding)\s+(?:(?:{QUALIFIER})\s+)?(?P<n>(?<![\w.,])\d[\d,]*\d|(?<![\w.,])\d|\b{WORDS}\b)"
    r"(?=\s*(?:[.,;]|and\b|$))",
    re.IGNORECASE,
)

#: A quantity with its unit glued on: "about 180L", "1.5L", "20kg", "5km".
GLUED_UNIT = re.compile(
    rf"(?:\b(?:{QUALIFIER})\s+)?(?<![\w.,])(?P<value>\d+(?:\.\d+)?)(?P<unit>mL|ml|L|kg|km|cm|mm|mg|g|m|lbs?|ft|mi|kW|MW|kHz|Hz)(?!\w)",
    re.IGNORECASE,
)

#: A definition ending on the term it defines: "... is called Nitrogen fixation.", "... are known as stomata."
CALLED_END = re.compile(
    r"\b(?:is|are|was|were) (?:also |now |often |usually )?(?:called|known as|termed|named|referred to as) (?:the )?"
    r"(?!(?:in|after|for|by|at|on|from|with|to)\b)(?P<term>[A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,3})\s*[.!]?$"
)  # (not "was named {in her honor}": a preposition opens what the name is for, not the name)

#: A process noun opening a sentence before its verb: "Reabsorption moves substances ...", "Erosion wears ...".
PROCESS_SUBJECT = re.compile(r"^(?P<term>[A-Z][a-z]+(?:tion|sion|sis|ment|ance|ence|ism))\s+(?P<verb>[a-z]{3,}s)\b")

#: A count given in words, where a number would be: "only a {small number} of Londoners", "{very few} people".
VAGUE_COUNT = re.compile(
    r"\b(?:only |just )?(?:an? )?(?P<term>(?:very |relatively |surprisingly )?(?:small|large|great|huge|tiny|vast) (?:number|handful)|very few|only a few|handful)"
    r"(?= (?:of )?[A-Za-z]+s\b| (?:of )?(?:people|men|women|children)\b)",
    re.IGNORECASE,
)

#: The unit a size or a span of time is reckoned in: "a lifetime measured in {days}", "on the scale of {feet}".
SCALE = re.compile(
    r"\b(?:measured|counted|reckoned) in (?:terms of )?|\bon (?:the|a) (?:scale|order) of |\bin the order of "
)

SCALE = re.compile(
    rf"(?:{SCALE.pattern})(?P<unit>(?:milli|micro|nano)?seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia"
    r"|inches|feet|yards|miles|(?:milli|centi|kilo)?met(?:re|er)s|(?:milli|kilo)?grams|tonnes|tons|light-years)\b"
)
