"""The families the fifty-fourth blind set (the families that most often give a wrong status, for forces not yet used)
found, each in our own words and formats. First run: 6 of 10 files exact, items 96/105, texts 203/231, statuses 136
right of 138 given, none false done (a text log with no header row lost ten items; marks beside each round under a
'Progress' heading read as rounds of their own; two log entries in one month read as two rounds)."""
from __future__ import annotations

import csv

import docx

from etl.normalise.text import says_something
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def _rounds(updates, item):
    return [(u.round, u.status) for u in updates if u.item_id == item]


def test_marks_beside_each_round_read_by_the_pages_key_of_marks(tmp_path, normaliser):
    # a key table of marks above the plan; each round's words have a 'Progress' column of marks beside them; one
    # recommendation's table has a single row; a mark with '(partly)' after it is a part, not done
    key = ("<h2>Key to progress marks</h2><table><tr><td>●</td><td>Done</td></tr><tr><td>◐</td><td>Under way</td></tr>"
           "<tr><td>○</td><td>Not yet started</td></tr></table>")
    head = ("<tr><th>Ref</th><th>What we were asked</th><th>Our response (November 2024)</th><th>Progress</th>"
            "<th>Update (March 2025)</th><th>Progress</th></tr>")

    def row(ref, first, mark1, second, mark2):
        return (f"<tr><td>{ref}</td><td>The ask.</td><td>{first}</td><td>{mark1}</td><td>{second}</td>"
                f"<td>{mark2}</td></tr>")

    page = ("<html><head><title>Merseyside Police stalking action plan</title></head><body>" + key +
            "<table>" + head +
            row("18.1", "Digital capability will be reviewed.", "○", "Review finished; two detectives moved in.", "●") +
            row("18.3", "A search powers briefing will be written.", "◐", "Briefing given at every learning day.",
                "● (partly)") +
            row("18.4", "File checks will cover victim impact.", "◐", "Checks now record impact.", "◐") +
            "</table><table>" + head +
            row("23.1", "Early screening is not yet in place.", "○", "A screening desk reviews crimes daily.", "●") +
            "</table></body></html>")
    path = tmp_path / "merseyside-police-stalking-plan.html"
    path.write_text(page, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert _rounds(updates, "18.1") == [("November 2024", "not_started"), ("March 2025", "complete")]
    assert _rounds(updates, "18.3") == [("November 2024", "in_progress"), ("March 2025", "in_progress")]
    assert _rounds(updates, "23.1") == [("November 2024", "not_started"), ("March 2025", "complete")]
    assert not [u for u in updates if u.update_text.strip() in ("●", "◐", "○")]


def test_a_text_log_with_no_header_row_reads_each_item_entry_by_entry(tmp_path, normaliser):
    # 'ITEM 14.1  <ask>' / 'Owner: ...' / a rule / entries newest first, each opening on its date, its words wrapped
    # under their first word and its rating in brackets at the end (wrapped too); a page break between items
    def item(number, ask, *entries):
        lines = ["=" * 78, f"ITEM {number}   {ask}", "  Owner: Safeguarding Lead", "-" * 78]
        for date, first, *more in entries:
            lines.append(f"  {date}  {first}")
            lines += [" " * 14 + line for line in more]
        return lines + [""]

    text = "\n".join(
        ["BRITISH TRANSPORT POLICE", "STALKING ACTION LOG (EXTRACT)", "Entries under each item are newest first.", ""]
        + item("14.1", "Victim needs assessments are always completed.",
               ("28/09/2025", "The field was made mandatory in June; completion runs at 98 per", "cent. [RAG: G]"),
               ("17/03/2025", "A mandatory field has been requested from the system team.", "[RAG: A]"))
        + item("14.3", "Information on support is easy to find.",
               ("29/09/2025", "The directory covers every area though some links are still being", "checked. [RAG:",
                "G/A]"),
               ("20/11/2024", "The support directory will be reviewed route by route. [RAG: R]"))
        + ["", "OFFICIAL", "BTP stalking action log - page 2", "\f"]
        + item("20.2", "Training includes examples of online stalking.",
               ("14/03/2025", "Input given to all investigators with two online case studies. [RAG: G]"),
               ("20/11/2024", "The investigators' CPD day will use online examples. [RAG: A]")))
    path = tmp_path / "british-transport-police-stalking-log.txt"
    path.write_text(text, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert sorted({u.item_id for u in updates}) == ["14.1", "14.3", "20.2"]
    assert [r for r, _ in _rounds(updates, "14.1")] == ["March 2025", "September 2025"]
    assert _rounds(updates, "14.1")[0][1] == "in_progress"
    assert _rounds(updates, "14.3") == [("November 2024", "not_started"), ("September 2025", "unknown")]
    assert _rounds(updates, "20.2") == [("November 2024", "in_progress"), ("March 2025", "complete")]
    latest = next(u for u in updates if u.item_id == "14.1" and u.round == "September 2025")
    assert "98 per cent" in latest.update_text and "RAG" not in latest.update_text


def test_two_log_rows_of_one_item_in_one_month_are_one_round_with_the_later_rows_status(tmp_path, normaliser):
    # a table log: two entries for 10.3 in September, newest first; the round's words in date order
    rows = [["Item", "Date", "Status", "Update"],
            ["10.3", "26/09/2025", "Complete", "Co-delivery with the advocacy service is now part of every course."],
            ["10.3", "08/09/2025", "Open - on track", "Advocates from the service helped deliver the September course."],
            ["10.3", "20/11/2024", "Open", "The advocacy service has agreed to help write the course."],
            ["10.4", "26/09/2025", "Complete", "Local procedure is now a standing part of the input."],
            ["10.4", "20/11/2024", "Open", "Local procedure will be added to the input."]]
    path = tmp_path / "south-yorkshire-police-stalking-log.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    _, updates, issues = read(path, normaliser)
    assert _rounds(updates, "10.3") == [("November 2024", "in_progress"), ("September 2025", "complete")]
    september = next(u for u in updates if u.item_id == "10.3" and u.round == "September 2025")
    assert september.update_text.index("helped deliver") < september.update_text.index("now part of every course")
    assert any(i.code == "entries_one_round" and "10.3" in i.message for i in issues)


def test_a_dated_status_line_goes_to_its_own_round_and_a_round_with_none_has_none(tmp_path, normaliser):
    # the national template: one paragraph a round in the update cell; the status cell dates its one line to November
    document = docx.Document()
    document.add_paragraph("Merseyside Police: stalking action plan")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Rec No.", "Force Update", "Date", "Status")):
        cell.text = text
    for number, words, status in (
            ("20.2", "November 2024: Online examples will be written into local guidance.\nMarch 2025: Local guidance "
                     "now carries three online examples.", "Nov 24 – In progress"),
            ("20.4", "November 2024: Alarms are offered to high-risk victims.\nMarch 2025: The offer now includes a "
                     "safety app.", "Nov 24 – BAU\nMar 25 –")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = number, words, "", status
    path = tmp_path / "merseyside-police-stalking-template.docx"
    document.save(path)
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status_raw) for u in updates if u.item_id == "20.2"] == [("November 2024", "In progress"),
                                                                               ("March 2025", "")]
    assert [(u.round, u.status_raw) for u in updates if u.item_id == "20.4"] == [("November 2024", "BAU"),
                                                                               ("March 2025", "")]


def test_carried_forward_words_pointing_to_a_month_or_ending_in_a_rating_are_no_round():
    for words in ("No further update – see March 2025.", "No change. Rating: Green.", "No change. BRAG: Amber"):
        assert not says_something(words), words
    assert says_something("Panel met twice. Rating: Green.")


def test_the_fifty_fourth_blind_set_reads_and_gives_no_false_done():
    assert_blind_set_reads("shapes_fiftyfourth", [
        "hampshire_constabulary_stalking_action_plan_sep2025.docx",
        "merseyside_police_stalking_action_plan_template_sep2025.docx",
        "nottinghamshire_police_stalking_action_plan_mar2026.pdf",
        "hertfordshire_constabulary_stalking_action_plan_mar2026.pdf",
        "city_of_london_police_stalking_action_log_saved_2026-03-31.html",
        "british_transport_police_stalking_action_log_sep2025.txt",
        "nottinghamshire_police_stalking_tracker_sep2025.xlsx",
        "merseyside_police_stalking_action_plan_page_saved_2025-04.html",
        "metropolitan_police_stalking_action_plan_published_mar2026.xlsx",
        "hampshire_constabulary_stalking_tracker_export_mar2026.csv"])
