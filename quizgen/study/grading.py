"""Grading typed answers: right, almost (a small typo), or wrong, and a diff to show the learner.

Two answers are the same when they normalize alike (`quizgen.core.text.normalize`: case, accents,
punctuation and extra spaces ignored). A typed answer is "almost" right when it is within a small
Levenshtein distance of an accepted answer, scaled with the answer's length; numbers never count as
typos: the digits typed must be exactly the answer's ("1921" is not almost "2021").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Sequence

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz.distance import OSA, Levenshtein

from quizgen.core.answers import MONTHS, infer_type_from_form, is_year_span, number_value, parse_date, value_of, words_span
from quizgen.core import categories, people, wordclass
from quizgen.core.articles import FOREIGN_ARTICLES
from quizgen.core.model import AnswerType
from quizgen.core.text import fold, normalize
from quizgen.study.variants import ROMAN_TAIL, VERSUS, numbers_spelled_alike, regnal, roman_value, spelling_variant

#: Diff operations: text in both, typed but not in the answer, in the answer but not typed,
#: typed text standing where the answer has the "missing" text that follows it.
DiffOp = tuple[str, str]
EQUAL, EXTRA, MISSING, WRONG = "equal", "extra", "missing", "wrong"

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SURROUNDING = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)


def typo_budget(length: int) -> int:
    """How many edits still count as a typo for an answer of `length` characters (normalized)."""
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 12:
        return 2
    return 3


def numbers(text: str) -> list[str]:
    """The numbers in `text`, thousands separators dropped: "1,000 km in 1921" -> ["1000", "1921"]."""
    return [match.replace(",", "") for match in _NUMBER.findall(text)]


_SIGNED = re.compile(r"(?:(?<![\w.])[-−–]|\bminus\s+)?\d[\d,]*(?:\.\d+)?", re.IGNORECASE)
_CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
#: Number words (cardinal and ordinal) -> their values, for "a different number is never a typo".
_NUMBER_WORDS: dict[str, str] = {
    **{w: str(i) for i, w in enumerate(_CARDINALS)}, **{w: f"{i}th" for i, w in enumerate(_ORDINALS)},
    **{w: str(20 + 10 * i) for i, w in enumerate(_TENS)},
    **{w[:-1] + "ieth": f"{20 + 10 * i}th" for i, w in enumerate(_TENS)},
    "hundred": "100", "thousand": "1000", "million": "10^6", "billion": "10^9", "trillion": "10^12",
    "hundredth": "100th",
    # A month is a number of a date: "June 1885" is never a typo of "July 1885".
    **{m: f"month {i}" for i, m in enumerate("january february march april may june july august september october "
                                              "november december".split(), 1)},
}


_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _number_tokens(text: str, misspelled: bool = True) -> list[str]:
    """Every number a text states, with its sign, digits, number words and roman numerals alike
    ("-273.15", "15", "15th"); with `misspelled`, a misspelled number word counts as the number
    word it is nearest to. A roman numeral is one of two letters or more ("II"), or a single
    "I", "V" or "X" ending a name ("Henry V"); it reads as an ordinal, like "the Third"."""
    text = text.translate(_SUBSCRIPT_DIGITS)  # "H₂O" states the 2 of "H2O"
    found = [m.group().replace(",", "").replace("−", "-").replace("–", "-").lower().replace("minus ", "-")
             .replace(" ", "") for m in _SIGNED.finditer(text)]
    words = re.split(r"[\s\-]+", normalize(re.sub(r"\d[\d,.]*", " ", text)))
    for at, word in enumerate(words):
        if not word:
            continue
        value = _NUMBER_WORDS.get(word)
        roman = roman_value(word)
        if value is None and roman and (len(word) >= 2 or at == len(words) - 1 and at > 0 and words[at - 1].isalpha()):
            value = f"{roman}th"
        if value is None and misspelled and len(word) >= 4:
            near = sorted((Levenshtein.distance(word, w), w) for w in _NUMBER_WORDS)
            if near[0][0] <= typo_budget(len(word)) and near[0][0] < near[1][0]:
                value = _NUMBER_WORDS[near[0][1]]
        if value is not None:
            found.append(value)
    return sorted(found)


def _same_numbers(typed: str, answer: str) -> bool:
    """The typed text states the answer's numbers, no more, no fewer. A typed word reads as a
    misspelled number word ("fiften") only when the answer states a number: "Fort" is no "forty"."""
    misspelled = bool(_number_tokens(answer, misspelled=False))
    return _number_tokens(typed, misspelled) == _number_tokens(answer, misspelled)


def compare(typed: str, accept: Sequence[str], answer_type: AnswerType | None = None,
            prompt: str = "") -> tuple[str, str]:
    """("right" | "almost" | "wrong", the accepted answer the typed text is closest to).

    Beyond the spelling rules below, a fair teacher's readings count as right: a number in digits
    or words ("4" for "four", "a third" or "1/3" for "one third"), without its unit or with
    the unit spelled out ("37" or "37 degrees" for "37 °C"), a range with a dash ("60-100" for
    "60 to 100"); a date in either order or ISO ("July 14, 1789", "1789-07-14" for "14 July
    1789"); a title or name without its leading article ("Starry Night"); a unit by its symbol or
    name ("230 volts" for "230 V"); a regnal number in words or digits ("Richard the Third");
    US or UK spelling ("epicenter"); a ratio in words ("3 to 1" for "3:1"); a name's word abbreviated
    or written out ("Warner Brothers", "Saint Helena", "Down's syndrome"); a decimal comma ("4,6" for "4.6",
    never "4,600"); a name quizgen's list of people knows the person by ("Galileo" for "Galileo Galilei");
    a person's name with or without its honorific or rank ("Douglas Haig" for "Sir Douglas Haig"), with or
    without middle names ("John Watson" for "John B. Watson"); a ratio in digits ("1 in 4" for "one in four");
    a place without its generic head word ("Vostok" for "Vostok Station"), a ship without its prefix ("Erebus"
    for "HMS Erebus"); a person's initials written out ("John Fitzgerald Kennedy" for "John F. Kennedy") or given
    names typed as initials ("W. E. Gladstone"); a surname key with given names added ("Rodion Raskolnikov" for
    "Raskolnikov"); scientific notation in any writing ("6.022e23"); a numeric date in the key's own order
    ("10/02/1837" for "10 February 1837"). A person's surname alone is "almost" ("Fleming" for "Alexander
    Fleming"; of any answer written as a person's name: "Onegin" for the novel "Eugene Onegin"), as are a date's
    year or month and year alone ("1983" for "1983-07-21") and a building's name without its kind ("Westminster"
    for "Westminster Abbey"). A different number, roman numerals included, is always wrong."""
    typed = _number_writing(typed)
    person = answer_type is AnswerType.PERSON
    # As typed, and without a title ("General Dyer" is the surname alone when the key is a person's).
    typed_forms = dict.fromkeys((typed, untitled_name(typed, person) or typed))
    # Each reading of an accepted answer (with decimal points; a person's name without its title)
    # -> the answer as the deck writes it, and the type it is read as.
    readings: dict[str, tuple[str, AnswerType | None]] = {}
    for answer in accept:
        readings.setdefault(_number_writing(answer), (answer, answer_type))
        untitled = untitled_name(answer, person)
        if untitled is not None:
            readings.setdefault(_number_writing(untitled), (answer, AnswerType.PERSON))
    unmatched, almost = [], None
    for reading, (written, kind) in readings.items():
        verdicts = {_fair_reading(form, reading, kind, prompt) for form in typed_forms}
        if "right" in verdicts:
            return "right", written
        if "almost" in verdicts and almost is None:
            almost = written
        if None in verdicts:
            unmatched.append(reading)
    if almost is not None:
        return "almost", almost
    if not unmatched:
        return "wrong", accept[0]
    verdict, closest = _spelling(typed, unmatched)
    return verdict, readings[closest][0]


#: Titles before a family name that others of the family share ("Lady Macbeth" is not Macbeth, "Mrs Bennet" not
#: Mr Bennet): with one name after them, the title is part of the name. After "Lord", "Sir" or a rank, the one
#: name is the person's ("Curzon" for "Lord Curzon").
_FAMILY_TITLES = frozenset("lady mrs mr ms miss mx dame madame".split())


def untitled_name(name: str, person: bool = False) -> str | None:
    """A person's name without the honorifics and ranks it opens with (`people.TITLES`): "Sir
    Douglas Haig" -> "Douglas Haig". None when it has none, or when what remains is no person's
    full name: a given name and a surname, or a person of quizgen's list ("General Motors",
    "Doctor Who" and "Major League Baseball" keep their first word). When the blank is known to be a
    person's (`person`), what remains is their name whatever it is ("Brigadier-General Reginald Dyer"
    -> "Reginald Dyer", "General Dyer" -> "Dyer"), and a key that is a title and one name ("Lord
    Curzon") is that name, which alone names them: "Curzon" is right, not a surname alone (but for the
    titles of `_FAMILY_TITLES`: "Macbeth" for "Lady Macbeth" stays almost)."""
    rest = people.without_title(name)
    if rest == name:
        return None
    if person and (len(rest.split()) >= 2 or normalize(name).split()[0] not in _FAMILY_TITLES):
        return rest
    if len(rest.split()) < 2:
        return None
    if normalize(rest).split()[0] in categories.given_names() or people.lookup(rest) is not None:
        return rest
    return None


#: A decimal comma, as most of Europe writes one ("4,6", "12,75"): one or two digits after the comma,
#: which a thousands separator never has (three: "4,600" stays four thousand six hundred).
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,.])")


#: A number in scientific notation, as a calculator ("6.022e23", "1.6E-19") or a deck writes it ("6.022 x 10^23",
#: "6.022*10**23", "3 × 10⁸"): the mantissa, then the exponent in one of its writings.
_SCIENTIFIC = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:[eE]([+\-−]?\d+)|[×xX*·]\s*10\s*(?:\^|\*\*)\s*([+\-−]?\d+)"
                         r"|[×xX*·]\s*10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\w^]|\.\d)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _scientific(text: str) -> str:
    """Scientific notation written one way, "6.022 × 10^23": "6.022e23", "6.022 x 10^23" and "6.022 × 10²³" alike."""
    def one_way(match: re.Match[str]) -> str:
        exponent = (match[2] or match[3] or match[4].translate(_SUPERSCRIPTS)).replace("−", "-").lstrip("+")
        return f"{match[1]} × 10^{exponent}"
    return _SCIENTIFIC.sub(one_way, text) if any(c.isdigit() for c in text) else text


_ONE_WAY_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?) × 10\^(-?\d{1,2})(?!\d)")


def _expanded(text: str) -> str:
    """Scientific notation (written one way, `_scientific`) as plain digits: "3 × 10^8" -> "300000000", "1.6 × 10^-19"
    -> "0.00000000000000000016"; the number's value and its unit are then read as any number's."""
    def plain(match: re.Match[str]) -> str:
        digits = format(Decimal(match[1]).scaleb(int(match[2])), "f")
        return digits.rstrip("0").rstrip(".") if "." in digits else digits
    return _ONE_WAY_SCIENTIFIC.sub(plain, text) if "× 10^" in text else text


def _number_writing(text: str) -> str:
    """A text's numbers written one way before any reading: decimal commas as points, vulgar fractions as
    decimals, scientific notation as "× 10^"."""
    return _scientific(decimal_points(_fraction_decimals(text)))


_VULGAR_FRACTION = re.compile(r"(?<=\d)\s?([½¼¾])")
_FRACTION_DECIMAL = {"½": ".5", "¼": ".25", "¾": ".75"}


def _fraction_decimals(text: str) -> str:
    """A whole number's vulgar fraction as its decimals: "8½" -> "8.5" ("4 ft 8.5 in" for "4 ft 8½ in")."""
    return _VULGAR_FRACTION.sub(lambda m: _FRACTION_DECIMAL[m[1]], text) if any(c in text for c in "½¼¾") else text


