"""Years and ages: the present year, a lifetime, how far apart two answers' eras and a title's years may be."""

from __future__ import annotations


#: Kind nouns that name the same list as another ("Cosmonaut ____": the astronauts, not every explorer).
SAME_KIND = {"cosmonaut": "astronaut", "taikonaut": "astronaut", "spaceman": "astronaut"}


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


def era_gap(era: float) -> float:
    """How far apart two people (or facts) may be and still belong to one age: 150 years near
    today, a third of the time since further back (pharaohs a thousand years apart are all
    ancient Egypt; Augustus and Charlemagne are not one age)."""
    return max(MAX_ERA_GAP, 0.3 * (PRESENT - era))
