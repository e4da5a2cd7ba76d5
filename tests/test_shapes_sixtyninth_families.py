"""Families the sixty-ninth blind set (a twenty-first realistic sample) found on its first run, each in our own words:
- a fixed-width dump whose running title ('FORCE   OFFICIAL   Stalking Action Plan') stands above a header ruled by one
  line across the page: the title was taken for the header, so the rows ran together and most items were lost;
- in such a dump an item number typed with a letter ('2O.4') ran into the row above it, whose words and status took it
  in: it is a row of its own, reported and not loaded;
- a log entry's status line 'Closed – business as usual' was cut at its dash, a done and some words, not BAU;
- a tracker whose RAG columns follow only some rounds ('Update (Mar-25) | RAG | Update (Sep-25) | Update (Mar-26) |
  RAG'): its RAG columns were paired from the right, so each went to the round after its own;
- 'No change' rated 'B' after 'A/G' moved its status onto the round before; 'No further update' rated 'On track'
  after an amber round stayed a round of its own;
- a saved page whose theme tables hold the first plan (undated: the page's 'Last reviewed March 2026' dated them) and
  whose later rounds are bullets under 'Update – March 2026' and a mistyped 'Update – Sepember 2025' at its end: the
  tables' round collided with March's, September's heading was no date, a one-row table under the page's shifted
  header was not read, and the page's footer after its last rule ran into the last bullet;
- 'the Hub keeps a record of every decision not to apply' beside 'Complete' read as a decision not to act.
First run (on the session's start, a70304c, before any file was looked at): 5/10 files exact, texts 235/261, statuses
138 right of 144 given; one a done for a round its file does not give as done (a 'BAU' from the next row's status)."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from etl.normalise.dates import in_english_months
from etl.normalise.logs import split_status
from etl.normalise.position import read_position
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def _rounds(updates, item):
    return [(u.round_date, u.status, u.update_text[:24]) for u in updates if u.item_id == item]


def test_a_fixed_width_dump_under_a_running_title_with_one_rule_across_the_page(tmp_path, normaliser):
    title = "DERBYSHIRE CONSTABULARY                    OFFICIAL                         Stalking Action Plan"
    header = "Ref   Sub    Lead           First response (Nov 2024)              Status       Update (Mar 2025)                       Status"
    lines = [
        title, "Tracker export", "",
        header, "-" * 132,
        "7     7.1    DCI Records    Change request raised so secondary     In progress  The change went live in February and   Complete",
        "                            crimes can be recorded.                             is in use.",
        "",
        "      7.2    DCI Records    A flag and an intelligence entry are   Complete     No further update",
        "                            added for every stalking report.",
        "",
        "      2O.4   DFU manager    Alarms and device checks on request.   BAU          No further update",
        "",
        "10    10.1   Head of L&D    Needs analysis to be completed.        Not started  Analysis complete; content added to     Complete",
        "                                                                                refresher courses.",
        "",
        "\f" + title, "", header, "-" * 132,
        "13    13.2   Head of PVP    The hub prompts an SPO in every case   Complete     SPO tracker now monitored monthly.      BAU",
        "                            and keeps a record of every decision",
        "                            not to apply.",
    ]
    path = tmp_path / "derbyshire-stalking-export.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, updates, issues = read(path, normaliser)
    assert _rounds(updates, "7.1") == [(dt.date(2024, 11, 1), "in_progress", "Change request raised so"),
                                       (dt.date(2025, 3, 1), "complete", "The change went live in ")]
    assert _rounds(updates, "7.2") == [(dt.date(2024, 11, 1), "complete", "A flag and an intelligen")]
    assert [u.status for u in updates if u.item_id == "10.1"] == ["not_started", "complete"]
    assert [u.status for u in updates if u.item_id == "13.2"] == ["complete", "bau"]
    # the mistyped number is its own row, reported, and its words join no other item
    assert not any("Alarms" in u.update_text for u in updates)
    assert any(i.code == "unparsed_item" and "2O.4" in i.message for i in issues)


def test_a_log_status_of_two_words_joined_by_a_dash_is_kept_whole(reference):
    assert split_status("Closed – business as usual", reference) == ("Closed – business as usual", "")
    assert split_status("Closed – business as usual Reviews audited in June.", reference) == (
        "Closed – business as usual", "Reviews audited in June.")
    assert split_status("Complete – Training delivered to all officers", reference) == (
        "Complete", "Training delivered to all officers")


def test_a_saved_page_log_entry_closed_into_business_as_usual(tmp_path, normaliser):
    path = tmp_path / "Stalking action plan _ Kent Police.html"
    path.write_text("""<html><body><main><h1>Our stalking action plan</h1>
