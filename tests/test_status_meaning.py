"""Issue 19 part 1: status cells and update words read by meaning, as a careful person reads them."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.evaluate import CELL_SETS, EVALUATION_DIR, cell_set, done_scores
from etl.extract import extract
from etl.normalise.infer import infer_status
from etl.normalise.position import read_position
from etl.normalise.status import classify_status
from tests.fixtures import write_html

MARCH_2025 = dt.date(2025, 3, 1)

# the issue's own examples: none is done; the plain ones are in progress, the rest unknown with a doubt
NEVER_DONE = {
    "negation": ["Cannot be completed", "Can't complete until the new system", "Won't be completed this year",
                 "Unable to complete", "Completed - no", "Achieved: N", "Complete: N", "Complete (not)",
                 "No longer complete"],
    "future": ["Complete by April 2027", "Completed on 1 April 2027", "Implemented from April 2027", "100% (target)",
               "Complete (Q3 2027)", "Complete subject to sign-off", "Complete - sign-off awaited"],
    "reversal": ["Was complete, now reopened", "Closed - reopened", "Done - but reopened after review"],
    "two statuses": ["Complete/In progress", "COMPLETE – NOT STARTED", "Red - complete", "Green (in progress)"],
    "percentage against the word": ["Complete (0%)", "Complete 50%", "100% of staff trained; plan 20% done"],
}
PLAINLY_IN_PROGRESS = ["Met in part", "0 of 5 actions complete", "25 percent complete", "Complete for 3 of 12 districts",
                       "Complete except for training", "Complete in the North; the South has not begun",
                       "Complete (partially)", "99.5%", "Previously complete, now in progress", "Half done"]
STILL_DONE = {"Action Complete": "complete", "Complete - BAU": "bau", "Complete - no further action required": "complete",
              "Completed December 2024": "complete", "Green": "complete", "Blue": "bau", "Complete: Y": "complete",
              "5 of 5 actions complete": "complete", "100% complete": "complete", "Closed – routine practice": "bau",
              "Complete. Will be reviewed annually": "complete", "Completed 14/02/2025": "complete"}


@pytest.mark.parametrize("raw", [r for group in NEVER_DONE.values() for r in group])
def test_a_weakened_or_contradicted_done_is_unknown_with_a_doubt_quoting_the_cell(reference, raw):
    reading = classify_status(raw, reference, MARCH_2025)
    assert reading.status == "unknown"
    assert raw[:30] in reading.doubt and "stored as unknown" in reading.doubt


@pytest.mark.parametrize("raw", PLAINLY_IN_PROGRESS)
def test_words_that_say_plainly_how_far_it_got_are_in_progress(reference, raw):
    assert classify_status(raw, reference, MARCH_2025).status == "in_progress"


@pytest.mark.parametrize("raw, status", STILL_DONE.items())
def test_plain_done_cells_stay_done(reference, raw, status):
    reading = classify_status(raw, reference, MARCH_2025)
    assert (reading.status, reading.doubt) == (status, "")


def test_a_completion_date_is_read_against_the_round_it_belongs_to(reference):
    assert classify_status("Completed on 1 April 2027", reference, dt.date(2027, 6, 1)).status == "complete"
    assert classify_status("Completed on 1 April 2027", reference, dt.date(2027, 3, 1)).status == "unknown"
    # a round named for March covers work finished later in March
    assert classify_status("Completed 20 March 2025", reference, dt.date(2025, 3, 1)).status == "complete"


def test_quantities_give_the_progress_figure(reference):
    reading = classify_status("Complete for 3 of 12 districts", reference, MARCH_2025)
    assert (reading.status, reading.progress_pct) == ("in_progress", 25.0)
    assert classify_status("0% complete", reference).status == "not_started"
    assert classify_status("7 of 5 actions complete", reference).status == "unknown"


@pytest.mark.parametrize("text", [
    "All new officers complete the College stalking e-learning.",
    "We regularly complete audits of stalking crimes.",
    "Long-term solution remains embedded with wider system changes and the timeframe for delivery cannot be confirmed.",
    "Stalking awareness is embedded in the culture of the force.",
    "The action cannot be completed until the new system arrives.",
    "The work was signed off; however the board has asked for it to be redone.",
    "Included classifications were switched on in February, although the search function is not working yet.",
    "Some of the actions are complete; others are still being worked through.",
])
def test_a_verb_or_a_weakened_phrase_in_update_words_is_not_done(text):
    inferred = infer_status(text)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


def test_the_text_reader_still_reads_plain_news_of_finished_work():
    assert infer_status("The revised stalking policy was approved by the chief constable in April.").status == "complete"
    assert infer_status("UPDATE Nov 2024: scoping under way. UPDATE March 2025: problem profile finished and signed "
                        "off.").status == "complete"
    assert infer_status("Dip sampling of stalking crime is routine practice and this action is closed.").status == "bau"
    # an earlier state named and then left behind: the newest clause is the state now
    assert infer_status("Previously kept under review; now completed.").status == "complete"
    assert infer_status("Previously complete, now in progress.").status == "in_progress"


@pytest.mark.parametrize("cell, words", [
    ("Action complete", "Work on this has not yet started."),
    ("Complete.", "We will deliver an input to investigators at the next CPD day."),
    ("Closed 03/25", "Reopened following the inspection."),
    ("Completed in full", "Interim instructions have been issued; the permanent system fix is outstanding."),
    ("Not started", "A draft policy has been written and is out for consultation."),
])
def test_a_status_column_against_its_own_words_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and cell.strip(". ") in position.conflict


def test_a_done_column_beside_words_of_finished_work_stays_done(reference):
    position = read_position("Complete", "The policy was published in February and briefed to all sergeants.",
                             reference, MARCH_2025)
    assert (position.status, position.conflict) == ("complete", "")


def test_the_build_writes_doubtful_status_and_status_conflict_issues(tmp_path, normaliser):
    head = ["Rec No", "Sub-rec", "Force update", "Date", "Status"]
    rows = [["7", "7.1", "The system change is live.", "Mar-25", "Complete by April 2027"],
            ["", "7.2", "Work on interim measures has not yet started.", "Mar-25", "Complete"],
            ["10", "10.1", "Training was delivered to every team.", "Mar-25", "Complete"]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    statuses = {u.item_id: u.status for u in updates}
    assert statuses == {"7.1": "unknown", "7.2": "unknown", "10.1": "complete"}
    by_code = {i.code: i for i in issues if i.code in ("doubtful_status", "status_conflict")}
    assert "Complete by April 2027" in by_code["doubtful_status"].message and "7.1" in by_code["doubtful_status"].message
    assert "has not yet started" in by_code["status_conflict"].message and "7.2" in by_code["status_conflict"].message


def test_the_pages_own_key_outranks_the_default_colours(tmp_path, normaliser):
    head = ["Rec No", "Sub-rec", "Force update", "RAG"]
    rows = [["7", "7.1", "Searches work.", "Blue"], ["", "7.2", "Logs are used.", "Green"],
            ["10", "10.1", "Being written.", "Purple"]]
    key = "<p>RAG key: Blue = closed, now business as usual; Green = on track; Red = not started</p>"
    path = write_html(tmp_path / "kent.html", rows, head, extra=key)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    statuses = {u.item_id: u.status for u in updates}
    # Green means on track on this page; purple has no key and no default: unknown, never guessed
    assert statuses == {"7.1": "bau", "7.2": "in_progress", "10.1": "unknown"}
    assert any(i.code == "page_key" and "Green = in_progress" in i.message for i in issues)


def test_without_a_key_a_blue_fill_is_no_status():
    from etl.extract.colour import fill_text

    assert fill_text("", "0070C0") == "Blue (cell colour)"  # named, so a key can define it
    from etl.normalise.status import classify_status as read
    from etl.reference import load_reference

    assert read("Blue (cell colour)", load_reference()).status == "unknown"
    assert read("Green (cell colour)", load_reference()).status == "complete"


@pytest.mark.parametrize("name", list(CELL_SETS))
def test_no_false_done_on_the_labelled_status_sets(name):
    if not (EVALUATION_DIR / CELL_SETS[name]).exists():
        pytest.skip("set not written")
    truth, predicted = cell_set(CELL_SETS[name])
    scores = done_scores(truth, predicted)
    assert scores["cases"] >= 150
    assert scores["false_done"] == 0, scores  # a false done is the costliest error
    # recall floors guard against a rule that buys precision with abstentions; held out 10 (ten authors' voices:
    # fragments, capitals, bullets, logs, Welsh) is read at 61% and held there until its misses are worked through
    assert scores["done_recall"] >= RECALL_FLOOR.get(name, 0.8), scores


RECALL_FLOOR = {"status cells (held out 10, read after its first run)": 0.6,
                "status cells (held out 11, read after its first run)": 0.75,  # first run 77.5%
                "status cells (held out 13, read after its first run)": 0.75,  # first run 78.8%
                "status cells (held out 15, read after its first run)": 0.65,  # first run 69.5%
                "status cells (held out 20, read after its first run)": 0.65,  # first run 60.3%, now 70.1%
                "status cells (held out 23, read after its first run)": 0.65,  # first run 70.4%
                "status cells (held out 24, read after its first run)": 0.6,  # first run 60.7%, now 62.5%
                "status cells (held out 25, read after its first run)": 0.55,  # first run 57.0%, now 59.9%
                "status cells (held out 26, read after its first run)": 0.55,  # first run 59.6%
                "status cells (held out 27, read after its first run)": 0.75,  # first run 79.0%
                "status cells (held out 28, read after its first run)": 0.65,  # first run 68.3%
                "status cells (held out 29, read after its first run)": 0.55,  # first run 57.8%
                "status cells (held out 30, read after its first run)": 0.65,  # first run 70.8%
                "status cells (held out 31, read after its first run)": 0.8,  # first run 75.3%, now 85.7%
                "status cells (held out 32, read after its first run)": 0.72,  # first run 74.5%, now 76.5%
                "status cells (held out 33, read after its first run)": 0.78,  # first run 80.4%
                "status cells (held out 34, read after its first run)": 0.65,  # first run 67.9%
                "status cells (held out 36, read after its first run)": 0.63,  # first run 66.1%, now 67.6%
                "status cells (held out 37, read after its first run)": 0.7,  # first run 72.9%, now 74.3%
                "status cells (held out 38, read after its first run)": 0.7,  # first run 72.2%
                "status cells (held out 39, read after its first run)": 0.63,  # first run 65.6%, now 66.7%
                "status cells (held out 40, read after its first run)": 0.48,  # first run 51.3%: long updates
                "status cells (held out 41, read after its first run)": 0.82,  # first run 85.5%
                "status cells (held out 42, read after its first run)": 0.53,  # first run 55.8%: first-round answers
                "status cells (held out 43, read after its first run)": 0.58,  # first run 61.8%
                "status cells (held out 44, read after its first run)": 0.84,  # first run 86.9%: cells alone
                "status cells (held out 45, read after its first run)": 0.73,  # first run 76.0%: assurance
                "status cells (held out 48, read after its first run)": 0.71,  # first run 74.1%: short updates
                "status cells (held out 51, read after its first run)": 0.75,  # first run 78.3%: words for the public
                "status cells (held out 52, read after its first run)": 0.77,  # first run 79.6%: results
                "status cells (held out 53, read after its first run)": 0.69,  # first run 71.7%: extraction noise
                "status cells (held out 62, read after its first run)": 0.75,  # first run 77.3%: house styles
                "status cells (held out 63, read after its first run)": 0.70,  # first run 72.0%: last rounds
                "status cells (held out 64, read after its first run)": 0.74,  # first run 76.8%: thirty voices
                "status cells (held out 65, read after its first run)": 0.80,  # first run 83.3%: tracker cells
                "status cells (held out 67, read after its first run)": 0.70,  # first run 71.8%: by recommendation
                "status cells (held out 69, read after its first run)": 0.69,  # first run 71.3%: spreadsheet trackers
                "status cells (held out 70, read after its first run)": 0.68,  # first run 70.1%: evidence and numbers
                "status cells (held out 71, read after its first run)": 0.72,  # first run 74.0%: the first round
                "status cells (held out 75, read after its first run)": 0.65,  # first run 67.1%: long updates
                "status cells (held out 77, read after its first run)": 0.71,  # first run 73.3%: others' words
                "status cells (held out 78, read after its first run)": 0.59,  # first run 61.5%: terse trackers
                "status cells (held out 80, read after its first run)": 0.67,  # first run 69.7%: seventh author
                "status cells (held out 81, read after its first run)": 0.72,  # first run 74.1%: with partners
                "status cells (held out 76, read after its first run)": 0.69,  # first run 71.1%: later rounds
                "status cells (held out 82, read after its first run)": 0.76,  # first run 78.5%: eighth author
                "status cells (held out 83, read after its first run)": 0.69,  # first run 71.7%: trackers
                "status cells (held out 85, read after its first run)": 0.71,  # first run 73.1%: ninth author
                "status cells (held out 86, read after its first run)": 0.69,  # first run 71.3%: the first round
                "status cells (held out 87, read after its first run)": 0.75,  # first run 77.2%: closing
                "status cells (held out 88, read after its first run)": 0.75,  # first run 77.6%: tenth author
                "status cells (held out 89, read after its first run)": 0.76,  # first run 78.3%: out of step
                "status cells (held out 84, read after its first run)": 0.65,  # first run 67.1%: numbers
                "status cells (held out 90, read after its first run)": 0.74,  # first run 75.9%: eleventh author
                "status cells (held out 91, read after its first run)": 0.76,  # first run 78.2%: 14, 18, 20, 25
                "status cells (held out 92, read after its first run)": 0.68,  # first run 69.9%: twelfth author
                "status cells (held out 93, read after its first run)": 0.69,  # first run 70.7%: hedges, sign-off
                "status cells (held out 94, read after its first run)": 0.65,  # first run 66.5%: a year on
                "status cells (held out 96, read after its first run)": 0.68,  # first run 69.9%: thirteenth author
                "status cells (held out 98, recommendations 14 to 18)": 0.68,  # first run 68.4%, now 70.3%
                "status cells (held out 99, recommendations 20 to 28)": 0.65,  # first run 66.9%, now 67.7%
                "status cells (held out 100, read after its first run)": 0.67,  # first run 68.1%: fourteenth author
                "status cells (held out 101, read after its first run)": 0.7,  # first run 71.1%, now 72.2%
                "status cells (held out 102, hedges unsaid)": 0.67,  # first run 67.1%, now 69.1%
                "status cells (held out 103, read after its first run)": 0.71,  # first run 72.2%, now 73.4%
                "status cells (held out 104, read after its first run)": 0.69,  # first run 71.4%: seventeenth author
                "status cells (held out 105, settled by the words)": 0.75,  # first run 77.4%, now 77.9%
                "status cells (held out 106, recommendations 7 to 13)": 0.69,  # first run 70.1%, now 71.6%
                "status cells (held out 107, read after its first run)": 0.77,  # first run 79.4%: nineteenth author
                "status cells (held out 108, words with no status column)": 0.62,  # first run 64.4%: words alone
                "status cells (held out 109, read after its first run)": 0.72,  # first run 74.2%: twentieth author
                "status cells (held out 110, recommendations 14 to 28)": 0.65,  # first run 67.1%
                "status cells (held out 111, terse tracker cells)": 0.71,  # first run 72.8%
                "status cells (held out 112, read after its first run)": 0.64,  # first run 66.5%: 21st author
                "status cells (held out 113, the later rounds)": 0.52,  # first run 54.5%
                "status cells (held out 114, read after its first run)": 0.60,  # first run 62.4%: 22nd author
                "status cells (held out 115, recommendations 7 to 12)": 0.58,  # first run 60.5%
                "status cells (held out 116, read after its first run)": 0.62,  # now 64.6%: 23rd author
                "status cells (held out 117, recommendations 13 to 20)": 0.68,  # now 70.6%
                "status cells (held out 118, the force's own status words)": 0.72,  # now 74.5%
                "status cells (held out 119, read after its first run)": 0.57,  # now 60.1%: 24th author
                "status cells (held out 120, recommendations 22 to 28)": 0.66,  # now 68.8%
                "status cells (held out 122, update sentences alone)": 0.46,  # now 48.5%
                "status cells (held out 123, a twenty-sixth author)": 0.62,  # now 64.8%
                "status cells (held out 124, recommendations 7 to 12)": 0.64,  # now 67.3%
                "status cells (held out 125, mixed status cells)": 0.74,  # now 77.1%
                "status cells (held out 126, the later rounds)": 0.65,  # now 67.5%
                "status cells (held out 127, a twenty-seventh author)": 0.71,  # now 73.6%
                "status cells (held out 128, recommendations 14 to 18)": 0.74,  # now 76.7%
                "status cells (held out 129, a twenty-eighth author)": 0.58,  # now 60.6%
                "status cells (held out 131, a twenty-ninth author)": 0.59,  # now 61.5%
                "status cells (held out 133, a small rural force)": 0.52,  # now 55.0%
                "status cells (held out 135, forty house styles)": 0.71,  # now 74.2%
                "status cells (held out 136, after an inspection)": 0.66,  # now 69.2%
                "status cells (held out 137, a change programme)": 0.60,  # now 63.0%
                "status cells (held out 138, pointing elsewhere)": 0.60,  # now 63.1%
                "status cells (held out 139, informal managers)": 0.42,  # now 45.3%
                "status cells (held out 141, a dashboard of figures)": 0.47,  # now 50.6%
                "status cells (held out 66, round by round)": 0.77,  # first run 79.7%, now 79.7%
                "status cells (held out 95, short status cells)": 0.76}  # first run 75.8%, now 78.3%


def test_a_title_naming_another_force_than_the_file_is_a_force_conflict(tmp_path, normaliser):
    path = tmp_path / "surrey-police-stalking-action-plan.html"
    path.write_text("<html><head><title>Sussex Police: stalking action plan</title></head><body>"
                    "<h1>Sussex Police stalking action plan</h1><table><tr><th>Rec No</th><th>Sub-rec</th>"
                    "<th>Force update</th><th>Status</th></tr><tr><td>7</td><td>7.1</td><td>Done.</td>"
                    "<td>Complete</td></tr></table></body></html>", encoding="utf-8")
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    assert (force_id, updates) == (None, [])
    conflict = next(i for i in issues if i.code == "force_conflict")
    assert "Surrey Police" in conflict.message and "Sussex Police" in conflict.message and "title" in conflict.message


def test_a_key_table_of_fills_defines_the_fill_colours_of_a_spreadsheet(tmp_path, normaliser):
    import openpyxl
    from openpyxl.styles import PatternFill

    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Plan"
    for row in (["Ref", "Recommendation", "Update", "Status"],
                ["7.1", "Use the classifications", "Searches now find them.", ""],
                ["7.2", "Interim measures", "Logs flag stalking.", ""],
                ["10.1", "Training", "Training content.", ""]):
        plan.append(row)
    fills = {"7.1": "0070C0", "7.2": "00B050", "10.1": "7030A0"}  # blue, green, purple
    for n, item in enumerate(("7.1", "7.2", "10.1"), start=2):
        plan.cell(n, 4).fill = PatternFill("solid", fgColor=fills[item])
    key = book.create_sheet("Key")
    key.append(["Colour", "Meaning"])
    for colour, meaning in (("0070C0", "Closed - business as usual"), ("00B050", "On track"), ("FF0000", "Not started")):
        key.append(["", meaning])
        key.cell(key.max_row, 1).fill = PatternFill("solid", fgColor=colour)
    path = tmp_path / "kent.xlsx"
    book.save(path)
    _, _, updates, issues = normaliser.normalise(extract(path), path.name)
    # the key's meanings, not the defaults (a green fill is 'on track' here); purple is in no key: unknown, beside words that
    # say nothing of progress ('Being written.' would say in progress)
    assert {u.item_id: u.status for u in updates} == {"7.1": "bau", "7.2": "in_progress", "10.1": "unknown"}
    assert any(i.code == "page_key" for i in issues)


@pytest.mark.parametrize("cell, words", [
    ("Complete", "The new form went live on 3 February 2025."),
    ("Not started", "A review is planned for the summer."),
    ("Not started", "No audit has begun."),
    ("Complete", "The policy was published in February; it will be reviewed annually."),
])
def test_a_status_column_beside_words_that_agree_is_no_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.conflict == "" and position.status == classify_status(cell, reference).status


# held-out sets 7 and 8 (first runs 87.9% and 84.1%): the families their misses belonged to, in our own words
@pytest.mark.parametrize("raw", ["Done ✗", "❌ Completed", "☐ Implemented", "Achieved – 2/9",
                                 "Complete, now under review by the Crime Registrar", "Closed – to confirm with the lead",
                                 "Previously recorded as complete"])
def test_crosses_open_boxes_short_counts_and_questioned_dones_are_not_done(reference, raw):
    reading = classify_status(raw, reference, MARCH_2025)
    assert reading.status == "unknown" and "stored as unknown" in reading.doubt


@pytest.mark.parametrize("raw, status", [("✔", "complete"), ("Completed 11/03/2025", "complete"),
                                         ("Completed Q4 24/25", "complete"), ("Comp 01/25", "complete"),
                                         ("Complete. Kept under review by the VAWG board", "complete")])
def test_ticks_dates_and_financial_years_beside_a_done_stay_done(reference, raw, status):
    assert classify_status(raw, reference, dt.date(2025, 9, 30)).status == status


@pytest.mark.parametrize("text", [
    "The stalking clinic is complete in the East. The West hub is expected to go live in June.",
    "Phase one of the refresher was delivered to sergeants; the remaining cohorts are booked for the autumn.",
    "The dip sample was completed in April, found recording errors and is being repeated with a larger sample.",
    "Roll-out to the contact centre has been completed and is progressing in the control room.",
])
def test_a_done_with_a_step_still_to_come_is_in_progress(text):
    inferred = infer_status(text, as_of=dt.date(2025, 5, 31))
    assert inferred is not None and inferred.status == "in_progress", inferred


@pytest.mark.parametrize("text", [
    "Officers were given a stalking briefing in 2021.",  # history, before the recommendations
    "'Forces should make sure screening questions are asked' - accepted.",  # the recommendation accepted
    "Delivered for 10.1. 10.2 - see above.",  # two items' words, one pointing elsewhere
    "Initial contact has been made with the local advocacy service.",  # a first step, not the work done
])
def test_words_that_are_not_a_response_or_not_this_item_give_no_done(text):
    inferred = infer_status(text, as_of=dt.date(2025, 3, 31))
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


@pytest.mark.parametrize("text, status", [
    ("The e-learning became mandatory in 2023 and completion now stands at 100%.", "complete"),
    ("Delivered during the 2024 refresh and now routine practice.", "bau"),
    ("The pathway went live on 2 December 2024.", "complete"),
])
def test_an_old_date_beside_a_state_that_holds_now_is_still_done(text, status):
    assert infer_status(text, as_of=dt.date(2025, 3, 31)).status == status


@pytest.mark.parametrize("cell, words, why", [
    ("Complete", "Screening questions agreed. Go-live is expected in May.", "Go-live is expected"),
    ("Green", "Completed in two divisions; the third division to follow next quarter.", "to follow"),
    ("Complete", "The recommendation asks forces to review how stalking is recorded.", "what the recommendation asks"),
    ("Closed", "The course is compulsory for some teams in the control room.", "some teams"),
])
def test_a_done_column_beside_words_that_leave_work_to_come_is_a_conflict(reference, cell, words, why):
    position = read_position(cell, words, reference, dt.date(2025, 3, 31))
    assert position.status == "unknown" and why in position.conflict, position


# found by mutation testing (helper's report): cells made only of words that confirm a done were read as a tick
@pytest.mark.parametrize("raw, status", [("No further action required", "unknown"), ("Ongoing monitoring", "unknown"),
                                         ("No concerns", "unknown"), ("Annual review in May, not started", "not_started"),
                                         ("Next review in June, in progress", "in_progress"),
                                         ("✓ no further action", "complete"), ("✔️", "complete")])
def test_words_that_only_confirm_a_done_are_not_a_done_of_their_own(reference, raw, status):
    assert classify_status(raw, reference, MARCH_2025).status == status


@pytest.mark.parametrize("raw", ["100% complete except for training", "100% complete in the North; the South has not begun",
                                 "Complete - 2 of 0 actions"])
def test_a_full_figure_beside_work_left_or_a_count_of_nothing_is_doubtful(reference, raw):
    reading = classify_status(raw, reference, MARCH_2025)
    assert reading.status == "unknown" and reading.progress_pct is None and "stored as unknown" in reading.doubt


# held out 9 (first run: 9 false done of 129), fixed by family; the words below are our own
@pytest.mark.parametrize("cell, words, why", [
    ("Complete", "Recommendation agreed by the chief officers. A delivery plan is to be developed.", "to be developed"),
    ("Green", "Accepted. A first scoping meeting is to be arranged.", "to be arranged"),
    ("Closed", "The action is closed, though we are still waiting for the records system release.", "waiting for"),
    ("Complete", "A national product is promised; the force will adopt it when it is published.", "will adopt it when"),
    ("Complete", "Ar y gweill. Work is in progress to translate the leaflet; the English version is live.",
     "Work is in progress"),
])
def test_a_done_column_beside_a_step_still_to_take_is_a_conflict(reference, cell, words, why):
    position = read_position(cell, words, reference, dt.date(2025, 3, 31))
    assert position.status == "unknown" and why in position.conflict, position


@pytest.mark.parametrize("text", [
    "No further action is required at this stage; we will revisit the item once national guidance exists.",
    "This action is closed. We are still waiting for the system release, now expected in June 2026.",
    "Responsibility for this item has passed to the NPCC; the force will report against its new version.",
    "A victim survey was launched on 01/10/2025, and the first results will be available in January. Complete.",
])
def test_words_that_leave_a_step_to_take_or_report_a_later_day_are_not_done(text):
    inferred = infer_status(text, as_of=dt.date(2025, 9, 30))
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


def test_something_finished_on_a_day_after_its_round_is_a_conflict_beside_a_done_column(reference):
    words = "The training programme was completed 01/04/2026; all officers trained."
    position = read_position("Complete", words, reference, dt.date(2025, 9, 30))
    assert position.status == "unknown" and "01/04/2026" in position.conflict
    # the same words in the round they belong to, and a date that only says when a span ends, are done
    assert read_position("Complete", words, reference, dt.date(2026, 4, 30)).status == "complete"
    assert read_position("Complete", "The advocacy contract has been extended to March 2027.", reference,
                         dt.date(2025, 9, 30)).status == "complete"


@pytest.mark.parametrize("text, status", [
    ("The work is embedded and responsibility has passed to the Head of Public Protection as part of normal business.",
     "bau"),  # a handover inside the force is not a handover away
    ("The course, including online lines of enquiry, was delivered in full during November 2024.", "complete"),
    ("Screening began as a pilot in December 2024 and was adopted across the force in February 2025.", "complete"),
    ("A SPOC post was created and filled. Terms of reference were agreed and published to staff. Complete.", "complete"),
])
def test_plain_news_of_finished_work_is_not_mistaken_for_a_handover_a_reversal_a_part_or_a_step(text, status):
    assert infer_status(text, as_of=dt.date(2025, 3, 31)).status == status


@pytest.mark.parametrize("raw, status", [("In Progress → Complete", "complete"), ("Complete -> Not started", "not_started"),
                                         ("Was Amber, now Green", "complete"), ("Was complete, now reopened", "unknown"),
                                         ("Buisness as Usual", "bau")])
def test_a_cell_that_records_a_change_is_read_at_the_state_it_moved_to(reference, raw, status):
    assert classify_status(raw, reference, MARCH_2025).status == status


def test_the_words_shown_as_evidence_are_the_forces_own(reference):
    """Found by a colleague: the deciding phrase quoted the reader's rewritten copy ('has not' for "hasn't",
    'attend' for a routine 'complete'), words the force never wrote. Every inferred reading in the labelled sets
    now quotes words that stand in the text as written."""
    import pandas as pd

    position = read_position("", "We haven't started the audit yet.", reference, MARCH_2025)
    assert (position.status, position.evidence) == ("not_started", "haven't started")
    checked = 0
    for file in CELL_SETS.values():
        frame = pd.read_csv(EVALUATION_DIR / file, dtype=str, keep_default_na=False)
        for row in frame[frame.kind == "sentence"].itertuples():
            position = read_position("", row.text, reference, MARCH_2025)
            if position.source == "inferred":
                assert position.evidence and position.evidence in row.text, (position.evidence, row.text)
                checked += 1
    assert checked > 500


# held out 10 (first run: 17 false done of 94): families, in our own words
@pytest.mark.parametrize("cell, words, why", [
    ("Complete", "We have agreed to do this.", "agreed"),  # accepted, not done
    ("Complete", "Briefing to all control room staff on 12/06/2025.", "12/06/2025"),  # a later day than the round
    ("Green", "Dependent on the commissioning decision in April.", "Dependent on"),
    ("Complete", "• Input given to the detective course\n• Sergeants' input to be added", "to be added"),
    ("Green", "• Audit complete\n• Findings being implemented", "being implemented"),
    ("COMPLETE", "NEW CALL HANDLERS NOW TRAINED. EXISTING STAFF TO RECEIVE THE INPUT BY DECEMBER.", "STAFF TO RECEIVE"),
    ("Closed", "Mar 26: Closed. Sep 25: withdrawn - duplicates 14.3.", "duplicates 14.3"),
])
def test_a_done_column_beside_acceptance_a_later_day_a_dependency_or_a_step_to_come_is_a_conflict(reference, cell,
                                                                                               words, why):
    position = read_position(cell, words, reference, dt.date(2025, 3, 31))
    assert position.status == "unknown" and why in position.conflict, position


@pytest.mark.parametrize("text, as_of, status", [
    ("Nov 24: business as usual. Mar 25: reviewed; one change needed. Sep 25: change not yet made.",
     dt.date(2025, 9, 30), "in_progress"),  # a log in one text: its newest entry
    ("Sept 2025: Complete. March 2025: On track for completion by June. November 2024: Scoping.",
     dt.date(2025, 3, 31), "in_progress"),  # read for March 2025, the log ends at its March 2025 entry
    ("20/03/2026 – survey results reported each quarter to the board. 18/03/2025 – not yet started.",
     dt.date(2026, 3, 31), "bau"),
])
def test_a_dated_log_in_one_text_is_read_at_its_newest_entry_up_to_the_round(text, as_of, status):
    assert infer_status(text, as_of=as_of).status == status


@pytest.mark.parametrize("raw, status", [("Sep-25 Complete; Mar-25 In progress; Nov-24 Not started", "complete"),
                                         ("Nov-24 A / Mar-25 G", "complete"), ("• Green", "complete"),
                                         ("Closed – transferred to NPCC portfolio", "unknown"),
                                         ("Closed – national", "unknown")])
def test_a_status_cell_kept_as_a_log_or_a_list_and_a_closure_handed_away(reference, raw, status):
    assert classify_status(raw, reference, dt.date(2025, 9, 30)).status == status


def test_a_log_cell_read_for_an_earlier_round_stops_at_that_round(reference):
    assert classify_status("Sep-25 Complete; Mar-25 In progress", reference, dt.date(2025, 3, 31)).status == "in_progress"


def test_an_html_space_as_the_status_leaves_the_words_to_decide(reference):
    position = read_position("&nbsp;", "Mar 25: complete – guidance published 11/03/2025.", reference, MARCH_2025)
    assert (position.status, position.source) == ("complete", "inferred")


def test_the_templates_own_label_at_the_start_of_words_is_the_question_not_an_answer():
    # held out 11's one false done (first run 99.1% done precision): the template's label and the asked-for outcome
    assert infer_status("Evidence requirements of progress/completion: victim needs assessments are always "
                        "completed.") is None


# a status cell kept as a log: killed mutants of status._newest_entry (mutation run of this session)
@pytest.mark.parametrize("raw, status", [
    ("Nov 24 Not started; Mar 25 Complete", "complete"),  # 'Mar 25' is read as Mar-25
    ("Mar-26 Complete", "unknown"),  # one entry is no log: a completion after the round is a plan
    ("Nov-24 Not started; Mar-25 Complete;;;;", "complete"),  # a little punctuation outside the entries
    ("Nov-24 Not started; Mar-25 Complete;;;;;", "unknown"),  # more than that: not only a log, so read whole
    ("Mar-25 Complete; Mar-25 In progress", "unknown"),  # two entries of one month that differ
])
def test_a_log_cell_is_read_only_when_it_is_a_log_and_its_newest_entry_is_clear(reference, raw, status):
    assert classify_status(raw, reference, dt.date(2025, 3, 31)).status == status


# held out 12 (first run: 6 false done of 127, 2 of them bare 'Green' read against the default key), fixed by
# family; the words below are our own
@pytest.mark.parametrize("cell, words, why", [
    ("Complete", "Guidance written and approved. Training for the control room starts in June 2025.", "starts in June 2025"),
    ("Closed", "The package is signed off; it will be rolled out from 1 May 2025.", "from 1 May 2025"),
    ("Complete", "Devolved to the regional public protection hub.", "Devolved to the regional"),
    ("Done", "Passed to the region to lead. We have not yet received confirmation from them.", ""),
    ("Fully complete", "The audit is about two-thirds complete.", "two-thirds complete"),
])
def test_a_done_column_beside_a_later_start_a_handover_no_word_back_or_a_fraction_is_a_conflict(reference, cell,
                                                                                                 words, why):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and why in position.conflict, position


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Guidance written and approved. Training for the control room started in February 2025."),
    ("Complete", "The new process started on 3 March 2025 and every report since has been screened."),
    ("Complete", "Training began in January 2025 and all response officers have now attended."),
])
def test_a_start_on_or_before_the_round_leaves_a_done_column_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2025).status == "complete"


@pytest.mark.parametrize("text, status", [
    ("None of the six planned briefings has taken place yet.", "not_started"),
    ("None of the new call handlers have been trained.", "not_started"),
    ("The dip sample is roughly three-quarters complete.", "in_progress"),
    ("Training is a third of the way through.", "in_progress"),
])
def test_none_of_and_a_fraction_in_words_are_no_done(text, status):
    assert infer_status(text, as_of=MARCH_2025).status == status


# held out 13 (first run: 4 false done of 123, 2 of them bare 'Blue' against the documented default key), fixed by
# family; the words below are our own
@pytest.mark.parametrize("cell, words, why", [
    ("Action Complete", "A task and finish group will be set up to look at online stalking reports.", "will"),
    ("Complete", "We plan to brief every neighbourhood inspector in the new year.", "plan to"),
    ("Green", "Chief officers decided this needs further consideration and asked the board to look at it again.",
     "needs further consideration"),
])
def test_a_done_column_beside_words_of_only_a_plan_or_a_decision_still_to_come_is_a_conflict(reference, cell, words,
                                                                                                why):
    position = read_position(cell, words, reference, dt.date(2024, 11, 30))
    assert position.status == "unknown" and why in position.conflict, position


@pytest.mark.parametrize("cell, words", [
    ("Complete", "UPDATE Nov 24: we will appoint a coordinator. UPDATE Mar 25: the coordinator has been in post since "
                 "6 January."),
    ("Closed", "The board considered the tool in February and decided not to adopt it; officers will keep using our own "
               "screening questions."),
    ("Complete", "The new template is in use in every team. It will be reviewed annually."),
])
def test_a_plan_beside_what_was_done_or_a_review_cycle_leaves_a_done_column_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2025).status in ("complete", "bau")


# held-out set 14 (first run 95.3%: 6 false done of 127): the families it found, each in our own words
@pytest.mark.parametrize("raw", ["Completion date: 31/01/2025", "Done / IP", "Achieved / NS",
                                 "Complete – we believe so", "Closed; we think this is met"])
def test_a_date_to_finish_by_a_second_status_in_shorthand_or_a_belief_is_never_done(reference, raw):
    assert classify_status(raw, reference, dt.date(2025, 9, 30)).status == "unknown"


@pytest.mark.parametrize("raw, status", [("IP", "in_progress"), ("I/P", "in_progress"), ("NS", "not_started"),
                                         ("Closed - N/A", "not_applicable"), ("Nov-24: N/A Mar-25: N/A", "not_applicable"),
                                         ("Date completed: 12/02/2025", "complete")])
def test_shorthand_statuses_and_n_a_as_a_part_of_a_cell_are_read(reference, raw, status):
    assert classify_status(raw, reference, MARCH_2025).status == status


@pytest.mark.parametrize("raw, as_of, status", [
    ("Mar 25: Complete\nNov 24: In progress", dt.date(2025, 3, 31), "complete"),  # newest first, a line each
    ("Nov 24: In progress\nMar 25: Complete", dt.date(2025, 3, 31), "complete"),  # oldest first
    ("Sep 25: BAU\nMar 25: Complete\nNov 24: Not started", dt.date(2025, 9, 30), "bau"),
    ("Sep 25: Complete\nMar 25: In progress", dt.date(2025, 3, 31), "in_progress"),  # an entry after the round
    ("Mar 25: Complete Nov 24: In progress", dt.date(2025, 3, 31), "complete"),  # its lines run together
])
def test_a_status_cell_kept_as_a_log_a_line_an_entry_is_read_at_its_newest_entry_up_to_the_round(reference, raw,
                                                                                                  as_of, status):
    assert classify_status(raw, reference, as_of).status == status


@pytest.mark.parametrize("text", [
    "Posters for custody suites have been issued, and the officer aide-memoire is in design.",
    "Completion of the crime-system flag has been put back to February 2026 while the supplier fixes a defect; the "
    "manual marker remains in place.",
    "We believe we comply with this sub-recommendation and will confirm this through the dip sample in the summer.",
])
def test_a_part_still_in_design_a_finish_put_back_or_a_belief_is_not_done(text):
    inferred = infer_status(text, reference_modifiers(), MARCH_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


@pytest.mark.parametrize("cell, words", [
    ("Complete - see update", "The referral pathway is still with the force solicitor; no cases referred yet."),
    ("Closed", "The information sharing agreement is still with the council's legal team."),
])
def test_a_done_column_beside_work_still_with_others_or_not_reached_yet_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and position.conflict


@pytest.mark.parametrize("cell, words, status", [
    ("BAU", "The daily crime audit now checks whether the stalking flag has been added to each linked crime.", "bau"),
    ("Business as usual", "Risk assessments continue to be completed on every stalking report.", "bau"),
])
def test_routine_checks_described_beside_bau_are_no_conflict(reference, cell, words, status):
    position = read_position(cell, words, reference, MARCH_2025)
    assert (position.status, position.conflict) == (status, "")


def load_reference():
    from etl.reference import load_reference as load

    return load()


def reference_modifiers():
    from etl.reference import load_reference

    return load_reference().status_modifiers


# held-out set 15 (first run 91.0%: 9 false done of 100; kept open in etl/evaluate.OPEN_SETS): the families fixed
@pytest.mark.parametrize("text", [
    "We are still considering the review's findings on specialist officers, which we received in May.",
    "The investigation that prompted this work was closed in June after a conviction.",
    "A complete list of orders in force is kept by the public protection unit.",
    "The deputy chief has asked for a complete overview of every stalking action for the board.",
])
def test_something_else_closed_received_or_called_complete_is_no_done_of_the_item(text):
    inferred = infer_status(text, reference_modifiers(), MARCH_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


def test_a_done_that_waits_on_an_event_is_not_done(reference):
    assert classify_status("Complete when the new crime system goes live", reference, MARCH_2025).status == "unknown"


def test_a_plain_closed_action_beside_routine_practice_is_still_bau():
    # the subject of 'closed' is the action itself here, not a case or a meeting
    assert infer_status("Audits of stalking crime are routine practice and this action is closed.").status == "bau"


@pytest.mark.parametrize("cell, words", [
    ("Green", "A bid for the analyst post went to the OPCC; a decision is expected in the autumn."),
    ("Complete", "We think every call handler has had the input, though the register is not finished."),
    ("Closed", "The task group closed its final meeting with an action for the analysts to write a method."),
])
def test_a_done_column_beside_a_decision_awaited_a_belief_or_a_step_handed_out_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and position.conflict


@pytest.mark.parametrize("text, status", [
    ("Action complete. The policy unit is still drafting the guidance and expects to finish it in May.", "in_progress"),
    ("Recommendation 12.3 is met: breaches are now graded high risk on every stalking crime.", "complete"),
    ("The Public Protection Board closed this action in January after the audit.", "complete"),
    ("Screening has been part of triage since February. Nothing is outstanding.", "complete"),
    ("Training is partly delivered; nothing is outstanding from the supplier.", "in_progress"),
])
def test_done_said_of_the_action_itself_and_work_still_being_drafted(text, status):
    assert infer_status(text, reference_modifiers(), MARCH_2025).status == status


# held-out set 16 (first run 95.0%: 8 false done of 160): the families it found, in our own words
@pytest.mark.parametrize("cell, words", [
    ("Complete", "A task group has been formed to design the new dip-sampling method."),
    ("Closed*", "*subject to the business case being approved by the chief officer group"),
    ("Green", "Staff are broadly familiar with the new screening questions."),
])
def test_a_done_column_beside_a_group_formed_for_work_ahead_a_condition_or_a_broad_claim_is_a_conflict(reference, cell,
                                                                                                      words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and position.conflict


@pytest.mark.parametrize("text", [
    "A risk form is completed by the first officer at every stalking report.",
    "The gap analysis is finished; the new course will be written over the summer.",
    "Planning is complete and the first dip sample takes place in May.",
    "Workshop dates have been booked for 12 to 14 May; the slides were signed off last week.",
])
def test_a_routine_described_or_a_first_step_done_with_the_work_ahead_is_not_done(text):
    inferred = infer_status(text, reference_modifiers(), MARCH_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


def test_a_role_appointed_to_do_routine_work_and_updates_published_later_stay_done():
    assert infer_status("A stalking lead has been appointed to review every stalking crime each morning.",
                        reference_modifiers(), MARCH_2025).status == "complete"
    # later updates to come are no step of the work: never read as work in progress (the 'will' still keeps the
    # words from a done of their own)
    later = infer_status("The plan was published in November and later updates will be published on the same page.",
                         reference_modifiers(), MARCH_2025)
    assert later is None or later.status == "complete"
    position = read_position("Closed", "The plan was published in November; later updates will be published on the "
                             "same page.", load_reference(), MARCH_2025)
    assert (position.status, position.conflict) == ("complete", "")


# held-out set 17 (first run 92.4%: 10 false done of 131): the families it found, in our own words
@pytest.mark.parametrize("cell, words", [
    ("Complete", "The new Storm screen is built; acceptance testing is still running."),
    ("Cwblhawyd", "The dip sample of orders has not taken place yet."),
    ("Closed", "Head of crime to confirm."),
    ("Complete", "The desk has found 60 missed crimes so far. It closes in June when funding ends."),
    ("Complete", "Partners are still discussing whether a second panel is needed."),
])
def test_a_done_column_beside_a_step_still_running_not_yet_held_owed_or_ending_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.status == "unknown" and position.conflict


@pytest.mark.parametrize("raw", ["Complete - testing", "Complete - first session", "Done (first cohort)"])
def test_a_done_cell_naming_a_test_or_a_first_session_is_not_done(reference, raw):
    assert classify_status(raw, reference, MARCH_2025).status not in ("complete", "bau")


@pytest.mark.parametrize("text", [
    "Guidance for recorders has been written. The Niche change it needs is due in the June release.",
    "The policy was rewritten in February. The board asked for changes, so it is going back for redrafting.",
    "An options paper has been written; the decision was put back to the autumn board.",
    "The plan is on the intranet for staff. It will be published on the website after the commissioner's review.",
])
def test_a_sub_step_done_with_the_main_step_due_sent_back_or_put_back_is_not_done(text):
    inferred = infer_status(text, reference_modifiers(), MARCH_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Every stalking crime is checked within a day of recording to confirm the classification."),
    ("Closed", "The standard was written into policy in 2025. The exceptions found in the audit have gone back to line "
               "managers. The action itself remains closed."),
])
def test_a_routine_check_or_exceptions_handed_back_beside_a_done_column_is_no_conflict(reference, cell, words):
    position = read_position(cell, words, reference, MARCH_2025)
    assert position.conflict == "" and position.status in ("complete", "bau")


SEPTEMBER_2025 = dt.date(2025, 9, 1)


@pytest.mark.parametrize("text", [
    # the rest of the staff named for later, or another party still to sign
    "The briefing has been given to response officers; neighbourhood teams will take it in the new year.",
    "The protocol has been signed by probation; the NHS trust is expected to sign in the spring.",
    # a step said to be due without a verb, a span still running, work going on to finish it
    "Done. Sign-off by the board due November.",
    "Sergeants have been trained; sessions for constables run until December.",
    "Closed. Work continues with the council to finalise the referral pathway.",
    # a done on a condition, or until something is in place
    "Marked closed on the understanding that the last two workshops are held in October.",
    "The review was finished in June. Until a provider is commissioned, victims are referred to the general line.",
    # counts in words, an expected closure, another body still holding it, a post being filled, a fault still there
    "Champions are named in every district; three of eight have finished the advanced course.",
    "Most strands are delivered and we expect to close this item in the spring.",
    "The leaflet has been rewritten and is with the communications team for final approval.",
    "Four coordinators were appointed; the fifth post is being re-advertised.",
    "The fix was released in July, but searches still return cases filed under the old code.",
    # what the words only suppose
    "The new form appears to have been taken up by most hubs.",
    "The guidance should now have reached every team.",
    "The module may have been completed by some detectives during their refresher.",
])
def test_done_words_beside_a_part_still_to_come_a_condition_or_a_supposition_are_not_done(text):
    inferred = infer_status(text, reference_modifiers(), SEPTEMBER_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


@pytest.mark.parametrize("cell, words", [
    ("Closed", "The sharing agreement is signed. Proposals for a joint clinic are being negotiated with the health board."),
    ("Action complete", "Three of four posts are filled; the last post is being re-advertised."),
])
def test_a_done_column_beside_talks_still_going_on_or_a_post_still_open_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, SEPTEMBER_2025)
    assert position.status == "unknown" and position.conflict


def test_a_completion_day_after_a_round_dated_to_the_day_is_not_done_but_a_month_or_a_month_round_is(reference):
    assert classify_status("Completed 30/09/25", reference, dt.date(2025, 9, 24)).status == "unknown"
    assert classify_status("Completed 30/09/25", reference, dt.date(2025, 9, 1)).status == "complete"  # a month's round
    assert classify_status("Complete (Sep-25)", reference, dt.date(2025, 9, 24)).status == "complete"
    assert classify_status("Completed 12/09/25", reference, dt.date(2025, 9, 24)).status == "complete"


@pytest.mark.parametrize("raw, status", [
    ("C", "complete"), ("Cmplt", "complete"), ("Cmpl.", "complete"), ("Compete", "complete"), ("IP → C", "complete"),
    ("C/F", "unknown"), ("c/f to Q2", "unknown"),  # carried forward: no status
    ("Ongoing (BAU)", "bau"), ("Ongoing – BAU", "bau"), ("Ongoing / BAU", "unknown"),  # a slash gives either
])
def test_tracker_shorthand_and_ongoing_as_routine(reference, raw, status):
    assert classify_status(raw, reference, SEPTEMBER_2025).status == status


@pytest.mark.parametrize("cell, words, status", [
    ("Done", "Cohort 7 of 7 passed on 2 September (180 call handlers).", "complete"),  # all of them
    ("Done", "Cohort 5 of 7 passed on 2 September.", "unknown"),
    ("Complete", "The flag is on the crime record; the August audit found it used on 96% of stalking crimes.", "complete"),
])
def test_a_count_of_all_and_an_audit_rate_are_no_work_left(reference, cell, words, status):
    assert read_position(cell, words, reference, SEPTEMBER_2025).status == status


@pytest.mark.parametrize("cell, words", [
    ("Done", "We still need to chase a handful of special constables for the module."),
    ("Complete", "The profile is going to the June board for sign-off."),
    ("Complete", "Options paper to COG in October."),
    ("Green", "Closed in June; the October audit found 30% of crimes still missing the flag. Remedial plan in flight."),
    ("Met", "The council reported that the arrangement works; this has not, however, been verified by the force."),
    ("Complete", "Update 06/25: Draft agreed. Update 09/25: Paper approved; the service is to go live 01/12/25."),
])
def test_a_done_column_beside_work_owed_a_paper_on_its_way_or_an_unverified_claim_is_a_conflict(reference, cell, words):
    position = read_position(cell, words, reference, dt.date(2025, 9, 26))
    assert position.status == "unknown" and position.conflict, position


@pytest.mark.parametrize("text", [
    "Almost everything is in place. Just the evaluation report to the board left.",
    "First calls to victims went out in August; we want to do the whole quarter before we call it finished.",
    "It is considered that the action has been completed, although confirmation is still awaited from HR.",
    "It has not proved possible, within the period, to complete the audit, although the sampling has been done.",
    "Trained: 300 of 300 (100%) - Status: Amber.",
    "Half the custody shifts have done the briefing. Rest by Christmas.",
    "Update 03/25: Tool rolled out to CID. Update 09/25: Rolled out to Response and PPU.",
])
def test_words_that_leave_work_owed_or_contradict_their_own_status_are_not_done(text):
    inferred = infer_status(text, reference_modifiers(), dt.date(2025, 9, 26))
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


@pytest.mark.parametrize("raw, status", [
    ("Done (mostly)", "in_progress"), ("Complete – largely", "in_progress"),
    ("Cwblhawyd (ar gyfer y ddalfa) / Complete (for custody officers)", "in_progress"),
])
def test_a_done_cell_that_limits_itself_reads_as_in_progress(reference, raw, status):
    assert classify_status(raw, reference, dt.date(2025, 9, 26)).status == status


@pytest.mark.parametrize("text", [
    "All done - the flag is on every stalking crime now.", "Sorted in July.", "Done in August, checked in September.",
    "The last tranche has landed and the workstream is closed.", "Briefing - done (all 41 of us).",
    "No longer outstanding: the final audit finished in August.", "All sergeants have done the input.",
    "Update 03/25: Tracker built. Update 09/25: All divisions have been using it since June; item closed.",
])
def test_plain_and_informal_words_for_done_read_as_done(text):
    inferred = infer_status(text, reference_modifiers(), dt.date(2025, 9, 26))
    assert inferred is not None and inferred.status in ("complete", "bau"), inferred


@pytest.mark.parametrize("cell, words", [
    ("Complete", "All new joiners have done the module. Serving detectives will be enrolled from January."),
    ("Complete", "The advocacy grant runs out in June and the commissioner has not confirmed whether it will go on."),
    ("Action complete", "A sample of 40 files found the risk plan missing in 15. Further work is needed with sergeants."),
    ("Green", "File quality remains patchy and a full review has been ordered by the head of crime."),
])
def test_a_done_column_beside_others_still_to_enrol_an_open_decision_or_a_persisting_problem_is_a_conflict(
        reference, cell, words):
    position = read_position(cell, words, reference, SEPTEMBER_2025)
    assert position.status == "unknown" and position.conflict, position


@pytest.mark.parametrize("text", [
    "The tender went out in August and bids close at the end of October.",
    "The policy has been rewritten but its launch is on hold until the new teams are in place.",
    "Referral criteria were agreed; the pilot finished in July.",
    "We saw 230 screening forms completed in the quarter.",
])
def test_a_tender_still_open_work_on_hold_a_pilot_ended_or_a_count_of_forms_is_not_done(text):
    inferred = infer_status(text, reference_modifiers(), SEPTEMBER_2025)
    assert inferred is None or inferred.status not in ("complete", "bau"), inferred


def test_a_pilot_that_ended_in_adoption_is_done():
    inferred = infer_status("The pilot ended in July and the tool was adopted across the force in August.",
                            reference_modifiers(), SEPTEMBER_2025)
    assert inferred is not None and inferred.status == "complete"


def test_a_done_column_beside_the_rest_dated_for_later_is_a_conflict(reference):
    position = read_position("Complete", "Done for new referrals; older cases will be re-checked by January.", reference,
                             SEPTEMBER_2025)
    assert position.status == "unknown" and position.conflict


@pytest.mark.parametrize("text", [
    "We updated the crime system so that stalking can be added as a second offence on any crime.",
    "We audited 80 harassment crimes over the summer and shared the results with each district.",
    "Every stalking crime is now allocated to an accredited detective.",
    "The two new forms were each amended to carry a stalking marker.",
    "The field has been live since February without any problems.",
])
def test_the_forces_own_plain_account_of_finished_work_reads_as_done(text):
    inferred = infer_status(text, reference_modifiers(), SEPTEMBER_2025)
    assert inferred is not None and inferred.status in ("complete", "bau"), inferred


@pytest.mark.parametrize("cell, words", [
    ("Action remains live", "The audit sampling is agreed and the first fieldwork is under way."),
    ("Complete", "Milestones achieved: the course is designed. Next period: deliver it to every response team."),
    ("Green", "Tolerance exceeded – the tracker go-live was missed and an exception report raised."),
])
def test_a_live_action_the_next_periods_work_or_a_missed_milestone_is_not_done(reference, cell, words):
    assert read_position(cell, words, reference, SEPTEMBER_2025).status not in ("complete", "bau")


@pytest.mark.parametrize("raw, as_of, status", [
    ("Done 14/10 – JB", dt.date(2025, 9, 30), "unknown"),  # a day after its round, in the round's year
    ("Done 03/09 – JB", dt.date(2025, 9, 30), "complete"),
    ("7/7 teams trained – complete", dt.date(2025, 9, 30), "complete"),  # a count, not 7 July
    ("Live", dt.date(2025, 9, 30), "unknown"),  # an action 'live' is open; a system 'live' is done: no telling
    ("Live since 01/02/25", dt.date(2025, 9, 30), "complete"),
    ("Agreed to close", dt.date(2025, 9, 30), "complete"),
])
def test_initialled_tracker_cells_counts_and_live(reference, raw, as_of, status):
    assert classify_status(raw, reference, as_of).status == status


def test_an_action_kept_open_until_its_second_step_is_not_done():
    inferred = infer_status("It was agreed the action stays open until the second sample is reported; the first is done.",
                            reference_modifiers(), SEPTEMBER_2025)
    assert inferred is None or inferred.status not in ("complete", "bau")



MARCH_2026 = dt.date(2026, 3, 31)


@pytest.mark.parametrize("cell, words, as_of", [
    # held out 24's families, in our own words
    ("Complete", "Rolled out for high-risk victims; medium and standard risk cases stay on the old process for now.",
     MARCH_2026),
    ("", "Live for cases graded high risk, and we plan to extend it to medium risk when the team grows.", MARCH_2026),
    ("Closed by the NPCC", "", MARCH_2026),
    ("Complete; closure report to the June board", "", MARCH_2026),
    ("Green – tracking to plan", "", MARCH_2026),
    ("Complete", "The new procedure was approved on 20 March 2026 and comes into force on 1 June 2026.", MARCH_2026),
    ("", "In our last update we said this was business as usual; the weekly check lapsed over winter and is being "
         "restarted, and we will watch it until it is stable.", MARCH_2026),
    ("", "Funding for a stalking lead was agreed in August and the job advert closes on 10 October.",
     dt.date(2025, 9, 30)),
    ("", "Update (Feb 2026): the new tracker is live – complete. Update (Aug 2025): the tracker is being built.",
     dt.date(2025, 9, 30)),
    ("R1 (Mar 25) amber; R2 (Sep 25) amber; R3 (Mar 26) complete", "", dt.date(2025, 9, 30)),
])
def test_the_second_years_half_done_work_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in ("complete", "bau")


@pytest.mark.parametrize("text, status", [
    ("Yet nothing has started on this since the plan went up.", "not_started"),
    ("The September sample found every record right. The sub-item is therefore closed.", "complete"),
    ("We briefed every custody sergeant in January, completing this action.", "complete"),
])
def test_plain_closures_and_nothing_begun_read_by_meaning(text, status):
    inferred = infer_status(text, reference_modifiers(), MARCH_2026)
    assert inferred is not None and inferred.status == status, inferred


@pytest.mark.parametrize("cell, words, as_of", [
    # held out 25's families, in our own words
    ("Green-lit", "Chief officers agreed the money for a stalking coordinator; the post is advertised in June.", MARCH_2026),
    ("Complete", "The SPO course is written and approved; delivery from June.", MARCH_2026),
    ("", "The College of Policing has now issued its updated stalking guidance.", MARCH_2026),
    ("Green", "The closure paper goes to the May assurance board.", MARCH_2026),
    ("Complete", "A working group was set up and agreed its membership at its first meeting.", MARCH_2026),
    ("Closed", "Closed while we wait for the national template.", MARCH_2026),
    ("", "Advocate posts: shortlisting done and the interview panel meets on 14 April.", MARCH_2026),
    ("", "Across recommendation 14, four sub-items are closed and 14.5 is still open.", MARCH_2026),
    ("", "Officers were emailed about the new form and early results are mixed.", MARCH_2026),
    ("", "A meeting was held.", MARCH_2026),
    ("", "The briefing ran last year and again this year.", MARCH_2026),
    ("", "This action is closed; the new screen goes live in June.", MARCH_2026),
    ("", "Closed here because it duplicates 12.2.", MARCH_2026),
    ("", "We have replied to the NPCC questionnaire on this sub-item.", MARCH_2026),
])
def test_outputs_reported_as_outcomes_and_other_bodies_acts_are_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in ("complete", "bau")


def test_a_finished_thing_beside_another_items_open_state_is_still_done():
    inferred = infer_status("Unlike 12.3, which is still open, this sub-item was finished in January.",
                            reference_modifiers(), MARCH_2026)
    assert inferred is not None and inferred.status == "complete", inferred


@pytest.mark.parametrize("cell, words, done", [
    ("Complete", "The March sample found plans on 46 of 50 stalking crimes (target 85%).", True),
    ("Green", "Contact within 24 hours: 92% in February against the 90% required.", True),
    ("Complete", "Audit accuracy 96.1%, above the 95% force standard.", True),
    ("Complete", "Training reached 61% against the 90% target.", False),
    ("Complete", "Training reached 93%; the target of 90% was met but CID remain outstanding.", False),
    ("Complete", "Plans were found on 41 of 50 crimes.", False),  # no bar stated: a count short of all
])
def test_a_figure_that_meets_the_bar_set_for_closing_is_done(reference, cell, words, done):
    status = read_position(cell, words, reference, MARCH_2026).status
    assert (status == "complete") is done, status


@pytest.mark.parametrize("cell, words", [
    # held out 26's families, in our own words
    ("", "Much thought has gone into it, and consideration has been given to what this recommendation means for us."),
    ("", "The super-complaint was lodged by the Suzy Lamplugh Trust in 2022."),
    ("Green", "The lead reports that the work has not yet got off the ground."),
])
def test_background_and_nothing_off_the_ground_are_not_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2026).status not in ("complete", "bau")


@pytest.mark.parametrize("cell, words, as_of", [
    # held out 27's families, in our own words
    ("Complete", "Done for high-risk cases; medium-risk cases will be added in phase two next spring.", MARCH_2026),
    ("Complete", "Complete for those staff who have attended so far.", MARCH_2026),
    ("Complete", "Attendance is now compulsory. Completion will be reported once the deadline has passed.", MARCH_2026),
    ("Complete", "Delivered. Ongoing.", MARCH_2026),
    ("Complete (see notes)", "Notes: none.", MARCH_2026),
    ("Complete (Dec 25)", "", dt.date(2025, 9, 1)),
    ("", "Two of the four evidence requirements are met and the rest are in hand.", MARCH_2026),
    ("", "We have finished the first of three planned dip samples.", MARCH_2026),
    ("", "About two thirds of the actions in the plan are complete.", MARCH_2026),
    ("", "Initial discussions with the advocacy service have taken place.", MARCH_2026),
])
def test_a_done_for_part_of_the_whole_or_resting_on_nothing_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in ("complete", "bau")


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Three of three sessions delivered and the action is closed."),
    ("Complete (see notes)", "Notes: the final audit found every record correct."),
    ("Complete (Dec 25)", ""),
    ("Complete", "Delivered. Now business as usual."),
])
def test_the_same_shapes_that_say_done_stay_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2026).status in ("complete", "bau")


@pytest.mark.parametrize("cell, words, as_of", [
    # held out 28's families (the second year), in our own words
    ("Complete", "The input will be complete by January 2026; 61% of call handlers have had it so far.", dt.date(2025, 9, 30)),
    ("", "The checklist is in use in the Eastern division; the Northern and Western divisions will adopt it next year.",
     MARCH_2026),
    ("Action complete", "Complete in that the task group has met; the revised procedure and briefing remain outstanding.",
     MARCH_2026),
    ("Complete", "02/07/25 – draft written.\n21/08/25 – consulted staff networks.\nNext: approval at the October board.",
     dt.date(2025, 9, 30)),
    ("Action Complete", "The analyst post was filled but the appointee withdrew; re-advertised in January.", MARCH_2026),
])
def test_a_done_with_its_completion_still_ahead_or_undone_is_not_done(reference, cell, words, as_of):
    assert read_position(cell, words, reference, as_of).status not in ("complete", "bau")


def test_a_done_beside_nothing_needed_is_not_applicable(reference):
    status = read_position("Complete", "No interim measure was needed, as our crime system already allowed it.", reference,
                           MARCH_2026).status
    assert status == "not_applicable"
    # and a plain settled done stays done
    assert read_position("Complete", "No further action required; the audit found every record correct.", reference,
                         MARCH_2026).status == "complete"
    assert read_position("Complete", "Audit passed; no actions remain outstanding.", reference, MARCH_2026).status == "complete"


@pytest.mark.parametrize("cell, words", [
    # held out 29's families (each topic in its owners' words), in our own words
    ("Complete", "Terms of reference for the audit agreed with the PPU; an analyst has been allocated."),
    ("Complete", "Risk procedure drafted in line with the APP."),
    ("Action complete", "Coordinator role advertised in February; interviews in April."),
    ("Complete", "Invitations issued to partners for the first perpetrator panel."),
    ("Complete", "Stalking added to the forward plan of the vulnerability board."),
    ("Complete", "Victim feedback questionnaire designed with the OPCC; the first surveys go out next month."),
    ("Complete", "Plan approved by chief officers; the web team will publish it next week."),
    ("Complete", "Interim instruction issued; the permanent change awaits the operating model review."),
    ("Complete", "One order granted so far. Legal Services now producing a guidance pack for officers."),
    ("Action complete", "Briefing given to the Crime Management Hub. Roll-out to CID and the Resolution Centre crime recorders is scheduled for Q3."),
    ("", "Arrests were made in 97 stalking cases in the year."),
    ("", "The flag has been switched on in Niche, but until the reports are rebuilt analysts cannot search on it."),
    ("", "The registrar has written to every supervisor reminding them to use the flag."),
])
def test_a_first_step_or_an_outcome_called_done_is_not_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2026).status not in ("complete", "bau")


@pytest.mark.parametrize("cell, words", [
    ("Complete", "Terms of reference agreed and the panel has met monthly since January."),
    ("Complete", "The commissioned advocacy service took its first referrals in December and referrals are routine."),
    ("Complete", "Guidance approved and issued to all crime recorders; compliance will be checked through the routine audit."),
])
def test_a_first_step_beside_a_later_one_stays_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2026).status in ("complete", "bau")


@pytest.mark.parametrize("cell, words", [
    # held out 30's families (terse tracker writing), in our own words
    ("Comp. exc. Resp", ""), ("Done for PPU – CID o/s.", ""), ("Complete (Ph2 of 4)", ""), ("½ done", ""),
    ("Done ✓ (S district)", "Other 2 districts Q3."), ("100% – cohort 1", "3 more cohorts booked."),
    ("", "Final 3 teams booked w/c 12/5; rest trained."), ("", "Good progress – 212/380 trained."),
    ("", "Finished drafting – consultation now."), ("", "KPI agreed; data feed from the ISAC still o/s."),
])
def test_tracker_shorthand_for_a_part_done_is_not_done(reference, cell, words):
    assert read_position(cell, words, reference, MARCH_2026).status not in ("complete", "bau")


def test_tracker_shorthand_that_says_done_or_not_started_is_read(reference):
    assert read_position("NYS", "", reference, MARCH_2026).status == "not_started"
    assert read_position("", "380/380 trained and the action is closed.", reference, MARCH_2026).status == "complete"


# held out 31 (typing and copying noise): slips of the keys and pasted leftovers read as their writer meant them, never
# as a done the words take back
@pytest.mark.parametrize("raw,round_date,status", [
    ("Nto complete", "2025-03-27", "unknown"),           # a negation mistyped
    ("in complete", "2025-03-27", "in_progress"),       # 'incomplete' split
    ("Compelte (go live 1st April)", "2025-03-27", "unknown"),  # a go-live, with a day after the round
    ("Complete (ish)", "2025-03-27", "unknown"),
    ("Complete but", "2025-03-27", "unknown"),          # cut off where its qualification began
    ("COMPLETE - ISSUES FOUND, REVISITING", "2025-09-30", "unknown"),
    ("To move to BAU Q3", "2025-09-30", "unknown"),
    ("Implmented", "2025-03-27", "complete"),
    ("C0mplete", "2025-09-30", "complete"),
    ("Completee", "2025-09-30", "complete"),
    ("bussiness as usual", "2025-09-30", "bau"),
    ("🟢", "2025-03-27", "complete"), ("🔵", "2026-03-31", "bau"), ("🔴", "2025-03-27", "not_started"),
    ("Green ✔", "2026-03-31", "complete"),
    ("Complete31/01/25", "2025-03-27", "complete"), ("Complete31/05/25", "2025-03-27", "unknown"),
    ("Nothing outstanding", "2025-09-30", "complete"), ("Outstanding: none", "2025-09-30", "complete"),
    ("Complete - no further update", "2025-09-30", "complete"),
    ("Closed (no further update)", "2025-09-30", "unknown"),  # closed, and no word of how
    ("Complete - next audit due Oct 25", "2025-09-30", "complete"),  # the routine after done, not a completion date
])
def test_typing_and_copying_noise_is_read_as_meant(reference, raw, round_date, status):
    assert classify_status(raw, reference, dt.date.fromisoformat(round_date)).status == status


def test_pasted_leftovers_in_a_status_cell_are_not_the_status(reference):
    def read(cell, words, day):
        return read_position(cell, words, reference, dt.date.fromisoformat(day))

    assert read("~~In progress~~ Complete", "", "2025-03-27").status == "complete"  # struck out
    assert read("Completeâ€‹", "", "2025-09-30").status == "complete"  # a zero-width space read as Windows-1252
    placeholder = read("Choose an item.", "Action completed in January 2025; the new checklist is in use.", "2025-03-27")
    assert (placeholder.status, placeholder.source) == ("complete", "inferred")  # an unfilled drop-down: the words decide
    two_colours = read("G", "R", "2025-03-27")
    assert two_colours.status == "unknown" and two_colours.conflict
    footnote = read("Complete*", "*Subject to final sign-off at the October board", "2025-09-30")
    assert footnote.status == "unknown" and footnote.conflict
    stale = read("Not started (Nov-24)", "Sept 25: the action is complete; all SPOCs are trained and listed.",
                 "2025-09-30")
    assert (stale.status, stale.source) == ("complete", "inferred") and "Nov 2024" in stale.stale
    # a dated stage beside words that do not say done is kept as stated
    assert read("Amber (Nov-24)", "Training is still being designed.", "2025-03-27").status == "in_progress"


def test_slips_in_update_words_and_a_first_date_still_to_come():
    assert infer_status("Training compelted by all Force Control Room supervisors in February.").status == "complete"
    said = infer_status("Per email from L&D 21/2: course content agreed, first dates in April.",
                        as_of=dt.date(2025, 3, 27))
    assert said is None or said.status != "complete"


# held out 32 (idiom, grammar, who is speaking): words that sound finished and are not
_NOT_DONE_32 = [
    "There is still some way to go before this is fully in place.",
    "The policy would be complete if funding for the second advocate were agreed; all other elements are in place.",
    "The force is to complete a further audit in the summer before closing this action.",
    "All districts bar one have trained their champions.",
    "Almost all officers have now been trained.",
    "Nine in ten frontline officers have completed the course.",
    "The majority of staff have been briefed on the new guidance.",
    "The force regards the action as complete, whereas the internal auditor disagreed that it was complete.",
    "The action owner reports that the action is complete; the board is yet to consider the evidence.",
    "It has been suggested that this work may already be complete.",
    "The College of Policing has completed its national stalking training product.",
    "Neighbouring forces report this action as complete.",
    "The procurement exercise is complete, and the new provider begins work in June.",
    "Project initiation document completed and approved.",
]


@pytest.mark.parametrize("text,done", [
    ("The new crime recording guidance is done and dusted: it was issued to every call handler in February.", True),
    ("The guidance is far from done and dusted; the second draft is still with the legal team.", False),
    ("The question of who owns stalking cases has finally been put to bed: the new policy took effect on 3 March.", True),
    ("The allocation question has not yet been put to bed, although a preferred option has been agreed.", False),
    ("The training roll-out is wrapped up, with the final session held on 14 March.", True),
    ("The roll-out is being wrapped up and the final session takes place on 14 April.", False),
    ("The new process is up and running across the force and has been since January.", True),
    ("The process is up and running in one pilot area only.", False),
])
def test_what_people_say_of_finished_work_is_done_unless_its_words_take_it_back(reference, text, done):
    said = infer_status(text, reference.status_modifiers, dt.date(2025, 3, 27))
    assert (said is not None and said.status in ("complete", "bau")) == done, said


# held out 33 (realistic proportions): a done column beside words that leave a step to come after the round
@pytest.mark.parametrize("cell,words,day", [
    ("Complete", "Face to face training designed and signed off. Delivery to officers starts in April 2025.", "2025-03-27"),
    ("Complete", "Process for early screening agreed at the Crime Board. Go live 1 April 2025.", "2025-03-27"),
    ("Complete", "Survey questions have been agreed. The first survey goes to stalking victims in May 2025.", "2025-03-27"),
    ("Complete", "VNA form updated. An audit to confirm it is being used will take place in Q2.", "2025-03-27"),
    ("Complete", "System change is live in the control room. Investigators move to the new screens after the upgrade on "
                 "14 April 2025.", "2025-03-27"),
    ("Green", "Green - on target. The referral pathway goes live 1st May.", "2025-03-27"),
    ("Complete (Northern BCU)", "", "2025-03-27"),
    ("Complete - see rec 21", "", "2025-09-30"),
])
def test_a_done_column_beside_a_step_still_to_come_is_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


_NOT_DONE_33 = [
    "Included classification guidance is live. The FCR will test compliance through an audit in Q1 2026 before the "
    "action can be closed.",
    "The NPCC's national stalking profile was published in December 2024 and gives a picture of stalking nationally.",
    "Probation has completed its own review of pathways for stalking perpetrators.",
    "The business case for digital safeguarding kit has been approved and the equipment has been ordered.",
    "The online safety leaflet is finished and is with the printers; it will be available to officers from April.",
    "A working group chaired by the Detective Superintendent for Safeguarding has been set up to take this "
    "recommendation forward and has met twice.",
]


# held out 34 (trackers and dashboards): a tracker's words for something done that is not the action
@pytest.mark.parametrize("cell,words,day", [
    ("Closed (risk)", "The risk has been closed. The action remains amber.", "2025-09-30"),
    ("Green (re-baselined)", "Milestone re-set to June 2026 at the September board; on target against the new date.",
     "2025-09-30"),
    ("G – re-baselined", "", "2025-09-30"),
    ("Complete", "Complete: the option appraisal for a dedicated stalking unit. Decision on funding due at the November "
                 "board.", "2025-09-30"),
    ("M1 complete, M2 in flight", "", "2025-03-27"),
    ("Closed", "Consultation closed on 14 February; responses being analysed before the policy is finalised.",
     "2025-03-27"),
    ("Delivery confidence: Green", "", "2025-03-27"),
    ("G", "Green = within tolerance. Problem profile data collection continuing.", "2025-09-30"),
    ("G", "Green = action agreed with owner.", "2024-11-22"),
])
def test_a_trackers_done_that_is_not_the_actions_is_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


_NOT_DONE_34 = [
    "Outputs delivered, outcomes being tracked.",
    "The gap analysis is finished and shows partial compliance.",
    "Transferred to the BAU owner for completion.",
    "Complete: terms of reference for the stalking working group agreed.",
    "Closed on the programme plan as the project has ended; the remaining action (victim survey) has moved to the "
    "VAWG board.",
]


# held out 35 (correspondence and returns)
_NOT_DONE_35 = [
    "Recommendation 7.1: As agreed with the NPCC lead, this recommendation is addressed to police and crime "
    "commissioners rather than chief constables, so no force action is required. Kind regards, the Governance Team.",
    "Following review, the Chief Constable has decided not to create a separate stalking unit, as stalking is managed "
    "within the existing Public Protection teams. We consider this recommendation discharged.",
    "Action 22.2 - For your information, we have responded to the NPCC lead's letter of 5 February 2025. Regards, "
    "Det Supt M. Okafor.",
]


def test_an_open_set_is_printed_with_its_false_dones_and_not_held_to_none():
    from etl.evaluate import OPEN_SETS, evaluate_done

    table = evaluate_done().set_index("set")
    assert set(OPEN_SETS) <= set(table.index)  # printed beside the others, with its own false done count
    assert all(table.loc[name, "false_done"] >= 0 and table.loc[name, "cases"] >= 150 for name in OPEN_SETS)


@pytest.mark.parametrize("text,as_of", [(t, dt.date(2025, 3, 27)) for t in _NOT_DONE_32 + _NOT_DONE_33]
                         + [(t, dt.date(2025, 9, 30)) for t in _NOT_DONE_34 + _NOT_DONE_35])
def test_words_that_sound_finished_and_are_not_are_never_done(reference, text, as_of):
    said = infer_status(text, reference.status_modifiers, as_of)
    assert said is None or said.status not in ("complete", "bau"), said


# held outs 36 (time and tense) and 37 (realistic proportions): a quarter of a financial year written year first, the
# first of a series, a course only made available, a lawyers' clearance, one area still booked, a later intake, a
# consortium's work for all its members
_NOT_DONE_36 = [
    ("Implementation completed in FY25/26 Q3.", "2025-09-30"),
    ("The first stalking clinic for victims was held this week; further clinics are planned monthly.", "2025-09-30"),
    ("The training went live on the learning platform in January.", "2025-09-30"),
    ("The SPO guidance was approved by legal services in September.", "2025-03-27"),
    ("The national Athena consortium has delivered the included-classification change for its member forces.",
     "2025-03-27"),
]


@pytest.mark.parametrize("text,day", _NOT_DONE_36)
def test_time_and_tense_and_others_work_are_never_done(reference, text, day):
    said = infer_status(text, reference.status_modifiers, dt.date.fromisoformat(day))
    assert said is None or said.status not in ("complete", "bau"), said


@pytest.mark.parametrize("cell,words,day", [
    ("Action Complete", "Delivered to all Cardiff and Vale response teams. Sessions for the western BCU are booked for "
                        "April.", "2025-03-27"),
    ("Complete", "Included in the PCDA and DHEP curriculum for every new student officer from the September intake.",
     "2025-03-27"),
])
def test_a_done_column_beside_one_area_or_intake_still_to_come_is_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


@pytest.mark.parametrize("cell,words,day,status", [
    # the routine after a done is no second status
    ("Complete", "The policy will be kept under review as part of business as usual.", "2025-09-30", "complete"),
    ("Complete", "Ongoing monitoring through the quarterly audit.", "2025-09-30", "complete"),
    ("Blue", "Now business as usual, subject to periodic review by the Stalking Working Group.", "2026-03-31", "bau"),
    ("", "Wedi'i gwblhau. Byddwn yn parhau i adolygu. / Completed. We will continue to review it.", "2025-09-30",
     "complete"),
    # a routine older than the report is business as usual; a course taken up, or a past intake, stays done
    ("Ongoing since 2023 - embedded", "", "2025-03-27", "bau"),
    ("Ongoing (since 2023)", "Weekly stalking case review by the PPU DI.", "2025-09-30", "bau"),
    ("", "The training went live on the learning platform in January and 96% of officers have completed it.",
     "2025-09-30", None),
    ("Complete", "Stalking awareness input added to the probationer course from the January intake", "2025-03-27",
     "complete"),
    ("", "The updated package was launched to all student officers and existing staff in February.", "2025-03-27",
     "complete"),
])
def test_routine_after_a_done_and_old_routines_read_as_done(reference, cell, words, day, status):
    got = read_position(cell, words, reference, dt.date.fromisoformat(day)).status
    assert got == status if status else got != "unknown"


@pytest.mark.parametrize("text,end", [
    ("FY25/26 Q3", dt.date(2025, 12, 31)), ("2025/26 Q3", dt.date(2025, 12, 31)), ("FY 2025-26 Q3", dt.date(2025, 12, 31)),
    ("Q3 of 2025/26", dt.date(2025, 12, 31)), ("Q4 24/25", dt.date(2025, 3, 31)), ("Q3 2025", dt.date(2025, 9, 30)),
])
def test_a_financial_years_quarter_is_read_whichever_comes_first(text, end):
    from etl.normalise.dates import periods_in

    assert periods_in(text) == [end]
    assert periods_in("03/25 Q1") == []  # two numbers that are not a financial year


# held outs 38 (numbers and figures) and 39 (hedged, vague and confident writing)
@pytest.mark.parametrize("cell,words,day", [
    ("Complete - 11/12", "", "2025-03-27"),  # eleven of twelve, not a year
    ("[######----] Complete", "", "2025-09-30"),  # a progress bar typed as text
    ("10.2 complete, 10.3 amber", "", "2025-09-30"),  # two items' statuses, and they differ
    ("Complete", "District | SPOC named | Trained\nNorth | Yes | Yes\nSouth | Yes | No", "2025-09-30"),
    ("Green", "Largely in place; final cohort trained in May.", "2025-03-27"),
    ("Green", "All but signed off.", "2025-03-27"),
    ("Complete - embedding", "", "2025-03-27"),
])
def test_figures_and_hedges_that_undercut_a_done_cell_are_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


_NOT_DONE_38_39 = [
    "A project manager has been appointed to lead the digital investigation work.",
    "Contact with the regional CPS stalking lead has been made and a meeting is planned.",
    "This item is complete (50%).",
    "The owner has been identified and an initial scoping meeting has taken place.",
    "A robust plan is in place to deliver this by the summer.",
    "Virtually complete: one policy cross-reference to correct before publication.",
    "Arguably this is already in place.",
    "Around three quarters of supervisors have completed the input.",
    "The lion's share of the training has been delivered.",
    "It is our understanding that this was completed before the current lead took over.",
    "We have barely started, but initial meetings with partners have taken place.",
    "All but complete.",
]


@pytest.mark.parametrize("text", _NOT_DONE_38_39)
def test_figures_and_hedges_in_the_words_are_never_done(reference, text):
    said = infer_status(text, reference.status_modifiers, dt.date(2025, 3, 27))
    assert said is None or said.status not in ("complete", "bau"), said


@pytest.mark.parametrize("text,status", [
    ("No further work is required on this sub-item.", "complete"),
    ("There are no outstanding actions against 10.2.", "complete"),
    ("No further work is planned until funding is agreed.", None),  # nothing left only until something else is
    ("No action required.", None),  # may mean nothing was ever needed
    ("This is now subject to routine quarterly audit as part of business as usual.", "bau"),
])
def test_words_that_leave_nothing_to_do_are_done_and_no_more(reference, text, status):
    said = infer_status(text, reference.status_modifiers, dt.date(2025, 9, 30))
    if status is None:
        assert said is None or said.status not in ("complete", "bau")
    else:
        assert said is not None and said.status == status, said



# held out 40 (long updates): the decisive words may stand anywhere in a long text
@pytest.mark.parametrize("cell,words,day", [
    ("", "Complete. The force has reviewed how victims are referred. Referrals are made by email. The electronic "
         "route that would replace it is still at the design stage, and testing has not begun.", "2025-09-30"),
    ("Complete", "We have reviewed the APP content. A number of options have been discussed with district commanders. "
                 "Those discussions will continue. The current policy remains in force for now.", "2025-09-30"),
    ("", "This action plan is published on our website today, which meets the first part of this recommendation. The "
         "second part asks us to send the NPCC a progress update by 27 March 2025.", "2024-11-22"),
    ("Closed", "Nov-24: A review of MAPPA use was completed.\n\nAction complete.\n\nUPDATE March 2025: Feedback showed "
               "gaps in practice, so we have taken this back off the completed list.", "2025-03-27"),
])
def test_a_long_update_whose_words_leave_work_to_do_is_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


# held outs 41 (whole plans) and 42 (the first round, November 2024)
_NOT_DONE_41_42 = [
    "In the last financial year, 1,140 stalking screening forms were submitted.",
    "An interim stalking lead has been appointed while the permanent role is advertised.",
    "A stalking performance dashboard is under construction, and the first version has been shared with the Stalking "
    "Board for comment.",
    "No further action required.",
    "Victim contact compliance is 72% and a supervisor check of contact logs was introduced in October to raise it.",
    "A paper seeking approval for a dedicated stalking unit has been submitted to the Chief Officer Group.",
    "Victim needs assessments are completed in most cases, but our audit found them missing in around one in five "
    "stalking crimes. Supervisors have been reminded, and the assessment is being made a mandatory field.",
]


@pytest.mark.parametrize("text", _NOT_DONE_41_42)
def test_first_answers_and_part_fixes_are_never_done(reference, text):
    said = infer_status(text, reference.status_modifiers, dt.date(2024, 11, 22))
    assert said is None or said.status not in ("complete", "bau"), said


def test_a_count_of_new_referrals_through_the_new_route_still_shows_it_working(reference):
    text = ("Since February, the victim contact screen asks whether the victim agrees to a referral and the referral "
            "goes to the provider automatically. Between February and August 412 referrals were made this way.")
    assert infer_status(text, reference.status_modifiers, dt.date(2025, 9, 30)).status == "complete"


# held outs 43 (the March 2026 round) and 44 (status cells alone)
@pytest.mark.parametrize("cell,words,day", [
    ("Complete", "The dashboard has been built, but data quality checks continue before districts can use it.",
     "2026-03-31"),
    ("Blue", "Sustainment review in February 2026 found issues; item moved back into active delivery.", "2026-03-31"),
    ("Closed - transferred", "Now led by the national stalking working group.", "2026-03-31"),
    ("Closed - duplicate", "", "2025-03-27"), ("Partialy met", "", "2025-03-27"), ("Closed in part", "", "2025-09-30"),
    ("Closed (no further action)", "", "2025-03-27"),
])
def test_the_second_years_words_and_bare_tracker_cells_that_are_not_done(reference, cell, words, day):
    assert read_position(cell, words, reference, dt.date.fromisoformat(day)).status not in ("complete", "bau")


@pytest.mark.parametrize("cell,words,status", [
    ("Closed – transferred to BAU (PPU)", "", "bau"),
    ("Transitioned to BAU", "Handed over to the PPU as routine work; no further tracker updates.", "bau"),
    ("Closed – no further action", "SPO breach protocol signed 05/12/25 and used in nine breach cases since.", "complete"),
])
def test_a_handover_to_routine_work_and_a_closure_the_words_support_stay_done(reference, cell, words, status):
    assert read_position(cell, words, reference, dt.date(2026, 3, 31)).status == status


@pytest.mark.parametrize("text", [
    "Searchability is in place for new crimes; back-record conversion of older crimes continues.",
    "The refresher has been delivered to 1,150 officers.",
    "Co-location of advocates has been discussed with the provider but nothing has been agreed.",
    "Call handlers and response officers have received the learning; investigators follow in the next CPD day in "
    "May 2026.",
    "A business case for the extra analyst post has been submitted.",
])
def test_march_2026_words_that_leave_work_to_do_are_never_done(reference, text):
    said = infer_status(text, reference.status_modifiers, dt.date(2026, 3, 31))
    assert said is None or said.status not in ("complete", "bau"), said

