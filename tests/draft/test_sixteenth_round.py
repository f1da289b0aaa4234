"""The sixteenth round (issue 17, draft27): general failure classes read off check15 and check14
(explainers in continuous prose, news reports): terms an explainer puts in quotation marks, a
measure restated as a range in brackets, a speed's distance. Each on sentences and pages of our own,
through the real drafter."""

from __future__ import annotations

from tests.draft.sentence_tools import blanks, drafted


def test_a_term_in_quotation_marks_is_the_blank():
    assert "dry season" in blanks('The "dry season" is the part of the year when the river shrinks to a chain of pools.')
    assert blanks('Two "neaps," also called "small tides," come each month.')[:2] == ["neaps", "small tides"]
    assert "Neap" in blanks('"Neap" is the opposite of "spring," in that the tide rises least.')


def test_a_quotation_of_someone_is_no_term():
    # a quoted sentence or a quoted word someone said is not a term the page defines
    assert "We will rebuild the bridge" not in blanks('"We will rebuild the bridge," the mayor of Dunmore said on Monday.')
    assert "disaster" not in blanks('The mayor of Dunmore said "disaster" when the bridge over the River Ash fell in 1998.')


def test_a_measure_restated_as_a_range_in_brackets_is_one_blank():
    text = drafted("The glacier retreated 12-15 km (7-9 miles) over the last century.")
    assert "{12-15 km (7-9 miles)|" in text and "|12-15 km|" in text
    assert "{up to 4 m (nearly 13 ft)|" in drafted("The ice shelf can be up to 4 m (nearly 13 ft) thick near the coast.")


def test_a_speed_accepts_its_distance():
    text = drafted("The comet was moving at 40 to 45 miles per second when it broke up over Norway.")
    assert "{40 to 45 miles per second|" in text and "|40 to 45 miles" in text
    # a rate of another kind keeps its unit whole
    assert "|90 pounds}" not in drafted("The tyre was pumped to 90 pounds per square inch before the race in Leeds.")
