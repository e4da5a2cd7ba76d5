"""Families held-out status sets 98 (recommendations 14 to 18 in depth), 99 (recommendations 20 to 28 in depth) and 100
(realistic, a fourteenth author) and the fifty-third blind shape set (an eighth realistic sample) found on their first
read, each in our own words. First runs: 98 at 91.2% (10 false done of 114), 99 at 90.1% (12 of 121), 100 at 89.7%
(16 of 155); the fifty-third set 8 of 10 files exact, statuses 86 right of 89 given, one false done (a rating written at
the end of an entry's own words, 'BRAG: Amber', left unread, so the words alone read 'published' as done).

None of these is done: another body leading the work; a practice 'not always' followed; the share of cases a practice
was recorded in, well short of whole; a purchase finished or a thing ordered, not yet in use; a public page approved,
not yet published; a plan 'currently unavailable'; a pointer to a section of a wider plan; a condition on a post being
funded; a pilot extended while its evaluation is finished; a lead made aware of the recommendation; 'Discussed at the
board - agreed.'; a provider chased 'until delivered'; the remaining parts still to be answered; a part that goes live
with a system still to come; a change tried in one area as a test. Guards: a tender closed with a contract awarded and
the service started, training content signed off, a course the system requires 'until it is done', a stop-gap no
longer needed because the work went live, risk 'assessed as standard', a briefing given across all of a force's
divisions keep their done."""
from __future__ import annotations

import docx
import pytest

from etl.normalise.position import read_position
from etl.normalise.text import says_something
from etl.vocabulary import DONE
from tests.fixtures import MAR_25, MAR_26, NOV_24, SEP_25, assert_blind_set_reads
from tests.fixtures import inferred_status as _status
from tests.fixtures import read_plan as read


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "The PCC is leading on the commissioning review.", MAR_25),
    ("Green", "Officers do not always record the answers to the screening questions.", SEP_25),
    ("Complete", "The referral offer was recorded in 58% of the crimes we sampled in February.", MAR_25),
    ("Complete", "Tracking-device detectors: procurement complete.", MAR_25),
    ("Complete", "The new web page on staying safe online was approved by the Chief Officer Group.", MAR_25),
    ("Complete", "The published plan is temporarily offline while the force website is rebuilt.", SEP_25),
    ("Green", "See the force VAWG Delivery Plan, priority 3.", MAR_26),
    ("Complete*", "*Subject to the analyst post being funded in the next budget round.", MAR_25),
    ("Complete", "Leaflets reprinted; the text-message link is to go live with the new SMS platform.", MAR_25),
    ("Complete", "A response covering recommendations 7 to 14 was sent; the remaining recommendations will be answered "
                 "by the end of the month.", NOV_24),
])
def test_a_done_column_beside_words_that_do_not_show_the_work_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("The pilot runs on to June while its evaluation is finished.", SEP_25),
    ("The lead officer has been made aware of this recommendation.", NOV_24),
    ("Raised at the Public Protection Board - agreed.", MAR_25),
    ("Force has requested the supplier enable the stalking flag. ACTION: Registrar to chase the supplier monthly untill "
     "delivered.", NOV_24),
    ("A victim impact question has been added to the case file form, which goes live with the new file system in "
     "December.", SEP_25),
    ("The stalking flag has been added to the perpetrator panel's criteria in one local policing area as a test.", MAR_25),
])
def test_words_alone_that_do_not_show_the_work_done_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


@pytest.mark.parametrize("cell, words, as_of", [
    ("Completed", "Tender closed in June, the contract was awarded in July and the service started in September.", SEP_25),
    ("Signed off", "Course content mapped to the national curriculum and signed off by the training manager.", MAR_25),
    ("G", "Every officer must pass the module, and the learning system blocks other courses until it is done.", MAR_25),
    ("complete", "The crime system prompt went live in January and intelligence reports are no longer needed.", MAR_25),
    ("Action complete", "Allocation policy revised so cases default to CID unless risk is graded as standard.", NOV_24),
    ("Action complete", "Briefing given to 280 sergeants across all four divisions.", MAR_25),
])
def test_a_done_column_beside_words_that_bear_it_out_keeps_its_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE


def test_carried_forward_words_in_more_forms_are_no_round():
    for words in ("No further update – see initial response.", "No change since last entry",
                  "UPDATE SEP-25: No further update.", "No change since November."):
        assert not says_something(words), words
    assert says_something("UPDATE MAR-25: Referral numbers doubled in the quarter.")


