"""Spans a text names (wars, revolutions) and terms of office (heads of state and government, reigns)."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.core.text import normalize
from quizgen.core.categories.catalogue import all_lists, name_key
from quizgen.core.categories.lives import people_named


#: The lists whose members are spans of time a year can lie in (a war, a revolution), and the other names stems give
#: them ("the Great War").
_SPAN_LISTS = ("wars", "revolutions")

_SPAN_NAMES = {"first world war": "world war i", "great war": "world war i", "world war one": "world war i",
               "world war 1": "world war i", "wwi": "world war i", "ww1": "world war i",
               "second world war": "world war ii", "world war two": "world war ii", "world war 2": "world war ii",
               "wwii": "world war ii", "ww2": "world war ii", "american war of independence": "american revolution",
               "american revolutionary war": "american revolution", "us civil war": "american civil war"}


@lru_cache(maxsize=1)
def _spans() -> dict[str, tuple[int, int]]:
    by_name = all_lists()[0]
    out: dict[str, tuple[int, int]] = {}
    for name in _SPAN_LISTS:
        for member in by_name[name].members:
            if member.born is not None and member.died is not None:
                key = normalize(member.name)
                out[key[4:] if key.startswith("the ") else key] = (member.born, member.died)
    for alias, key in _SPAN_NAMES.items():
        out[alias] = out[key]
    return out


@lru_cache(maxsize=16384)
def spans_named(text: str) -> tuple[tuple[int, int], ...]:
    """The years (first, last) of the listed wars and revolutions a text names ("during the First World War",
    "The French Revolution and Napoleon")."""
    padded = f" {normalize(text)} "
    return tuple(sorted({span for key, span in _spans().items() if f" {key} " in padded}))


#: Years in office of heads of state and government school history names (written for quizgen from well-known
#: public facts; a person who held an office twice has the span of both): "Nixon ... signed ... in ____" is a year
#: of the office, not of the life. "Name, from, to; ..."
_TERMS_TEXT = """George Washington, 1789, 1797; John Adams, 1797, 1801; Thomas Jefferson, 1801, 1809;
    James Madison, 1809, 1817; James Monroe, 1817, 1825; John Quincy Adams, 1825, 1829; Andrew Jackson, 1829, 1837;
    Martin Van Buren, 1837, 1841; William Henry Harrison, 1841, 1841; John Tyler, 1841, 1845; James K. Polk, 1845, 1849;
    Zachary Taylor, 1849, 1850; Millard Fillmore, 1850, 1853; Franklin Pierce, 1853, 1857; James Buchanan, 1857, 1861;
    Abraham Lincoln, 1861, 1865; Andrew Johnson, 1865, 1869; Ulysses S. Grant, 1869, 1877;
    Rutherford B. Hayes, 1877, 1881; James A. Garfield, 1881, 1881; Chester A. Arthur, 1881, 1885;
    Grover Cleveland, 1885, 1897; Benjamin Harrison, 1889, 1893; William McKinley, 1897, 1901;
    Theodore Roosevelt, 1901, 1909; William Howard Taft, 1909, 1913; Woodrow Wilson, 1913, 1921;
    Warren G. Harding, 1921, 1923; Calvin Coolidge, 1923, 1929; Herbert Hoover, 1929, 1933;
    Franklin D. Roosevelt, 1933, 1945; Harry S. Truman, 1945, 1953; Dwight D. Eisenhower, 1953, 1961;
    John F. Kennedy, 1961, 1963; Lyndon B. Johnson, 1963, 1969; Richard Nixon, 1969, 1974; Gerald Ford, 1974, 1977;
    Jimmy Carter, 1977, 1981; Ronald Reagan, 1981, 1989; George H. W. Bush, 1989, 1993; Bill Clinton, 1993, 2001;
    George W. Bush, 2001, 2009; Barack Obama, 2009, 2017; Joe Biden, 2021, 2025;
    Vladimir Lenin, 1917, 1924; Joseph Stalin, 1924, 1953; Nikita Khrushchev, 1953, 1964; Leonid Brezhnev, 1964, 1982;
    Yuri Andropov, 1982, 1984; Konstantin Chernenko, 1984, 1985; Mikhail Gorbachev, 1985, 1991;
    Boris Yeltsin, 1991, 1999; Mao Zedong, 1949, 1976; Deng Xiaoping, 1978, 1989; Fidel Castro, 1959, 2008;
    Charles de Gaulle, 1958, 1969; Konrad Adenauer, 1949, 1963; Willy Brandt, 1969, 1974; Helmut Kohl, 1982, 1998;
    Josip Broz Tito, 1945, 1980; Jawaharlal Nehru, 1947, 1964; Indira Gandhi, 1966, 1984; Gamal Abdel Nasser, 1954, 1970;
    Winston Churchill, 1940, 1955; Clement Attlee, 1945, 1951; Margaret Thatcher, 1979, 1990; Harold Wilson, 1964, 1976;
    Neville Chamberlain, 1937, 1940; David Lloyd George, 1916, 1922; Tony Blair, 1997, 2007;
    Adolf Hitler, 1933, 1945; Benito Mussolini, 1922, 1943; Francisco Franco, 1939, 1975; Juan Peron, 1946, 1974;
    Nelson Mandela, 1994, 1999; Kwame Nkrumah, 1957, 1966; Jomo Kenyatta, 1963, 1978; Sukarno, 1945, 1967;
    Ho Chi Minh, 1945, 1969; Kim Il-sung, 1948, 1994; Lech Walesa, 1990, 1995; Vaclav Havel, 1989, 2003;
    Alexander Dubcek, 1968, 1969; Janos Kadar, 1956, 1988; Imre Nagy, 1953, 1956; Walter Ulbricht, 1950, 1971;
    Erich Honecker, 1971, 1989; Nicolae Ceausescu, 1965, 1989; Augusto Pinochet, 1973, 1990;
    Salvador Allende, 1970, 1973; Getulio Vargas, 1930, 1954; Fulgencio Batista, 1952, 1959;
    Chiang Kai-shek, 1928, 1975; Syngman Rhee, 1948, 1960; Anwar Sadat, 1970, 1981; Golda Meir, 1969, 1974;
    Menachem Begin, 1977, 1983; Pol Pot, 1975, 1979; Saddam Hussein, 1979, 2003; Ruhollah Khomeini, 1979, 1989;
    Mohammad Reza Pahlavi, 1941, 1979; Hirohito, 1926, 1989; Hideki Tojo, 1941, 1944; Napoleon, 1799, 1815;
    Louis XIV, 1643, 1715; Louis XVI, 1774, 1792; Queen Victoria, 1837, 1901; Elizabeth II, 1952, 2022;
    Elizabeth I, 1558, 1603; Henry VIII, 1509, 1547; Peter the Great, 1682, 1725; Catherine the Great, 1762, 1796;
    Nicholas II, 1894, 1917; Kaiser Wilhelm II, 1888, 1918; Franz Joseph I, 1848, 1916;
    William the Conqueror, 1066, 1087; William II, 1087, 1100; Henry I, 1100, 1135; King Stephen, 1135, 1154;
    Henry II, 1154, 1189; Richard I, 1189, 1199; King John, 1199, 1216; Henry III, 1216, 1272; Edward I, 1272, 1307;
    Edward II, 1307, 1327; Edward III, 1327, 1377; Richard II, 1377, 1399; Henry IV, 1399, 1413; Henry V, 1413, 1422;
    Henry VI, 1422, 1471; Edward IV, 1461, 1483; Richard III, 1483, 1485; Henry VII, 1485, 1509; Edward VI, 1547, 1553;
    Mary I, 1553, 1558; James I, 1603, 1625; Charles I, 1625, 1649; Oliver Cromwell, 1653, 1658; Charles II, 1660, 1685;
    James II, 1685, 1688; William III, 1689, 1702; Mary II, 1689, 1694; Queen Anne, 1702, 1714; George I, 1714, 1727;
    George II, 1727, 1760; George III, 1760, 1820; George IV, 1820, 1830; William IV, 1830, 1837;
    Edward VII, 1901, 1910; George V, 1910, 1936; Edward VIII, 1936, 1936; George VI, 1936, 1952;
    Charlemagne, 768, 814; Hugh Capet, 987, 996; Louis IX, 1226, 1270; Philip IV, 1285, 1314; Francis I, 1515, 1547;
    Louis XIII, 1610, 1643; Louis XV, 1715, 1774; Louis XVIII, 1814, 1824; Charles X, 1824, 1830;
    Louis Philippe I, 1830, 1848; Napoleon III, 1848, 1870; Otto I, 936, 973; Frederick Barbarossa, 1155, 1190;
    Pope Leo I, 440, 461; Pope Gregory I, 590, 604; Pope Leo III, 795, 816; Pope Gregory VII, 1073, 1085;
    Pope Urban II, 1088, 1099; Pope Innocent III, 1198, 1216; Pope Boniface VIII, 1294, 1303; Pope Leo X, 1513, 1521;
    Pope Pius IX, 1846, 1878; Pope Pius XII, 1939, 1958; Pope John XXIII, 1958, 1963; Pope John Paul II, 1978, 2005;
    Pope Benedict XVI, 2005, 2013; Pope Francis, 2013, 2025; Augustus, -27, 14; Tiberius, 14, 37; Claudius, 41, 54; Caligula, 37, 41; Nero, 54, 68;
    Vespasian, 69, 79; Titus, 79, 81; Domitian, 81, 96; Trajan, 98, 117; Hadrian, 117, 138; Antoninus Pius, 138, 161;
    Marcus Aurelius, 161, 180; Commodus, 180, 192; Septimius Severus, 193, 211; Diocletian, 284, 305;
    Constantine the Great, 306, 337; Theodosius I, 379, 395; Romulus Augustulus, 475, 476; Justinian I, 527, 565"""


#: Words of taking or leaving an office: its first or last year is then the answer, and other years fit as wrong ones.
OFFICE_CHANGE = re.compile(r"\b(?:became|become|becomes|elected|re-elected|took office|inaugurated|sworn|appointed|"
                            r"resigned|succeeded|came to power|took power|rose to power|seized power|ousted|"
                            r"overthrown|deposed|left office|proclaimed|declared|founded|independen\w*|first|last)\b",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[int, int]]:
    out = {}
    for item in _TERMS_TEXT.split(";"):
        name, start, end = (part.strip() for part in item.split(","))
        out[name_key(name)] = (int(start), int(end))
    return out


def term_of(name: str) -> tuple[int, int] | None:
    """The first and last year in office of a head of state or government the lists know, else None."""
    return _terms().get(name_key(name))


#: A ruler's surname naming a policy or a time of their office: "the Monroe Doctrine", "the Reagan administration".
_EPONYM = re.compile(r"\b([A-Z][\w'’-]+?)(?:['’]s)?\s+(?:Doctrine|[Aa]dministration|[Pp]residency|[Gg]overnment)\b")

_TERM_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|the|de))*")


@lru_cache(maxsize=16384)
def terms_named(text: str) -> tuple[tuple[int, int], ...]:
    """The terms of office (reigns, pontificates) of the rulers a text names: a listed person it names (by full
    name, by a surname only one has, "President Kennedy") or a name of the written table it states whole
    ("Romulus Augustulus", "Pope Urban II")."""
    found = {term for person in people_named(text) if (term := term_of(person.name)) is not None}
    terms = _terms()
    for surname in _EPONYM.findall(text):  # "the Monroe Doctrine": the one ruler of the table of that surname
        spans = {term for key, term in terms.items() if key.split()[-1] == normalize(surname)}
        if len(spans) == 1:
            found |= spans
    for run in _TERM_NAME.findall(text):
        words = name_key(re.sub(r"['’]s$", "", run)).split()
        for i in range(len(words)):  # every whole-word stretch: "the last emperor Romulus Augustulus"
            for j in range(i + 1, len(words) + 1):
                term = terms.get(name_key(" ".join(words[i:j])))
                if term is not None:
                    found.add(term)
    return tuple(sorted(found))
