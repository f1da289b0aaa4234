"""General lists of the things school subjects ask about, to offer wrong answers of the key's own
kind when the deck holds too few: planets, elements, organs, bones, composers, novels, wars...

Written for quizgen from well-known public facts (names, and for people their years, sex and
country); no outside text is copied. The lists keep what a school student has met, so every member
is a believable wrong answer. A list serves a blank only when both agree: the key is a member, and
the stem (or `kind:`) names the list's kind ("The largest planet is ____", "the bone called ____").
The order within a list is kept (neighbours first: the planets in order from the Sun, elements by
atomic number, mountains by height, rivers by length, deserts by area), so the nearest members come first; people are ranked by era and country.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from quizgen.core import gazetteer
from quizgen.core import people as bundled_people
from quizgen.core.lexicon import group_of
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize


class Member(NamedTuple):
    name: str
    era: float | None = None  # a person: the middle of their life
    sex: str | None = None  # "f" or "m"
    country: str = ""  # ISO code
    born: int | None = None
    died: int | None = None
    city: str = ""  # a thing of one city ("Louvre @FR Paris"), normalized

    def alive_in(self, years: tuple[float, float], age: int = 0) -> bool:
        """Whether a listed person lived during the years (first, last), aged at least `age` by the
        last of them (True when the list has no dates)."""
        return self.born is None or self.died is None or self.born + age <= years[1] and years[0] <= self.died


class Category(NamedTuple):
    name: str
    kind: str  # the kind noun a stem uses for it
    type: AnswerType
    members: tuple[Member, ...]


# kind, type, members ("; "-separated; people as "Name, born, died, sex, country").
_LISTS: dict[str, tuple[str, AnswerType, str]] = {
    "planets": ("planet", AnswerType.TERM, "Mercury; Venus; Earth; Mars; Jupiter; Saturn; Uranus; Neptune"),
    "dwarf planets": ("dwarf planet", AnswerType.TERM, "Pluto; Ceres; Eris; Haumea; Makemake"),
    # a moon and its planet ("Io @Jupiter"): "Jupiter's moon ____" takes Jupiter's
    "moons": ("moon", AnswerType.TERM, "Io @Jupiter; Europa @Jupiter; Ganymede @Jupiter; Callisto @Jupiter; "
              "Titan @Saturn; Enceladus @Saturn; Mimas @Saturn; Rhea @Saturn; Iapetus @Saturn; Triton @Neptune; "
              "Phobos @Mars; Deimos @Mars; Charon @Pluto; Miranda @Uranus; Titania @Uranus; Oberon @Uranus"),
    "elements": ("element", AnswerType.TERM,
                 "hydrogen; helium; lithium; beryllium; boron; carbon; nitrogen; oxygen; fluorine; neon; sodium; "
                 "magnesium; aluminium; silicon; phosphorus; sulfur; chlorine; argon; potassium; calcium; "
                 "titanium; chromium; manganese; iron; cobalt; nickel; copper; zinc; bromine; krypton; silver; "
                 "tin; iodine; xenon; tungsten; platinum; gold; mercury; lead; radon; radium; uranium; plutonium"),
    "element symbols": ("symbol", AnswerType.TERM,
                        "H; He; Li; Be; B; C; N; O; F; Ne; Na; Mg; Al; Si; P; S; Cl; Ar; K; Ca; Ti; Cr; Mn; Fe; "
                        "Co; Ni; Cu; Zn; Br; Kr; Ag; Sn; I; Xe; W; Pt; Au; Hg; Pb; Rn; Ra; U; Pu"),
    "gases": ("gas", AnswerType.TERM, "oxygen; nitrogen; carbon dioxide; hydrogen; helium; methane; argon; "
              "neon; chlorine; ammonia; ozone; carbon monoxide; water vapour"),
    "organs": ("organ", AnswerType.TERM, "heart; brain; liver; stomach; skin; pancreas; spleen; kidney; lung; "
               "gallbladder; bladder; small intestine; large intestine; thyroid; appendix; oesophagus"),
    "glands": ("gland", AnswerType.TERM, "pituitary gland; thyroid gland; adrenal gland; pineal gland; "
               "pancreas; hypothalamus; parathyroid gland; thymus"),
    "bones": ("bone", AnswerType.TERM, "femur; tibia; fibula; humerus; radius; ulna; patella; sternum; "
              "clavicle; scapula; pelvis; skull; mandible; stapes; incus; malleus; sacrum; coccyx; "
              "vertebra; cranium"),
    "muscles": ("muscle", AnswerType.TERM, "biceps; triceps; quadriceps; hamstrings; deltoid; diaphragm; "
                "gluteus maximus; pectoralis major; gastrocnemius; trapezius; abdominals"),
    "organelles": ("organelle", AnswerType.TERM, "nucleus; mitochondria; ribosomes; chloroplasts; "
                   "cell membrane; cell wall; vacuole; Golgi apparatus; endoplasmic reticulum; lysosomes; "
                   "cytoplasm; nucleolus"),
    "blood cells": ("cell", AnswerType.TERM, "red blood cells; white blood cells; platelets; neurons; "
                    "stem cells; sperm cells; egg cells; muscle cells; nerve cells"),
    "arteries": ("artery", AnswerType.TERM, "aorta; pulmonary artery; carotid artery; coronary artery; "
                 "femoral artery; renal artery; subclavian artery"),
    "veins": ("vein", AnswerType.TERM, "vena cava; pulmonary vein; jugular vein; femoral vein; renal vein; "
              "hepatic portal vein"),
    "hormones": ("hormone", AnswerType.TERM, "insulin; glucagon; adrenaline; thyroxine; oestrogen; "
                 "testosterone; progesterone; cortisol; melatonin; growth hormone; oxytocin"),
    "enzymes": ("enzyme", AnswerType.TERM, "amylase; lipase; protease; pepsin; trypsin; catalase; lactase; "
                "maltase; sucrase"),
    "vitamins": ("vitamin", AnswerType.TERM, "A; B1; B12; C; D; E; K"),
    "particles": ("particle", AnswerType.TERM, "electron; proton; neutron; photon; neutrino; quark; positron"),
    "rock types": ("rock", AnswerType.TERM, "igneous; sedimentary; metamorphic"),
    "rocks": ("rock", AnswerType.TERM, "granite; basalt; limestone; sandstone; marble; slate; chalk; shale; "
              "pumice; obsidian; quartzite; gneiss; coal"),
    "earth layers": ("layer", AnswerType.TERM, "crust; mantle; outer core; inner core; lithosphere; asthenosphere"),
    "waves": ("wave", AnswerType.TERM, "radio waves; microwaves; infrared; visible light; ultraviolet; X-rays; "
              "gamma rays"),
    "colours": ("colour", AnswerType.TERM, "red; orange; yellow; green; blue; indigo; violet"),
    "quantities": ("quantity", AnswerType.TERM, "resistance; current; voltage; power; energy; force; mass; "
                   "charge; pressure; frequency; density; speed; acceleration; momentum"),
    "plural units": ("unit", AnswerType.TERM, "metres; kilograms; seconds; amperes; kelvins; moles; newtons; "
                     "joules; watts; volts; ohms; pascals; hertz; coulombs; litres; grams"),
    "telescopes": ("telescope", AnswerType.TERM, "Hubble; James Webb; Kepler; Chandra; Spitzer"),
    "scales": ("scale", AnswerType.TERM, "Richter; Beaufort; Mohs; Kelvin; Celsius; Fahrenheit; Decibel"),
    "supercontinents": ("supercontinent", AnswerType.TERM, "Pangaea; Gondwana; Laurasia; Rodinia"),
    "ancient cities": ("city", AnswerType.PLACE, "Athens @GR; Sparta @GR; Corinth @GR; Thebes @GR; Argos @GR; "
                       "Syracuse @IT; Troy @TR; Rome @IT; Pompeii @IT; Herculaneum @IT; Ostia @IT; Carthage @TN; "
                       "Alexandria @EG; Memphis @EG; Babylon @IQ; Ur @IQ; Nineveh @IQ; Jerusalem @IL; "
                       "Constantinople @TR; Persepolis @IR"),
    "volcanoes": ("volcano", AnswerType.PLACE, "Vesuvius; Etna; Mount St. Helens; Krakatoa; Mount Fuji; "
                  "Kilimanjaro; Stromboli; Mauna Loa; Popocatépetl; Eyjafjallajökull; Tambora; Mount Pinatubo"),
    "organizations": ("organization", AnswerType.ORGANIZATION,
                      "United Nations; NATO; European Union; World Health Organization; Red Cross; UNESCO; "
                      "UNICEF; World Bank; International Monetary Fund; World Trade Organization; "
                      "League of Nations; Amnesty International; Greenpeace; African Union; Commonwealth"),
    "continents": ("continent", AnswerType.PLACE, "Africa; Antarctica; Asia; Australia; Europe; North America; "
                   "South America"),
    "rivers": ("river", AnswerType.PLACE, "Nile; Amazon; Yangtze; Mississippi; Yellow River; Congo; Mekong; "
               "Niger; Volga; Indus; Danube; Euphrates; Zambezi; Ganges; Tigris; Rhine; Seine; Thames; Brahmaputra; "
               "Irrawaddy; Amur; Ob; Yenisei; Lena; Syr Darya; Amu Darya; Salween; Chao Phraya; Jordan"),
    "mountains": ("mountain", AnswerType.PLACE, "Mount Everest; K2; Kangchenjunga; Aconcagua; Denali; Kilimanjaro; "
                  "Mount Elbrus; Mont Blanc; Matterhorn; Mount Fuji; Mount Kosciuszko; Ben Nevis"),
    "ranges": ("range", AnswerType.PLACE, "Himalayas; Andes; Alps; Rocky Mountains; Urals; Pyrenees; "
               "Appalachians; Atlas Mountains; Carpathians"),
    "deserts": ("desert", AnswerType.PLACE, "Sahara; Arabian Desert; Gobi; Kalahari; Great Victoria Desert; "
                "Sonoran Desert; Namib; Atacama; Mojave"),
    "lakes": ("lake", AnswerType.PLACE, "Lake Superior; Lake Victoria; Lake Baikal; Lake Tanganyika; "
              "Lake Michigan; Lake Titicaca; Lake Geneva; Lake Malawi; Lake Huron; Lake Balkhash; Issyk-Kul; "
              "Lake Khövsgöl"),
    "seas": ("sea", AnswerType.PLACE, "Mediterranean Sea; Caribbean Sea; Black Sea; Red Sea; North Sea; "
             "Baltic Sea; Caspian Sea; Dead Sea; Arabian Sea; South China Sea"),
    "currencies": ("currency", AnswerType.TERM, "dollar; euro; pound; yen; yuan; rupee; rouble; peso; franc; "
                   "real; rand; krona; won; lira; dinar; shekel"),
    "languages": ("language", AnswerType.TERM, "English; Spanish; French; German; Italian; Portuguese; Russian; "
                  "Mandarin; Arabic; Hindi; Japanese; Swahili; Greek; Dutch; Bengali; Korean; Turkish"),
    "ancient languages": ("language", AnswerType.TERM, "Latin; Greek; Sanskrit; Hebrew; Aramaic; Egyptian; "
                          "Persian; Phoenician; Old English; Old Norse"),
    "instruments": ("instrument", AnswerType.TERM, "violin; viola; cello; double bass; flute; clarinet; oboe; "
                    "bassoon; trumpet; trombone; French horn; tuba; piano; harp; guitar; timpani; harpsichord; "
                    "saxophone; organ"),
    "museums": ("museum", AnswerType.TERM, "Louvre @FR Paris; Musée d'Orsay @FR Paris; Centre Pompidou @FR Paris; "
                "Musée de l'Orangerie @FR Paris; Uffizi @IT Florence; Vatican Museums @VA Vatican City; "
                "Prado @ES Madrid; Reina Sofía @ES Madrid; Rijksmuseum @NL Amsterdam; Van Gogh Museum @NL Amsterdam; "
                "Mauritshuis @NL The Hague; Hermitage @RU Saint Petersburg; British Museum @GB London; "
                "National Gallery @GB London; Tate Modern @GB London; Metropolitan Museum of Art @US New York; "
                "Museum of Modern Art @US New York; Guggenheim Museum @US New York; "
                "Art Institute of Chicago @US Chicago; Kunsthistorisches Museum @AT Vienna; "
                "Egyptian Museum @EG Cairo; Acropolis Museum @GR Athens"),
    # periods as "Name, from, to, , " (their years, no sex or country)
    "art movements": ("movement", AnswerType.TERM,
                      "Renaissance, 1400, 1600, , ; Baroque, 1600, 1750, , ; Neoclassicism, 1760, 1850, , ; "
                      "Romanticism, 1790, 1850, , ; Realism, 1840, 1880, , ; Impressionism, 1867, 1886, , ; "
                      "Post-Impressionism, 1886, 1905, , ; Art Nouveau, 1890, 1910, , ; Expressionism, 1905, 1933, , ; "
                      "Cubism, 1907, 1922, , ; Futurism, 1909, 1944, , ; Dadaism, 1916, 1924, , ; "
                      "Surrealism, 1924, 1966, , ; Abstract Expressionism, 1943, 1965, , ; Pop Art, 1955, 1975, , "),
    "units": ("unit", AnswerType.TERM, "metre; kilogram; second; ampere; kelvin; mole; candela; newton; joule; "
              "watt; volt; ohm; pascal; hertz; coulomb; litre; gram"),
    "religions": ("religion", AnswerType.TERM, "Christianity; Islam; Hinduism; Buddhism; Judaism; Sikhism; "
                  "Shinto; Taoism; Confucianism"),
    # wars and revolutions with their years, as periods: a year or date the stem (or the deck's title) places in
    # one stays inside it (`spans_named`)
    "wars": ("war", AnswerType.TERM, "World War I, 1914, 1918, , ; World War II, 1939, 1945, , ; "
             "the Hundred Years' War, 1337, 1453, , ; the Thirty Years' War, 1618, 1648, , ; "
             "the Seven Years' War, 1756, 1763, , ; the Crimean War, 1853, 1856, , ; "
             "the American Civil War, 1861, 1865, , ; the Vietnam War, 1955, 1975, , ; the Korean War, 1950, 1953, , ; "
             "the Napoleonic Wars, 1803, 1815, , ; the Wars of the Roses, 1455, 1487, , ; the Boer War, 1899, 1902, , ; "
             "the Cold War, 1947, 1991, , ; the Spanish Civil War, 1936, 1939, , ; the English Civil War, 1642, 1651, , "),
    "revolutions": ("revolution", AnswerType.TERM, "the French Revolution, 1789, 1799, , ; "
                    "the American Revolution, 1765, 1783, , ; the Glorious Revolution, 1688, 1689, , "),
    "battles": ("battle", AnswerType.TERM, "Battle of Hastings; Battle of Waterloo; Battle of Trafalgar; "
                "Battle of the Somme; Battle of Stalingrad; Battle of Gettysburg; Battle of Agincourt; "
                "Battle of Verdun; Battle of Britain; Battle of Marathon; Battle of Thermopylae; "
                "Battle of Austerlitz; Battle of Midway; Battle of Bosworth Field"),
    # works with the year they were finished or first published (BC negative): a title of another age is no
    # wrong answer for a dated key (`title_gap`)
    "novels": ("novel", AnswerType.TITLE,
               "Pride and Prejudice, 1813; Sense and Sensibility, 1811; Emma, 1815; Jane Eyre, 1847; "
               "Wuthering Heights, 1847; Great Expectations, 1861; Oliver Twist, 1838; A Tale of Two Cities, 1859; "
               "David Copperfield, 1850; War and Peace, 1869; Anna Karenina, 1878; Crime and Punishment, 1866; "
               "The Brothers Karamazov, 1880; Les Misérables, 1862; Madame Bovary, 1857; Moby-Dick, 1851; "
               "Frankenstein, 1818; Dracula, 1897; Middlemarch, 1872; Nineteen Eighty-Four, 1949; Animal Farm, 1945; "
               "Brave New World, 1932; The Great Gatsby, 1925; To Kill a Mockingbird, 1960; Of Mice and Men, 1937; "
               "The Grapes of Wrath, 1939; The Catcher in the Rye, 1951; Lord of the Flies, 1954; "
               "Don Quixote, 1605; Robinson Crusoe, 1719; Gulliver's Travels, 1726; "
               "The Count of Monte Cristo, 1844; One Hundred Years of Solitude, 1967; Things Fall Apart, 1958; "
               "Ulysses, 1922; Mrs Dalloway, 1925; The Hobbit, 1937; The Lord of the Rings, 1954; Beloved, 1987; "
               "Catch-22, 1961; Treasure Island, 1883; Little Women, 1868; The Picture of Dorian Gray, 1890; "
               "Heart of Darkness, 1899"),
    "plays": ("play", AnswerType.TITLE,
              "Hamlet, 1600; Macbeth, 1606; Othello, 1604; King Lear, 1606; Romeo and Juliet, 1595; "
              "A Midsummer Night's Dream, 1595; The Tempest, 1611; Julius Caesar, 1599; Twelfth Night, 1601; "
              "The Merchant of Venice, 1597; Much Ado About Nothing, 1599; Richard III, 1593; "
              "Death of a Salesman, 1949; The Crucible, 1953; A Doll's House, 1879; "
              "The Importance of Being Earnest, 1895; Waiting for Godot, 1953; Pygmalion, 1913; Oedipus Rex, -429; "
              "Antigone, -441; The Cherry Orchard, 1904; A Streetcar Named Desire, 1947; Doctor Faustus, 1592; "
              "An Inspector Calls, 1945"),
    "poems": ("poem", AnswerType.TITLE, "The Raven, 1845; The Waste Land, 1922; Paradise Lost, 1667; The Iliad, -750; "
              "The Odyssey, -725; Beowulf, 1000; The Divine Comedy, 1320; Ozymandias, 1818; "
              "The Road Not Taken, 1916; Kubla Khan, 1816; The Rime of the Ancient Mariner, 1798; Daffodils, 1807; "
              "If—, 1910; The Canterbury Tales, 1400"),
    "paintings": ("painting", AnswerType.TITLE,
                  "Mona Lisa, 1506; The Last Supper, 1498; The Starry Night, 1889; Sunflowers, 1888; The Scream, 1893; "
                  "Guernica, 1937; The Birth of Venus, 1485; Girl with a Pearl Earring, 1665; The Night Watch, 1642; "
                  "The Persistence of Memory, 1931; Water Lilies, 1915; The Kiss, 1908; Las Meninas, 1656; "
                  "The Garden of Earthly Delights, 1505; The Creation of Adam, 1512; American Gothic, 1930; "
                  "The Hay Wain, 1821; Impression, Sunrise, 1872; The Arnolfini Portrait, 1434"),
    "operas": ("opera", AnswerType.TITLE, "The Magic Flute, 1791; The Marriage of Figaro, 1786; Don Giovanni, 1787; "
               "Carmen, 1875; La Traviata, 1853; Aida, 1871; Rigoletto, 1851; Madama Butterfly, 1904; "
               "La Bohème, 1896; Tosca, 1900; The Barber of Seville, 1816; Fidelio, 1805; "
               "Tristan and Isolde, 1865; Turandot, 1926; Nabucco, 1842; Orfeo, 1607"),
    "composers": ("composer", AnswerType.PERSON,
                  "Claudio Monteverdi, 1567, 1643, m, IT; Antonio Vivaldi, 1678, 1741, m, IT; "
                  "Johann Sebastian Bach, 1685, 1750, m, DE; George Frideric Handel, 1685, 1759, m, DE; "
                  "Joseph Haydn, 1732, 1809, m, AT; Wolfgang Amadeus Mozart, 1756, 1791, m, AT; "
                  "Ludwig van Beethoven, 1770, 1827, m, DE; Franz Schubert, 1797, 1828, m, AT; "
                  "Frédéric Chopin, 1810, 1849, m, PL; Robert Schumann, 1810, 1856, m, DE; "
                  "Franz Liszt, 1811, 1886, m, HU; Richard Wagner, 1813, 1883, m, DE; "
                  "Giuseppe Verdi, 1813, 1901, m, IT; Johannes Brahms, 1833, 1897, m, DE; "
                  "Pyotr Ilyich Tchaikovsky, 1840, 1893, m, RU; Antonín Dvořák, 1841, 1904, m, CZ; "
                  "Edvard Grieg, 1843, 1907, m, NO; Edward Elgar, 1857, 1934, m, GB; "
                  "Giacomo Puccini, 1858, 1924, m, IT; Gustav Mahler, 1860, 1911, m, AT; "
                  "Claude Debussy, 1862, 1918, m, FR; Sergei Rachmaninoff, 1873, 1943, m, RU; "
                  "Maurice Ravel, 1875, 1937, m, FR; Igor Stravinsky, 1882, 1971, m, RU; "
                  "Sergei Prokofiev, 1891, 1953, m, RU; George Gershwin, 1898, 1937, m, US; "
                  "Dmitri Shostakovich, 1906, 1975, m, RU; Benjamin Britten, 1913, 1976, m, GB; "
                  "Clara Schumann, 1819, 1896, f, DE; Hildegard of Bingen, 1098, 1179, f, DE"),
    "painters": ("painter", AnswerType.PERSON,
                 "Giotto, 1267, 1337, m, IT; Jan van Eyck, 1390, 1441, m, BE; Sandro Botticelli, 1445, 1510, m, IT; "
                 "Leonardo da Vinci, 1452, 1519, m, IT; Hieronymus Bosch, 1450, 1516, m, NL; "
                 "Albrecht Dürer, 1471, 1528, m, DE; Michelangelo, 1475, 1564, m, IT; Titian, 1488, 1576, m, IT; "
                 "Raphael, 1483, 1520, m, IT; Caravaggio, 1571, 1610, m, IT; Peter Paul Rubens, 1577, 1640, m, BE; "
                 "Diego Velázquez, 1599, 1660, m, ES; Rembrandt, 1606, 1669, m, NL; "
                 "Johannes Vermeer, 1632, 1675, m, NL; Francisco Goya, 1746, 1828, m, ES; "
                 "J. M. W. Turner, 1775, 1851, m, GB; John Constable, 1776, 1837, m, GB; "
                 "Édouard Manet, 1832, 1883, m, FR; Edgar Degas, 1834, 1917, m, FR; "
                 "Paul Cézanne, 1839, 1906, m, FR; Claude Monet, 1840, 1926, m, FR; "
                 "Pierre-Auguste Renoir, 1841, 1919, m, FR; Paul Gauguin, 1848, 1903, m, FR; "
                 "Vincent van Gogh, 1853, 1890, m, NL; Gustav Klimt, 1862, 1918, m, AT; "
                 "Edvard Munch, 1863, 1944, m, NO; Wassily Kandinsky, 1866, 1944, m, RU; "
                 "Henri Matisse, 1869, 1954, m, FR; Pablo Picasso, 1881, 1973, m, ES; "
                 "René Magritte, 1898, 1967, m, BE; Salvador Dalí, 1904, 1989, m, ES; "
                 "Frida Kahlo, 1907, 1954, f, MX; Georgia O'Keeffe, 1887, 1986, f, US; "
                 "Mary Cassatt, 1844, 1926, f, US; Berthe Morisot, 1841, 1895, f, FR; "
                 "Jackson Pollock, 1912, 1956, m, US; Andy Warhol, 1928, 1987, m, US; "
                 "Artemisia Gentileschi, 1593, 1656, f, IT; Caspar David Friedrich, 1774, 1840, m, DE; "
                 "Eugène Delacroix, 1798, 1863, m, FR; Gustave Courbet, 1819, 1877, m, FR; "
                 "Katsushika Hokusai, 1760, 1849, m, JP; Georges Seurat, 1859, 1891, m, FR; "
                 "Piet Mondrian, 1872, 1944, m, NL; Georges Braque, 1882, 1963, m, FR; "
                 "Diego Rivera, 1886, 1957, m, MX; Marc Chagall, 1887, 1985, m, FR; Joan Miró, 1893, 1983, m, ES; "
                 "Paul Klee, 1879, 1940, m, CH; Edward Hopper, 1882, 1967, m, US; Camille Pissarro, 1830, 1903, m, FR; "
                 "William Blake, 1757, 1827, m, GB; Thomas Gainsborough, 1727, 1788, m, GB; "
                 "Jacques-Louis David, 1748, 1825, m, FR; Pieter Bruegel the Elder, 1525, 1569, m, BE"),
    "writers": ("writer", AnswerType.PERSON,
                "Homer, -750, -700, m, GR; Sophocles, -497, -406, m, GR; Virgil, -70, -19, m, IT; "
                "Dante Alighieri, 1265, 1321, m, IT; Geoffrey Chaucer, 1343, 1400, m, GB; "
                "Miguel de Cervantes, 1547, 1616, m, ES; William Shakespeare, 1564, 1616, m, GB; "
                "Christopher Marlowe, 1564, 1593, m, GB; John Milton, 1608, 1674, m, GB; "
                "Molière, 1622, 1673, m, FR; Daniel Defoe, 1660, 1731, m, GB; Jonathan Swift, 1667, 1745, m, IE; "
                "Voltaire, 1694, 1778, m, FR; Johann Wolfgang von Goethe, 1749, 1832, m, DE; "
                "William Wordsworth, 1770, 1850, m, GB; Jane Austen, 1775, 1817, f, GB; "
                "Mary Shelley, 1797, 1851, f, GB; Victor Hugo, 1802, 1885, m, FR; "
                "Alexandre Dumas, 1802, 1870, m, FR; Edgar Allan Poe, 1809, 1849, m, US; "
                "Charles Dickens, 1812, 1870, m, GB; Charlotte Brontë, 1816, 1855, f, GB; "
                "Emily Brontë, 1818, 1848, f, GB; George Eliot, 1819, 1880, f, GB; "
                "Herman Melville, 1819, 1891, m, US; Fyodor Dostoevsky, 1821, 1881, m, RU; "
                "Gustave Flaubert, 1821, 1880, m, FR; Leo Tolstoy, 1828, 1910, m, RU; "
                "Emily Dickinson, 1830, 1886, f, US; Louisa May Alcott, 1832, 1888, f, US; "
                "Mark Twain, 1835, 1910, m, US; Thomas Hardy, 1840, 1928, m, GB; "
                "Henrik Ibsen, 1828, 1906, m, NO; Oscar Wilde, 1854, 1900, m, IE; "
                "Arthur Conan Doyle, 1859, 1930, m, GB; Anton Chekhov, 1860, 1904, m, RU; "
                "Rabindranath Tagore, 1861, 1941, m, IN; Virginia Woolf, 1882, 1941, f, GB; "
                "James Joyce, 1882, 1941, m, IE; Franz Kafka, 1883, 1924, m, CZ; "
                "Agatha Christie, 1890, 1976, f, GB; F. Scott Fitzgerald, 1896, 1940, m, US; "
                "Ernest Hemingway, 1899, 1961, m, US; John Steinbeck, 1902, 1968, m, US; "
                "George Orwell, 1903, 1950, m, GB; Samuel Beckett, 1906, 1989, m, IE; "
                "J. R. R. Tolkien, 1892, 1973, m, GB; Arthur Miller, 1915, 2005, m, US; "
                "Harper Lee, 1926, 2016, f, US; Gabriel García Márquez, 1927, 2014, m, CO; "
                "Maya Angelou, 1928, 2014, f, US; Chinua Achebe, 1930, 2013, m, NG; "
                "Toni Morrison, 1931, 2019, f, US; Sylvia Plath, 1932, 1963, f, US"),
    "scientists": ("scientist", AnswerType.PERSON,
                   "Archimedes, -287, -212, m, GR; Nicolaus Copernicus, 1473, 1543, m, PL; "
                   "Galileo Galilei, 1564, 1642, m, IT; Johannes Kepler, 1571, 1630, m, DE; "
                   "William Harvey, 1578, 1657, m, GB; Robert Boyle, 1627, 1691, m, IE; "
                   "Robert Hooke, 1635, 1703, m, GB; Isaac Newton, 1643, 1727, m, GB; "
                   "Carl Linnaeus, 1707, 1778, m, SE; Antoine Lavoisier, 1743, 1794, m, FR; "
                   "Edward Jenner, 1749, 1823, m, GB; Alessandro Volta, 1745, 1827, m, IT; "
                   "John Dalton, 1766, 1844, m, GB; Michael Faraday, 1791, 1867, m, GB; "
                   "Charles Darwin, 1809, 1882, m, GB; Gregor Mendel, 1822, 1884, m, CZ; "
                   "Louis Pasteur, 1822, 1895, m, FR; James Clerk Maxwell, 1831, 1879, m, GB; "
                   "Dmitri Mendeleev, 1834, 1907, m, RU; Thomas Edison, 1847, 1931, m, US; "
                   "Nikola Tesla, 1856, 1943, m, US; Max Planck, 1858, 1947, m, DE; "
                   "Marie Curie, 1867, 1934, f, FR; Ernest Rutherford, 1871, 1937, m, GB; "
                   "Albert Einstein, 1879, 1955, m, DE; Alexander Fleming, 1881, 1955, m, GB; "
                   "Niels Bohr, 1885, 1962, m, DK; Erwin Schrödinger, 1887, 1961, m, AT; "
                   "Edwin Hubble, 1889, 1953, m, US; Werner Heisenberg, 1901, 1976, m, DE; "
                   "Barbara McClintock, 1902, 1992, f, US; Alan Turing, 1912, 1954, m, GB; "
                   "Rosalind Franklin, 1920, 1958, f, GB; Dorothy Hodgkin, 1910, 1994, f, GB; "
                   "Lise Meitner, 1878, 1968, f, AT; Rachel Carson, 1907, 1964, f, US; "
                   "Stephen Hawking, 1942, 2018, m, GB; Jane Goodall, 1934, 2025, f, GB; "
                   "Ada Lovelace, 1815, 1852, f, GB; Alfred Wegener, 1880, 1930, m, DE; "
                   "Joseph Lister, 1827, 1912, m, GB; Jonas Salk, 1914, 1995, m, US; "
                   "Robert Koch, 1843, 1910, m, DE; Karl Landsteiner, 1868, 1943, m, AT; "
                   "Ptolemy, 100, 170, m, EG; Tycho Brahe, 1546, 1601, m, DK; Giovanni Cassini, 1625, 1712, m, IT; "
                   "Christiaan Huygens, 1629, 1695, m, NL; Edmond Halley, 1656, 1742, m, GB; "
                   "William Herschel, 1738, 1822, m, GB; Caroline Herschel, 1750, 1848, f, GB; "
                   "Charles Messier, 1730, 1817, m, FR; Urbain Le Verrier, 1811, 1877, m, FR; "
                   "Percival Lowell, 1855, 1916, m, US; Henrietta Leavitt, 1868, 1921, f, US; "
                   "Clyde Tombaugh, 1906, 1997, m, US; Gerard Kuiper, 1905, 1973, m, US; Carl Sagan, 1934, 1996, m, US; "
                   "Andreas Vesalius, 1514, 1564, m, BE; Antonie van Leeuwenhoek, 1632, 1723, m, NL"),
    "explorers": ("explorer", AnswerType.PERSON,
                  "Leif Erikson, 970, 1020, m, IS; Marco Polo, 1254, 1324, m, IT; Ibn Battuta, 1304, 1369, m, MA; "
                  "Zheng He, 1371, 1433, m, CN; Bartolomeu Dias, 1450, 1500, m, PT; "
                  "Christopher Columbus, 1451, 1506, m, IT; Amerigo Vespucci, 1454, 1512, m, IT; "
                  "John Cabot, 1450, 1500, m, IT; Vasco da Gama, 1469, 1524, m, PT; "
                  "Ferdinand Magellan, 1480, 1521, m, PT; Hernán Cortés, 1485, 1547, m, ES; "
                  "Francisco Pizarro, 1478, 1541, m, ES; Jacques Cartier, 1491, 1557, m, FR; "
                  "Francis Drake, 1540, 1596, m, GB; Henry Hudson, 1565, 1611, m, GB; "
                  "Abel Tasman, 1603, 1659, m, NL; James Cook, 1728, 1779, m, GB; "
                  "David Livingstone, 1813, 1873, m, GB; Roald Amundsen, 1872, 1928, m, NO; "
                  "Robert Falcon Scott, 1868, 1912, m, GB; Ernest Shackleton, 1874, 1922, m, GB; "
                  "Edmund Hillary, 1919, 2008, m, NZ; Tenzing Norgay, 1914, 1986, m, NP; "
                  "Amelia Earhart, 1897, 1937, f, US"),
    "astronauts": ("astronaut", AnswerType.PERSON,
                   "Yuri Gagarin, 1934, 1968, m, RU; Valentina Tereshkova, 1937, 2030, f, RU; "
                   "Alexei Leonov, 1934, 2019, m, RU; Gherman Titov, 1935, 2000, m, RU; John Glenn, 1921, 2016, m, US; "
                   "Alan Shepard, 1923, 1998, m, US; Neil Armstrong, 1930, 2012, m, US; "
                   "Buzz Aldrin, 1930, 2030, m, US; Michael Collins, 1930, 2021, m, US; "
                   "Sally Ride, 1951, 2012, f, US; Tim Peake, 1972, 2040, m, GB; "
                   "Chris Hadfield, 1959, 2040, m, CA; Yang Liwei, 1965, 2040, m, CN"),
    # a list the bundled people fill alone (`_ROLE_LISTS_OF`): one kind of answer each, so they serve a key they
    # hold and tie two of the deck's people of that role ("Thomas Malthus" and "David Ricardo")
    "economists": ("economist", AnswerType.PERSON, ""),
    "philosophers": ("philosopher", AnswerType.PERSON,
                     "Socrates, -470, -399, m, GR; Plato, -428, -348, m, GR; Aristotle, -384, -322, m, GR; "
                     "Confucius, -551, -479, m, CN; Thomas Aquinas, 1225, 1274, m, IT; "
                     "Niccolò Machiavelli, 1469, 1527, m, IT; René Descartes, 1596, 1650, m, FR; "
                     "Thomas Hobbes, 1588, 1679, m, GB; John Locke, 1632, 1704, m, GB; "
                     "David Hume, 1711, 1776, m, GB; Jean-Jacques Rousseau, 1712, 1778, m, FR; "
                     "Immanuel Kant, 1724, 1804, m, DE; Adam Smith, 1723, 1790, m, GB; "
                     "Mary Wollstonecraft, 1759, 1797, f, GB; Karl Marx, 1818, 1883, m, DE; "
                     "Friedrich Nietzsche, 1844, 1900, m, DE; John Stuart Mill, 1806, 1873, m, GB; "
                     "Simone de Beauvoir, 1908, 1986, f, FR; Jean-Paul Sartre, 1905, 1980, m, FR"),
    "presidents": ("president", AnswerType.PERSON,
                   "George Washington, 1732, 1799, m, US; John Adams, 1735, 1826, m, US; "
                   "Thomas Jefferson, 1743, 1826, m, US; Andrew Jackson, 1767, 1845, m, US; "
                   "Abraham Lincoln, 1809, 1865, m, US; Ulysses S. Grant, 1822, 1885, m, US; "
                   "Theodore Roosevelt, 1858, 1919, m, US; Woodrow Wilson, 1856, 1924, m, US; "
                   "Franklin D. Roosevelt, 1882, 1945, m, US; Harry S. Truman, 1884, 1972, m, US; "
                   "Dwight D. Eisenhower, 1890, 1969, m, US; John F. Kennedy, 1917, 1963, m, US; "
                   "Lyndon B. Johnson, 1908, 1973, m, US; Richard Nixon, 1913, 1994, m, US; "
                   "Ronald Reagan, 1911, 2004, m, US; Charles de Gaulle, 1890, 1970, m, FR; "
                   "Nelson Mandela, 1918, 2013, m, ZA; Vladimir Putin, 1952, 2040, m, RU; "
                   "Mikhail Gorbachev, 1931, 2022, m, RU; James Madison, 1751, 1836, m, US; "
                   "James Monroe, 1758, 1831, m, US; John Quincy Adams, 1767, 1848, m, US; "
                   "Martin Van Buren, 1782, 1862, m, US; William Henry Harrison, 1773, 1841, m, US; "
                   "John Tyler, 1790, 1862, m, US; James K. Polk, 1795, 1849, m, US; Zachary Taylor, 1784, 1850, m, US; "
                   "Millard Fillmore, 1800, 1874, m, US; Franklin Pierce, 1804, 1869, m, US; "
                   "James Buchanan, 1791, 1868, m, US; Andrew Johnson, 1808, 1875, m, US; "
                   "Rutherford B. Hayes, 1822, 1893, m, US; James A. Garfield, 1831, 1881, m, US; "
                   "Chester A. Arthur, 1829, 1886, m, US; Grover Cleveland, 1837, 1908, m, US; "
                   "Benjamin Harrison, 1833, 1901, m, US; William McKinley, 1843, 1901, m, US; "
                   "William Howard Taft, 1857, 1930, m, US; Warren G. Harding, 1865, 1923, m, US; "
                   "Calvin Coolidge, 1872, 1933, m, US; Herbert Hoover, 1874, 1964, m, US; "
                   "Gerald Ford, 1913, 2006, m, US; Jimmy Carter, 1924, 2024, m, US; "
                   "George H. W. Bush, 1924, 2018, m, US; Bill Clinton, 1946, 2040, m, US; "
                   "George W. Bush, 1946, 2040, m, US; Barack Obama, 1961, 2040, m, US"),
    "prime ministers": ("prime minister", AnswerType.PERSON,
                        "Robert Walpole, 1676, 1745, m, GB; William Pitt the Younger, 1759, 1806, m, GB; "
                        "Benjamin Disraeli, 1804, 1881, m, GB; William Gladstone, 1809, 1898, m, GB; "
                        "David Lloyd George, 1863, 1945, m, GB; Winston Churchill, 1874, 1965, m, GB; "
                        "Clement Attlee, 1883, 1967, m, GB; Margaret Thatcher, 1925, 2013, f, GB; "
                        "Tony Blair, 1953, 2040, m, GB; Jawaharlal Nehru, 1889, 1964, m, IN; "
                        "Indira Gandhi, 1917, 1984, f, IN; Golda Meir, 1898, 1978, f, IL; "
                        "Pierre Trudeau, 1919, 2000, m, CA; Otto von Bismarck, 1815, 1898, m, DE; "
                        "Robert Peel, 1788, 1850, m, GB; Lord Palmerston, 1784, 1865, m, GB; "
                        "Lord Salisbury, 1830, 1903, m, GB; H. H. Asquith, 1852, 1928, m, GB; "
                        "Stanley Baldwin, 1867, 1947, m, GB; Ramsay MacDonald, 1866, 1937, m, GB; "
                        "Neville Chamberlain, 1869, 1940, m, GB; Anthony Eden, 1897, 1977, m, GB; "
                        "Harold Macmillan, 1894, 1986, m, GB; Harold Wilson, 1916, 1995, m, GB; "
                        "Edward Heath, 1916, 2005, m, GB; James Callaghan, 1912, 2005, m, GB; "
                        "John Major, 1943, 2040, m, GB; Gordon Brown, 1951, 2040, m, GB; "
                        "David Cameron, 1966, 2040, m, GB; Theresa May, 1956, 2040, f, GB"),
    "commanders": ("general", AnswerType.PERSON,
                   "Hannibal, -247, -183, m, TN; Saladin, 1137, 1193, m, EG; "
                   "Duke of Marlborough, 1650, 1722, m, GB; George Washington, 1732, 1799, m, US; "
                   "Charles Cornwallis, 1738, 1805, m, GB; Marquis de Lafayette, 1757, 1834, m, FR; "
                   "Horatio Nelson, 1758, 1805, m, GB; Duke of Wellington, 1769, 1852, m, GB; "
                   "Robert E. Lee, 1807, 1870, m, US; Ulysses S. Grant, 1822, 1885, m, US; "
                   "William Tecumseh Sherman, 1820, 1891, m, US; Stonewall Jackson, 1824, 1863, m, US; "
                   "George Custer, 1839, 1876, m, US; Ferdinand Foch, 1851, 1929, m, FR; "
                   "Douglas Haig, 1861, 1928, m, GB; Douglas MacArthur, 1880, 1964, m, US; "
                   "George S. Patton, 1885, 1945, m, US; Bernard Montgomery, 1887, 1976, m, GB; "
                   "Erwin Rommel, 1891, 1944, m, DE; Georgy Zhukov, 1896, 1974, m, RU; "
                   "Chester Nimitz, 1885, 1966, m, US; Isoroku Yamamoto, 1884, 1943, m, JP; "
                   "Dwight D. Eisenhower, 1890, 1969, m, US"),
    "monarchs": ("monarch", AnswerType.PERSON,
                 "Ramesses II, -1303, -1213, m, EG; Tutankhamun, -1341, -1323, m, EG; Cleopatra, -69, -30, f, EG; "
                 "Alexander the Great, -356, -323, m, GR; Augustus, -63, 14, m, IT; Charlemagne, 742, 814, m, FR; "
                 "Alfred the Great, 849, 899, m, GB; William the Conqueror, 1028, 1087, m, GB; "
                 "Genghis Khan, 1162, 1227, m, MN; Henry VIII, 1491, 1547, m, GB; Elizabeth I, 1533, 1603, f, GB; "
                 "Philip II, 1527, 1598, m, ES; Louis XIV, 1638, 1715, m, FR; Peter the Great, 1672, 1725, m, RU; "
                 "Catherine the Great, 1729, 1796, f, RU; Louis XVI, 1754, 1793, m, FR; "
                 "Marie Antoinette, 1755, 1793, f, FR; Napoleon Bonaparte, 1769, 1821, m, FR; "
                 "Victoria, 1819, 1901, f, GB; Mary I, 1516, 1558, f, GB; Anne, 1665, 1714, f, GB; Nicholas II, 1868, 1918, m, RU; "
                 "Wilhelm II, 1859, 1941, m, DE; Elizabeth II, 1926, 2022, f, GB; "
                 "Suleiman the Magnificent, 1494, 1566, m, TR; Akbar, 1542, 1605, m, IN; "
                 "Khufu, -2620, -2566, m, EG; Hatshepsut, -1507, -1458, f, EG; Akhenaten, -1380, -1336, m, EG; "
                 "Cyrus the Great, -600, -530, m, IR; Darius I, -550, -486, m, IR; Xerxes I, -518, -465, m, IR; "
                 "Ashoka, -304, -232, m, IN; Qin Shi Huang, -259, -210, m, CN; Caligula, 12, 41, m, IT; "
                 "Nero, 37, 68, m, IT; Trajan, 53, 117, m, IT; Hadrian, 76, 138, m, IT; "
                 "Tiberius, -42, 37, m, IT; Claudius, -10, 54, m, IT; Galba, -3, 69, m, IT; "
                 "Vespasian, 9, 79, m, IT; Titus, 39, 81, m, IT; Domitian, 51, 96, m, IT; "
                 "Antoninus Pius, 86, 161, m, IT; Commodus, 161, 192, m, IT; Septimius Severus, 145, 211, m, IT; "
                 "Caracalla, 188, 217, m, IT; Diocletian, 244, 311, m, IT; "
                 "Marcus Aurelius, 121, 180, m, IT; Constantine the Great, 272, 337, m, IT; "
                 "Justinian I, 482, 565, m, TR; Cnut the Great, 995, 1035, m, GB; Kublai Khan, 1215, 1294, m, MN; "
                 "Richard the Lionheart, 1157, 1199, m, GB; Henry V, 1386, 1422, m, GB; "
                 "Ivan the Terrible, 1530, 1584, m, RU; Frederick the Great, 1712, 1786, m, DE"),
    "leaders": ("leader", AnswerType.PERSON,
                "Julius Caesar, -100, -44, m, IT; Joan of Arc, 1412, 1431, f, FR; Oliver Cromwell, 1599, 1658, m, GB; "
                "George Washington, 1732, 1799, m, US; Simón Bolívar, 1783, 1830, m, VE; "
                "Giuseppe Garibaldi, 1807, 1882, m, IT; Abraham Lincoln, 1809, 1865, m, US; "
                "Otto von Bismarck, 1815, 1898, m, DE; Vladimir Lenin, 1870, 1924, m, RU; "
                "Mahatma Gandhi, 1869, 1948, m, IN; Jawaharlal Nehru, 1889, 1964, m, IN; "
                "Subhas Chandra Bose, 1897, 1945, m, IN; Muhammad Ali Jinnah, 1876, 1948, m, PK; Winston Churchill, 1874, 1965, m, GB; "
                "Joseph Stalin, 1878, 1953, m, RU; Franklin D. Roosevelt, 1882, 1945, m, US; "
                "Benito Mussolini, 1883, 1945, m, IT; Adolf Hitler, 1889, 1945, m, DE; "
                "Charles de Gaulle, 1890, 1970, m, FR; Mao Zedong, 1893, 1976, m, CN; "
                "Ho Chi Minh, 1890, 1969, m, VN; Nikita Khrushchev, 1894, 1971, m, RU; "
                "Nelson Mandela, 1918, 2013, m, ZA; Fidel Castro, 1926, 2016, m, CU; "
                "Martin Luther King Jr., 1929, 1968, m, US; Mikhail Gorbachev, 1931, 2022, m, RU; "
                "Margaret Thatcher, 1925, 2013, f, GB; Emmeline Pankhurst, 1858, 1928, f, GB"),
}


#: Scientists' fields: a physicist's wrong answers are physicists when the list has enough of them.
_FIELDS = {
    "physics": "Archimedes; Galileo Galilei; Johannes Kepler; Isaac Newton; Robert Hooke; Alessandro Volta; "
               "Michael Faraday; James Clerk Maxwell; Nikola Tesla; Thomas Edison; Max Planck; Marie Curie; "
               "Ernest Rutherford; Albert Einstein; Niels Bohr; Erwin Schrödinger; Edwin Hubble; Werner Heisenberg; "
               "Lise Meitner; Stephen Hawking; Nicolaus Copernicus",
    "chemistry": "Robert Boyle; Antoine Lavoisier; John Dalton; Dmitri Mendeleev; Dorothy Hodgkin; Marie Curie; "
                 "Rosalind Franklin; Louis Pasteur",
    "biology": "William Harvey; Carl Linnaeus; Edward Jenner; Charles Darwin; Gregor Mendel; Louis Pasteur; "
               "Alexander Fleming; Barbara McClintock; Rosalind Franklin; Rachel Carson; Jane Goodall; "
               "Joseph Lister; Robert Koch; Jonas Salk; Karl Landsteiner; Robert Hooke; Antonie van Leeuwenhoek",
    "medicine": "Hippocrates; Galen; Andreas Vesalius; William Harvey; Edward Jenner; Joseph Lister; Robert Koch; Jonas Salk; Karl Landsteiner; "
                "Alexander Fleming; Florence Nightingale",
    "computing": "Ada Lovelace; Alan Turing",
    "earth": "Alfred Wegener",
    "astronomy": "Ptolemy; Nicolaus Copernicus; Tycho Brahe; Galileo Galilei; Johannes Kepler; Giovanni Cassini; "
                 "Christiaan Huygens; Edmond Halley; William Herschel; Caroline Herschel; Charles Messier; "
                 "Urbain Le Verrier; Percival Lowell; Henrietta Leavitt; Edwin Hubble; Clyde Tombaugh; Gerard Kuiper; "
                 "Carl Sagan; Stephen Hawking",
}


#: Fields of the life sciences: their people are not offered for a physicist's or chemist's key.
_LIFE_FIELDS = frozenset(("biology", "medicine"))


@lru_cache(maxsize=1)
def _field_of() -> dict[str, frozenset[str]]:
    fields: dict[str, set[str]] = {}
    for field, names in _FIELDS.items():
        for name in names.split("; "):
            fields.setdefault(normalize(name), set()).add(field)
    for person in bundled_people.all_people():  # the bundled people's fields, where `_FIELDS` names none
        own = {_ROLE_FIELDS[r] for r in person.roles if r in _ROLE_FIELDS
               and (_ROLE_FIELDS[r] not in _MAIN_ROLE_FIELDS or r == person.roles[0])}
        if own and normalize(person.name) not in fields:
            fields[normalize(person.name)] = own
    return {name: frozenset(f) for name, f in fields.items()}


def _member(text: str) -> Member:
    if " @" in text:  # "Athens @GR": a place and its country; "Louvre @FR Paris": a thing, its country and city
        name, country = text.rsplit(" @", 1)
        code, _, town = country.strip().partition(" ")
        return Member(name.strip(), country=code, city=normalize(town))
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 5 and parts[1].lstrip("-").isdigit():
        born, died = int(parts[1]), int(parts[2])
        return Member(parts[0], (born + died) / 2, parts[3], parts[4], born, died)
    name, _, year = text.rpartition(", ")
    if name and year.lstrip("-").isdigit():  # a work and its year ("The Waste Land, 1922")
        return Member(name.strip(), float(year))
    return Member(text.strip())


#: The bundled people's roles (`quizgen.core.people`) -> the people lists they join (a sculptor who
#: never painted joins no painters: "____ painted" is no stem for Rodin).
_ROLE_LISTS_OF = {"philosopher": "philosophers", "theologian": "philosophers", "painter": "painters",
                  "composer": "composers", "writer": "writers", "scientist": "scientists",
                  "mathematician": "scientists", "inventor": "scientists", "physician": "scientists",
                  "explorer": "explorers", "astronaut": "astronauts", "president": "presidents",
                  "prime-minister": "prime ministers", "general": "commanders", "admiral": "commanders",
                  "ruler": "monarchs", "politician": "leaders", "revolutionary": "leaders", "activist": "leaders",
                  "military": "commanders", "aviator": "explorers", "engineer": "scientists",
                  "economist": "economists"}
#: The list of the bundled people no other list takes (a religious leader, an economist, an actor): known
#: as persons with their years, sex and country, never a list a stem's kind names.
OTHER_PEOPLE = "other people"
#: Their roles that name a scientist's field (`_FIELDS`).
_ROLE_FIELDS = {"physicist": "physics", "astronomer": "physics", "chemist": "chemistry", "biologist": "biology",
                "naturalist": "biology", "physician": "medicine", "computer-scientist": "computing",
                "geologist": "earth", "geographer": "earth", "inventor": "invention", "engineer": "invention"}
#: Fields a person has only by their first (main) role: Leonardo, a painter first, is no inventor's wrong answer.
_MAIN_ROLE_FIELDS = frozenset(("invention",))
#: How many years a life is counted around a known end when the other is not known.
_HALF_LIFE = 35


def _bundled_member(person: bundled_people.Person) -> Member:
    """A person of the bundled list as a list member: their years, sex and first country's code."""
    born, died = person.born, person.died
    if died is None and person.living:
        died = PRESENT
    elif died is None and born is not None:
        died = min(PRESENT, born + 2 * _HALF_LIFE)  # one end known: a life of its usual length around it
    elif born is None and died is not None:
        born = died - 2 * _HALF_LIFE
    era = (born + died) / 2 if born is not None and died is not None else None
    codes = gazetteer.countries_in(f" {normalize(person.countries[0])} ") if person.countries else frozenset()
    country = next(iter(codes)) if len(codes) == 1 else ""
    return Member(person.name, era, person.gender or None, country, born, died)