def _rounds(updates, item):
    return [(u.round, u.status) for u in updates if u.item_id == item]


def test_a_rating_at_the_end_of_an_entrys_own_words_is_that_entrys_status(tmp_path, normaliser):
    # a narrative plan: each dated entry ends with its own rating on the same line, by the page's key
    document = docx.Document()
    document.add_paragraph("Devon and Cornwall Police: stalking action plan")
    for line in ("Key: Blue – closed, business as usual; Green – complete; Amber – in progress; Red – not started",
                 "20.3 – Clear online safety advice is available to officers and staff.",
                 "November 2024: Waiting for the national guidance before writing our own advice. BRAG: Red",
                 "March 2025: A first version of the advice was published on the intranet in February. BRAG: Amber",
                 "September 2025: The advice now reflects the new national section on online stalking. BRAG: Green"):
        document.add_paragraph(line)
    path = tmp_path / "devon-and-cornwall-police-stalking-plan.docx"
    document.save(path)
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "20.3") == [("November 2024", "not_started"), ("March 2025", "in_progress"),
                                        ("September 2025", "complete")]
    assert not [u for u in updates if "BRAG" in u.update_text]


def test_a_status_cell_dated_line_by_line_gives_each_round_its_own_status(tmp_path, normaliser):
    # one form per sub-item; the update box holds 'UPDATE <month>:' paragraphs and the status box one dated line each
    document = docx.Document()
    document.add_paragraph("Kent Police: stalking action plan")
    form = document.add_table(rows=0, cols=2)
    for label, value in (("Recommendation:", "13.1"),
                         ("Evidence requirements of progress:", "Local training and guidance on protection orders."),
                         ("Force update:", "A briefing for supervisors is being written.\nUPDATE March 2025: The briefing "
                                           "was given to supervisors on every shift.\nUPDATE March 2026: Order content "
                                           "is now part of the promotion course."),
                         ("Date:", "Nov-24\nMar-25\nMar-26"),
                         ("Status:", "Nov-24 – Action ongoing\nMar-25 – Action complete\nMar-26 – Business as usual")):
        cells = form.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "kent-police-stalking-plan.docx"
    document.save(path)
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "13.1") == [("November 2024", "in_progress"), ("March 2025", "complete"),
                                        ("March 2026", "bau")]
    assert [u.status_raw for u in updates if u.item_id == "13.1"] == ["Action ongoing", "Action complete",
                                                                       "Business as usual"]


def test_a_cell_with_one_dated_round_is_that_months_where_other_cells_hold_more(tmp_path, normaliser):
    # every update cell opens its rounds with their months; one cell holds only November's, and the page was saved
    # a year later
    rows = [("25.1", "<p>November 2024: A joint perpetrator panel is being scoped.</p><p>March 2025: The panel met "
                     "twice.</p>", "In progress"),
            ("25.2", "<p>November 2024: We will look at a regional approach with neighbouring forces.</p>", "Not started")]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    page = ("<html><head><title>Gloucestershire Constabulary stalking action plan</title></head><body>"
            "<p>Page updated March 2026</p><table><tr><th>Number</th><th>Force update</th><th>Status</th></tr>"
            f"{table}</table></body></html>")
    path = tmp_path / "gloucestershire-constabulary-stalking-plan.html"
    path.write_text(page, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "25.2") == [("November 2024", "not_started")]
    assert [u.round for u in updates if u.item_id == "25.1"] == ["November 2024", "March 2025"]


def test_the_fifty_third_blind_set_reads_and_gives_no_false_done():
    assert_blind_set_reads("shapes_fiftythird", [
        "bedfordshire_police_stalking_action_plan_tracker_sep2025.xlsx",
        "kent_police_stalking_action_plan_update_march2026.docx",
        "thames_valley_police_stalking_super_complaint_action_plan_march2025.pdf",
        "devon_and_cornwall_police_stalking_action_plan_sept2025.pdf",
        "gloucestershire_constabulary_stalking_action_plan_page_saved_2026-03.html",
        "lancashire_constabulary_stalking_action_tracker_export_2026-03-31.csv",
        "north_wales_police_cynllun_gweithredu_stelcio_stalking_action_plan_mar2025.docx",
        "west_mercia_police_stalking_action_plan_sep2025.txt",
        "south_yorkshire_police_stalking_recommendations_tracker_v4.xlsx",
        "cambridgeshire_constabulary_news_stalking_action_plan_nov2024.html"])


