"""Tests written against the mutants of etl/normalise/status.py that survived mutation testing (mutmut). Each reads
a realistic status cell and asserts what a careful person would check: the status, the progress figure, the
percentage problem, and whether a doubt is set and what it quotes."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.status import StatusKey, StatusReading, classify_status, is_status_word, read_percentage

MARCH_2025 = dt.date(2025, 3, 1)


def read(raw, reference, as_of=MARCH_2025, key=None):
    return classify_status(raw, reference, as_of, key)


# ---------------------------------------------------------------------------------------- percentages: signs, ranges

@pytest.mark.parametrize("text, value", [
    ("Progress: 40%", 40.0),  # a colon before the figure is no minus
    ("(40%)", 40.0),  # nor is a bracket
    ("AMBER - SEE ANNEX -60%", 60.0),  # the dash after a word separates, even a word ending in X
])
def test_a_figure_with_no_minus_before_it_is_positive(text, value):
    assert read_percentage(text) == (value, "")


@pytest.mark.parametrize("text, problem", [
    ("101%", "progress of 101% is outside 0-100%"),
    ("100.5%", "progress of 100.5% is outside 0-100%"),
])
def test_a_figure_just_over_100_is_a_problem(text, problem):
    assert read_percentage(text) == (None, problem)


def test_two_percentages_are_a_problem_quoting_the_first_40_characters():
    text = "Training 40% complete; policy 60% complete"
    assert read_percentage(text) == (None, "'Training 40% complete; policy 60% comple' gives more than one percentage")


def test_a_done_beside_a_range_is_a_doubt_that_keeps_the_percentage_problem(reference):
    assert read("Complete (50-60%)", reference) == StatusReading(
        "unknown", None, "'Complete (50-60%)' gives more than one percentage",
        "status 'Complete (50-60%)' says done beside percentages that cannot be read as one figure; stored as unknown")


def test_a_done_beside_a_lower_figure_is_a_doubt_saying_the_figure(reference):
    assert read("Complete 50%", reference) == StatusReading(
        "unknown", None, "", "status 'Complete 50%' says done and gives 50%; stored as unknown")


def test_a_percentage_of_done_with_something_outstanding_is_that_far_in_progress(reference):
    assert read("80% complete; training outstanding", reference) == StatusReading("in_progress", 80.0, "", "")


@pytest.mark.parametrize("raw, why", [
    ("Not yet 100%", "a negation"),
    ("100%?", "a question"),
    ("100% (April 2027)", "a completion date after the round's date"),
    ("100% in the North - unverified", "a question"),  # the part ('in the North') is not the reason given
])
def test_a_bare_percentage_that_is_not_yet_a_fact_is_a_doubt(reference, raw, why):
    assert read(raw, reference) == StatusReading("unknown", None, "", f"status '{raw}' gives 100% as {why}; stored as unknown")


# ---------------------------------------------------------------------------------------- quantities: '3 of 5'

@pytest.mark.parametrize("raw, pct", [
    ("0 of 1 actions complete", 0.0),  # like '0 of 5 actions complete': counted, not done
    ("Complete for two of three divisions", 66.7),  # a part and a count: the count gives the figure, to 1 place
    ("4 of 5 actions complete; training outstanding", 80.0),  # an exception and a count: the count still counts
    ("1 of 3 actions complete (33%)", 33.0),  # the page's own figure is kept over the count's 33.3
])
def test_a_count_short_of_all_beside_a_done_word_is_in_progress_with_its_figure(reference, raw, pct):
    assert read(raw, reference) == StatusReading("in_progress", pct, "", "")


def test_a_count_keeps_a_percentage_problem_beside_it(reference):
    raw = "3 of 5 actions complete (60-65%)"
    assert read(raw, reference) == StatusReading("in_progress", 60.0, f"'{raw}' gives more than one percentage", "")


def test_a_count_over_all_is_a_doubt_saying_the_count(reference):
    assert read("7 of 5 actions complete", reference).doubt == \
        "status '7 of 5 actions complete' gives 7 of 5, more than all; stored as unknown"


@pytest.mark.parametrize("raw, fraction", [("Achieved 10/12", "10/12"), ("Achieved 3/4", "3/4")])
def test_a_bare_fraction_short_of_all_beside_a_done_word_is_a_doubt(reference, raw, fraction):
    assert read(raw, reference) == StatusReading(
        "unknown", None, "", f"status '{raw}' gives '{fraction}', a count short of all or a date; stored as unknown")


def test_a_bare_fraction_of_all_beside_a_done_word_is_done(reference):
    assert read("Achieved 5/5", reference) == StatusReading("complete", None, "", "")


# ---------------------------------------------------------------------------------------- a page's own key

FIVE_POINT = {"green": "complete", "amber green": "in_progress", "amber": "in_progress", "amber red": "in_progress",
              "red": "not_started"}


def test_a_longer_key_word_wins_over_a_shorter_one_inside_it(reference):
    key = StatusKey(FIVE_POINT)
    assert key.pattern().search("Amber Green").group(1) == "Amber Green"
    # not 'Amber' (in progress) beside 'Green' (complete): one rating, on track
    assert read("Amber Green", reference, key=key) == StatusReading("in_progress", None, "", "")


def test_a_colour_the_key_gives_no_status_is_a_doubt_naming_it(reference):
    key = StatusKey({"purple": "unknown", "blue": "bau"})  # 'Purple = see note'
    assert read("Purple (cell colour)", reference, key=key) == StatusReading(
        "unknown", None, "", "status 'Purple (cell colour)' uses 'Purple', which the page's key defines as no status; "
                             "stored as unknown")


# ---------------------------------------------------------------------------------------- weakened done-words

def test_a_negated_done_is_a_doubt_quoting_the_first_negation(reference):
    assert read("Cannot be completed - no funding", reference).doubt == \
        "status 'Cannot be completed - no funding' has a done-word weakened by a negation ('Cannot'); stored as unknown"


def test_a_done_with_a_target_date_is_a_doubt_quoting_both_reasons(reference):
    assert read("Complete by April 2027", reference).doubt == (
        "status 'Complete by April 2027' has a done-word weakened by a future or a target ('by April'); "
        "a completion date after the round's date ('2027-04-30'); stored as unknown")


def test_a_completion_date_after_the_round_is_quoted_as_a_date(reference):
    assert read("Completed on 1 April 2027", reference).doubt == (
        "status 'Completed on 1 April 2027' has a done-word weakened by a completion date after the round's date "
        "('2027-04-01'); stored as unknown")


def test_a_completion_on_the_last_day_of_the_rounds_month_is_done(reference):
    assert read("Completed 31 March 2025", reference) == StatusReading("complete", None, "", "")


def test_a_cross_after_a_done_word_is_a_negation(reference):
    reading = read("Completed - X", reference)
    assert reading.status == "unknown" and "a negation" in reading.doubt


def test_a_long_cell_is_quoted_to_its_first_80_characters(reference):
    raw = ("Cannot be completed until the new records management system is procured and installed across the force "
           "in 2026")
    assert len(raw) > 80
    assert read(raw, reference).doubt.startswith(f"status '{raw[:80]}' has a done-word weakened by a negation ('Cannot')")


@pytest.mark.parametrize("raw", ["Complete except for training", "Complete in the North; the South has not begun",
                                 "Complete in the North except for training",
                                 "Complete in the North except training; not started in the South",
                                 "Phase 1 complete, phase 2 not started"])
def test_a_done_for_a_part_only_is_in_progress_with_no_figure(reference, raw):
    assert read(raw, reference) == StatusReading("in_progress", None, "", "")


# ---------------------------------------------------------------------------------------- two statuses

@pytest.mark.parametrize("raw, said", [("Complete/In progress", "'Complete' and 'In progress'"),
                                       ("Complete (Red)", "'Complete' and 'Red'")])  # the colour, not its bracket
def test_two_statuses_that_disagree_about_done_are_a_doubt_quoting_both(reference, raw, said):
    assert read(raw, reference) == StatusReading(
        "unknown", None, "", f"status '{raw}' gives two statuses that disagree about done ({said}); stored as unknown")


@pytest.mark.parametrize("raw", ["Closed - no longer required", "Closed (BAU) - no longer required"])
def test_a_done_that_is_no_longer_required_is_not_applicable(reference, raw):
    assert read(raw, reference) == StatusReading("not_applicable", None, "", "")


def test_not_applicable_beside_work_under_way_is_a_doubt(reference):
    assert read("N/A - on hold", reference) == StatusReading(
        "unknown", None, "", "status 'N/A - on hold' gives 'not applicable' beside another status; stored as unknown")


@pytest.mark.parametrize("raw, status", [
    ("Red - in progress", "in_progress"),  # the RAG colour rates the schedule; the words say the stage
    ("Awaiting funding - not started", "not_started"),  # waiting is not work begun
])
def test_in_progress_and_not_started_together_are_read_from_the_words(reference, raw, status):
    assert read(raw, reference) == StatusReading(status, None, "", "")


# ---------------------------------------------------------------------------------------- the cell's own text

@pytest.mark.parametrize("raw", ["C O M P L E T E", "C O M P L E T E."])
def test_a_done_word_spelt_out_in_spaced_letters_is_done(reference, raw):
    assert read(raw, reference) == StatusReading("complete", None, "", "")


@pytest.mark.parametrize("raw, quoted", [("Cannot be completed.", "Cannot be completed"),
                                         ("- Cannot be completed", "Cannot be completed")])
def test_the_doubt_quotes_the_cell_without_its_bullet_or_full_stop(reference, raw, quoted):
    assert read(raw, reference).doubt == \
        f"status '{quoted}' has a done-word weakened by a negation ('Cannot'); stored as unknown"


@pytest.mark.parametrize("raw", ["Green no further action required", "✓ no further action"])
def test_words_confirming_a_done_leave_the_status_beside_them_done(reference, raw):
    assert read(raw, reference) == StatusReading("complete", None, "", "")


# ---------------------------------------------------------------------------------------- as_of dates

@pytest.mark.parametrize("as_of", [dt.date(2025, 3, 1), dt.date(2025, 3, 31)])
def test_a_round_covers_the_whole_of_its_month(reference, as_of):
    assert read("Completed 31 March 2025", reference, as_of).status == "complete"
    assert read("Completed 1 April 2025", reference, as_of).status == "unknown"


# ---------------------------------------------------------------------------------------- is_status_word

@pytest.mark.parametrize("raw, expected", [
    ("NA", True),  # two characters are enough
    ("G", False),  # a single letter is never an anchor
    ("In progress - stalking policy drafted, out for consultation.", True),  # 60 characters
    ("Complete - stalking policy published and briefed to all staff", False),  # 61: too long for a status cell
])
def test_a_status_word_is_a_short_cell_that_reads_as_a_status(reference, raw, expected):
    assert is_status_word(raw, reference) is expected