#: Whether WordNet's well-dated people join the lists of their roles (and so are offered), or are only known.
WORDNET_IN_ROLE_LISTS = True


def _wordnet_member(person: bundled_people.Person) -> Member:
    """A WordNet person as a list member: dated only when both ends of the life are known (`well_dated`: a
    birth year alone from WordNet's 2006 glosses does not say the person lives), else of no known age."""
    if bundled_people.well_dated(person):
        return _bundled_member(person)
    member = _bundled_member(person._replace(born=None, died=None))
    return member


@lru_cache(maxsize=1)
def _categories() -> tuple[dict[str, Category], dict[str, list[Category]]]:
    """The lists, the bundled people joined to the lists of their roles, and each member's lists
    by its name (and by a bundled person's other names)."""
    lists: dict[str, list[Member]] = {}
    for name, (kind, answer_type, members) in _LISTS.items():
        lists[name] = [_member(m) for m in members.split("; ")] if members else []
    listed = {name: {normalize(m.name) for m in members} for name, members in lists.items()}
    people_lists = {name for name, (_, answer_type, _) in _LISTS.items() if answer_type is AnswerType.PERSON}
    hand = {normalize(m.name): m for name in people_lists for m in lists[name]}  # their years win
    lists[OTHER_PEOPLE] = []
    for person in bundled_people.people():
        joins = {_ROLE_LISTS_OF[r] for r in _ROLE_LISTS_OF if bundled_people.has_role(person, r)}
        key = normalize(person.name)
        for name in sorted(joins or ({OTHER_PEOPLE} if key not in hand else set())):
            if key not in listed.setdefault(name, set()):
                lists[name].append(hand.get(key) or _bundled_member(person))
                listed[name].add(key)
    known = set().union(*listed.values())
    for person in bundled_people.wordnet_people():  # the people the curated ones lack (`people.all_people`)
        key = normalize(person.name)
        if key in known:
            continue
        known.add(key)
        joins = {_ROLE_LISTS_OF[r] for r in _ROLE_LISTS_OF if bundled_people.has_role(person, r)} \
            if WORDNET_IN_ROLE_LISTS and bundled_people.well_dated(person) else set()
        for name in sorted(joins or {OTHER_PEOPLE}):
            lists[name].append(_wordnet_member(person))
    _join_features(lists)
    by_name: dict[str, Category] = {}
    by_member: dict[str, list[Category]] = {}
    kinds = {**{name: (kind, answer_type) for name, (kind, answer_type, _) in _LISTS.items()},
             OTHER_PEOPLE: ("person", AnswerType.PERSON)}
    for name, (kind, answer_type) in kinds.items():
        category = Category(name, kind, answer_type, tuple(lists[name]))
        by_name[name] = category
        for member in category.members:
            by_member.setdefault(normalize(member.name), []).append(category)
    return by_name, by_member


