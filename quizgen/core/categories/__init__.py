"""General lists of the things school subjects ask about, to offer wrong answers of the key's own
kind when the deck holds too few: planets, elements, organs, bones, composers, novels, wars...

Written for quizgen from well-known public facts (names, and for people their years, sex and
country); no outside text is copied. The lists keep what a school student has met, so every member
is a believable wrong answer. A list serves a blank only when both agree: the key is a member, and
the stem (or `kind:`) names the list's kind ("The largest planet is ____", "the bone called ____").
The order within a list is kept (neighbours first: the planets in order from the Sun, elements by
atomic number, mountains by height, rivers by length, deserts by area), so the nearest members come first; people are ranked by era and country.

The package, by concern (imports go one way: things, persons -> lists -> eras -> catalogue -> works, lives ->
terms, kinds, roles -> related):
- `things`, `persons`: the written lists (kind, type, members), of things and of people;
- `lists`: `Member`, `Category`, and `LISTS`, the two tables joined in their order;
- `eras`: the present year, lifetimes, how far apart eras and titles' years may be;
- `catalogue`: the lists built once (members, fields, the bundled and WordNet people, features, aliases);
  `categories_of`;
- `works`: works and their makers, a work's year;
- `lives`: listed people's sex, era, country, city, birth and death, periods, people a text names, given names;
- `terms`: spans a text names (wars, revolutions) and terms of office;
- `kinds`: an answer's own kind and whether a stem's kind agrees (`category_for`, `stem_kind`);
- `roles`: the roles, fields and genres a key holds or a stem states; realms, crowns, commands;
- `related`: the members of a key's list that make believable wrong answers.
"""

from __future__ import annotations

from quizgen.core.categories.lists import Category, Member
from quizgen.core.categories.eras import (
    ADULT_AGE, LIFETIME, MAX_ERA_GAP, OFFICE_AGE, PRESENT, TITLE_AGES, TITLE_LATER, era_gap, title_gap)
from quizgen.core.categories.catalogue import FEATURE_LISTS, OTHER_PEOPLE, WORDNET_IN_ROLE_LISTS, categories_of
from quizgen.core.categories.works import maker_group, same_maker, work_year
from quizgen.core.categories.lives import (
    GENERATION_BIRTHS, MODERN_BIRTHS, PERIOD_GAP, POSTHUMOUS_YEARS, alive_in, born, born_apart, city_of,
    country_of, died, era_of, given_names, is_period, people_named, period_apart, sex_of)
from quizgen.core.categories.terms import OFFICE_CHANGE, spans_named, term_of, terms_named
from quizgen.core.categories.kinds import agrees, category_for, listed_kind, own_kind, stem_kind
from quizgen.core.categories.roles import (
    CONTEMPORARY_FROM, GENERATION, commands, holds_role, key_fields, of_other_genre, office_for_crown, realm,
    stated_genres, stated_roles)
from quizgen.core.categories.related import lived_apart, related, undated

__all__ = [
    "ADULT_AGE", "CONTEMPORARY_FROM", "Category", "FEATURE_LISTS", "GENERATION", "GENERATION_BIRTHS", "LIFETIME",
    "MAX_ERA_GAP", "MODERN_BIRTHS", "Member", "OFFICE_AGE", "OFFICE_CHANGE", "OTHER_PEOPLE", "PERIOD_GAP",
    "POSTHUMOUS_YEARS", "PRESENT", "TITLE_AGES", "TITLE_LATER", "WORDNET_IN_ROLE_LISTS", "agrees", "alive_in",
    "born", "born_apart", "categories_of", "category_for", "city_of", "commands", "country_of", "died", "era_gap",
    "era_of", "given_names", "holds_role", "is_period", "key_fields", "listed_kind", "lived_apart", "maker_group",
    "of_other_genre", "office_for_crown", "own_kind", "people_named", "period_apart", "realm", "related",
    "same_maker", "sex_of", "spans_named", "stated_genres", "stated_roles", "stem_kind", "term_of", "terms_named",
    "title_gap", "undated", "work_year",
]