def decimal_points(text: str) -> str:
    """`text` with its unambiguous decimal commas written as points: "4,6 billion" -> "4.6 billion";
    "4,600", "1,5,7" and "14, 1789" stay as they are."""
    return _DECIMAL_COMMA.sub(r"\1.\2", text) if "," in text else text


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def without_article(text: str) -> str:
    """`text` without a leading English article ("The Starry Night" -> "Starry Night"), as grading reads titles."""
    return _ARTICLE.sub("", text)


_INFINITIVE = re.compile(r"^to\s+")
#: What may follow an age when the stem asks for one ("aged ____", "at the age of ____").
_AGE_STEM = re.compile(r"\b(?:aged?|age of)\b", re.IGNORECASE)
_AGE_WORDS = frozenset(["years", "year", "yrs", "years old", "year old", "yrs old"])
_ERA_AD = frozenset(["ad", "a d", "ce", "c e"])
_RANGE_SEP = re.compile(r"(?<=\d)\s*(?:-|–|—|to)\s*(?=\d)")
#: The one table of units: each unit's symbol (as a deck writes it, lower-cased) -> its other
#: spellings, names singular and plural. Typed units, and a unit asked for itself, read by it.
_UNIT_WORDS = {"°c": ("degrees", "degree", "celsius", "c", "deg", "degrees celsius", "°c", "°"),
               "°f": ("degrees", "fahrenheit", "f", "°f", "°"), "%": ("percent", "per cent", "%"),
               "km": ("kilometres", "kilometers", "kilometre", "kilometer"), "m": ("metres", "meters", "metre", "meter"),
               "kg": ("kilograms", "kilogram", "kilos"), "cm": ("centimetres", "centimeters", "centimetre", "centimeter"),
               "µm": ("μm", "um", "micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron"),
               "nm": ("nanometres", "nanometers", "nanometre", "nanometer"), "s": ("seconds", "second", "sec", "secs"),
               "minutes": ("min", "mins", "minute"), "hours": ("h", "hr", "hrs", "hour"),
               "seconds": ("s", "sec", "secs", "second"), "days": ("day", "d"), "years": ("year", "yr", "yrs"),
               "km²": ("square kilometres", "square kilometers", "square km", "sq km", "km2"),
               "m²": ("square metres", "square meters", "sq m", "m2"), "mi²": ("square miles", "sq mi"),
               "km/h": ("kilometres per hour", "kilometers per hour", "kph", "kmh"), "mph": ("miles per hour",),
               "mi": ("miles", "mile"), "ft": ("feet", "foot"), "g": ("grams", "gram"), "mm": ("millimetres", "millimeters", "millimetre", "millimeter"),
               "l": ("litres", "liters", "litre", "liter"), "ml": ("millilitres", "milliliters"),
               "bc": ("bce", "b c", "b c e"), "ad": ("ce", "a d", "c e"),
               "$": ("dollars", "dollar", "us dollars", "usd", "us$"), "£": ("pounds", "pound", "gbp"),
               "€": ("euros", "euro", "eur"),
               "v": ("volts", "volt"), "kv": ("kilovolts", "kilovolt"), "w": ("watts", "watt"), "kw": ("kilowatts", "kilowatt"), "mw": ("megawatts", "megawatt"),
               "kwh": ("kilowatt-hours", "kilowatt-hour", "kilowatt hours", "kilowatt hour", "kw h"),
               "j": ("joules", "joule"), "kj": ("kilojoules", "kilojoule"), "n": ("newtons", "newton"),
               "hz": ("hertz",), "khz": ("kilohertz",), "mhz": ("megahertz",), "ghz": ("gigahertz",),
               "db": ("decibels", "decibel"), "ha": ("hectares", "hectare"),
               "ms": ("milliseconds", "millisecond"), "gw": ("gigawatts", "gigawatt"),
               "mpa": ("megapascals", "megapascal"), "ev": ("electronvolts", "electronvolt", "electron volts"),
               "ly": ("light-years", "light years", "light-year"),
               "oz": ("ounces", "ounce"), "yd": ("yards", "yard"), "ppm": ("parts per million",),
               "pa": ("pascals", "pascal"), "kpa": ("kilopascals", "kilopascal"),
               "k": ("kelvins", "kelvin"), "mol": ("moles", "mole"), "ω": ("ohms", "ohm"),
               "a": ("amperes", "ampere", "amps", "amp"), "ma": ("milliamperes", "milliampere", "milliamps", "milliamp"),
               "cal": ("calories", "calorie"), "kcal": ("kilocalories", "kilocalorie"),
               "t": ("tonnes", "tonne", "metric tons"), "lb": ("lbs", "pounds", "pound"),
               "m/s": ("metres per second", "meters per second", "m s-1"),
               "km/s": ("kilometres per second", "kilometers per second", "km s-1"),
               "m/s²": ("metres per second squared", "meters per second squared", "m s-2", "m/s/s"),
               "g/cm³": ("grams per cubic centimetre", "grams per cubic centimeter", "g/cc"),
               "km³": ("cubic kilometres", "cubic kilometers"), "m³": ("cubic metres", "cubic meters"),
               "cm³": ("cubic centimetres", "cubic centimeters", "cc"), "cm²": ("square centimetres", "square centimeters")}