#: The lists WordNet's natural features join, by their kind (`gazetteer.FEATURE_KINDS`).
_FEATURE_LISTS = {"river": "rivers", "lake": "lakes", "mountain": "mountains", "volcano": "volcanoes",
                  "desert": "deserts", "range": "ranges"}


#: The names of the lists of natural features.
FEATURE_LISTS = frozenset(_FEATURE_LISTS.values())


def _join_features(lists: dict[str, list[Member]]) -> None:
    """WordNet's rivers, lakes, peaks, volcanoes, deserts and ranges (`gazetteer.wordnet_features`) that WordNet
    places in a country, after each list's own members, with their first country (which `related` reads: the
    Severn's rivals are British rivers first, then Europe's). A name WordNet gives another kind of place too, or that
    names a country or a US state, is left out: "the Council of Trent" (a city), the USS Missouri."""
    from quizgen.core import instances

    listed = {normalize(m.name) for members in lists.values() for m in members}
    seen = {gazetteer.wordnet_feature(m.name) for members in lists.values() for m in members
            if m.born is None}  # a place or thing (the Dead Sea, a sea here, is no lake to join)
    for feature in gazetteer.wordnet_features():
        if feature.countries and feature not in seen and normalize(feature.name) not in listed and \
                gazetteer.FEATURE_KINDS.get(instances.place_kind(feature.name) or "") == feature.kind and \
                gazetteer.place_kind(feature.name) is None:
            lists[_FEATURE_LISTS[feature.kind]].append(Member(feature.name, country=feature.countries[0]))
            listed.add(normalize(feature.name))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """A bundled person's other names (normalized) -> their listed name, where no list member has it."""
    by_member = _categories()[1]
    out: dict[str, str] = {}
    for person in bundled_people.people():
        name = normalize(person.name)
        if name not in by_member:
            continue
        for alias in person.aliases:
            key = normalize(alias)
            if key not in by_member:
                out[key] = name
    wordnet: dict[str, set[str]] = {}  # WordNet's: other names of two words or more, of one person only
    for person in bundled_people.wordnet_people():
        name = normalize(person.name)
        for key in {normalize(alias) for alias in person.aliases} - {name}:
            if " " in key and key not in by_member and key not in out and name in by_member:
                wordnet.setdefault(key, set()).add(name)
    out.update((key, names.pop()) for key, names in wordnet.items() if len(names) == 1)
    short: dict[str, set[str]] = {}  # a name of three words or more without its middle ones: "Gustav Kirchhoff"
    for name, member in _people().items():
        for full in {name, *(key for key, listed in out.items() if listed == name)}:
            words = full.split()
            if len(words) >= 3 and not _PARTICLES.intersection(words[1:-1]) and words[-1] not in _SUFFIXES:
                short.setdefault(f"{words[0]} {words[-1]}", set()).add(name)
    out.update((key, names.pop()) for key, names in short.items()
               if len(names) == 1 and key not in by_member and key not in out)
    return out


