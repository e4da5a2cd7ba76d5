"""Families held-out status sets 53-55 found on their first read (text as extraction leaves it, words that point
elsewhere, and the second year in realistic proportions), each in our own words. None of these is done: a status word
in a document's title is its name, a rating given last time is history, a recommendation set aside is closed without
the work, and a done for all of a group save one part is part done."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.infer import infer_status
from etl.normalise.position import read_position
from etl.normalise.status import classify_status
from etl.vocabulary import DONE

MAR_25 = dt.date(2025, 3, 31)
SEP_25 = dt.date(2025, 9, 30)


@pytest.mark.parametrize("cell", [
    "Completion Form v3 attached", "Action complete form attached", "Action Complete log - see Appendix C",
    "Closure Report (Final)", "Closure report (Complete) – Rec 12.docx", "Rec_12_action_complete.pdf",
    "Last RAG: Green", "Previous status: Complete", "Met with the CPS",
])
def test_a_document_title_an_old_rating_or_a_meeting_in_the_status_cell_is_not_done(reference, cell):
    assert classify_status(cell, reference, SEP_25).status not in DONE


@pytest.mark.parametrize("cell", ["Action Complete", "Complete – see the closure report", "Met", "Fully met"])
def test_plain_done_cells_beside_document_words_stay_done(reference, cell):
    assert classify_status(cell, reference, SEP_25).status in DONE


@pytest.mark.parametrize("cell, words, as_of", [
    ("Action Complete", "We are unable to report repeat victimisation because the partner holds the data.", SEP_25),
    ("Closed", "Closed at the March board; the recommendation is not considered relevant to the force.", SEP_25),
])
def test_a_done_column_beside_an_inability_or_a_set_aside_is_not_done(reference, cell, words, as_of):
    position = read_position(cell, words, reference, as_of)
    assert position.status not in DONE and position.conflict


@pytest.mark.parametrize("cell, words", [("Ongoing – BAU from Jun", "Final testing of the new flag."), ("BAU from May", "")])
def test_a_done_that_starts_after_the_round_is_not_done(reference, cell, words):
    position = read_position(cell, words, reference, MAR_25)
    assert position.status == "unknown" and "starts later" in position.reading.doubt


@pytest.mark.parametrize("cell, as_of", [("Closed. Business as usual from 1 Feb.", MAR_25), ("BAU from April", SEP_25)])
def test_a_state_that_began_before_the_round_stays_done(reference, cell, as_of):
    assert read_position(cell, "", reference, as_of).status in DONE


@pytest.mark.parametrize("words, as_of", [
    ("Training is complete for every response officer but the dog section", MAR_25),
    ("Complete in all districts except Northfield.", MAR_25),
    ("The flag is live for the PPU. Neighbourhood teams will use it from July.", MAR_25),
    ("The form is live in the control room; training for response officers is sche-\nduled for June.", MAR_25),
    ("The scoping against the College guidance is complete and options are being drawn up.", MAR_25),
    ("The Head of Crime has been appointed as the strategic lead.", MAR_25),
    ("Closed – NFA.", SEP_25),
    ("12.1 Complete\n12.2", MAR_25),
    ("11.1\n11.2\nComplete", MAR_25),
])
def test_words_with_a_part_left_a_step_or_a_lost_line_are_not_done(words, as_of):
    inferred = infer_status(words, as_of=as_of)
    assert inferred is None or inferred.status not in DONE, inferred


@pytest.mark.parametrize("words", [
    "The audit of 80 stalking crimes was completed in February and the findings went to the board.",
    "Training is complete for all response officers.",
    "Closed: the classification went live in January and is used in every stalking crime.",
])
def test_plain_news_of_finished_work_stays_done(words):
    assert infer_status(words, as_of=MAR_25).status in DONE


NOV_24 = dt.date(2024, 11, 29)
MAR_26 = dt.date(2026, 3, 31)


# held-out sets 56 (the first year in realistic proportions) and 57 (minimal pairs: twins that differ by one cue)
@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "Guidance drafted and sent to the Head of Crime for comment.", MAR_25),
    ("Complete", "The February release failed UAT and has gone back to the supplier.", MAR_25),
    ("Complete", "Stalking APP module written by the College of Policing and issued to forces.", NOV_24),
    ("Green", "Compliance is reportedly high; no audit yet.", SEP_25),
    ("Blue", "Handed to the regional user group to take forward.", MAR_26),
    ("Complete", "Probation attend the panel; the MAPPA coordinator joins from January.", SEP_25),
])
def test_a_done_column_beside_a_draft_out_a_failed_test_another_bodys_work_or_a_hedge_is_not_done(reference, cell, words,
                                                                                                   as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("cell", ["Believed complete", "Complete – roll-out continues", "Complete – delivery ongoing"])
def test_a_hedged_or_still_rolling_status_cell_is_not_done(reference, cell):
    assert classify_status(cell, reference, MAR_25).status not in DONE


@pytest.mark.parametrize("cell", ["Complete - training continues as BAU", "Complete - monitoring continues"])
def test_a_done_with_its_routine_after_it_stays_done(reference, cell):
    assert classify_status(cell, reference, MAR_25).status in DONE


@pytest.mark.parametrize("words, as_of", [
    ("Twenty-two of the 25 risk assessors have been trained.", MAR_25),
    ("A working group has been set up. Two of its seven actions are complete.", MAR_25),
    ("The job description has been written and the post advertised.", NOV_24),
    ("The leaflet has been written and is with the print unit.", SEP_25),
    ("Not every victim is yet offered an advocate, although referrals are now recorded.", SEP_25),
    ("The checklist went live in 2025 but was made optional in February 2026.", MAR_26),
    ("The seven-day target was met until November, but a backlog has since built up.", MAR_26),
    ("Moved to BAU in September but brought back onto the plan in January after the returns lapsed.", MAR_26),
    ("Supervisors have been briefed, but the referral now sits with the victim service, which has taken over this action.",
     MAR_25),
    ("Delivered to the PPU; delivery to response teams continues through the autumn.", SEP_25),
    ("Complete - the lead has been appointed and has begun reviewing every open case.", NOV_24),
    ("A task group has met twice and is mapping current practice.", NOV_24),
    ("Our SPOC is meeting partner agencies to agree a referral route.", MAR_25),
    ("February: delivered to North district. March: South and East districts booked.", MAR_25),
    ("The first joint workshop with the PCC took place in February.", MAR_25),
    ("Agreed by the Chief Officer Group on 18 November as part of the force response.", NOV_24),
    ("The College has published a revised stalking module for initial investigators.", SEP_25),
])
def test_part_done_undone_or_someone_elses_done_is_not_done(words, as_of):
    inferred = infer_status(words, as_of=as_of)
    assert inferred is None or inferred.status not in DONE, inferred


@pytest.mark.parametrize("words", [
    "Superseded by the national stalking guidance published by the College of Policing.",
    "The Home Office data return is now produced directly from Niche; the report was built by our analysts and first "
    "used for the January return.",
])
def test_twins_that_are_done_or_set_aside_keep_their_reading(words):
    inferred = infer_status(words, as_of=MAR_25)
    assert inferred is not None and inferred.status in DONE | {"not_applicable"}, inferred


def test_not_every_other_force_beside_our_own_done_stays_done(reference):
    words = "Not every force's system can record this, but ours can and the February audit found it used in every case."
    assert read_position("Complete", words, reference, MAR_25).status in DONE


# held-out sets 58 (a year of returns in realistic proportions) and 59 (minimal pairs written by another author)
@pytest.mark.parametrize("words, as_of", [
    ("The Police and Crime Commissioner's office completed a county-wide needs assessment in October.", NOV_24),
    ("The commissioned advocacy service has appointed a stalking lead who attends our monthly meetings.", MAR_25),
    ("The CPS has appointed a stalking lead prosecutor for the Area.", SEP_25),
    ("The Commissioner's compliance report for 2024/25 was published in June.", SEP_25),
    ("Closed at the January board as the lead officer has moved to another role.", MAR_25),
    ("Complete the screening tool for every report of harassment.", NOV_24),
    ("The SST is live in the control room. Roll-out to front counters in Q2.", MAR_25),
    ("The trainers have completed the course and are ready to deliver it to officers from November.", SEP_25),
    ("The audit is complete; its findings will be presented to the Public Protection Board.", MAR_26),
    ("Forty of the force's 120 sergeants have attended the workshop.", SEP_25),
    ("This action is complete. No progress has been made this quarter because of sickness.", MAR_26),
])
def test_a_partners_work_a_closure_for_another_reason_or_a_step_to_come_is_not_done(words, as_of):
    inferred = infer_status(words, as_of=as_of)
    assert inferred is None or inferred.status not in DONE, inferred


@pytest.mark.parametrize("cell, words", [
    ("Complete", "This work is being completed by the regional collaboration."),
    ("Closed", "Transferred to the Office of the Police and Crime Commissioner."),
    ("Complete", "A joint case review with the CPS is a matter for the CPS Area to arrange."),
    ("Complete", "Responsibility for this recommendation has passed to the new Public Protection Command."),
])
def test_a_done_column_beside_work_someone_else_does_or_holds_is_not_done(reference, cell, words):
    assert read_position(cell, words, reference, MAR_25).status not in DONE


@pytest.mark.parametrize("cell, words", [
    ("Achieved", "The PCC has commissioned two independent stalking advocates, who began taking referrals in February."),
    ("Complete", "The College published its updated APP in May, and our policy and training materials were brought into "
                 "line in July."),
    ("Green", "Roll-out completed force-wide in Q1; first contact now averages 20 hours."),
])
def test_a_partners_part_beside_the_forces_own_done_stays_done(reference, cell, words):
    assert read_position(cell, words, reference, SEP_25).status in DONE


@pytest.mark.parametrize("words", ["A sample of stalking crimes closed with no further action is being reviewed.",
                                   "We will introduce a quality check of stalking crimes closed with no further action."])
def test_crimes_closed_with_no_further_action_are_the_subject_not_a_closure(words):
    inferred = infer_status(words, as_of=NOV_24)
    assert inferred is not None and inferred.status in ("in_progress", "not_started"), inferred


# held-out sets 60 (twenty-four forces' returns in their own styles) and 61 (where a careful analyst would not take the
# force's word for it)
@pytest.mark.parametrize("cell, words", [
    ("Complete", "The revised policy has been submitted to the Policy Unit for approval."),
    ("Complete", "Our guidance has been shared with the CPS for comment ahead of publication."),
    ("Complete", "The champion role profile is approved and expressions of interest have been invited."),
    ("Complete", "The supplier has delivered the change; we are training recorders before turning it on."),
    ("Complete", "The new rule is written into the system and comes into use after the May upgrade."),
    ("Closed", "Recommendation 22 is for the NPCC. Closed."),
    ("Closed", "Referral monitoring is the responsibility of the PCC as commissioner."),
])
def test_a_done_column_beside_a_step_to_come_or_someone_elses_ask_is_not_done(reference, cell, words):
    assert read_position(cell, words, reference, MAR_25).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("This is complete. We will introduce a daily review of stalking crimes from January 2025.", NOV_24),
    ("Action completed. Our champion attended the national conference and will cascade the learning.", MAR_25),
    ("We have advertised for a stalking coordinator. Action complete.", SEP_25),
    ("Complete: detectives have been trained. Response officers follow in the next round of mandatory training.",
     MAR_26),
    ("The force has decided that no further action is needed, as the topic is already in initial training. Closed.",
     SEP_25),
])
def test_a_done_said_of_a_first_step_or_a_decision_not_to_act_is_not_done(words, as_of):
    inferred = infer_status(words, as_of=as_of)
    assert inferred is None or inferred.status not in DONE, inferred