def unit_spellings(unit: str) -> tuple[str, ...]:
    """The other spellings the table gives a unit ("minutes" -> "min", "mins", "minute"), for
    writers of accepted answers; () for a word the table does not know."""
    return _UNIT_WORDS.get(unit.strip().lower(), ())


#: A power written as a plain digit after a unit ("m/s2", "km2"): the deck's superscript.
_PLAIN_POWER = re.compile(r"(?<=[a-z])([23])(?![\w.])", re.IGNORECASE)
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{3,4})$")


_FRACTION_HEADS = frozenset(["a", "an", *_CARDINALS])
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINALS[1:] + [t[:-1] + "ieth" for t in _TENS]) + r")\b",
                           re.IGNORECASE)


def _ordinal_digits(text: str) -> str:
    """"the fifteenth century" -> "the 15th century" (both forms of an ordinal read alike)."""
    def digits(match: re.Match[str]) -> str:
        before = text[: match.start()].split()[-1:]
        if before and before[0].lower() == "per":
            return match.group()  # "metres per second": a unit, not an ordinal
        if before and (before[0].lower() in _FRACTION_HEADS or before[0].isdigit()):
            return match.group()  # "one third", "two fifths": a fraction, not an ordinal
        value = _NUMBER_WORDS[match.group().lower()][:-2]
        return value + {"1": "st", "2": "nd", "3": "rd"}.get(value[-1:], "th") if value[-2:-1] != "1" else value + "th"
    return _ORDINAL_WORD.sub(digits, text)