#: Words inside a name that join it rather than being a middle name ("Robert the Bruce", "Vasco da Gama").
_PARTICLES = frozenset(("the", "of", "da", "de", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von",
                        "der", "den", "ibn", "bin", "al", "el", "y", "zu", "ten", "ter"))
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name's key in the lists: normalized, a bundled person's other name read as their listed one."""
    key = normalize(name)
    return _aliases().get(key, key)


def categories_of(answer: str) -> list[Category]:
    """The lists the answer is a member of (the leading "the" ignored)."""
    by_member = _categories()[1]
    key = _key(answer)
    found = by_member.get(key) or (by_member.get(key[4:]) if key.startswith("the ") else None)
    return found or []


#: The makers of the lists' works (written for quizgen from common knowledge; the surname a stem writes, normalized):
#: a stem that names the maker and nothing else of the work ("Sophocles wrote ____") takes no other work of theirs,
#: which would be true too (`same_maker`).
_WORK_MAKERS = {title.strip(): maker.strip() for title, maker in (item.rsplit(":", 1) for item in """
    Pride and Prejudice: austen; Sense and Sensibility: austen; Emma: austen; Jane Eyre: bronte;
    Wuthering Heights: bronte; Great Expectations: dickens; Oliver Twist: dickens; A Tale of Two Cities: dickens;
    David Copperfield: dickens; War and Peace: tolstoy; Anna Karenina: tolstoy; Crime and Punishment: dostoevsky;
    The Brothers Karamazov: dostoevsky; Les Misérables: hugo; Madame Bovary: flaubert; Moby-Dick: melville;
    Frankenstein: shelley; Dracula: stoker; Middlemarch: eliot; Nineteen Eighty-Four: orwell; Animal Farm: orwell;
    Brave New World: huxley; The Great Gatsby: fitzgerald; To Kill a Mockingbird: lee; Of Mice and Men: steinbeck;
    The Grapes of Wrath: steinbeck; The Catcher in the Rye: salinger; Lord of the Flies: golding;
    Don Quixote: cervantes; Robinson Crusoe: defoe; Gulliver's Travels: swift; The Count of Monte Cristo: dumas;
    One Hundred Years of Solitude: marquez; Things Fall Apart: achebe; Ulysses: joyce; Mrs Dalloway: woolf;
    The Hobbit: tolkien; The Lord of the Rings: tolkien; Beloved: morrison; Catch-22: heller;
    Treasure Island: stevenson; Little Women: alcott; The Picture of Dorian Gray: wilde; Heart of Darkness: conrad;
    Hamlet: shakespeare; Macbeth: shakespeare; Othello: shakespeare; King Lear: shakespeare;
    Romeo and Juliet: shakespeare; A Midsummer Night's Dream: shakespeare; The Tempest: shakespeare;
    Julius Caesar: shakespeare; Twelfth Night: shakespeare; The Merchant of Venice: shakespeare;
    Much Ado About Nothing: shakespeare; Richard III: shakespeare; Death of a Salesman: miller; The Crucible: miller;
    A Doll's House: ibsen; The Importance of Being Earnest: wilde; Waiting for Godot: beckett; Pygmalion: shaw;
    Oedipus Rex: sophocles; Antigone: sophocles; The Cherry Orchard: chekhov; A Streetcar Named Desire: williams;
    Doctor Faustus: marlowe; An Inspector Calls: priestley; The Raven: poe; The Waste Land: eliot;
    Paradise Lost: milton; The Iliad: homer; The Odyssey: homer; The Divine Comedy: dante; Ozymandias: shelley;
    The Road Not Taken: frost; Kubla Khan: coleridge; The Rime of the Ancient Mariner: coleridge;
    Daffodils: wordsworth; If—: kipling; The Canterbury Tales: chaucer; Mona Lisa: leonardo;
    The Last Supper: leonardo; The Starry Night: van gogh; Sunflowers: van gogh; The Scream: munch;
    Guernica: picasso; The Birth of Venus: botticelli; Girl with a Pearl Earring: vermeer; The Night Watch: rembrandt;
    The Persistence of Memory: dali; Water Lilies: monet; The Kiss: klimt; Las Meninas: velazquez;
    The Garden of Earthly Delights: bosch; The Creation of Adam: michelangelo; American Gothic: wood;
    The Hay Wain: constable; Impression, Sunrise: monet; The Arnolfini Portrait: van eyck; The Magic Flute: mozart;
    The Marriage of Figaro: mozart; Don Giovanni: mozart; Carmen: bizet; La Traviata: verdi; Aida: verdi;
    Rigoletto: verdi; Madama Butterfly: puccini; La Bohème: puccini; Tosca: puccini; The Barber of Seville: rossini;
    Fidelio: beethoven; Tristan and Isolde: wagner; Turandot: puccini; Nabucco: verdi; Orfeo: monteverdi""".split(";"))}
#: What a stem that names only a work's maker may say besides ("Sophocles wrote ____", "a play by Ibsen").
_MAKER_WORDS = frozenset("""a an the by of his her their s wrote written writes write painted paints composed composes
    created creates made famous best known work works play plays novel novels poem poems painting paintings opera operas
    tragedy tragedies comedy comedies book books epic""".split())


@lru_cache(maxsize=1)
def _work_makers() -> dict[str, str]:
    return {normalize(title): normalize(maker) for title, maker in _WORK_MAKERS.items()}


@lru_cache(maxsize=65536)
def same_maker(key: str, name: str, stem: str) -> bool:
    """Whether the normalized stem names the key's maker and says nothing else of the work ("sophocles wrote qqq"),
    and the listed work `name` is the same maker's: true too (Antigone for "Sophocles wrote ____", judged P)."""
    makers = _work_makers()
    maker = makers.get(normalize(key))
    if maker is None or makers.get(normalize(name)) != maker or f" {maker} " not in f" {stem} ":
        return False
    rest = f" {stem} ".replace(f" {maker} ", " ").split()
    return all(word in _MAKER_WORDS or word == "qqq" for word in rest)