# held out 101 (realistic, a fifteenth author) and 102 (the unsure who do not say so) on their first read: 89.8% and
# 88.3% (14 false done of 137, 13 of 111). None of these is done: a course made available with nothing of its take-up;
# a one-off audit whose findings will shape the regular programme; a step that starts next month; a compliance figure
# with an action plan that continues; words about domestic abuse services alone; stalking cases heard at the domestic
# abuse conference, said alone; a routine said in one short sentence; words that say feedback is valued, or that the
# force is strong at something; an outcome among victims moved; a draft due for sign-off; a change that takes effect
# once posts are filled; other areas that follow later; a further count; a commissioning group set up.
@pytest.mark.parametrize("cell, words, as_of", [
    ("Green", "The refreshed e-learning module went live on the learning platform in January.", MAR_25),
    ("Complete", "A one-off audit of 40 crimes was completed in February; its findings will shape a quarterly audit "
                 "programme.", MAR_25),
    ("Complete", "Order monitoring agreed with the IOM team. Enforcement training for response officers starts next "
                 "month.", SEP_25),
    ("Green", "Victims' Code audit: 91% compliance. Action plan continues.", SEP_25),
    ("Complete", "IDVA referrals are offered to every high-risk domestic abuse victim.", MAR_25),
    ("Complete", "Stalking cases are heard at the MARAC.", MAR_25),
    ("Green", "Reviews are undertaken.", MAR_25),
    ("Green", "The allocation policy is reviewed regularly.", SEP_25),
    ("Green", "Victim feedback is highly valued.", NOV_24),
    ("Green", "We have a robust safeguarding approach.", MAR_25),
    ("Green", "Repeat victimisation has fallen by a fifth.", SEP_25),
    ("Complete", "The problem profile is drafted and due for sign-off at Strategic Tasking.", MAR_25),
    ("Complete", "Allocation policy updated; it takes effect once the new investigator posts are filled.", MAR_25),
    ("Green", "Delivered in the Northern and Eastern areas; the Western area follows in Q2.", SEP_25),
])
def test_a_done_column_beside_words_that_leave_the_ask_unshown_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("A further 60 supervisors were briefed this month.", SEP_25),
    ("Training finished for response teams in Q3; neighbourhood teams follow in Q1 2026/27.", MAR_26),
    ("A joint commissioning group has been set up with the PCC and the two unitary councils and has met twice.",
     MAR_25),
])
def test_words_alone_that_leave_the_ask_unshown_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE


@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "The e-learning is mandatory for all officers; completion stands at 100% of the target cohort.", MAR_25),
    ("Complete", "Stalking cases are heard at the MARAC, which partners agreed to extend to non-domestic stalking instead "
                 "of a separate panel.", MAR_25),
    ("Complete", "Training is reviewed annually and was delivered to all officers in 2024.", MAR_25),
    ("Closed", "The interim arrangement was stood down once the new crime system function went live.", MAR_25),
])
def test_a_done_column_beside_words_that_show_the_ask_keeps_its_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status in DONE


# held out 103 (realistic, a sixteenth author) on its first read, the session's last: 90.7% (12 false done of 129). None
# of these is done: a part that goes live on a later month written in figures; a recommendation 'noted' under a date; a
# thing that can be done only from the next quarter; a pointer to an attached document; a pointer to others' returns.
@pytest.mark.parametrize("cell, words, as_of", [
    ("Complete", "Advocacy ref pathway live N + E Div. S Div go-live 05/26.", MAR_26),
    ("Closed", "30/11/2024 - Recommendation noted.", NOV_24),
    ("Delivered", "See district returns.", SEP_25),
])
def test_a_done_column_beside_a_later_part_a_note_or_a_pointer_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in DONE


@pytest.mark.parametrize("words, as_of", [
    ("A data-sharing agreement with the provider has been signed, which means outcomes can be monitored from the "
     "next quarter.", MAR_25),
    ("Please see the attached report for details of the audit completed.", SEP_25),
])
def test_words_alone_that_put_the_work_later_or_elsewhere_are_not_done(words, as_of):
    assert _status(words, as_of) not in DONE
