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
    dame lord lady colleague wife husband son daughter brother sister mother father""".split()
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
    ministry party bank""".split()
)

#: Words inside a name that make it an organisation ("European Space Agency").
ORG_WORDS = frozenset(
    """Agency Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd. LLC University College Institute
    Ministry Council Committee Commission Association Foundation Bank Party Department Press News
    Times Post Society Organisation Organization Administration Bureau Museum Academy Agency Union
    League Federation Group Studios Records Airlines Laboratory Laboratories Centre Center""".split()
)

#: Words inside a name that make it a place ("International Space Station", "Sea of Tranquility").
PLACE_WORDS = frozenset(
    """Station Island Islands River Mountains Mountain Mount Lake Sea Ocean Bay Gulf Strait Valley
    Desert Street Avenue Square Park Bridge Canal Peninsula Province County Region Kingdom Republic
    City Town Village Cape Coast Harbour Harbor Falls Forest Glacier Crater Cosmodrome Airport
    Palace Castle Cathedral Tower""".split()
)

#: Words right after a name that make it a place ("the Salyut-7 space station").
PLACE_AFTER = frozenset("station island river mountains lake sea ocean city town village cosmodrome".split())

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
    Tomorrow What Who Which Where Why How With Without Under Over Into Between Among Through Russian
    American British French German Chinese Japanese Indian Italian Spanish""".split()
)

#: Adjectives of nationality: capitalised, but not blanks of their own.
DEMONYMS = frozenset(
    """Russian American British English French German Chinese Japanese Indian Italian Spanish
    Canadian Australian Brazilian Mexican Ukrainian Polish Dutch Swedish Norwegian Danish Finnish
    Greek Turkish Egyptian Israeli Iranian Korean Soviet European African Asian Arab Irish Scottish
    Welsh Swiss Austrian Belgian Portuguese Czech Hungarian Romanian Bulgarian Serbian Croatian
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
NUMBER_QUALIFIERS = (
    "well over", "just over", "just under", "more than", "less than", "fewer than", "at least",
    "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "exactly",
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