<h2>Recommendation 12</h2>
<h3>12.3 Breaches of orders</h3>
<ul class="log">
<li><span>March 2026</span> <span>Closed – business as usual</span><p>Breach reviews are audited each quarter.</p></li>
<li><span>March 2025</span> <span>Complete</span><p>A breach of an order now triggers a risk review.</p></li>
<li><span>November 2024</span> <span>Not started</span><p>Breach risk is not yet covered in training.</p></li>
</ul></main></body></html>""", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round_date, u.status) for u in updates if u.item_id == "12.3"] == [
        (dt.date(2024, 11, 1), "not_started"), (dt.date(2025, 3, 1), "complete"), (dt.date(2026, 3, 1), "bau")]


def _tracker(path, rows) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Recommendation", "Initial response (Nov-24)", "Progress update (Mar-25)", "RAG",
                  "Progress update (Sep-25)", "Progress update (Mar-26)", "RAG"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_rag_columns_after_some_rounds_belong_to_the_round_before_them(tmp_path, normaliser):
    path = tmp_path / "kent-stalking-tracker.xlsx"
    _tracker(path, [
        ["13.1", "SPOs", "We will set up a civil orders review.", "The civil orders team reviews every crime.", "A",
         "Refreshed guidance launched at CPD days.", "Applications doubled and breaches are tracked.", "G"],
        ["16.1", "Advocates", "We will review commissioning with the PCC.", "Joint review under way with the PCC.", "A",
         "New advocacy contract awarded from October.", "No change", "B"],
        ["17.1", "Allocation", "Allocation follows THRIVE.", "Allocation policy amended for the new APP.", "B", "", "",
         ""],
    ])
    _, updates, _ = read(path, normaliser)
    assert [(u.round_date, u.status_raw) for u in updates if u.item_id == "13.1"] == [
        (dt.date(2024, 11, 1), ""), (dt.date(2025, 3, 1), "A"), (dt.date(2025, 9, 1), ""), (dt.date(2026, 3, 1), "G")]
    assert [(u.round_date, u.status_raw) for u in updates if u.item_id == "17.1"] == [
        (dt.date(2024, 11, 1), ""), (dt.date(2025, 3, 1), "B")]
    # 'No change' under a status that moved (A to B) is a round of its own; it does not date September's words BAU
    assert [(u.round_date, u.status_raw, u.update_text) for u in updates if u.item_id == "16.1"][-2:] == [
        (dt.date(2025, 9, 1), "", "New advocacy contract awarded from October."),
        (dt.date(2026, 3, 1), "B", "No change")]


def test_no_further_update_under_the_same_status_in_other_words_is_no_round(tmp_path, normaliser):
    path = tmp_path / "kent-stalking-tracker.csv"
    path.write_text("\n".join([
        "Ref,Update (Nov 2024),Status (Nov 2024),Update (Mar 2025),Status (Mar 2025),Update (Mar 2026),Status (Mar 2026)",
        "14.5,No way to count referrals yet.,Not started,Referral figures now shared with the PCC monthly.,Amber,"
        "No further update,On track",
    ]) + "\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round_date, u.status) for u in updates if u.item_id == "14.5"] == [
        (dt.date(2024, 11, 1), "not_started"), (dt.date(2025, 3, 1), "in_progress")]


def test_a_mistyped_month_before_a_year_is_mended_and_other_words_are_not():
    assert in_english_months("Update – Sepember 2025") == "Update – September 2025"
    assert in_english_months("Febuary 2026 update") == "February 2026 update"
    for words in ("remember 2025", "decided 2025", "Member 2025", "Action 2025"):
        assert in_english_months(words) == words


def test_theme_tables_before_dated_bullets_at_the_end_of_a_saved_page(tmp_path, normaliser):
    path = tmp_path / "our-response-to-the-stalking-super-complaint-staffordshire.md"
    path.write_text("""# Staffordshire Police – our response on stalking

