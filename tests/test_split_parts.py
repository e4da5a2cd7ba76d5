"""A sub-item the plan splits further into parts ('10.2a' officers, '10.2b' staff; '18.2(a)', '18.2 (b)'), each
answered under its own number: found by the thirty-fourth blind set, where the first part's 'Complete' was read as the
whole sub-item's while the second part was still in progress. The parts are one sub-item: their words are read
together, and the whole is done only when every part's latest position is done."""
from __future__ import annotations

import csv

import docx

from tests.fixtures import read_plan as read


def _rounds(updates, item_id):
    return [(u.round, u.status) for u in updates if u.item_id == item_id]


def _codes(issues):
    return {i.code for i in issues}


def test_table_rows_for_two_parts_are_one_sub_item_and_done_only_when_both_are(tmp_path, normaliser):
    path = tmp_path / "kent-police-stalking-tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Ref", "Action", "March 2025 update", "September 2025 update", "Status"])
        out.writerow(["7.1", "Crime recording", "Stalking crimes are now checked before closure.", "", "Complete"])
        out.writerow(["10.2a", "E-learning for officers", "Every officer has finished the e-learning.",
                      "The officers' e-learning is now part of induction.", "Complete"])
        out.writerow(["10.2b", "E-learning for staff", "Staff e-learning will be rolled out next year.", "", ""])
        out.writerow(["10.3", "Classroom day", "The classroom day was delivered to all investigators.", "",
                      "Complete"])
    _, updates, issues = read(path, normaliser)
    texts = {u.round: u.update_text for u in updates if u.item_id == "10.2"}
    # both parts' words, never the second dropped as a repeat of the first
    assert "Every officer" in texts["March 2025"] and "Staff e-learning" in texts["March 2025"]
    # officers done and staff not begun: begun, not finished; the officers' done in September is not the whole's
    assert _rounds(updates, "10.2") == [("March 2025", "in_progress"), ("September 2025", "in_progress")]
    assert "split_item" in _codes(issues) and "duplicate_item" not in _codes(issues)
    assert _rounds(updates, "10.3")[-1][1] == "complete"


def test_a_done_beside_a_part_whose_position_is_not_given_is_unknown(tmp_path, normaliser):
    path = tmp_path / "surrey-police-stalking-tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Ref", "Action", "March 2025 update", "Status"])
        out.writerow(["12.1(a)", "Screening at first contact", "The screening questions are in the call script.",
                      "Complete"])
        out.writerow(["12.1(b)", "Screening at the scene", "Officers at the scene use the same questions.", ""])
    _, updates, issues = read(path, normaliser)
    assert ("March 2025", "unknown") in _rounds(updates, "12.1")
    assert not any(u.status == "complete" for u in updates)
    assert any(i.code == "doubtful_status" and "12.1" in i.message for i in issues)


def test_parts_under_their_own_headings_in_a_text_plan_are_one_sub_item(tmp_path, normaliser):
    path = tmp_path / "thames-valley-police-stalking-update.txt"
    path.write_text("\n".join([
        "Thames Valley Police - stalking action plan update", "",
        "Rec 10 - Learning", "----------------", "",
        "Rec 10.2a - E-learning for officers",
        "  Nov 2024: The e-learning is mandatory for every officer up to inspector.",
        "  Mar 2025: Every officer has completed the e-learning module.",
        "  Current status: Complete", "",
        "Rec 10.2b - E-learning for staff",
        "  Mar 2025: The e-learning is being extended to contact centre staff.",
        "  Sep 2025: Staff completion is 58 per cent and supervisors chase the rest.",
        "  Current status: In progress", "",
        "Rec 10.3 - Classroom day",
        "  Nov 2024: A classroom day is being designed with the advocacy service.",
        "  Mar 2025: The classroom day has been delivered to every investigator.",
        "  Current status: Complete", ""]), encoding="utf-8")
    _, updates, issues = read(path, normaliser)
    rounds = [u for u in updates if u.item_id == "10.2"]
    # no round made of the second part's heading, and no part's title read as words
    assert [u.round_date.month for u in rounds] == [11, 3, 9]
    assert all("E-learning for staff" not in u.update_text for u in rounds)
    assert "contact centre staff" in rounds[1].update_text and "Every officer" in rounds[1].update_text
    assert [u.status for u in rounds][1:] == ["in_progress", "in_progress"]
    assert "split_item" in _codes(issues)
    assert _rounds(updates, "10.3")[-1][1] == "complete"


def test_parts_in_a_word_table_each_in_progress_and_done_give_in_progress(tmp_path, normaliser):
    document = docx.Document()
    document.add_paragraph("Dyfed-Powys Police stalking action plan, March 2025")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Update March 2025", "Status"]):
        cell.text = text
    for ref, words, status in [("18.2 (a)", "Supervisors record a review within ten days in every case.", "Complete"),
                               ("18.2 (b)", "A monthly check of the quality of reviews has begun.", "In progress"),
                               ("20.1", "Online stalking is covered by the digital investigation guide.", "Complete")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = ref, words, status
    path = tmp_path / "dyfed-powys-police-stalking-plan.docx"
    document.save(path)
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "18.2") == [("March 2025", "in_progress")]
    assert _rounds(updates, "20.1") == [("March 2025", "complete")]