def _fair_reading(typed: str, answer: str, answer_type: AnswerType | None, prompt: str) -> str | None:
    """"right" or "almost" by a rule a teacher applies, "wrong" where no typo can be meant (the
    answer's number in another unit), else None (left to the spelling rules)."""
    typed = VERSUS.sub(" v ", _ordinal_digits(typed.strip()).replace(" & ", " and "))
    answer = VERSUS.sub(" v ", _ordinal_digits(answer))
    if not typed:
        return None
    if ROMAN_TAIL.search(answer) or ROMAN_TAIL.search(typed):  # "Richard the Third" for "Richard III"
        typed, answer = regnal(typed), regnal(answer)
    kind = answer_type or infer_type_from_form(answer)
    if kind in (None, AnswerType.TERM, AnswerType.TITLE) and (_person_shaped(answer) or _names_before(typed, answer)):
        kind = AnswerType.PERSON  # "Georges d'Anthès" of a card typed "officer", the novel "Eugene Onegin"
    if kind is AnswerType.DATE:
        return _same_date(typed, answer)
    if kind is AnswerType.YEAR and _same_year(typed, answer):
        return "right"
    if kind is AnswerType.YEAR and is_year_span(typed) != is_year_span(answer):
        return None  # "1820" for "the 1820s": a year for a decade, never its number with a unit "s"
    if _CLOCK.search(answer):  # "2.30" for "2:30": the same time of day
        typed = _TYPED_CLOCK.sub(r"\1:\2", typed)
    if kind in (AnswerType.NUMBER, AnswerType.YEAR) or (kind is None and numbers(answer)):
        return _same_number(typed, answer, prompt)
    typed_key, answer_key = normalize(_ARTICLE.sub("", typed)), normalize(_ARTICLE.sub("", answer))
    if typed_key and _same_numbers(typed, answer) and (
            typed_key == answer_key or typed_key == normalize(_ARTICLE.sub("", _transliterated(answer)))
            or _stem_words_added(typed_key, answer_key, prompt)):
        return "right"
    if typed_key and _same_numbers(typed, answer) and _abbreviated(typed) == _abbreviated(answer):
        return "right"  # "Warner Brothers" for "Warner Bros.", "Saint Helena" for "St Helena", "Down's syndrome"
    if typed_key and (_same_unit(_ARTICLE.sub("", typed), _ARTICLE.sub("", answer))
                      or numbers_spelled_alike(typed_key, answer_key)):
        return "right"  # "newton" or "N" for "newtons"; "j'ai 14 ans" for "j'ai quatorze ans"
    if kind is not AnswerType.PERSON and typed_key and _same_numbers(typed, answer) and \
            spelling_variant(typed_key, answer_key, answer):
        return "right"  # "epicenter" for "epicentre", "Pangea" for "Pangaea"
    head_word = _head_word_optional(typed_key, answer_key) if _same_numbers(typed, answer) else None
    if head_word is not None:
        return head_word  # "the Atlantic" for "Atlantic Ocean", "Vostok" for "Vostok Station"; "Westminster" (almost)
    if typed_key and _same_numbers(typed, answer) and _institution_named(typed, answer):
        return "almost"  # "St Andrews" for "University of St Andrews": the town, or the university named otherwise
    article = _FOREIGN_ARTICLE.match(answer)
    if article:
        word = (normalize(answer[article.end():]), normalize(_transliterated(answer[article.end():])))
        typed_article = _FOREIGN_ARTICLE.match(typed)
        if typed_key in word or typed_article and normalize(typed[typed_article.end():]) in word:
            return "almost"  # the word without its article, or with another ("Buch", "die Buch" for
            # "das Buch"): the gender is part of the answer
    if typed_key and _INFINITIVE.sub("", typed_key) == _INFINITIVE.sub("", answer_key) and (
            _INFINITIVE.match(answer_key) or _INFINITIVE.match(typed_key)) and len(answer_key.split()) <= 2:
        return "right"  # "speak" for "to speak": the infinitive's "to" is the gloss's form, not the answer
    if kind is AnswerType.PERSON and typed_key and _same_numbers(typed, answer) and _known_as(typed, answer):
        return "right"  # "Galileo" for "Galileo Galilei", "Michelangelo" for "Michelangelo Buonarroti"
    if kind is AnswerType.PERSON and typed_key and _same_numbers(typed, answer) and \
            people.middle_names_dropped(typed, answer):
        return _middle_names_verdict(typed, answer)  # "John Watson" for "John B. Watson"
    if typed_key and (kind is AnswerType.PERSON or people.lookup(answer) is not None) and \
            _epithet_dropped(normalize(typed).split(), normalize(answer).split()):
        return "almost"  # "Alfred" for "Alfred the Great", "Robert Bruce" for "Robert the Bruce"
    if kind is AnswerType.PERSON:
        words = normalize(answer).split()
        typed_words = normalize(typed).split()
        if _initials_written_out(typed_words, words) or _initials_written_out(words, typed_words):
            return "right"  # "Womesh Chunder Bonnerjee" for "W. C. Bonnerjee", "W. E. Gladstone" for "William Ewart Gladstone"
        if len(typed_words) >= 2 and len(typed_words[0]) == 1 and len(words[0]) > 1 and words[0][0] == typed_words[0]:
            spelled = " ".join([words[0], *typed_words[1:]])  # "W. Gladstone": the key's first name as an initial,
            if people.middle_names_dropped(spelled, answer):  # its middle names dropped
                return _middle_names_verdict(spelled, answer)
        if 0 < len(typed_words) - len(words) <= 2 and typed_words[-len(words):] == words:
            # given names added: "Franz Joseph Haydn" for "Joseph Haydn" is right; for a surname alone, right
            # when they are names and nobody the list of people knows bears them or the surname ("Rodion
            # Raskolnikov"), else "almost": the list tells them ("Karl van Beethoven" is not Ludwig)
            return "right" if len(words) >= 2 or _names_before(typed, answer) else "almost"
        at = _epithet_at(words)
        if at is not None and typed_words == words[at + 1:] and not _epithet_is_name(typed_words):
            return None  # "Great" is no name of "Alfred the Great"
        if 1 <= len(typed_words) < len(words) and words[-len(typed_words):] == typed_words and len(typed_key) >= 3:
            return "almost"  # the surname alone
        if len(typed_words) == 1 < len(words) and len(typed_key) >= 3 and _surname_misspelled(typed_words[0], words):
            return "almost"  # the surname alone, misspelled: "Lermontv", "Dantes" for "Georges d'Anthès"
    return None


def _surname_misspelled(typed: str, words: list[str]) -> bool:
    """A name's last word typed alone with one slip (an edit or two letters swapped), or with the particle
    before it run in ("dantes" for "georges d anthes"), unless the list of people knows the typed word as
    someone else ("augustus" for "romulus augustulus": two slips, and another emperor); never when the typed
    word is the whole name spaced otherwise ("bfskinner": the spelling rules') or its first word ("alexandr"
    is no surname of "Alexander Fleming")."""
    whole = "".join(words)
    if Levenshtein.distance(typed, whole) <= typo_budget(len(whole)) or \
            Levenshtein.distance(typed, words[0]) <= typo_budget(len(words[0])):
        return False
    if people.lookup(typed) not in (None, people.lookup(" ".join(words))):
        return False  # another person the list knows: "Augustus" is not "Romulus Augustulus"
    ends = [words[-1]] + ([words[-2] + words[-1]] if len(words) > 2 and words[-2] in _PARTICLES else [])
    return any(OSA.distance(typed, end) <= min(1, typo_budget(len(end))) for end in ends)


def _names_before(typed: str, answer: str) -> bool:
    """A one-word surname key typed with one or two given names before it, names none of quizgen's lists of
    people knows it or them by: "Rodion Raskolnikov" for "Raskolnikov", "Alexei Vronsky" for "Vronsky". Each
    word added is a given name of the lists or no word of the dictionary (no particle, title or common word:
    "Karel van Zbornak", "Count Vronsky" are not); the key is capitalized and no word of the dictionary either
    ("Fort Sumter" is the stem's rule's)."""
    typed_words, words = normalize(typed).split(), normalize(answer).split()
    if len(words) != 1 or not answer.strip()[:1].isupper() or not 1 <= len(typed_words) - 1 <= 2 or \
            typed_words[-1] != words[0] or not _name_word(words[0]):
        return False
    added = typed_words[:-1]
    if any(len(word) < 2 or word in _PARTICLES or word in people.TITLES or word in _GLUE_WORDS or
           word not in categories.given_names() and not _name_word(word) for word in added):
        return False
    return people.lookup(answer) is None and people.lookup(typed) is None and not people.named_alike(typed)


