"""Families held-out status sets 104 (realistic, a seventeenth author), 105 (status columns beside words that do not
settle them) and 106 (recommendations 7 to 13 in depth) found on their first read, each in our own words. First runs:
104 at 90.4% (13 false done of 136), 105 at 75.2% (41 of 165; most of them bare colours, letters and closures with no
words, which the documented vocabulary reads by its default), 106 at 90.2% (12 of 122).

None of these is done: work said only to sit with, or be owned by, a unit; training given to one named unit or one
area; a tool used by named units only; a post in one named district; a paper with a person or the commissioner; a
clearance still to come ('subject to legal review'); a check to be done again; equipment due for installation; a step
that starts from a later month ('mandatory use from 1 May', 'fieldwork from April'); a tracker's terse group and a
later period ('Response PCs Jan-Mar 26'); analysis and write-up that continue; work handed on to be finished; the
rest still being scheduled; a meeting attended; 'has been reviewed' and nothing more; a share of cases well short of
whole; a pointer to an attached log or to a wider plan 'for updates'; a thing covered already beside a bare
closure; high-risk cases that 'go to MARAC'; work done 'in line with existing
procedures'; audits 'as required'. Guards: a panel led by someone that meets, a workshop attended by everyone, a panel
set up, training delivered to all officers, a routine review after done work keep their done."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.normalise.position import read_position
from etl.vocabulary import DONE
from tests.fixtures import MAR_25, MAR_26, NOV_24, SEP_25
from tests.fixtures import inferred_status as _status


@pytest.mark.parametrize("cell, words, as_of", [
    ("Closed", "Oversight of the referral figures rests with the Victim Care Board.", SEP_25),
    ("BAU", "The action is now held by the Safeguarding Hub.", MAR_26),
    ("Complete", "The advocacy charity ran an input for the Child Abuse Investigation Unit in January.", MAR_25),
    ("Complete", "The refresher was delivered to every officer in the Western Policing Area.", MAR_25),
    ("Achieved", "Search-powers guidance has been given to the Coastal district.", SEP_25),
    ("Complete", "The triage kit is used by the Digital Media Unit and the Paedophile Online Investigation Team.", SEP_25),
    ("Met", "A stalking adviser now works in the Riverside division.", MAR_25),
    ("Complete", "The problem profile is with the Head of Analysis.", MAR_25),
    ("Green", "Four clinic sessions have run; the case for recurring funding is with the PCC.", SEP_25),
    ("Complete", "The revised risk policy is agreed subject to union consultation.", MAR_25),
    ("Closed", "01/03/2026 - Referral monitoring to be re-checked after the provider questioned the figures.", MAR_26),
    ("Done", "Detectives trained. Neighbourhood PCSOs Apr-Jun 26.", SEP_25),
    ("Complete", "Please see the attached tracker.", MAR_25),
    ("Green", "Refer to the Public Protection Improvement Plan for progress on this.", SEP_25),
    ("Closed", "Victim impact is already covered within the investigation course.", MAR_25),
    ("Closed", "Cases assessed as high risk are referred to the MARAC.", SEP_25),
    ("BAU", "Repeat behaviour is handled in accordance with current procedures.", SEP_25),
    ("Met", "Checks take place as needed.", SEP_25),
])
def test_a_done_column_beside_words_that_do_not_show_the_work_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("Demand review: scope agreed, fieldwork from April.", MAR_25),
    ("The screening questions were added to the call-taking system; compulsory use from 1 April.", MAR_25),
    ("New intelligence requirements issued; analysis and drafting continue.", SEP_25),
    ("The work has been passed to the Vulnerability Unit to complete as part of their plan.", SEP_25),
    ("The input has been delivered to the detectives and the team is now scheduling the call handlers.", SEP_25),
    ("Our online harm lead attended the regional VAWG forum.", NOV_24),
    ("The allocation policy has been reviewed.", MAR_25),
    ("Safety plans are completed in 61% of stalking crimes.", SEP_25),
    ("UPDATE March 2026: funding bid approved; triage kit ordered and due for installation.", MAR_26),
    ("The briefing has been given to some sergeants.", MAR_25),
])
def test_words_alone_that_do_not_show_the_work_done_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "The stalking panel is chaired by the Detective Superintendent and meets every month.", SEP_25),
    ("Complete", "Stalking training was delivered to all officers in the force.", MAR_25),
    ("Complete", "Policy published; it will be reviewed annually.", MAR_25),
])
def test_a_done_column_beside_words_that_bear_it_out_stays_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE


@pytest.mark.parametrize("words, as_of", [
    ("All 36 sergeants have attended the stalking workshop.", MAR_25),
    ("The force has set up a multi-agency stalking panel, which met for the first time in February.", MAR_25),
    ("Every response officer completed the College e-learning in February.", MAR_25),
])
def test_words_alone_that_show_the_work_done_stay_done(words, as_of):
    assert _status(words, as_of) in DONE


def test_a_share_of_cases_is_read_before_the_figures_are_set_aside():
    # a share well short of whole is work still to come; near whole it is the practice in place
    assert _status("Safety plans are completed in 61% of stalking crimes.", SEP_25) == "in_progress"
    assert _status("The new safety plan has been introduced and is completed in 96% of stalking crimes.",
                   dt.date(2025, 9, 30)) in DONE


# held-out sets 107 (realistic, a nineteenth author; first run 93.9%, 11 false done of 179) and 108 (update words with
# no status column; first run 94.3%, 6 of 106): a paper still being changed and going to a board; a bare 'Approved.' or
# 'Signed off.' (what was approved is not said); a pointer to a commentary; a trial 'in place of'
# something else; a fix still due in a supplier's release; a board meeting attended; changes made and never named
@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "The recommendation was discussed by the Public Protection Board.", SEP_25),
    ("Green", "See the Q2 commentary.", SEP_25),
])
def test_a_done_column_beside_a_board_that_only_looked_or_a_commentary_is_not_done(reference, cell, words,
                                                                                          as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("The audit of risk decisions finished in January. Changes are being made and will go to the Risk Board in June.",
     MAR_25),
    ("Approved.", MAR_25),
    ("Signed off.", MAR_25),
    ("03/02/2026 - A three-month trial starts of screening crimes in the hub, in place of the old desk review.", MAR_26),
    ("Supplier has confirmed the fix will be in the June release. Interim logging remains in place.", MAR_25),
    ("14/01/2025 - Attended the county safeguarding partnership executive board.", MAR_25),
    ("Various improvements have been made to the way stalking cases are supervised.", SEP_25),
])
def test_words_alone_of_a_step_to_come_a_bare_approval_or_changes_unnamed_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


def test_a_board_that_decided_or_a_policy_approved_and_published_stays_done(reference):
    assert read_position("Complete", "The plan was discussed at the VAWG Board and agreed; it is published on our "
                         "website.", reference, MAR_25).status in DONE
    assert _status("The policy has been approved by the board and published.", MAR_25) in DONE
