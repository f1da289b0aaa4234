"""Small word lists the drafter uses to type names without a language model.

They are cues, not a knowledge base: a name is typed by the words around it first ("actress
Yulia Peresild", "space agency Roscosmos", "the war film Battle for Sevastopol"), and these lists
only settle what the context leaves open.
"""

from __future__ import annotations

#: Words that, right before a capitalised name, say it is a person.
PERSON_ROLES = frozenset(
    """actress actor director producer cosmonaut astronaut pilot president minister senator governor
    king queen prince princess emperor empress general captain commander author writer novelist poet
    painter artist composer singer musician scientist physicist chemist biologist mathematician
    engineer inventor explorer journalist reporter editor photographer philosopher historian professor
    doctor surgeon chairman chairwoman ceo founder co-founder leader coach player athlete champion
    astronomer economist architect designer filmmaker screenwriter playwright star lawyer judge
    spokesman spokeswoman spokesperson officer mayor pope saint chancellor premier dr mr mrs ms sir
    dame lord lady colleague wife husband son daughter brother sister mother father archaeologist
    egyptologist antiquarian researcher anthropologist geologist botanist zoologist naturalist
    geographer linguist scholar pharaoh sultan tsar czar emperor sponsor patron assistant mentor
    student pupil rival partner friend navigator aviator mathematician""".split()
)

#: Words that, right before a name, say it is an organisation ("space agency Roscosmos").
ORG_BEFORE = frozenset(
    """agency company firm group organisation organization network broadcaster startup corporation
    publisher studio studios website database newspaper magazine channel party ministry operator
    carrier airline manufacturer maker bank charity club team label""".split()
)

#: Words that, right after a name, say it is an organisation ("RIA news agency").
ORG_AFTER = frozenset(
    """agency company corporation group network newspaper magazine studio studios website
    ministry party bank shipyard shipyards firm line lines airline railway brewery consortium""".split()
)

#: Ranks of nobility and office that take "of" and a place: "Countess of Avon", "Bishop of Durham".
RANKS = frozenset(
    """Count Countess Duke Duchess Earl Marquis Marquess Marchioness Baron Baroness Viscount Viscountess
    Bishop Archbishop Prince Princess King Queen Lord Lady Emperor Empress Dean Abbot Abbess""".split()
)

#: Capitalised words that stand before a number without naming anything ("Only 312 survived").
CAPITALISED_QUALIFIERS = frozenset("Only Just Some About Nearly Almost Around Roughly Over Under More Less Fewer Approximately".split())

#: Given names that are also ordinary words: a run of ordinary words starting with one may be a person.
GIVEN_NAMES_THAT_ARE_WORDS = frozenset(
    """Mark Rose Grace Will Frank Jack Bill Hope Joy Faith May June Victor Pat Sue Guy Ray Carol Gene Art
    Dean Drew Grant Hunter Miles Mason Iris Lily Daisy Ruby Amber Pearl Dawn Rich Bob Rob Don Jean Ken
    Max Sam Tom Harry Earl Duke Prince King Baker Young Hall""".split()
)

#: Words inside a name that make it an organisation ("European Space Agency").
ORG_WORDS = frozenset(
    """Agency Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd. LLC University College Institute
    Ministry Council Committee Commission Association Foundation Bank Party Department Press News
    Times Post Society Organisation Organization Administration Bureau Museum Academy Agency Union
    League Federation Group Studios Records Airlines Laboratory Laboratories Centre Center Service
    Fund Survey Inspectorate Institut Instituto Hospital Observatory School Library Line Lines
    Shipyard Shipyards Railway Railways Airways Brewery Consortium Court Parliament Assembly Senate Congress Tribunal""".split()
)

#: Words inside a name that make it a place ("International Space Station", "Sea of Tranquility").
#: Heads of the names of events and documents that go on with "of" ("Battle of the Nile", "American War of
#: Independence", "Wars of the Roses", "Treaty of Versailles"): the whole is one name.
EVENT_WORDS = frozenset(
    """Battle Battles War Wars Siege Treaty Revolution Campaign Declaration Act Edict Peace Sack Fall Massacre
    Council Congress Conference Expedition Voyage Raid Invasion""".split()
)