#: People lists of one kind of work (a writer writes books, a composer compositions).
_MAKERS = ("writers", "composers", "painters", "scientists", "philosophers", "explorers", "astronauts")


@lru_cache(maxsize=1)
def _maker_groups() -> dict[str, str]:
    """A listed person's full name and surname (normalized) -> the group of their list's kind
    ("tchaikovsky" -> "musician"); a surname two lists share is left out."""
    found: dict[str, set[str]] = {}
    by_name = _categories()[0]
    for name in _MAKERS:
        group = group_of(by_name[name].kind) or by_name[name].kind
        for member in by_name[name].members:
            key = normalize(member.name)
            for word in {key, key.split()[-1]}:
                found.setdefault(word, set()).add(group)
    return {word: groups.pop() for word, groups in found.items() if len(groups) == 1}


def maker_group(name: str) -> str | None:
    """The group of what a named person makes, when quizgen's lists know them by this name or
    surname ("George Orwell", "Tchaikovsky")."""
    return _maker_groups().get(_key(name))


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    return {normalize(m.name): m.sex for c in _categories()[0].values() for m in c.members if m.sex}


def sex_of(name: str) -> str | None:
    """"f" or "m" for a person the lists know ("Sally Ride" -> "f"), else by a given name that the listed
    people of one sex only bear ("Gordon Cooper" -> "m", as Gordon Brown), else None."""
    key = _key(name)
    sex = _sexes().get(key)
    if sex is None and " " in key:
        given = key.split()[0]
        sex = _given_sexes().get(given) or ("f" if given in _FEMALE_GIVEN else "m" if given in _MALE_GIVEN else None)
    return sex


