"""Families held-out status sets 68 (the deadline rounds), 69 (trackers exported as spreadsheets) and 70 (evidence and
numbers) found on their first read, each in our own words. None of these is done: a done column beside words that only
put the ask again or accept it, a closure because the force cannot do the work or has no money for it, a trial whose
future is still to be decided, a start later in the year ('from April to July', 'at the summer CPD days', 'will become
mandatory in October'), a headcount with no whole or short of the whole named first, orders counted, a board that was
given a presentation."""
from __future__ import annotations

import pytest

from etl.normalise.position import read_position
from etl.vocabulary import DONE
from tests.fixtures import MAR_25, MAR_26, NOV_24, SEP_25
from tests.fixtures import inferred_status as _status


@pytest.mark.parametrize("cell, words, as_of", [
    # the ask put again in its own voice, or only accepted: nothing answers the done
    ("Green", "Officers should consider an interim order at the first opportunity, supported by their supervisor.",
     MAR_25),
    ("Complete", "Victims who want support should be referred to a specialist service without delay.", MAR_25),
    ("Green", "We accept this recommendation.", NOV_24),
    # closed because the force has no money or cannot do it
    ("Closed", "The force does not have the funding for the records change. Closed by the board.", SEP_25),
    ("Closed", "No funding available.", MAR_26),
    ("Action complete", "Our force works across the country and cannot count referrals made to each local service, so the "
     "item has been closed.", SEP_25),
    ("Complete", "What we have done: we have considered the recommendation. What happens next: no further action.",
     SEP_25),
    ("Complete", "Checks are made after the event; screening at the point of report is not currently possible.", SEP_25),
    # a named step still outstanding, in a tracker's few words
    ("Green", "Policy review outstanding.", SEP_25),
])
def test_a_done_column_beside_words_that_do_not_bear_it_out_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


def test_a_rule_in_force_that_says_should_is_still_the_work_done(reference):
    # the policy states what officers should do: a rule in place, reported, not the ask put again
    words = "Stalking policy now states that arrest should be considered at the first opportunity."
    assert read_position("Complete", words, reference, SEP_25).status in DONE
    assert read_position("Complete", "Officers must now record the screening outcome on every incident.", reference,
                         MAR_25).status in DONE


@pytest.mark.parametrize("words, as_of", [
    # a start later in the round's year
    ("Call handlers were trained in February. Training for response officers runs from April to July.", MAR_25),
    ("Control room training is complete (all 187 staff). Response officers receive the input at the summer CPD days.",
     MAR_25),
    ("We are introducing an investigation plan that officers must complete for each stalking crime. It sits in the crime "
     "system and its use will become mandatory in October.", SEP_25),
    ("Stalking offenders are now considered for referral to MAPPA on release; the first referrals have been made and "
     "accepted. A multi-agency stalking panel with probation will meet for the first time in April.", MAR_25),
    # a trial whose future is still to be decided; a change asked for through others; a step begun, not finished
    ("We have created a small civil orders team to help officers apply for orders. It started in March and we are "
     "counting the applications it supports before deciding whether to make it permanent.", MAR_25),
    ("Any change must be agreed by every force that uses the system. A request has been made through the user group.",
     NOV_24),
    ("Stalking profile: intelligence requirement issued; analysis started 3 March.", MAR_25),
    # a headcount with no whole, or short of the whole named first
    ("412 officers and staff completed the stalking e-learning during 2024.", NOV_24),
    ("Of our 142 sergeants, 97 have completed the SPO supervisors' module.", MAR_26),
    # orders counted, a board told, a governance board set up: not the work
    ("Since the action plan was published we have obtained 34 full SPOs and 12 interim SPOs.", SEP_25),
    ("The Local Criminal Justice Board received a presentation on stalking in July.", SEP_25),
    ("The force has set up a Stalking Improvement Board chaired by an Assistant Chief Constable, which meets every six "
     "weeks.", NOV_24),
])
def test_words_that_leave_work_to_come_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("All response officers were trained over the summer.", SEP_25),
    ("Training completed. Refresher sessions run in the summer.", MAR_25),
    ("Following the assessment the working group met monthly through the winter; the procedure was approved on 18 "
     "March and is in force.", MAR_25),
])
def test_a_season_that_is_past_or_a_routine_after_the_work_leaves_the_done(words, as_of):
    assert _status(words, as_of) in DONE