PLACE_WORDS = frozenset(
    """Station Island Islands River Mountains Mountain Mount Lake Sea Ocean Bay Gulf Strait Valley
    Desert Street Avenue Square Park Bridge Canal Peninsula Province County Region Kingdom Republic
    City Town Village Cape Coast Harbour Harbor Falls Forest Glacier Crater Cosmodrome Airport
    Palace Castle Cathedral Tower Monument Memorial Building Stadium Temple Abbey Viaduct Dam""".split()
)

#: Words right after a name that make it a place ("the Salyut-7 space station").
PLACE_AFTER = frozenset(
    "station island river mountains lake sea ocean city town village cosmodrome province county region prefecture "
    "gallery crater forest valley desert canyon basin".split()
)

#: Nouns naming a work, right before its title ("the drama film Nevesta", "titled Challenge").
WORK_NOUNS = frozenset(
    """film movie picture documentary comedy drama thriller series show book novel play opera album
    song poem painting game musical sitcom biopic titled entitled novella memoir symphony sculpture""".split()
)

#: Lower-case words allowed inside a title or organisation name ("Battle for Sevastopol").
NAME_CONNECTORS = frozenset("of for the and in on a an to de la le von van da del".split())

#: Capitalised words that start sentences but are never a name on their own.
SENTENCE_STARTERS = frozenset(
    """The A An In On At By For From To Of And But Or So If When While After Before Since Until As
    According This That These Those They He She It We I You There Here Its Their His Her Our My Your
    Onboard Aboard During Despite Although Though Because Once Last Next Earlier Later Meanwhile
    However Also Both Each Every Some Many Most All No Not One Two Three Then Now Today Yesterday
    Several Approximately About Around Nearly Almost Over Among Within Upon Further Subsequently
    Instead Still Yet Thus Therefore Indeed Finally Initially Originally Beginning Having Being
    Tomorrow What Who Which Where Why How With Without Under Over Into Between Among Through Russian
    American British French German Chinese Japanese Indian Italian Spanish""".split()
)

#: Adjectives of nationality: capitalised, but not blanks of their own.
DEMONYMS = frozenset(
    """Russian American British English French German Chinese Japanese Indian Italian Spanish
    Canadian Australian Brazilian Mexican Ukrainian Polish Dutch Swedish Norwegian Danish Finnish
    Greek Turkish Egyptian Israeli Iranian Korean Soviet European African Asian Arab Irish Scottish
    Welsh Swiss Austrian Roman Greek Latin Byzantine Ottoman Persian Belgian Portuguese Czech Hungarian Romanian Bulgarian Serbian Croatian
    Argentine Chilean Peruvian Colombian Cuban Nigerian Kenyan Ethiopian Pakistani Afghan Saudi
    Vietnamese Thai Indonesian Filipino Malaysian Kazakh Georgian Armenian Belarusian Latvian
    Lithuanian Estonian Icelandic""".split()
)

MONTHS = (
    "January February March April May June July August September October November December".split()
)

NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen""".split()
)

#: Words that may stand before a number and belong to the answer ("more than 30").
#: The system a unit is counted in, between a number and its unit: "2.3 million U.S. gallons", "13,000 short tons".
UNIT_SYSTEM = r"(?:U\.S\.|US|UK|imperial|short|long|metric|nautical|statute)"

NUMBER_QUALIFIERS = (
    "well over", "just over", "just under", "more than", "less than", "fewer than", "at least",
    "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "exactly", "slightly more than", "slightly less than", "slightly over", "slightly under",
    "a little more than", "a little over", "a little under",
)

#: Celestial bodies: places, but poor blanks unless nothing better is in the sentence.
CELESTIAL = frozenset("Earth Moon Mars Venus Mercury Jupiter Saturn Uranus Neptune Pluto Sun".split())

#: Countries and some large cities and regions, to type a bare name as a place.
PLACES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana
    Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo
    Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini
    Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea
    Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica
    Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
    Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
    Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique
    Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau
    Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
    Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden
    Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan
    Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
    England Scotland Wales Britain Europe Asia Africa America Antarctica Australia Oceania Arctic
    Siberia Crimea Moscow London Paris Berlin Rome Madrid Tokyo Beijing Shanghai Delhi Mumbai Cairo
    Istanbul Baikonur Washington Houston Florida California Texas Chicago Boston Sydney Toronto
    Vienna Prague Warsaw Kyiv Kiev Sevastopol Stockholm Oslo Helsinki Athens Lisbon Dublin Brussels
    Amsterdam Geneva Zurich Munich Hamburg Milan Venice Naples Barcelona Seoul Bangkok Jakarta
    Manila Singapore Dubai Tehran Baghdad Jerusalem Nairobi Lagos Johannesburg Lima Bogota Santiago
    Havana Montreal Vancouver Chernobyl Leningrad Petersburg Volgograd Stalingrad Kazan Novosibirsk""".split()
) | frozenset(
    ["United States", "United Kingdom", "South Africa", "North Korea", "South Korea", "New Zealand",
     "Saudi Arabia", "Sri Lanka", "Costa Rica", "New York", "Los Angeles", "San Francisco",
     "Hong Kong", "Cape Canaveral", "St Petersburg", "St. Petersburg", "Soviet Union", "Kennedy Space Center"]
)

#: Words naming a state or a body: with them a nationality is part of the name ("Soviet Union").
STATE_WORDS = frozenset("Union Republic Empire Federation Kingdom Channel Sea Ocean Army Navy Government".split())

#: Role words written before a name that are not part of it ("Commander Neil Armstrong").
TITLE_ROLES = frozenset(
    """commander pilot president senator governor general captain admiral colonel major lieutenant
    professor doctor dr chancellor minister secretary chairman director astronaut cosmonaut specialist
    actress actor pharaoh archaeologist egyptologist astronomer mathematician manager administrator deputy
    engineer scientist officer chief editor spokesman spokeswoman spokesperson mayor ambassador judge
    inspector sergeant detective curator founder physicist chemist biologist geologist historian
    explorer""".split()
)


def title_role(word: str) -> bool:
    """A role word before a person's name, hyphenated ranks too: "Director", "Rear-Admiral", "Dr."."""
    return word.lower().rstrip(".").rsplit("-", 1)[-1] in TITLE_ROLES

#: Verbs whose subject is nearly always a person: "Akerblad deciphered ...", "Tombaugh noticed ...".
PERSON_VERBS = frozenset(
    """discovered predicted calculated observed noticed wrote proposed deciphered published studied
    argued suggested invented painted composed founded said realised realized identified announced
    claimed believed described travelled traveled married explained concluded showed proved
    translated recognised recognized compared spotted worked""".split()
)

#: Capitalised heads of names that are never a person's ("Egyptian Antiquities Service").
INSTITUTION_WORDS = frozenset(
    """Service Revolution War Wars Society Museum Academy Institute Army Navy Government Embassy
    Church Dynasty Period Age Empire Exhibition Exposition Fund Survey Office Prize Expedition
    Mission Programme Program Station Observatory Hospital School Library Treaty Act Declaration
    Building Tower Bridge Hall Chamber Valley Monuments Antiquities Affair Plain Downs""".split()
)

#: Lower-case particles inside a person's or a place's name ("Silvestre de Sacy", "Champ de Mars").
NAME_PARTICLES = frozenset("de da di du del della des van von der den le la dos das bin ibn".split())

