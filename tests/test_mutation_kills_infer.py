"""Tests written against the mutants of etl/normalise/infer.py that survived mutation testing (mutmut 3). Each
asserts what a person checking the text reader would look at: the status it infers from a force's update words,
its confidence tier and deciding phrase, the newest round of a text with UPDATE markers, and the Evidence fields
(done, doubted_done, reversed, pending)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.infer import Evidence, Inference, _modifiers, _month_end, _weakened, evidence, infer_status, \
    latest_segment

D = dt.date


def _read(text: str, as_of: dt.date | None = None) -> tuple | None:
    found = infer_status(text, as_of=as_of)
    return None if found is None else (found.status, found.confidence, found.phrase)


# ------------------------------------------------------------------------------- an empty cell says nothing

@pytest.mark.parametrize("text", [None, "", "   ", "\n\t "])
def test_an_empty_or_missing_cell_gives_no_status_and_empty_evidence(text):
    assert infer_status(text) is None
    assert evidence(text) == Evidence("", "", None, "", "")


def test_words_with_no_done_phrase_leave_done_and_doubt_empty_not_missing():
    found = evidence("Scoping under way with the analysts.")
    assert (found.done, found.doubted_done, found.reversed, found.pending) == ("", "", "", "")
    assert found.inferred == Inference("in_progress", 0.8, "under way")


# ------------------------------------------------------------------- the words are read whatever their case

@pytest.mark.parametrize("text, expected", [
    ("Completed.", ("complete", 0.9, "Completed.")),
    ("COMPLETED.", ("complete", 0.9, "COMPLETED.")),
    ("The stalking policy WAS PUBLISHED in March 2025.", ("complete", 0.8, "WAS PUBLISHED")),
    ("Scoping Under Way.", ("in_progress", 0.8, "Under Way")),
    ("Not Applicable to this force.", ("not_applicable", 0.9, "Not Applicable")),
])
def test_status_words_are_read_in_any_case(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Won't be completed until the new system is live in June.", ("in_progress", 0.8, "will not be completed")),
    ("Can't be closed until the new system is live.", ("in_progress", 0.8, "cannot be closed")),
])
def test_a_capitalised_contraction_is_spelt_out_before_reading(text, expected):
    assert _read(text) == expected


# -------------------------------------------------------------------- the newest round of an updated text

@pytest.mark.parametrize("text, newest", [
    # markers that date themselves out of order: the newest date wins, not the last written
    ("UPDATE 12/03/2025: problem profile published. UPDATE 22/11/2024: scoping under way.",
     "problem profile published."),
    ("We will build a problem profile. UPDATE 12/03/2025: problem profile published. "
     "UPDATE 22/11/2024: scoping under way.", "problem profile published."),
    # an undated marker after a dated one: the last written is the newest
    ("UPDATE March 2025: problem profile published. UPDATE: further work on training is under way.",
     "further work on training is under way."),
    ("We will build a problem profile. UPDATE: scoping under way. UPDATE: problem profile published.",
     "problem profile published."),
])
def test_the_newest_round_is_read(text, newest):
    assert latest_segment(text) == newest


def test_out_of_order_dated_rounds_are_read_by_their_newest_date():
    text = "UPDATE 12/03/2025: problem profile published. UPDATE 22/11/2024: scoping under way."
    assert _read(text) == ("complete", 0.7, "published")
    text = "UPDATE March 2025: problem profile published. UPDATE: further work on training is under way."
    assert _read(text) == ("in_progress", 0.8, "under way")


@pytest.mark.parametrize("text, newest", [
    # an 'update:' in running text is not a round marker, but what follows it is still the newest news
    ("Scoping meeting held with analysts, update: problem profile completed and circulated",
     "problem profile completed and circulated"),
    ("Scoping meeting held, update: profile drafted, update: profile completed and signed off",
     "profile completed and signed off"),
    ("UPDATE: Problem profile completed.", "Problem profile completed."),
])
def test_words_after_the_last_inline_update_are_the_newest(text, newest):
    assert latest_segment(text).strip() == newest


def test_a_text_without_any_marker_is_read_whole():
    text = "  The stalking policy was published in March 2025.  "
    assert latest_segment(text) == text


@pytest.mark.parametrize("text", [
    "Problem profile completed and circulated. Update -",
    "Profile scoped, update: profile completed and signed off, update -",
])
def test_an_empty_trailing_update_marker_leaves_the_whole_text_to_read(text):
    assert latest_segment(text) == text
    assert _read(text) == ("complete", 0.8, "completed")


# -------------------------------------------------------------- a done-word is read in its own clause only

def test_a_doubt_in_the_sentence_before_does_not_weaken_a_done_that_opens_the_next():
    text = "The original plan was not approved. Published in May 2025 after revision."
    assert _read(text, D(2025, 5, 31)) == ("complete", 0.8, "Published in May")


def test_a_plan_in_a_later_sentence_does_not_weaken_a_done_before_it():
    # (a step of the work still to come, 'officers will be briefed', is a pending step now: held out 10)
    text = "The policy was published in March 2025. A summary will go to the next board."
    assert _read(text, D(2025, 3, 31)) == ("complete", 0.8, "was published")
    assert evidence(text, as_of=D(2025, 3, 31)).done == "was published"


def test_an_old_done_is_skipped_and_the_next_done_in_the_same_tier_is_read():
    text = ("Training was delivered to PPU officers in 2022. "
            "Refreshed training was delivered to all officers in March 2025.")
    assert _read(text, D(2025, 3, 31)) == ("complete", 0.8, "was delivered")
    found = evidence(text, as_of=D(2025, 3, 31))
    assert (found.done, found.doubted_done) == ("was delivered", "was delivered")


# ------------------------------------------------------------------------- dates read against the round

def test_a_done_dated_in_the_month_of_the_round_is_done():
    assert _read("The policy was published in March 2025.", D(2025, 3, 31)) == ("complete", 0.8, "was published")
    assert _read("The policy was published in February 2025.", D(2025, 2, 28)) == \
        ("complete", 0.8, "was published")
    assert _read("The policy was published in February 2025.", D(2025, 2, 3)) == \
        ("complete", 0.8, "was published")


@pytest.mark.parametrize("text, as_of", [
    ("The policy was published on 1 April 2025.", D(2025, 3, 15)),
    ("The policy was published in June 2025.", D(2025, 3, 31)),
])
def test_a_done_dated_after_the_round_is_doubted_not_done(text, as_of):
    assert infer_status(text, as_of=as_of) is None
    found = evidence(text, as_of=as_of)
    assert (found.done, found.doubted_done, found.inferred) == ("", "was published", None)


def test_evidence_reads_its_inference_against_the_same_round():
    found = evidence("The policy was published in June 2025.", as_of=D(2025, 3, 31))
    assert found.inferred is None
    assert evidence("The policy was published in June 2025.").inferred == \
        Inference("complete", 0.8, "was published")


@pytest.mark.parametrize("day, last", [
    (D(2025, 2, 10), D(2025, 2, 28)), (D(2024, 2, 1), D(2024, 2, 29)), (D(2025, 3, 31), D(2025, 3, 31)),
    (D(2025, 4, 1), D(2025, 4, 30)), (D(2025, 12, 31), D(2025, 12, 31)),
])
def test_month_end_is_the_last_day_of_the_same_month(day, last):
    assert _month_end(day) == last


def test_the_reader_names_why_it_doubts_a_done():
    mods = _modifiers()
    text = "The policy was published in June 2025."
    start = text.index("was published")
    assert _weakened(text, start, start + len("was published"), mods, D(2025, 3, 31)) == {"future"}
    assert _weakened(text, start, start + len("was published"), mods, D(2025, 6, 30)) == set()
    text = "Training was delivered to PPU officers in 2022."
    start = text.index("was delivered")
    assert _weakened(text, start, start + len("was delivered"), mods, D(2025, 3, 31)) == {"historic"}


# ---------------------------------------------------------------------- part done is in progress, at 0.75

@pytest.mark.parametrize("text, expected", [
    ("Complete except for the training of new starters.", ("in_progress", 0.75, "Complete")),  # exception
    ("Completed in two districts.", ("in_progress", 0.75, "Completed")),  # scope
    ("Completed except for the two northern districts.", ("in_progress", 0.75, "Completed")),  # both
])
def test_a_done_limited_in_its_own_clause_is_in_progress(text, expected):
    assert _read(text) == expected


def test_a_done_followed_by_a_gap_is_in_progress():
    text = "The policy was published in March 2025, however a gap in supervisor training has been identified."
    assert _read(text, D(2025, 3, 31)) == ("in_progress", 0.75, "was published")


def test_a_gap_found_before_a_done_does_not_undo_it():
    text = ("An inspection found good practice but some gaps in training; refresher training was delivered to all "
            "officers in May 2025.")
    assert _read(text, D(2025, 5, 31)) == ("complete", 0.8, "was delivered")


def test_a_done_with_a_step_still_to_come_is_in_progress_quoting_the_step():
    text = "Complete for the Public Protection Unit. Roll-out to CID is expected to conclude in Q1 2026."
    assert _read(text, D(2025, 5, 31)) == ("in_progress", 0.7, "Roll-out to CID is expected")
    found = evidence(text, as_of=D(2025, 5, 31))
    assert (found.done, found.pending) == ("Complete", "Roll-out to CID is expected")


@pytest.mark.parametrize("text", [
    # a settled phrase ('kept under review') or a quoted title between 'previously' and the done-word keeps them
    # apart: the earlier state is not the status, the done is
    "The action, previously kept under review by the board, has been completed.",
    "The course, previously titled 'Stalking Awareness for Frontline Staff', has been completed by all officers.",
])
def test_a_previously_that_does_not_qualify_the_done_word_is_no_reversal(text):
    assert _read(text) == ("complete", 0.8, "has been completed")
    found = evidence(text)
    assert (found.done, found.doubted_done, found.reversed) == ("has been completed", "", "")


# --------------------------------------------------------------- a review cycle after the work is no step to come

@pytest.mark.parametrize("text, phrase", [
    ("Roll-out is complete with the next review due in 2026.", "is complete"),
    ("Delivery was completed, with no further issues reported, as planned.", "was completed"),
])
def test_a_routine_after_done_work_is_not_pending(text, phrase):
    assert _read(text, D(2025, 5, 31)) == ("complete", 0.8, phrase)
    found = evidence(text, as_of=D(2025, 5, 31))
    assert (found.done, found.pending) == (phrase, "")


def test_a_step_still_to_come_is_found_across_a_settled_phrase():
    found = evidence("Training for the remaining officers, with no further issues raised, is booked for June.")
    assert found.pending.startswith("remaining officers, with ") and found.pending.endswith(" raised, is booked")
    assert found.done == ""


# -------------------------------------------------------------------- words that point elsewhere, or cite

@pytest.mark.parametrize("text", [
    "The stalking policy was published in March 2025 as per recommendation 3.1.",
    "The stalking policy was published in March 2025, as per the national guidance.",
])
def test_citing_one_recommendation_or_guidance_does_not_silence_a_done(text):
    assert _read(text, D(2025, 3, 31)) == ("complete", 0.8, "was published")


def test_words_for_two_items_one_pointing_away_give_nothing():
    assert infer_status("Complete for 7.1. 7.2 - see above.") is None


# --------------------------------------------------------------------------------- a routine is not done

def test_a_routine_verb_keeps_the_word_that_says_it_is_routine():
    assert _read("Supervisors routinely complete a dip sample of stalking crimes each month.") == \
        ("bau", 0.85, "routinely")


# ------------------------------------------------------------------------------------ evidence fields

def test_evidence_quotes_the_done_phrase_that_stands():
    found = evidence("The stalking policy was published in March 2025.", as_of=D(2025, 3, 31))
    assert found == Evidence("was published", "", Inference("complete", 0.8, "was published"), "", "")


def test_evidence_quotes_the_whole_reversal_phrase():
    found = evidence("This action was reported as complete in the last round; the audit found gaps and work has "
                     "restarted.")
    assert found.reversed == "was reported as complete"
    assert found.done == "" and found.inferred is None


def test_no_reversal_is_an_empty_reversed_field():
    assert evidence("The stalking policy was published in March 2025.").reversed == ""


# -------------------------------------------------------------------- the modifiers given are the ones used

def test_the_modifiers_passed_in_are_the_ones_read():
    text = "Complete except for the training of new starters."
    assert _read(text) == ("in_progress", 0.75, "Complete")
    assert infer_status(text, modifiers=()) == Inference("complete", 0.8, "Complete")
    default, bare = evidence(text), evidence(text, modifiers=())
    assert (default.done, default.doubted_done) == ("", "Complete")
    assert (bare.done, bare.doubted_done) == ("Complete", "")
    assert bare.inferred == Inference("complete", 0.8, "Complete")