_Last reviewed March 2026_

The tables below hold our first plan; later progress is listed at the end of the page, newest first.

## Crime recording (recommendation 7)

| Recommendation: | Force Update: | Action | |
|---|---|---|---|
| Interim measures | 7.2 | Stalking is recorded as its own crime and flagged. | ACTION: dip sample monthly. |

## Risk (recommendation 12)

| Recommendation: | Force Update: | Action | |
|---|---|---|---|
| Risk tools | 12.2 | DASH and the screening questions are used for every report. | ACTION: build into Niche. |
| High risk | 12.4 | High-risk cases are discussed at daily tasking. | ACTION: add breach cases. |

## Progress updates

### Update – March 2026

- **7.2:** The Niche change is live and the interim flag is retired. (Status: Completed)
- **12.2:** The risk policy was re-published with a chapter on non-domestic stalking. (Status: BAU)

### Update – Sepember 2025

- **12.2:** The risk tool is built into Niche and supervisors check it. (Status: Ongoing)
- **12.4:** Breach cases were added to daily tasking from July 2025. (Status: Completed)

---

Was this page useful? Yes No

© Staffordshire Police 2026
""", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round_date, u.status, u.update_text[:20]) for u in updates if u.item_id == "12.2"] == [
        (None, "unknown", "DASH and the screenin"[:20]), (dt.date(2025, 9, 1), "in_progress", "The risk tool is bui"),
        (dt.date(2026, 3, 1), "bau", "The risk policy was ")]
    assert [(u.round_date, u.status) for u in updates if u.item_id == "7.2"] == [
        (None, "unknown"), (dt.date(2026, 3, 1), "complete")]
    last = [u for u in updates if u.item_id == "12.4"][-1]
    assert (last.round_date, last.status) == (dt.date(2025, 9, 1), "complete")
    assert "useful" not in last.update_text


def test_a_record_of_every_decision_not_to_apply_is_a_routine_not_a_decision(reference):
    words = ("The hub reviews every stalking crime and prompts an SPO; the hub keeps a record of every decision not "
             "to apply.")
    assert read_position("Complete", words, reference, dt.date(2024, 11, 29)).status == "complete"
    assert read_position("Complete", "The Chief Constable decided not to apply for extra funding.", reference,
                         dt.date(2024, 11, 29)).status != "complete"


def test_the_sixtyninth_blind_set_reads_every_file_exactly():
    assert_blind_set_reads("shapes_sixtyninth", [
        "gwent_police_cynllun_gweithredu_stelcio_stalking_action_plan_mar2026.docx",
        "Cleveland_Police_Stalking_Action_Plan_Tracker_v3.2_PUBLISHED.xlsx",
        "wiltshire-police-stalking-action-plan-update-sept-2025.pdf",
        "Police response to stalking - our action plan _ South Yorkshire Police.html",
        "norfolk_constabulary_stalking_action_plan_export_mar2025.txt",
        "Essex_Police_Stalking_Action_Plan_Progress_Update_March_2026.docx",
        "northamptonshire_police_stalking_action_tracker_mar26.xlsx",
        "DC_Police_Stalking_Action_Plan_Nov24_updated_Mar26.pdf",
        "thames_valley_police_stalking_action_plan_export_20260320.csv",
        "west-midlands-police-stalking-super-complaint-response.md"])
