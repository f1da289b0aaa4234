"""The written lists of things: planets, elements, organs, places, languages, periods, wars, works..."""

from __future__ import annotations

from quizgen.core.model import AnswerType

# kind, type, members ("; "-separated; people as "Name, born, died, sex, country").
THINGS: dict[str, tuple[str, AnswerType, str]] = {
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
}