def _person_shaped(answer: str) -> bool:
    """An answer written as a person's name, whatever its card's type: a given name of quizgen's lists, then a
    surname that is no word of the dictionary, with particles between ("Georges d'Anthès", "Eugene Onegin",
    "Anna Karenina"), or a person of quizgen's list by their full name ("Isaac Newton"); not "Marie Byrd Land"
    (a word ends it) nor "Romeo and Juliet" (two names)."""
    words = normalize(answer).split()
    if not 2 <= len(words) <= 4 or _GLUE_WORDS & set(words) or len(words[0]) < 2:
        return False
    if not all(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", answer) if normalize(word) not in _PARTICLES):
        return False  # a name is capitalized: "ē plūribus ūnum" is none
    if len(words[-1]) >= 2 and all(word in _PARTICLES or _name_word(word) for word in words[1:]) and \
            words[0] in categories.given_names():
        return True
    person = people.lookup(answer)
    return person is not None and normalize(person.name) == " ".join(words)  # "Isaac Newton": a listed full name


def _name_word(word: str) -> bool:
    """A word (normalized) of no class of the dictionary but a proper noun's: "onegin", "raskolnikov"; not "land"."""
    return not wordclass.classes(word) - {"PROPN", "X"}


#: A surname's particles: "de Valera" alone is a surname alone, as "Valera" is.
_PARTICLES = frozenset("van von de da di du del della der den la le ter ten bin ibn al el d".split())


def _epithet_at(words: list[str]) -> int | None:
    """Where the "the" of a name with an epithet stands ("alfred the great" -> 1), None for another name."""
    return words.index("the") if "the" in words[1:-1] else None


def _epithet_dropped(typed_words: list[str], words: list[str]) -> bool:
    """A name with an epithet ("X the Y") typed as its first name alone ("Alfred" for "Alfred the
    Great", as a surname alone is) or without its "the" ("Robert Bruce" for "Robert the Bruce"), or
    such a name typed with a "the" the key does not have ("Robert the Bruce" for "Robert Bruce")."""
    at = _epithet_at(words)
    if at is not None and (typed_words == words[:at] or typed_words == words[:at] + words[at + 1:] and
                           _epithet_is_name(words[at + 1:])):
        return True
    typed_at = _epithet_at(typed_words)
    return typed_at is not None and typed_words[:typed_at] + typed_words[typed_at + 1:] == words and \
        _epithet_is_name(typed_words[typed_at + 1:])


def _epithet_is_name(epithet: list[str]) -> bool:
    """An epithet that is a name itself ("the Bruce"), not a word of the dictionary ("the Great", "the
    Conqueror"): without its "the" it still names the person, as "Alexander Great" does not."""
    return all(not wordclass.classes(word) for word in epithet)


def _initials_written_out(typed_words: list[str], words: list[str]) -> bool:
    """The key's initials written out as the names they stand for, the surname the same: "John Fitzgerald
    Kennedy" for "John F. Kennedy" (read the other way round, the given names typed as their initials: "W. E.
    Gladstone" for "William Ewart Gladstone"). Every initial must be written out (a name typed with fewer or
    other words is left to the middle-name and surname rules)."""
    if len(words) < 2 or len(typed_words) != len(words) or typed_words[-1] != words[-1] or typed_words == words:
        return False
    return all(t == w or (len(w) == 1 and len(t) > 1 and t.startswith(w)) for t, w in zip(typed_words[:-1], words[:-1]))


def _middle_names_verdict(typed: str, answer: str) -> str | None:
    """A person's name typed with middle names or initials left out or added ("John Watson",
    "John Broadus Watson" for "John B. Watson"): right, unless quizgen's list of people knows the
    typed name as someone else ("John Adams" is not John Quincy Adams: None, left to the spelling
    rules) or gives the answer's person a surname of two words ("David George" for "David Lloyd
    George"), or knows several people it may be short for ("George Bush" for "George W. Bush" could
    be his father as well: "almost")."""
    person, typed_person = people.lookup(answer), people.lookup(typed)
    if typed_person is not None and typed_person != person:
        return None
    compound = person and people.compound_surname(person)
    if compound and not normalize(typed).endswith(" " + compound):
        return None  # "David George" for "David Lloyd George": "Lloyd George" is his surname
    if person is None and typed_person is not None and typed_person in people.named_alike(answer):
        return "right"  # "George W. Bush" for "George Bush": the one the typed name is
    return "almost" if any(other != person for other in people.named_alike(typed)) else "right"


def _known_as(typed: str, answer: str) -> bool:
    """Whether quizgen's list of people (quizgen.core.people) names the answer's person by the typed
    name too: its full name, a single name it lists the person as known by ("Galileo" for "Galileo
    Galilei", "Michelangelo", "Tutankhamen"), or a longer other name ("Jeanne d'Arc" for "Joan of
    Arc"). A longer name that is only a near spelling of the answer ("Dmitri Mendeleyev") is left
    to the spelling rules, as any near spelling is; the surname alone is not one of these names
    ("Galilei" stays "almost", by the rule below)."""
    person = people.lookup(answer)
    if person is None:
        return False
    names = {normalize(name) for name in (person.name, *person.aliases)}
    typed_key, answer_key = normalize(typed), normalize(answer)
    if answer_key not in names or typed_key not in names or typed_key == people.surname(person) or \
            people.lookup(typed) != person:
        return False
    full = normalize(person.name).split()
    typed_words = typed_key.split()
    if len(typed_words) < len(full) and (full[-len(typed_words):] == typed_words and typed_words[0] in _PARTICLES
                                         or _epithet_dropped(typed_words, full)):
        return False  # the surname alone with its particle ("de Valera"), the first name of "Alfred the Great"
    return (typed_key == normalize(person.name) or len(typed_key.split()) == 1
            or Levenshtein.distance(typed_key, answer_key) > typo_budget(len(answer_key)))


_CLOCK = re.compile(r"\b[012]?\d:[0-5]\d\b")
#: A ratio ("3:1", "9:3:3:1"); a time of day ("10:30") is not one.
_RATIO = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+\s*$")
_RATIO_SEP = re.compile(r"(?<=\d)\s*:\s*(?=\d)")
_TYPED_CLOCK = re.compile(r"\b([012]?\d)[.:h]([0-5]\d)\b")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                                   "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa"})
#: Articles that carry a word's gender in the languages decks teach: a missing one is "almost".
_FOREIGN_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, FOREIGN_ARTICLES | {"l'"}), key=len, reverse=True))
                              + r")\s+", re.IGNORECASE)
_GLUE_WORDS = frozenset("a an the and or of in on at to by for with from is was not".split())
#: Generic head words naming the kind of a place or thing, which a student may drop or add ("the
#: Atlantic", "Lake Victoria", "Vostok" for "Vostok Station").
_DESCRIPTOR = re.compile(r"\b(?:ocean|sea|river|lake|mount|mountain|mountains|desert|island|islands|canal|bay|gulf|"
                         r"strait|peninsula|falls|station|glacier|plateau|reef|valley|volcano|operation|"
                         r"hms|uss|rms|hmcs|hmas|hmnzs|ss|mv|palace|castle)\b")  # ship prefixes too: "Erebus" for "HMS Erebus"
#: Words that are no name left alone, without the head word they describe ("Red" of "Red Sea",
#: "Dead" of "Dead Sea", "Great" of "Great Rift Valley", "Death" of "Death Valley").
_NO_NAME_ALONE = frozenset("red black white yellow green blue dead death great little big grand high low long "
                           "north south east west northern southern eastern western upper lower middle central "
                           "new old rift".split())


#: Head words of a building or a town's feature, named after the town or district it stands in
#: ("Westminster Abbey", "Osborne House", "London Bridge", "Hyde Park"): without it the name is the town's,
#: or another building's ("Westminster" is the Palace of Westminster too), so dropping one is "almost"
#: and adding one names another place. A palace or castle (`_DESCRIPTOR`) goes by its town's name:
#: "Windsor" for "Windsor Castle" is right.
_BUILDING = frozenset("abbey cathedral church chapel minster basilica mosque temple monastery priory tower bridge "
                      "house hall park square street gardens".split())


def _name_and_heads(key: str) -> tuple[list[str], set[str]]:
    """A name's words without the head words (`_DESCRIPTOR`, `_BUILDING`) it opens or ends with, and those head
    words: "mount everest" -> (["everest"], {"mount"}); a head word inside a name stays ("aoraki mount cook")."""
    words, heads = key.split(), set()
    while words and (_DESCRIPTOR.fullmatch(words[0]) or words[0] in _BUILDING):
        heads.add(words.pop(0))
    while words and (_DESCRIPTOR.fullmatch(words[-1]) or words[-1] in _BUILDING):
        heads.add(words.pop())
    return words, heads