#: Common given names of one sex, beside the listed people's (written for quizgen; short forms included).
_FEMALE_GIVEN = frozenset("""alena alina alla anastasia anya daria elena galina irina katya ksenia larisa ludmila
    lyudmila marina natalia natalya nadezhda olga svetlana tatiana tatyana valentina vera yelena yulia julia
    peggy sally susan kathy cathy betty judy nancy karen linda mary patricia barbara jennifer jessica sarah emma
    anna maria sophie laura lisa helen ellen""".split())
_MALE_GIVEN = frozenset("""gus wally pete jim jimmy joe bob bill ted tom dick harry jack gene buzz deke scott gordon
    alan neil frank fred ed eddie mike dave steve chuck ken ron don walt oleg anton vladimir klim yuri sergei gherman
    alexei aleksei pavel pyotr ivan nikolai dmitri boris igor viktor valeri valery konstantin""".split())


@lru_cache(maxsize=1)
def _given_sexes() -> dict[str, str]:
    """Given name -> the sex of every listed person who bears it (names borne by both are left out)."""
    seen: dict[str, set[str]] = {}
    for key, sex in _sexes().items():
        if " " in key:
            seen.setdefault(key.split()[0], set()).add(sex)
    return {given: next(iter(sexes)) for given, sexes in seen.items() if len(sexes) == 1}


@lru_cache(maxsize=1)
def _eras() -> dict[str, float]:
    return {normalize(m.name): m.era for c in _categories()[0].values() if c.type is AnswerType.PERSON
            for m in c.members if m.era is not None}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {normalize(m.name): m.country for c in _categories()[0].values() for m in c.members if m.country}


@lru_cache(maxsize=1)
def _cities_of() -> dict[str, str]:
    return {normalize(m.name): m.city for c in _categories()[0].values() for m in c.members if m.city}


def city_of(name: str) -> str | None:
    """The city (normalized) the lists place a thing in ("Louvre" -> "paris"), if any."""
    return _cities_of().get(normalize(name))


def country_of(name: str) -> str | None:
    """The country code the lists give a person or a place, if any."""
    return _countries().get(_key(name))


@lru_cache(maxsize=1)
def _people() -> dict[str, Member]:
    return {normalize(m.name): m for c in _categories()[0].values() if c.type is AnswerType.PERSON
            for m in c.members if m.born is not None}


@lru_cache(maxsize=1)
def _periods() -> dict[str, tuple[int, int]]:
    return {normalize(m.name): (m.born, m.died) for c in _categories()[0].values() if c.type is not AnswerType.PERSON
            for m in c.members if m.born is not None and m.died is not None}


def is_period(key: str) -> bool:
    """Whether a normalized name is a listed period (an art movement)."""
    return key in _periods()


#: Two periods further apart than this (years between their spans) are of other ages (Baroque for Romanticism).
PERIOD_GAP = 30


def period_apart(name: str, other: str, year: float | None = None) -> float | None:
    """How many years lie between two listed periods' spans (0 when they overlap); a period and the fact's year
    when the first is not listed. None when either is unknown."""
    periods = _periods()
    own = periods.get(normalize(name)) or ((year, year) if year is not None else None)
    theirs = periods.get(normalize(other))
    if own is None or theirs is None:
        return None
    return max(0.0, theirs[0] - own[1], own[0] - theirs[1])


def alive_in(name: str, years: tuple[float, float], age: int = 0) -> bool:
    """Whether a listed person lived during the years (first, last), aged at least `age` by the last
    (True for a name the lists give no dates)."""
    member = _people().get(_key(name))
    return member is None or member.alive_in(years, age)


@lru_cache(maxsize=1)
def _by_name_words() -> dict[str, Member | None]:
    """Listed people with dates by full name and by surname (None: a surname two people share)."""
    out: dict[str, Member | None] = {}
    for key, member in _people().items():
        out[key] = member
        surname = key.split()[-1]
        if surname != key and len(surname) >= 4:
            out[surname] = None if surname in out and out[surname] != member else member
    return out


_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von))*")


@lru_cache(maxsize=16384)
def people_named(text: str) -> tuple[Member, ...]:
    """The listed people (with dates) a text names, by full name or by a surname only one of them has."""
    table = _by_name_words()
    found: dict[str, Member] = {}
    for run in _NAME_RUN.findall(text):
        run = re.sub(r"['’]s$", "", run)
        key = _key(run)
        member = table.get(key)
        if member is None and key:
            member = table.get(key.split()[-1])
        if member is None and " " in key:  # "President Kennedy": the one Kennedy of the presidents
            words = key.split()
            member = _by_title().get(f"{' '.join(words[:-1])} {words[-1]}")
            if member is None and words[0] in _TITLE_LISTS:  # "President Lyndon B. Johnson": his full name
                member = table.get(_key(" ".join(words[1:])))
        if member is not None:
            found[member.name] = member
    return tuple(found.values())


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
    by_name = _categories()[0]
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
        out[_key(name)] = (int(start), int(end))
    return out


def term_of(name: str) -> tuple[int, int] | None:
    """The first and last year in office of a head of state or government the lists know, else None."""
    return _terms().get(_key(name))


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
        words = _key(re.sub(r"['’]s$", "", run)).split()
        for i in range(len(words)):  # every whole-word stretch: "the last emperor Romulus Augustulus"
            for j in range(i + 1, len(words) + 1):
                term = terms.get(_key(" ".join(words[i:j])))
                if term is not None:
                    found.add(term)
    return tuple(sorted(found))


#: Titles a stem puts before a surname, and the lists whose members bear them.
_TITLE_LISTS = {"president": "presidents", "prime minister": "prime ministers", "premier": "prime ministers",
                "king": "monarchs", "queen": "monarchs", "emperor": "monarchs", "empress": "monarchs",
                "tsar": "monarchs", "general": "commanders", "admiral": "commanders", "marshal": "commanders",
                "chairman": "leaders"}


@lru_cache(maxsize=1)
def _by_title() -> dict[str, Member | None]:
    """"president kennedy" -> the listed person of that title's list with that surname (None: two share it)."""
    people = _people()
    lists = _categories()[0]
    out: dict[str, Member | None] = {}
    for title, name in _TITLE_LISTS.items():
        for listed in lists[name].members:
            key = _key(listed.name)
            member = people.get(key)
            if member is None or " " not in key:
                continue
            title_key = f"{title} {key.split()[-1]}"
            out[title_key] = None if title_key in out and out[title_key] != member else member
    return out