#: Units of measure: a number word before one is a quantity ("one metre"), not "one of".
MEASURE_UNITS = frozenset(
    """metre metres meter meters kilometre kilometres kilometer kilometers km mile miles foot feet
    inch inches yard yards centimetre centimetres millimetre millimetres gram grams kilogram
    kilograms kg tonne tonnes ton tons pound pounds ounce ounces litre litres liter liters gallon
    gallons hour hours minute minutes second seconds day days week weeks month months year years
    decade decades century centuries degree degrees percent""".split()
)

#: Nouns naming a craft, right before or after its name ("the lunar module Eagle", "a Saturn V rocket").
VEHICLE_NOUNS = frozenset(
    """module rocket spacecraft ship vessel shuttle probe satellite capsule submarine aircraft lander rover
    trawler boat yacht schooner steamer steamship liner ferry barque frigate warship tanker tug""".split()
)

#: Nouns before "of" that make the next name a place ("the town of Pripyat").
PLACE_BEFORE = frozenset("town city village region province state county island capital port district".split())

#: Words that end a name of an award ("Nobel Prize in Physiology or Medicine").
AWARD_WORDS = frozenset("Prize Award Medal Trophy Cup".split())

#: Function words: never inside a noun phrase.
FUNCTION_WORDS = frozenset(
    """a an the this that these those some any each every all both either neither no not nor and or but
    if then than so as of to in on at by for from with without within into onto upon over under
    above below between among through during before after since until till about around against
    along across behind beyond near off out up down per via despite toward towards while when where
    whereas which who whom whose what why how whether also only even just still yet very too much
    many more most less least few several such own other another same it its they them their there
    here he him his she her we us our you your i me my one ones itself themselves however although
    though because once instead often always never sometimes already again ever far well later
    earlier first second third last next now today etc something nothing anything everything
    beforehand afterwards almost half quite rather like unlike away ago apart ahead aside together
    indeed soon enough""".split()
) - {"first"}

#: Common verbs and auxiliaries in their usual forms: never inside a noun phrase.
COMMON_VERBS = frozenset(
    """is are was were be been being am has have had having do does did done can could will would
    shall should may might must make makes made take takes took taken give gives gave given get gets
    got go goes went gone come comes came become becomes became use uses used produce produces
    produced provide provides provided supply supplies supplied convert converts converted contain
    contains contained occur occurs occurred cause causes caused lead leads led result results
    resulted release releases released include includes included call calls called name names named
    know knows knew known find finds found discover discovers discovered show shows showed shown say
    says said see sees saw seen tell tells told begin begins began begun start starts started end
    ends ended work works worked help helps helped turn turns turned keep keeps kept leave leaves
    left put puts set sets stand stands stood hold holds held bring brings brought build builds built
    lie lies lay spread spreads drive drives drove driven form forms formed create creates created
    allow allows allowed remain remains remained reach reaches reached require requires required
    regenerate regenerates catalyze catalyzes catalyse catalyses depend depends depended play plays
    played lose loses lost win wins won kill kills killed die dies died live lives lived grow grows
    grew grown fall falls fell fallen rise rises rose risen run runs ran let lets seem seems seemed
    mean means meant move moves moved happen happens happened carry carries carried continue
    continues continued appear appears appeared consist consists consisted belong belongs belonged
    marks marked perform performs performed capture captures captured store stores stored take
    occurs shuttle shuttles stopped lasted spewed ejected equaled equalled precipitated simulated
    resulted generating arranging releasing ejecting meet meets met join joins joined""".split()
)

#: Words that judge rather than state: a sentence built on one is the writer's comment.
EVALUATIVE = frozenset(
    """exciting sensational thrilling remarkable incredible incredibly astonishing astounding
    fascinating mesmerizing mesmerising breathtaking stunning spectacular magnificent marvellous
    marvelous wonderful glorious brilliant fantastic fabulous extraordinary impressive dramatic
    captivating enchanting intriguing oblivious renowned celebrated beloved vibrant beautiful
    lovely gorgeous awe-inspiring unforgettable momentous iconic legendary testament ingenuity
    mysterious enigmatic special favored favoured favorite favourite unique popular""".split()
)