def _head_word_optional(typed_key: str, answer_key: str) -> str | None:
    """The same name with a generic head word dropped or added on one side: what remains is the same
    and still a name, and no side's head word is missing from the other's ("Victoria Falls" is not
    "Lake Victoria", nor "Vostok Station" "Lake Vostok"). "right" for the kind of a place
    (`_DESCRIPTOR`: "Vostok" for "Vostok Station"), "almost" when a building's word is dropped
    (`_BUILDING`: "Westminster" for "Westminster Abbey"), None otherwise (one added: "London Bridge" is no
    "London")."""
    (typed_name, typed_heads), (answer_name, answer_heads) = _name_and_heads(typed_key), _name_and_heads(answer_key)
    if not answer_name or typed_name != answer_name or typed_key == answer_key:
        return None
    if not (typed_heads <= answer_heads or answer_heads <= typed_heads):
        return None
    if set(answer_name) <= _NO_NAME_ALONE | _GLUE_WORDS:
        return None
    if typed_heads - answer_heads & _BUILDING:
        return None  # "London Bridge" for "London": a building for its town
    return "almost" if answer_heads - typed_heads & _BUILDING else "right"


#: Words naming the kind of an institution: "University of St Andrews", "St Andrews University" and
#: "St Andrews" (a town too) are the same name with it dropped, added or moved.
_INSTITUTION = frozenset(["univ", "university", "college", "institute", "academy", "school", "polytechnic"])


def _institution_name(text: str) -> tuple[str, str | None]:
    """A name without its institution word (`_INSTITUTION`) and the word: "University of St Andrews" ->
    ("st andrews", "univ"); (the name, None) when it has none."""
    words = _abbreviated(text).split()
    kinds = [w for w in words if w in _INSTITUTION]
    if len(kinds) != 1 or len(words) < 2:
        return " ".join(words), None
    at = words.index(kinds[0])
    if at == 0 and len(words) > 2 and words[1] == "of":
        return " ".join(words[2:]), kinds[0]
    if at == len(words) - 1:
        return " ".join(words[:-1]), kinds[0]
    return " ".join(words), None


def _institution_named(typed: str, answer: str) -> bool:
    """The same name with an institution word dropped, added or moved ("St Andrews", "St Andrews
    University" for "University of St Andrews"): almost, for a town may share the name, and
    "Washington University" is not the "University of Washington"."""
    (typed_name, typed_kind), (answer_name, answer_kind) = _institution_name(typed), _institution_name(answer)
    if not typed_name or typed_name != answer_name or (typed_kind is None and answer_kind is None):
        return False
    return typed_kind is None or answer_kind is None or typed_kind == answer_kind


#: Words of names that are written out or abbreviated alike, each read as its abbreviation ("street" and
#: "saint" are both "St"; the stem tells which, and either way the student wrote the same name).
_ABBREVIATIONS = {"brothers": "bros", "brother": "bros", "saint": "st", "street": "st", "mount": "mt",
                  "company": "co", "corporation": "corp", "limited": "ltd", "incorporated": "inc", "doctor": "dr",
                  "junior": "jr", "senior": "sr", "university": "univ", "laboratories": "labs", "laboratory": "lab",
                  "department": "dept", "fort": "ft"}
_POSSESSIVE = re.compile(r"['’]s\b(?=\s+\w)")  # an eponym's: "Down's syndrome"; never the name's end ("St. John's")


def _abbreviated(text: str) -> str:
    """A name with its possessive 's dropped and each word read as its abbreviation: the key under which
    "Warner Brothers" and "Warner Bros.", "Down's syndrome" and "Down syndrome" are one name."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in normalize(_POSSESSIVE.sub("", _ARTICLE.sub("", text))).split())


def _transliterated(text: str) -> str:
    """German letters as they are typed without them: "zwölf" -> "zwoelf", "Straße" -> "Strasse"."""
    return text.translate(_TRANSLITERATION)


def _stem_words_added(typed_key: str, answer_key: str, prompt: str) -> bool:
    """The answer with a word of the stem typed around it: "Operation Overlord" for "Operation ____",
    "Murray River" where the stem calls it a river. The answer itself must be there whole."""
    typed_words, answer_words = typed_key.split(), answer_key.split()
    n = len(answer_words)
    if not answer_words or "____" not in prompt or len(typed_words) <= n:
        return False
    before, _, after = prompt.partition("____")
    before_words, after_words = normalize(before).split(), normalize(after).split()
    common = {normalize(w) for w in re.findall(r"[^\W\d_]+", prompt) if w.islower()} - _GLUE_WORDS
    for at in range(len(typed_words) - n + 1):
        if typed_words[at:at + n] != answer_words:
            continue
        head, tail = typed_words[:at], typed_words[at + n:]
        if len(head) + len(tail) > 2:
            continue
        if (not head or before_words[-len(head):] == head) and (not tail or after_words[:len(tail)] == tail):
            return True  # the words right before or after the blank, typed with it
        if len(head) + len(tail) == 1 and (head + tail)[0] in common:
            return True  # one common noun the stem uses ("river", "lake")
    return False


def _same_year(typed: str, answer: str) -> bool:
    """The same year, decade or century in another writing: "399 BCE" for "399 BC", "the 1200s" for
    "the 13th century"; a span never stands for one year."""
    if is_year_span(typed) != is_year_span(answer):
        return False
    typed_value, answer_value = value_of(typed, AnswerType.YEAR), value_of(answer, AnswerType.YEAR)
    return typed_value is not None and typed_value == answer_value


def _unit_keys(text: str) -> frozenset[str]:
    """The units of the table a text names: "metres" -> {"m"}, "degrees" -> {"°c", "°f"}."""
    text = text.strip().lower()
    return frozenset(unit for unit, names in _UNIT_WORDS.items() if text == unit or text in names)


def _as_symbol(allowed: str) -> str:
    """An answer's unit written as its symbol when the answer spells it out ("metres" -> "m")."""
    if allowed in _UNIT_WORDS:
        return allowed
    units = _unit_keys(allowed)
    return next(iter(units)) if len(units) == 1 else allowed


def _same_unit(typed: str, answer: str) -> bool:
    """A unit asked for itself, typed in another of its spellings ("newton", "N" for "newtons");
    a name that could be another unit too ("degrees" for "°C") is not the unit named."""
    if len(answer.strip()) < 2:
        return False  # a letter alone ("N", "K") may be an element or a vitamin as well
    typed_units, answer_units = _unit_keys(typed), _unit_keys(answer)
    return bool(typed_units) and typed_units <= answer_units


def _in_units_of(rest: str, allowed: str) -> str:
    """`rest` with every spelling of a unit that `allowed` uses written as `allowed` writes it."""
    for unit in allowed.split():
        for alias in sorted(_UNIT_WORDS.get(unit, ()), key=len, reverse=True):
            rest = re.sub(rf"(?<!\S){re.escape(alias)}(?!\S)", unit, rest)
    return rest


#: A ratio in words: "one in four", "1 out of 5", "one in every ten".
_RATIO_PHRASE = re.compile(r"^\s*(?P<part>[\w-]+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>[\w,-]+)\s*$",
                           re.IGNORECASE)