#: Common given names of the languages school decks meet (written for quizgen), beside the listed
#: people's own: a name that opens with one is a person's whatever its surname is ("Rosa Parks").
_GIVEN_NAMES = """aaron abraham adam adrian agnes alan albert alexander alexandre alfred alice amelia amy andrew andy
    angela anna anne antoine anton antonio arthur barbara benjamin bernard betty bill billy bob boris brian carl carlo
    carlos caroline catherine charles charlotte chris christian christopher clara claude daniel david diana diego
    dmitri donald dorothy edgar edith edmund edward eleanor elena elizabeth ella emily emma eric ernest esther eugene
    eva felix fernando florence frances francesco francis francisco frank franz frederick fyodor george georges
    gerald giovanni giuseppe grace hannah hans harold harriet harry helen henri henry herbert hugh hugo igor isaac
    isabel ivan jack jacob jacques james jan jane jean jeanne jennifer jesse jim joan johann johannes john jorge jose
    josé joseph juan julia julian karl kate katherine laura lewis louis louise lucy luis luke margaret maria marie mark
    martha martin mary matthew maurice max michael michel mikhail nancy nicholas nikolai oliver oscar otto pablo patrick
    paul pedro peter philip pierre pyotr rachel ralph richard robert roger rosa rose ruth samuel sarah sergei simon
    sophie stephen susan theodore thomas victor vincent vladimir walter william wolfgang""".split()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of the listed people ("isaac", "marie", "edvard"): a name that opens with one is a
    person's even when its surname is a common word (Newton, Curie, Munch). Of the bundled people,
    only first words that are no English word ("Saint", "King", "Song", "Park" open other names too)."""
    from quizgen.core.wordclass import classes

    hand = {normalize(m.split(",")[0]).split()[0] for _, answer_type, members in _LISTS.values()
            if answer_type is AnswerType.PERSON for m in members.split("; ") if " " in m.split(",")[0].strip()}
    bundled = {normalize(p.name).split()[0] for p in bundled_people.people() if " " in p.name.strip()}
    return frozenset(hand | {w for w in bundled - hand if not classes(w) - {"PROPN", "X"}} | set(_GIVEN_NAMES))


#: From this year of birth on, people of one generation were born at most this many years apart (Kalpana Chawla,
#: born 1962, is not of Neil Armstrong's, born 1930); earlier, lives decide (`lived_apart`: Schubert for Mozart).
#: Read for a person's fact that states no year (else who was alive and of age then decides).
MODERN_BIRTHS, GENERATION_BIRTHS = 1850, 30


def born_apart(name: str, key: str) -> bool:
    """Whether a listed person was born a generation or more from a modern key."""
    key_born = born(key)
    if key_born is None or key_born < MODERN_BIRTHS:
        return False
    other = born(name)
    return other is not None and abs(other - key_born) > GENERATION_BIRTHS


def born(name: str) -> int | None:
    """A listed person's year of birth."""
    member = _people().get(_key(name))
    return member.born if member else None


#: A work a fact dates this few years after its maker's death was theirs to see begun (the Colosseum, opened in
#: 80 by Vespasian's son; Khufu's pyramid, finished c. 2560 BC): the fact's persons are of the years before.
POSTHUMOUS_YEARS = 10


def died(name: str) -> int | None:
    """A listed person's year of death."""
    member = _people().get(_key(name))
    return member.died if member else None


def era_of(name: str) -> float | None:
    """The middle of a listed person's life, which places them better than the years of a fact
    about them ("Tutankhamun's tomb was found in 1922")."""
    key = _key(name)
    era = _eras().get(key)
    if era is None and " " not in key and len(key) >= 4:
        member = _by_name_words().get(key)  # "Botticelli": the one listed person of that surname
        era = member.era if member is not None else None
    return era


@lru_cache(maxsize=65536)
def own_kind(answer: str, answer_type: AnswerType | None) -> str | None:
    """The kind the lists say an answer is, when they agree on one ("Latin" a language, "Isaac
    Newton" a scientist); None when it is in none or in lists of different kinds ("Mercury")."""
    return _listed_kind(answer, answer_type, False)


@lru_cache(maxsize=65536)
def listed_kind(answer: str) -> str | None:
    """The kind the lists give a name, roles included ("Napoleon Bonaparte" a monarch): what an
    author's pool entry is, so "Archduke ____" is not offered it."""
    return _listed_kind(answer, None, True)


def _listed_kind(answer: str, answer_type: AnswerType | None, roles: bool) -> str | None:
    found = [c for c in categories_of(answer) if (answer_type is None or c.type is answer_type)
             and c.name != OTHER_PEOPLE]
    groups = {_head_group(c.kind) or c.kind for c in found}
    if not found or len(groups) != 1 or not roles and any(c.name in _ROLE_LISTS for c in found):
        return None
    return found[0].kind


#: Lists whose members differ in what a stem may ask of them, so membership alone does not make a
#: wrong answer fit: the organs of different systems, rulers and leaders (a battle's fact is not
#: about kingship). They serve only a stem that names their kind.
_ROLE_LISTS = frozenset(("organs", "glands", "blood cells", "muscles", "organelles", "hormones", "enzymes", "bones",
                         "arteries", "veins", "monarchs", "leaders", "presidents", "prime ministers",
                         "commanders"))


#: Lists of an office of one country: a president of another country contradicts the stem's role
#: ("President ____ resigned in 1974": not Nelson Mandela), however few the key's country has.
_OFFICES = frozenset(("presidents", "prime ministers"))


def _head_group(kind: str) -> str | None:
    return group_of(kind) or group_of(kind.split()[-1])


def agrees(category: Category, kind: str | None) -> bool:
    """Whether a stem's kind names this list: its own noun, or a noun of the same group ("king" for
    the monarchs, "novelist" for the writers, "minister" for the prime ministers)."""
    if not kind:
        return False
    if kind == category.kind:
        return True
    group = _head_group(kind)
    return group is not None and group == _head_group(category.kind)


def category_for(answer: str, kind: str | None, answer_type: AnswerType, declared: bool = False) -> Category | None:
    """The list to draw wrong answers from: the key is a member and the stem names its kind (the
    list of exactly that kind first: "leader" takes the leaders before the presidents). With
    `declared` (the author wrote `kind:`), a list of exactly that kind serves a key it does not hold."""
    found = [c for c in categories_of(answer) if c.type is answer_type and agrees(c, kind) and c.name != OTHER_PEOPLE]
    if not found and declared and kind:
        found = [c for c in _categories()[0].values() if c.type is answer_type and c.kind == kind
                 and c.name != OTHER_PEOPLE]
    kind = _SAME_KIND.get(kind or "", kind)
    exact = [c for c in found if c.kind == kind or c.kind.split()[-1] == kind]
    return (exact or found or [None])[0]


def stem_kind(answer: str, answer_type: AnswerType, stem: str) -> str | None:
    """The kind of a list holding the key whose noun the stem itself says, anywhere ("the thigh bone, or ____":
    a bone; "____ ... the cell's genetic material": no list says cell of a nucleus): positive evidence that the
    key is asked as one of them, where no kind stands beside the blank. `stem` normalized; one kind only."""
    padded = f" {stem} "
    found = {c.kind for c in categories_of(answer) if c.type is answer_type and c.name != OTHER_PEOPLE
             and (f" {c.kind} " in padded or f" {c.kind}s " in padded)}
    return next(iter(found)) if len(found) == 1 else None


#: Kind nouns that name the same list as another ("Cosmonaut ____": the astronauts, not every explorer).
_SAME_KIND = {"cosmonaut": "astronaut", "taikonaut": "astronaut", "spaceman": "astronaut"}


#: A person this many years from the key's era belongs to another age (near today; further back
#: the ages are longer: see `era_gap`).
MAX_ERA_GAP = 150
#: The year eras are counted back from.
PRESENT = 2025


#: How far from the middle of a listed person's life (their era) a year they lived through may lie.
LIFETIME = 45
#: The age a person must have reached by a year a fact states to have filled its role then: an
#: office (president, prime minister, leader) and any other role ("painted ... in 1642").
OFFICE_AGE, ADULT_AGE = 35, 20


#: How far apart (in years) two works may be and still be of one age of their art, near today (the rubric's E);
#: further back 15% of the time since (`title_gap`).
TITLE_AGES = 50
#: A work this many years later than a dated key's is of a time after it (Nineteen Eighty-Four, 1949, for Ulysses,
#: 1922): not yet written when the key was.
TITLE_LATER = 20


def title_gap(era: float) -> float:
    """How far from a work's year another work may lie and still be of its age: 50 years near today (Becky Sharp,
    1935, is no wrong answer for Parasite, 2019; The Divine Comedy none for The Waste Land), 15% of the time
    since further back (the Iliad and Oedipus Rex are both of ancient Greece)."""
    return max(TITLE_AGES, 0.15 * (PRESENT - era))


@lru_cache(maxsize=1)
def _work_years() -> dict[str, float]:
    return {normalize(m.name): m.era for c in _categories()[0].values() if c.type is AnswerType.TITLE
            for m in c.members if m.era is not None}


def work_year(name: str) -> float | None:
    """The year the lists give a work (a novel, a play, a poem, a painting, an opera), if any."""
    return _work_years().get(normalize(name))


def era_gap(era: float) -> float:
    """How far apart two people (or facts) may be and still belong to one age: 150 years near
    today, a third of the time since further back (pharaohs a thousand years apart are all
    ancient Egypt; Augustus and Charlemagne are not one age)."""
    return max(MAX_ERA_GAP, 0.3 * (PRESENT - era))


#: The field a stem's kind noun names ("the astronomer ____": astronomers only, however few).
_KIND_FIELDS = {"astronomer": "astronomy", "physicist": "physics", "chemist": "chemistry", "biologist": "biology",
                "naturalist": "biology", "botanist": "biology", "physician": "medicine", "doctor": "medicine",
                "surgeon": "medicine", "geologist": "earth"}
#: The roles that say in what a commander served: for a military rank the bundled roles do not name ("Captain
#: ____", army or navy), a wrong answer shares one of them with the key (Captain Scott, an explorer: no generals).
_SERVICE_ROLES = frozenset(("admiral", "general", "explorer", "aviator", "astronaut"))


@lru_cache(maxsize=4096)
def stated_roles(key: str, kind: str | None) -> frozenset[str]:
    """The roles a person's wrong answers must hold when the stem names the key's role ("Admiral ____", "The
    poet ____", "the mathematician ____": `people.role_words`), read only when the key itself holds one of them
    (else the word is not the key's role); for another military rank ("Captain ____"), the key's own service
    roles. Empty when the stem names no role or the bundled list does not know the key."""
    if not kind:
        return frozenset()
    person = bundled_people.lookup(key)
    if person is None:
        return frozenset()
    roles = bundled_people.role_words.get(kind) or bundled_people.role_words.get(kind.split()[-1], frozenset())
    if roles and any(bundled_people.has_role(person, role) for role in roles):
        return roles
    if group_of(kind) == "military":
        return frozenset(person.roles) & _SERVICE_ROLES
    return frozenset()


@lru_cache(maxsize=4096)
def key_fields(key: str, subject: frozenset[str]) -> frozenset[str]:
    """The fields of the deck's subject (`people.subject_fields`) that the bundled list gives the key: a mathematics
    deck's Riemann takes mathematicians (no Daimler or Bunsen of his age); a religions deck's Laozi, a philosopher,
    takes philosophers (no Jerome). Empty when the key holds none of them or the list does not know the key."""
    person = bundled_people.lookup(key) if subject else None
    if person is None:
        return frozenset()
    return frozenset(role for role in subject if bundled_people.has_role(person, role))


@lru_cache(maxsize=4096)
def realm(key: str, stem: str) -> frozenset[str]:
    """The key's own country when the stem names a monarch's role ("King ____", "became king in 1509",
    "reigned", `people.role_words` giving "ruler") and the bundled list knows the key as a ruler of a listed
    country: a king's wrong answers are rulers of the same realm (no Matthias Corvinus at Bosworth, no Ismail I
    marrying Catherine of Aragon). Empty otherwise."""
    person = bundled_people.lookup(key)
    if person is None or not bundled_people.has_role(person, "ruler") or \
            "ruler" not in bundled_people.roles_in(stem):
        return frozenset()
    home = country_of(key)
    return frozenset((home,)) if home else frozenset()


#: The genres a stem may name of a writer ("the poet", "poem", "play", "novel": `people.role_words`).
_GENRES = frozenset(("poet", "novelist", "playwright"))


@lru_cache(maxsize=4096)
def stated_genres(key: str, stem: str) -> frozenset[str]:
    """The genres the stem's words name ("the irish poet qqq", "qqq s novel mrs dalloway") that the bundled list
    knows the key wrote in: a listed wrong answer must have written in one of them. Judged on the quality sets, a
    listed writer of none of the stem's genres was struck 9 times of 16 on heldout2-10 (one of them 5 of 30) and 10 of
    10 on heldout11. Empty when the stem names none or the list does not know the key."""
    person = bundled_people.lookup(key)
    if person is None:
        return frozenset()
    return frozenset(g for g in bundled_people.roles_in(stem) & _GENRES if bundled_people.has_role(person, g))