#: Verbs that are seldom nouns, in their base form: every form of them ("emits", "weighed",
#: "varying") ends a noun phrase ("nitrogen emits blue light", "the rocks weigh several tonnes").
#: Verbs that are nouns as often ("design", "record", "orbit") are not here: "reactor design flaws".
VERB_BASES = frozenset(
    """emit absorb weigh vary transfer interact collide excite arrive depart survive decide describe
    explain predict calculate observe propose decipher publish discover invent compose believe
    prove translate recognise recognize compare examine detect reveal remove replace arrange
    rearrange attract repel emerge disappear inhibit isolate purify dissolve dilute cultivate
    contaminate infect prevent enable suggest indicate determine consider assume manage succeed
    fail agree deny accept receive achieve obtain possess belong surround enclose protect destroy
    bury uncover excavate accompany employ appoint elect marry inherit govern conquer invade
    abolish establish announce declare deliver dedicate complete construct erect demolish restore
    preserve inspire commemorate celebrate surpass exceed overtake contribute participate remember
    forget learn teach understand realise realize imagine recover retire resign depend consist
    comprise involve require remain seem become occur happen shine penetrate rotate revolve
    evaporate condense erupt explode ignite scatter""".split()
)
#: Irregular past forms that are never nouns.
IRREGULAR_PASTS = frozenset(
    """dug flew swam drew threw wore sank sang rang shook broke spoke stole chose froze rode wrote
    bore tore swore sought fought bought caught taught thought brought arose awoke forbade forgave
    hid bit slid strove struck stuck stung swung wept slept crept kept dealt meant felt knelt leapt
    spent sent lent bent built oversaw overcame undertook withdrew foresaw forgot understood withstood
    overran overthrew""".split()
)


def _forms(base: str) -> set[str]:
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if base.endswith("e"):
        forms.add(base[:-1] + "ing")
    if len(base) > 2 and base[-1] in "bdgmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


#: Every form of VERB_BASES, and the irregular pasts.
VERB_FORMS = frozenset(form for base in VERB_BASES for form in _forms(base)) | IRREGULAR_PASTS

#: Words ending in -ing that are nouns ("training", "building").
ING_NOUNS = frozenset(
    """training building meeting warning bombing landing beginning ceiling string spring dating
    mining engineering printing painting carving clothing housing funding lighting shipping farming
    fishing hunting heating cooling bleeding""".split()
)

#: Modifiers that say little on their own: trimmed from the front of a noun phrase.
WEAK_MODIFIERS = frozenset(
    """subsequent initial destructive considerable massive powerful deadly huge large small big
    enormous intense sharp catastrophic infamous serendipitous crucial pioneering further certain
    various many much whole entire same new old young famous unusual major important significant
    great little extraordinary inherent estimated remaining total overall wider following possible
    real true actual general specific particular main key useful more most other such sudden
    larger bigger smaller greater higher lower better worse earlier later
    extreme extensive severe heavy strong rapid slow quick entire overall respective pure different
    vibrant""".split()
)

#: Adjectives without a telling ending, which make a noun phrase a description ("high tides").
COMMON_ADJECTIVES = frozenset(
    """white black red green blue yellow grey gray brown pink orange purple high low long short big small large old new young early late great main whole same other
    certain special public private common full half real true false hard soft hot cold warm cool
    dry wet dark light bright deep shallow wide narrow thick thin heavy strong weak fast slow rich
    poor good bad best worst free open close near far local first last next own few many much more
    most less least several various""".split()
)

#: Nouns too general to be an answer on their own ("the course", "the area").
GENERIC_NOUNS = frozenset(
    """process area part form way type kind set sets number series amount lot result results use need
    course manner time times day days year years people things thing case fact end side top bottom
    front back place point level levels rest group range variety surroundings aftermath event
    effects effect basis order terms deal members member others one ones minutes minute seconds
    second hours hour miles mile weeks week months month percent interaction combination matter
    name names story beginning study studies work works processes methods method factors factor
    changes ways""".split()
)
