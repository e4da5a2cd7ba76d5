"""Families held-out status sets 76 (the later rounds in realistic proportions), 77 (other people's words about a force:
commissioners, panels, auditors), 78 (terse trackers) and 79 (the national template as forces fill it in) found on
their first read, each in our own words. None of these is done: a closure that refuses the recommendation, one made
nationally or by giving the work to another unit, a force that only says it has considered the recommendation, a next
step named after what was done, a part still 'TBC', a group or a first session still to come in a later month, a fix
still expected, something in place but little used; a panel or an auditor not persuaded, an audit that found the
practice missed, training only offered, a need still unmet, teams still to move across."""
from __future__ import annotations

import pytest

from etl.normalise.position import read_position
from etl.vocabulary import DONE
from tests.fixtures import MAR_25, MAR_26, SEP_25
from tests.fixtures import inferred_status as _status


@pytest.mark.parametrize("cell, words, as_of", [
    ("Closed", "The recommendation was not accepted by the force's Chief Officer Group.", MAR_26),
    ("Closed", "Not accepted in full: the force's position is that its public protection teams already meet the "
               "intent. Reviewed by the ACC.", MAR_25),
    ("Closed", "Allocation of these crimes is now a matter for the new Safeguarding Command, which will write its own "
               "policy.", SEP_25),
    ("Green", "The force rates this green. The panel's working group met the advocacy service and was not persuaded that "
              "referrals happen in practice.", SEP_25),
    ("Complete", "Internal audit was unable to verify the reported position: the evidence was not supplied.", MAR_26),
    ("Complete", "Councillors challenged the force's assessment after hearing that breaches are not always recorded.",
     SEP_25),
    ("Complete", "A dip sample of 40 crimes found 9 where the screening questions had not been asked.", SEP_25),
    ("Complete", "Members were told the e-learning had been offered to all officers.", MAR_25),
    # (held out 80 and 81)
    ("Complete", "Open - see September update.", SEP_25),
    ("Closed", "The clinic was stood down. Cases are now heard at the MARAC.", SEP_25),
    ("Closed", "Closed – lead responsibility passed to the local authority as lead agency.", SEP_25),
    ("Complete", "Business case rejected by the commissioner; no further action.", SEP_25),
])
def test_a_done_column_beside_a_closure_that_is_not_the_work_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("We have built the problem profile and shared it with the community safety partnership. Next, we will add "
     "health data so the picture is complete.", SEP_25),
    ("The constabulary is satisfied that it has reviewed this recommendation and acted accordingly.", SEP_25),
    ("The action was closed nationally by the NPCC.", MAR_26),
    ("Survey wording agreed with the advocacy service; platform TBC.", MAR_25),
    ("Screening input for the control room complete; neighbourhood teams from Nov.", SEP_25),
    ("Review schedule agreed; first audit in May.", MAR_25),
    ("Interim marker in place. System fix expected with release 4.2.", MAR_26),
    ("The new field is live on the records system but take-up is low (38% of eligible crimes).", SEP_25),
    ("The Commissioner heard the course delivered with the advocacy service has reached the investigation teams, with "
     "neighbourhood officers booked onto the summer CPD days.", MAR_25),
    ("Two coordinators have been appointed; the force still needs funding for a third post in the east.", SEP_25),
    ("The referral route is live. Standard-risk cases will be added from October.", SEP_25),
    ("Data sharing agreement drafted and signed off by the force; discussions with the OPCC continuing.", SEP_25),
    ("The commissioner has extended the advocacy contract while the joint needs review is completed.", MAR_25),
    ("The revised risk policy has been published and is used by the safeguarding hub; response teams are due to "
     "switch over after their briefings.", MAR_25),
])
def test_words_that_leave_part_of_the_work_to_come_or_say_nothing_of_it_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


def test_a_share_whose_remainder_is_away_and_a_past_first_audit_still_bear_out_a_done(reference):
    # the rest of the cohort on long-term leave: everyone who can take the course has
    words = "94 per cent of officers have completed the e-learning; the rest are on long-term leave."
    assert read_position("Action complete", words, reference, MAR_25).status in DONE
    assert read_position("Action complete", "94 per cent of officers have completed the e-learning; the rest "
                         "will be trained in May.", reference, MAR_25).status not in DONE
    # a first audit in a month that has passed, with what it found, and a refresher later, are the routine after it
    assert _status("Training complete; the first audit in January found full compliance.", SEP_25) in DONE
    assert _status("Screening training complete for all staff; refresher from Oct.", SEP_25) in DONE
    # an offer of referral to every victim is the practice the item asks for, not training merely offered
    assert read_position("Complete", "Referral to the advocacy service is offered to all stalking victims at first "
                         "contact.", reference, MAR_25).status in DONE


def test_a_dedicated_stalking_only_meeting_is_no_part_done(reference):
    # 'only' limits a done ('complete for the north only'); 'stalking-only' names a meeting of its own
    assert read_position("Complete", "A stalking-only partner meeting has run every month since June.", reference,
                         SEP_25).status in DONE
    assert read_position("Complete", "Complete for the north only.", reference, SEP_25).status not in DONE
