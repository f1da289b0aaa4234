"""The one table of units, and a unit typed in another of its spellings ("230 volts" for "230 V")."""

from __future__ import annotations

import re


#: The one table of units: each unit's symbol (as a deck writes it, lower-cased) -> its other
#: spellings, names singular and plural. Typed units, and a unit asked for itself, read by it.
UNIT_WORDS = {"°c": ("degrees", "degree", "celsius", "c", "deg", "degrees celsius", "°c", "°"),
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
    return UNIT_WORDS.get(unit.strip().lower(), ())


def unit_keys(text: str) -> frozenset[str]:
    """The units of the table a text names: "metres" -> {"m"}, "degrees" -> {"°c", "°f"}."""
    text = text.strip().lower()
    return frozenset(unit for unit, names in UNIT_WORDS.items() if text == unit or text in names)


def as_symbol(allowed: str) -> str:
    """An answer's unit written as its symbol when the answer spells it out ("metres" -> "m")."""
    if allowed in UNIT_WORDS:
        return allowed
    units = unit_keys(allowed)
    return next(iter(units)) if len(units) == 1 else allowed


def same_unit(typed: str, answer: str) -> bool:
    """A unit asked for itself, typed in another of its spellings ("newton", "N" for "newtons");
    a name that could be another unit too ("degrees" for "°C") is not the unit named."""
    if len(answer.strip()) < 2:
        return False  # a letter alone ("N", "K") may be an element or a vitamin as well
    typed_units, answer_units = unit_keys(typed), unit_keys(answer)
    return bool(typed_units) and typed_units <= answer_units


def in_units_of(rest: str, allowed: str) -> str:
    """`rest` with every spelling of a unit that `allowed` uses written as `allowed` writes it."""
    for unit in allowed.split():
        for alias in sorted(UNIT_WORDS.get(unit, ()), key=len, reverse=True):
            rest = re.sub(rf"(?<!\S){re.escape(alias)}(?!\S)", unit, rest)
    return rest