@lru_cache(maxsize=65536)
def of_other_genre(name: str, genres: frozenset[str]) -> bool:
    """Whether the bundled list knows a person as no writer of `genres`: a writer of other genres only (a
    novelist for "the poet ____") or no writer at all. A writer whose genres the list does not give (Swift) is not."""
    person = bundled_people.lookup(name)
    if person is None or any(bundled_people.has_role(person, genre) for genre in genres):
        return False
    return not bundled_people.has_role(person, "writer") or any(r in _GENRES for r in person.roles)


#: A monarch's titles before a blank ("Tsar ____", "the emperor ____"), and the roles of those who hold power by
#: office, not by birth: no wrong answer for a crowned head (Stalin and Khrushchev for "Tsar ____ of Russia").
_MONARCHS = frozenset("king queen tsar czar tsarina emperor empress kaiser sultan shah pharaoh caliph monarch".split())
_BY_OFFICE = frozenset(("politician", "president", "prime-minister"))


@lru_cache(maxsize=65536)
def office_for_crown(name: str, kind: str | None) -> bool:
    """Whether the stem names a monarch's title for the blank (`kind`, the cue's kind noun) and the bundled list
    knows `name` as a politician, president or prime minister, a ruler by office: judged R on heldout12 and 14
    (Stalin, Khrushchev for the tsars Nicholas I and II)."""
    if not kind or kind.split()[-1] not in _MONARCHS:
        return False
    person = bundled_people.lookup(name)
    return person is not None and any(role in _BY_OFFICE for role in person.roles)


#: The roles of a commander: one whose stem names that role has wrong answers of the same side.
_COMMANDERS = frozenset(("general", "admiral"))


@lru_cache(maxsize=4096)
def commands(key: str, kind: str | None) -> bool:
    """Whether the stem names the key's role as a commander ("General ____", "Marshal ____", "____'s Eighth Army",
    `stated_roles`) and the bundled list knows the key as a general or admiral: its wrong answers are then of the
    key's own country (no Patton for Rommel, no Paulus for Zhukov). Judged on the quality sets, a commander of
    another country was struck 15 times of 18, one of the key's own 16 of 24."""
    return bool(stated_roles(key, kind) & _COMMANDERS)


@lru_cache(maxsize=65536)
def holds_role(name: str, roles: frozenset[str]) -> bool | None:
    """Whether the bundled list gives a person one of `roles` (or a narrower one); None when it does not know them."""
    person = bundled_people.lookup(name)
    return None if person is None else any(bundled_people.has_role(person, role) for role in roles)


#: Fields near enough that one's people are believable for the other's key when the key's own field has too few.
_NEAR_FIELDS = {"physics": frozenset(("physics", "chemistry", "astronomy", "computing")),
                "chemistry": frozenset(("chemistry", "physics")),
                "astronomy": frozenset(("astronomy", "physics")),
                "biology": frozenset(("biology", "medicine")), "medicine": frozenset(("medicine", "biology")),
                "computing": frozenset(("computing", "physics")), "earth": frozenset(("earth", "physics")),
                "invention": frozenset(("invention", "physics", "computing"))}  # no surgeon for an inventor's key


#: From this year on, two people of one age lived at one time or a generation apart at most: a key's
#: wrong answers lived within GENERATION years of its life (no Lafayette for de Gaulle, no Heidegger for
#: Bentham; Schubert for Mozart). Before it, ages are longer (`era_gap`).
CONTEMPORARY_FROM, GENERATION = 1500, 30


def _apart(member: Member, own: Member) -> bool:
    """Whether two listed people lived more than a generation apart, for a key of CONTEMPORARY_FROM or later."""
    if own.era is None or own.era < CONTEMPORARY_FROM or None in (member.born, member.died, own.born, own.died):
        return False
    return member.died + GENERATION < own.born or member.born > own.died + GENERATION  # type: ignore[operator]


def lived_apart(name: str, key: str) -> bool:
    """Whether `name` and the key are listed people whose lives did not overlap (see `_apart`)."""
    member, own = _people().get(_key(name)), _people().get(_key(key))
    return member is not None and own is not None and _apart(member, own)


def undated(name: str) -> bool:
    """Whether `name` is a listed person of no known years (Homer, Laozi, Romulus): of no known age, so
    never offered beside a dated key (their years are never guessed). False for a name the lists do not know."""
    return _key(name) in _undated()


@lru_cache(maxsize=1)
def _undated() -> frozenset[str]:
    return frozenset(normalize(m.name) for c in _categories()[0].values() if c.type is AnswerType.PERSON
                     for m in c.members if m.era is None)


class _ListIndex(NamedTuple):
    """A list's lookups, built once: each member's normalized name, a name's (first) position, and the
    positions of the dated members in order of era (a key's age is a slice, not a scan of the list)."""
    keys: tuple[str, ...]
    position: dict[str, int]
    eras: tuple[float, ...]  # ascending
    by_era: tuple[int, ...]  # the member positions of `eras`, in that order
    half_life: float  # half the longest life the list holds: how far a member's era lies from its birth or death


def _list_index(members: tuple[Member, ...]) -> _ListIndex:
    keys = tuple(normalize(m.name) for m in members)
    position: dict[str, int] = {}
    for i, key in enumerate(keys):
        position.setdefault(key, i)
    dated = sorted((m.era, i) for i, m in enumerate(members) if m.era is not None)
    half_life = max((m.died - m.born for m in members if m.born is not None and m.died is not None), default=0) / 2
    return _ListIndex(keys, position, tuple(e for e, _ in dated), tuple(i for _, i in dated), half_life)


@lru_cache(maxsize=1)
def _indexes() -> dict[str, _ListIndex]:
    return {name: _list_index(category.members) for name, category in _categories()[0].items()}


def _index(category: Category) -> _ListIndex:
    index = _indexes().get(category.name)
    return index if index is not None and len(index.keys) == len(category.members) else _list_index(category.members)


def related(answer: str, category: Category, era: float | None = None, sex: str | None = None,
            countries: frozenset[str] = frozenset(), limit: int = 12,
            alive: tuple[float, float] | None = None, age: int = 0, kind: str | None = None,
            roles: frozenset[str] = frozenset()) -> list[Member]:
    """Other members of the list, nearest first: neighbours in the list, or for people the nearest
    in era (never another age), of the stem's sex when it says one, of the country the stem names
    ("president of South Africa"), and of the key's own country when the list has enough of them."""
    key = _key(answer)
    members = category.members
    index = _index(category)
    position = index.position.get(key)
    if position is None:  # the author's `kind:` says the key is one of these: of the fact's age, the stem's sex
        own = Member(answer, era, sex)
        if era is None:
            return [m for m in members if (sex is None or m.sex == sex) and (alive is None or m.alive_in(alive, age))
                    and (not countries or m.country in countries)][:limit]
    else:
        own = members[position]
    if own.era is None or category.type is not AnswerType.PERSON:  # periods keep the list's order too
        at = [i for i in range(len(members)) if i != position]
        if category.type is AnswerType.TITLE and own.era is not None:  # a work of another age: no Divine Comedy
            at = [i for i in at if members[i].era is not None and abs(members[i].era - own.era) <= title_gap(own.era)
                  and members[i].era - own.era <= TITLE_LATER]
        if countries and own.country:  # "the Greek city of ____": Greek cities only
            at = [i for i in at if members[i].country in countries]
        if roles and category.type is AnswerType.PERSON:  # an undated key too: Laozi, a philosopher, takes no Jerome
            at = [i for i in at if holds_role(index.keys[i], roles) is not False]
        if category.name in FEATURE_LISTS and own.country:  # a feature of one country: its own country's first,
            home = (gazetteer.subregion(own.country) or "").strip()[:2]  # then its continent's (the Severn: the Thames)
            at.sort(key=lambda i: (members[i].country != own.country,
                                   (gazetteer.subregion(members[i].country) or "").strip()[:2] != home,
                                   abs(i - (position or 0))))
        else:
            at.sort(key=lambda i: abs(i - (position or 0)))
        return [members[i] for i in at[:limit]]
    when = own.era  # the person's own dates place them better than the fact's years
    gap = era_gap(when)
    # the members of the key's age, in the list's order: a slice of the list by era (a year's margin, the exact
    # tests are below), narrowed to the eras of people who can have lived within a generation of the key (`_apart`)
    low, high = when - gap, when + gap
    if when >= CONTEMPORARY_FROM and own.born is not None and own.died is not None:
        low = max(low, own.born - GENERATION - index.half_life)
        high = min(high, own.died + GENERATION + index.half_life)
    at = sorted(index.by_era[bisect_left(index.eras, low - 1):bisect_right(index.eras, high + 1)])
    # a person of no known years is of no known age: never beside a dated key (`undated`)
    others = [(index.keys[i], members[i]) for i in at if i != position]
    others = [(k, m) for k, m in others if (sex is None or m.sex == sex) and m.era is not None
              and abs(m.era - when) <= gap and not _apart(m, own) and (alive is None or m.alive_in(alive, age))]
    if countries:
        others = [(k, m) for k, m in others if m.country in countries]
    field_of = _field_of()
    fields = field_of.get(key, frozenset())
    named_field = _KIND_FIELDS.get(kind or "")
    if named_field:  # "the astronomer ____": astronomers, not any scientist of the age
        others = [(k, m) for k, m in others if named_field in field_of.get(k, frozenset())]
    elif fields and sum(bool(field_of.get(k, frozenset()) & fields) for k, _ in others) >= 2:
        others = [(k, m) for k, m in others if field_of.get(k, frozenset()) & fields]
    elif fields:  # too few of its field: people of a near field (no physician for a chemist, no astronomer)
        near = frozenset().union(*(_NEAR_FIELDS.get(f, frozenset((f,))) for f in fields))
        others = [(k, m) for k, m in others if field_of.get(k, frozenset()) & near]
    if roles:  # "Admiral ____": admirals, not the generals and rulers of the age; "The poet ____": poets
        others = [(k, m) for k, m in others if holds_role(k, roles) is not False]
    found = [m for _, m in others]
    if countries:
        pass
    elif category.name in _OFFICES and own.country:
        found = [m for m in found if m.country == own.country]  # "President ____" of the key's own country
    elif sum(m.country == own.country for m in found) >= 2:
        found = [m for m in found if m.country == own.country]
    continent = _continent(own.country)  # then of its continent: Bentham before Jeong Yak-yong for Hegel
    found.sort(key=lambda m: (m.country != own.country, continent is None or _continent(m.country) != continent,
                              abs((m.era or when) - when)))
    return found[:limit]
    when = own.era  # the person's own dates place them better than the fact's years
    gap = era_gap(when)
    # a person of no known years is of no known age: never beside a dated key (`undated`)
    others = [m for m in others if (sex is None or m.sex == sex) and m.era is not None and abs(m.era - when) <= gap
              and not _apart(m, own) and (alive is None or m.alive_in(alive, age))]
    if countries:
        others = [m for m in others if m.country in countries]
    fields = _field_of().get(key, frozenset())
    named_field = _KIND_FIELDS.get(kind or "")
    if named_field:  # "the astronomer ____": astronomers, not any scientist of the age
        others = [m for m in others if named_field in _field_of().get(normalize(m.name), frozenset())]
    elif fields and sum(bool(_field_of().get(normalize(m.name), frozenset()) & fields) for m in others) >= 2:
        others = [m for m in others if _field_of().get(normalize(m.name), frozenset()) & fields]
    elif fields:  # too few of its field: people of a near field (no physician for a chemist, no astronomer)
        near = frozenset().union(*(_NEAR_FIELDS.get(f, frozenset((f,))) for f in fields))
        others = [m for m in others if _field_of().get(normalize(m.name), frozenset()) & near]
    if countries:
        pass
    elif category.name in _OFFICES and own.country:
        others = [m for m in others if m.country == own.country]  # "President ____" of the key's own country
    elif sum(m.country == own.country for m in others) >= 2:
        others = [m for m in others if m.country == own.country]
    continent = _continent(own.country)  # then of its continent: Bentham before Jeong Yak-yong for Hegel
    others.sort(key=lambda m: (m.country != own.country, continent is None or _continent(m.country) != continent,
                               abs((m.era or when) - when)))
    return others[:limit]


def _continent(code: str) -> str | None:
    region = gazetteer.subregion(code) if code else None
    return region.split("-")[0] if region else None