def _ratio_phrase(text: str) -> tuple[float, float] | None:
    """The two numbers of a ratio in words, digits or number words alike: "one in four" and "1 out
    of 4" -> (1, 4); None for any other text."""
    match = _RATIO_PHRASE.match(text)
    if match is None:
        return None
    values = tuple(number_value(match[group]) for group in ("part", "whole"))
    return None if None in values else values  # type: ignore[return-value]


def _same_number(typed: str, answer: str, prompt: str) -> str | None:
    typed, answer = _expanded(typed), _expanded(answer)  # "3 × 10^8 m/s" is "300000000 m/s"
    ratio = _ratio_phrase(answer)
    if ratio is not None:  # "1 in 4" for "one in four"; another number is another ratio
        return "right" if _ratio_phrase(typed) == ratio else None
    if _RATIO.match(answer) and not _CLOCK.search(answer):  # "3 to 1" for "3:1"
        typed, answer = _RATIO_SEP.sub(" to ", typed), _RATIO_SEP.sub(" to ", answer)
    typed, answer = _PLAIN_POWER.sub(lambda m: "²³"[int(m[1]) - 2], typed), _PLAIN_POWER.sub(
        lambda m: "²³"[int(m[1]) - 2], answer)
    typed_range, answer_range = _RANGE_SEP.sub(" to ", typed), _RANGE_SEP.sub(" to ", answer)
    if normalize(typed_range) == normalize(answer_range) and _same_numbers(typed, answer):
        return "right"
    if len(numbers(answer_range)) > 1:
        return None
    if any(n[:1] == "0" and len(n) > 1 and "." not in n for n in numbers(answer) + numbers(typed)):
        return None  # a leading zero makes a code ("007"): its digits must be typed as they are
    typed_value, answer_value = number_value(typed), number_value(answer)
    if typed_value is None or answer_value is None or (
            abs(typed_value - answer_value) > 1e-9 and not _refines(typed, answer, prompt)):
        return None
    if len(numbers(typed)) > 1 and "/" not in typed:
        return None
    rest = _ARTICLE.sub("", _unit_part(re.sub(r"\d+/\d+", " ", typed)))
    allowed = _as_symbol(_ARTICLE.sub("", _unit_part(answer)))
    context = set(normalize(prompt).split()) | set(allowed.split())
    rest = _in_units_of(rest.replace(".", " ").strip() if "." in rest and not allowed.count(".") else rest, allowed)
    fair_rest = (not rest or rest == allowed or rest in _UNIT_WORDS.get(allowed, ()) or set(rest.split()) <= context
                 or not allowed and rest in _AGE_WORDS and _AGE_STEM.search(prompt)
                 or not allowed and rest in _ERA_AD and _may_be_year(answer))
    if fair_rest and not rest and "bc" in _unit_keys(" ".join(allowed.replace(".", " ").split())):
        return "almost"  # "490" for "490 BC": the number known, its era not (490 alone is a year AD)
    if fair_rest:
        qualifier = _qualifier(answer)
        return "almost" if qualifier and not _qualifier(typed) else "right"
    if rest and _unit_keys(rest) and _unit_keys(allowed) and not _unit_keys(rest) & _unit_keys(allowed):
        return "wrong"  # another unit of the table ("230 W" for "230 V"): a different quantity, no typo
    return None


_QUALIFIERS = re.compile(r"\b(more than|over|at least|fewer than|less than|under|at most|up to|well over|"
                         r"well under|nearly|almost)\b", re.IGNORECASE)
_APPROXIMATELY = re.compile(r"^\s*(?:about|around|roughly|approximately|some|c\.|circa|~)\s*", re.IGNORECASE)


#: A stem that gives its value as a rounded one: "accelerates at about ____".
_ROUNDED_STEM = re.compile(r"\b(?:about|around|roughly|approximately|circa|some)\s+____", re.IGNORECASE)


_BARE_WHOLE = re.compile(r"^\s*[1-9]\d{0,3}\s*$")


def _may_be_year(answer: str) -> bool:
    """A key a year's era may be typed with ("AD 793", "793 CE" for "793"): a year by its form, or a
    bare whole number of at most four digits (a year before 1000 reads as a number). The era must be
    AD/CE: "793 BC" for "793" is another year."""
    return infer_type_from_form(answer) is AnswerType.YEAR or bool(_BARE_WHOLE.match(answer))


def _refines(typed: str, answer: str, prompt: str) -> bool:
    """A more precise value of a key given as rounded: one more decimal that rounds to the key
    ("9.81" for "about 9.8"). Only a key with decimals, asked for as approximate by its stem or
    its own "about"; a whole number ("about 300") is never refined, a count is not a measure."""
    if not (_ROUNDED_STEM.search(prompt) or _APPROXIMATELY.match(answer)):
        return False
    typed_numbers, answer_numbers = numbers(typed), numbers(answer)
    if len(typed_numbers) != 1 or len(answer_numbers) != 1 or "." not in answer_numbers[0]:
        return False
    places = len(answer_numbers[0].partition(".")[2])
    if len(typed_numbers[0].partition(".")[2]) != places + 1:
        return False
    rounded = Decimal(typed_numbers[0]).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded == Decimal(answer_numbers[0])


def _qualifier(text: str) -> bool:
    return bool(_QUALIFIERS.search(text))


def _unit_part(text: str) -> str:
    """What is left of a number's text without its value and an "about": "37 °C" -> "°c"; "a" and "an" are
    the value only before a word ("a third"): "2 A" keeps its ampere."""
    text = _APPROXIMATELY.sub("", text.lower())
    text = re.sub(r"(?:(?<![\w.])[-−–](?=\d)|\bminus\s+(?=\d|[a-z]))", " ", text)  # the sign is compared with the value
    spelled = words_span(text)
    if spelled is not None:  # "six hundred and four": its scale words and "and" are the value too
        text = text[:spelled[1]] + " " + text[spelled[2]:]
    # digits with their scale word ("2 million" is 2,000,000), number words
    text = re.sub(r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion)\b)?|"
                  r"\b(?:(?:a|an)(?=\s+[a-z])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                  r"seventy|eighty|ninety)(?:-\w+)?\b", " ", text)
    return " ".join(text.replace("°", " °").split()).replace("° c", "°c").replace("° f", "°f").strip()


def _same_date(typed: str, answer: str) -> str | None:
    """A date typed in another writing: either order, ISO, a month abbreviated, a numeric slash date read in
    the key's own order ("10/02/1837" for "10 February 1837", "02/10/1837" for "February 10, 1837") or
    unambiguous. Right only when it states what the key states; the key's year alone ("1983" for
    "1983-07-21", "2017" for "July 2017") or its month and year alone ("December 1861" for "14 December
    1861") is "almost": what is typed is true, the day or month is missing."""
    expected = parse_date(answer)
    if expected is None:
        return None
    (day, kind) = expected
    has_year = kind in ("iso", "my") or str(day.year) in answer
    got = parse_date(typed)
    if got is None and kind == "m":  # "Nov" or "Sept." for "November": the month abbreviated
        month = day.month
        return "right" if normalize(typed) in (MONTHS[month - 1][:3], "sept" if month == 9 else "") else None
    if got is None and has_year and _year_alone(typed) == day.year:
        return "almost"  # the year alone of a date: true, but the month (and day) not known
    if got is None:
        got = _slash_date(typed, kind)
        if got is None:
            return None
    typed_day, typed_kind = got
    typed_year = typed_kind in ("iso", "my") or str(typed_day.year) in typed
    if kind == "m":
        return "right" if typed_kind == "m" and typed_day.month == day.month else None
    if kind == "my":
        return "right" if (typed_day.year, typed_day.month) == (day.year, day.month) else None
    if typed_kind == "my" and has_year and (typed_day.year, typed_day.month) == (day.year, day.month):
        return "almost"  # "December 1861" for "14 December 1861": the day missing
    if typed_kind in ("m", "my"):
        return None  # "January" states no day, nor year: it is not "January 1"
    if (typed_day.month, typed_day.day) != (day.month, day.day):
        return None
    if has_year and (not typed_year or typed_day.year != day.year):
        return None
    return "right"


def _year_alone(typed: str) -> int | None:
    """The year a text is alone ("1983", "AD 1983"), None for anything else (a span, a date, other words)."""
    if not re.fullmatch(r"\s*(?:(?:ad|a\.d\.|ce)\s*)?\d{3,4}(?:\s*(?:ad|a\.d\.|ce))?\s*", typed, re.IGNORECASE):
        return None
    value = value_of(typed, AnswerType.YEAR)
    return None if value is None else int(value)


def _slash_date(typed: str, key_kind: str) -> tuple[dt.date, str] | None:
    """A numeric date ("14/07/1789", "10.02.1837") as a full date: read in the key's own order, day first
    for "10 February 1837" ("dm"), month first for "February 10, 1837" ("md"), else only when one reading
    alone is a date (an ISO key states no order: "10/02/1837" stays ambiguous)."""
    slash = _SLASH_DATE.match(typed.strip())
    if slash is None:
        return None
    first, second, year = (int(g) for g in slash.groups())
    day_first, month_first = (year, second, first), (year, first, second)
    readings = [r for r in dict.fromkeys((day_first, month_first)) if 1 <= r[1] <= 12 and 1 <= r[2] <= 31]
    if len(readings) > 1:
        readings = [day_first] if key_kind == "dm" else [month_first] if key_kind == "md" else []
    if len(readings) != 1:
        return None
    try:
        return dt.date(*readings[0]), "iso"
    except ValueError:
        return None


_CODE = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z\d]+$")
_ORDINAL_OR_DECADE = re.compile(r"^\d+(?:st|nd|rd|th|s)$")


def _codes(text: str) -> frozenset[str]:
    """The words of a text that mix letters and digits ("h2o", "b12", "mp3"), normalized; an ordinal or a
    decade ("19th", "1920s") is a number, not a code."""
    return frozenset(word for word in normalize(text.translate(_SUBSCRIPT_DIGITS)).split()
                     if _CODE.match(word) and not _ORDINAL_OR_DECADE.match(word))


def _spelling(typed: str, accept: Sequence[str]) -> tuple[str, str]:
    typed_key = normalize(typed)
    best, best_distance = accept[0], None
    for answer in accept:
        answer_key = normalize(answer)
        if typed_key == answer_key or typed_key.replace(" ", "") == answer_key.replace(" ", ""):
            if _same_numbers(typed, answer):
                return "right", answer
        distance = Levenshtein.distance(typed_key, answer_key)
        if best_distance is None or distance < best_distance:
            best, best_distance = answer, distance
    if not typed_key:
        return "wrong", accept[0]
    bare_typed = "" if numbers(typed) else normalize(_ARTICLE.sub("", typed.strip()))
    for answer in accept:
        if not _same_numbers(typed, answer):
            continue  # a different number (or sign) is never a typo: "sixteen" for "fifteen"
        if _codes(answer) and _codes(typed) != _codes(answer):
            continue  # a formula or code is letters and digits in order: "HO2" is no typo of "H2O"
        # A typo with the English article added or dropped is still a typo ("the great shism"),
        # digits aside ("the 1400s" is no "1400").
        for typed_key, answer_key in ((typed_key, normalize(answer)), (bare_typed, normalize(_ARTICLE.sub("", answer)))):
            if not typed_key:
                continue
            budget = typo_budget(len(answer_key))
            # An adjacent transposition is one slip ("seite" for "siete"), even in a short word ("dgo").
            slips = OSA.distance(typed_key, answer_key)
            if slips <= budget or slips == 1 and len(answer_key) >= 3 and Levenshtein.distance(typed_key, answer_key) == 2:
                return "almost", answer
    return "wrong", best


def diff(typed: str, answer: str) -> tuple[DiffOp, ...]:
    """Typed text against the answer, character by character, ignoring case and accents.

    Reading the ops left to right gives a merged view: "equal" text is the answer's (as written in
    the deck), "extra" was typed and is not in the answer, "missing" is in the answer and was not
    typed, and "wrong" is typed text that replaces the "missing" text right after it.
    """
    typed = _SURROUNDING.sub("", " ".join(typed.split()))
    folded_typed, folded_answer = [_fold(c) for c in typed], [_fold(c) for c in answer]
    ops: list[DiffOp] = []
    matcher = SequenceMatcher(None, folded_typed, folded_answer, autojunk=False)
    for tag, t1, t2, a1, a2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, EQUAL, answer[a1:a2])
        elif tag == "delete":
            _append(ops, EXTRA, typed[t1:t2])
        elif tag == "insert":
            _append(ops, MISSING, answer[a1:a2])
        else:
            _append(ops, WRONG, typed[t1:t2])
            _append(ops, MISSING, answer[a1:a2])
    return tuple(ops)


def typed_marks(typed: str, ops: tuple[DiffOp, ...]) -> tuple[tuple[str, bool], ...]:
    """The text exactly as typed, in runs of (text, marked): marked runs are the "extra" and
    "wrong" text of `ops` (the `diff` of this `typed`). What `diff` forgives (surrounding spaces and
    punctuation, runs of spaces) is never marked."""
    # Where each character `diff` compared sits in `typed`: one per kept character, the first of
    # each run of spaces, none for what the surrounding pattern strips.
    kept: list[int] = []
    space = False
    for at, char in enumerate(typed):
        if char.isspace():
            if not space and kept:
                kept.append(at)
            space = True
        else:
            kept.append(at)
            space = False
    collapsed = "".join(" " if typed[at].isspace() else typed[at] for at in kept)
    stripped = _SURROUNDING.sub("", collapsed)
    start = collapsed.find(stripped) if stripped else 0
    positions = kept[start:start + len(stripped)]
    marked = [False] * len(typed)
    cursor = 0
    for op, text in ops:
        if op == MISSING:
            continue
        for at in positions[cursor:cursor + len(text)]:
            marked[at] = op != EQUAL
        cursor += len(text)
    runs: list[tuple[str, bool]] = []
    for char, mark in zip(typed, marked):
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + char, mark)
        else:
            runs.append((char, mark))
    return tuple(runs)


def _fold(char: str) -> str:
    """One character compared without case or accent."""
    return fold(char) or char


def _append(ops: list[DiffOp], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1][0] == op:
        ops[-1] = (op, ops[-1][1] + text)
    else:
        ops.append((op, text))
