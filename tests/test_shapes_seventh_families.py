"""The families a seventh blind set (tests/fixtures/shapes_seventh, written by a colleague who read none of the
readers) found, each in our own words and in more than one format where the family occurs in more than one.
First run of that set: 4 of 12 files read exactly, items 80 of 93 with 5 invented, round texts 84 of 159."""
from __future__ import annotations

import pytest

from etl.evaluate import evaluate_plans
from etl.extract import extract
from etl.normalise.infer import infer_status
from tests.fixtures import write_csv, write_html
from tests.test_real_shapes import FIXTURES


def read(path, normaliser):
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    return force_id, sorted(updates, key=lambda u: (u.item_id, u.round_order)), issues


# --- a 'No.' column that numbers the document's own rows; each row names its recommendation in words
ROW_NUMBERED = [["1", "Recommendation 20 - Keep victims informed as the Victims' Code says",
                 "Victims get an update at least every 28 days.", "Contact log audited in March. Status: Complete"],
                ["2", "Recommendation 25 – Stalking clinics with partners",
                 "A clinic with the mental health trust is being explored.", "-"]]
ROW_HEAD = ["No.", "Recommendation", "Initial response (November 2024)", "Progress update (March 2025)"]


@pytest.mark.parametrize("write", [
    lambda p: write_html(p / "gwent-police-stalking-plan.html", ROW_NUMBERED, ROW_HEAD, title="Gwent Police"),
    lambda p: write_csv(p / "gwent-police-stalking-plan.csv", ROW_HEAD, ROW_NUMBERED, preamble=("Gwent Police",)),
])
def test_a_column_of_row_numbers_gives_way_to_the_recommendation_each_row_names(tmp_path, normaliser, write):
    _, updates, issues = read(write(tmp_path), normaliser)
    assert {u.item_id for u in updates} == {"20.1", "20.2", "20.3", "20.4", "25.1", "25.2", "25.3"}
    assert {u.granularity for u in updates} == {"recommendation"}
    twenty = [u for u in updates if u.item_id == "20.1"]
    # a routine in the present tense is not read as done; the March words state their status
    assert [(u.round, u.status) for u in twenty] == [("November 2024", "unknown"), ("March 2025", "complete")]
    assert twenty[-1].status_source == "stated"  # 'Status: Complete' is the force's own word, not inferred
    assert [u.round for u in updates if u.item_id == "25.1"] == ["November 2024"]  # '-' is no round
    assert not [i for i in issues if i.code == "unknown_item"]


# --- a bilingual table: every heading in Welsh then English, the status a labelled last line in both
def test_bilingual_headings_are_read_a_language_at_a_time(tmp_path, normaliser):
    rows = [["10.1", "Hyfforddiant / Training",
             "<p lang='cy'>Mae 70% wedi cwblhau.</p><p lang='en'>Uptake is 70% of officers.</p>"
             "<p>Statws / Status: Ar y gweill / In progress</p>",
             "<p lang='cy'>Mae pob swyddog wedi cwblhau.</p><p lang='en'>Every officer has now completed it.</p>"
             "<p>Statws / Status: Wedi'i gwblhau / Complete</p>"]]
    head = ["Cyf. / Ref.", "Argymhelliad / Recommendation", "Diweddariad Tachwedd 2024 / November 2024 update",
            "Diweddariad Mawrth 2025 / March 2025 update"]
    _, updates, _ = read(write_html(tmp_path / "dyfed-powys-police-cynllun.html", rows, head, title="Dyfed-Powys"),
                         normaliser)
    assert [(u.item_id, u.round, u.status, u.status_source) for u in updates] == [
        ("10.1", "November 2024", "in_progress", "stated"), ("10.1", "March 2025", "complete", "stated")]
    assert "Every officer has now completed it." in updates[-1].update_text


# --- a log per item in an HTML list: each entry's date and status on one line, its words below it
def test_a_list_log_with_date_and_status_lines_over_words_is_a_round_per_entry_in_time_order(tmp_path, normaliser):
    path = tmp_path / "cleveland-police-stalking-plan.html"
    path.write_text(
        "<html><head><title>Cleveland Police: our stalking plan</title></head><body><main>"
        "<h1>Our stalking action plan</h1><p>Last updated: 4 March 2026</p>"
        "<details><summary>12.2 – Interim orders</summary><ul>"
        "<li><span>4 March 2026</span> <span>Status: Closed – business as usual</span><p>Interim orders are sought "
        "routinely and checked at the weekly review.</p></li>"
        "<li><span>Sept 2025</span> <span>Status: In progress (50%)</span><p>Half of the PPU detectives have had the "
        "legal input.</p></li>"
        "<li><span>Nov-24</span> <span>Status: Not started</span><p>We will brief detectives on interim orders.</p></li>"
        "</ul></details></main></body></html>", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [
        ("November 2024", "not_started"), ("September 2025", "in_progress"), ("March 2026", "bau")]
    assert updates[-1].update_text.startswith("Interim orders are sought routinely")


# --- a tracker export: a row per item and period, periods out of order, a status code with no words
def test_an_update_period_column_orders_rounds_by_date_and_a_status_without_words_is_no_round(tmp_path, normaliser):
    head = ["Recommendation", "Sub-item", "Update period", "Update", "RAG", "Last edited"]
    rows = [["Rec 13", "13.1", "Mar-25", "Referral form now used by every team.", "G", "20/03/2025 10:00"],
            ["Rec 13", "13.1", "Nov-24", "A referral form is planned for 2025.", "A", "19/11/2024 09:00"],
            ["Rec 13", "13.2", "Nov-24", "Advocacy contract under review.", "A", "19/11/2024 09:05"],
            ["Rec 13", "13.2", "Mar-25", "", "A", "20/03/2025 10:05"],
            ["Key:", "G = Complete", "A = In progress", "R = Not started", "", ""]]
    _, updates, issues = read(write_csv(tmp_path / "norfolk-constabulary-tracker.csv", head, rows,
                                        preamble=("Norfolk Constabulary",)), normaliser)
    assert [(u.item_id, u.round, u.status, u.update_text[:22]) for u in updates] == [
        ("13.1", "November 2024", "in_progress", "A referral form is pla"),  # the code, not the words, is the status
        ("13.1", "March 2025", "complete", "Referral form now used"),
        ("13.2", "November 2024", "in_progress", "Advocacy contract unde")]
    assert [i.code for i in issues if "13.2" in i.message] == ["status_without_words"]


# --- a tracker whose round columns are headed only by their month and whose status is each cell's fill
def test_month_headed_round_columns_take_their_status_from_the_fill_through_the_pages_key(tmp_path, normaliser):
    import openpyxl
    from openpyxl.styles import PatternFill

    def fill(rgb):
        return PatternFill(fill_type="solid", fgColor=rgb)

    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Plan"
    plan.append(["Durham Constabulary stalking plan"])
    plan.append(["Ref", "Recommendation", "Lead", "November 2024", "March 2025"])
    plan.append(["16.1", "Stalking points of contact", "D/Supt", "A point of contact in every area.",
                 "Contact role written into job descriptions."])
    plan.append(["18.1", "Performance data", "Analyst", "Performance pack in development.", ""])
    plan["D3"].fill, plan["E3"].fill, plan["D4"].fill = fill("FF00B050"), fill("FF0070C0"), fill("FFFFC000")
    key = book.create_sheet("Key")
    for row in (["Colour", "Meaning"], ["Blue", "Closed - business as usual"], ["Green", "Complete"],
                ["Amber", "In progress"], ["Red", "Not started"]):
        key.append(row)
    path = tmp_path / "durham-constabulary-stalking-plan.xlsx"
    book.save(str(path))
    _, updates, issues = read(path, normaliser)
    assert [(u.item_id, u.round, u.status) for u in updates] == [
        ("16.1", "November 2024", "complete"), ("16.1", "March 2025", "bau"), ("18.1", "November 2024", "in_progress")]
    assert any(i.code == "page_key" for i in issues)


@pytest.mark.parametrize("text", [
    "The first quarterly audit found 91% compliance; two briefing notes went to response teams.",
    "A dip sample found 96% correctly classified as stalking.",
    "Compliance in the first month was 88%.",
])
def test_a_share_that_is_a_finding_is_not_how_far_the_work_got(text, reference):
    inferred = infer_status(text)
    assert inferred is None or inferred.status != "in_progress", inferred
    from etl.normalise.position import read_position
    assert read_position("Complete", text, reference).status == "complete"  # no 'work left' in a finding


def test_a_share_of_the_work_is_still_progress(reference):
    assert infer_status("Uptake has reached 97% of frontline officers.").status == "in_progress"
    from etl.normalise.position import read_position
    assert read_position("Complete", "The latest extract shows 71% completion.", reference).status == "unknown"


# the set itself: ten of its twelve plans read exactly. Two differ from their labels on purpose: Derbyshire lists
# 11.3 (no words, no status) and 18.2 ('Not Started', no words) as plan items, as the build does for an item a plan
# lists with nothing said; West Mercia's page quotes wording its author wrote, not the report's (see its notes)
SEVENTH_EXACT = ["dyfed-powys-police-stalking-action-plan-cynllun-gweithredu-stelcio.html",
                 "northumbria-police-stalking-super-complaint-action-plan.html",
                 "sussex-police-stalking-action-plan-progress.html",
                 "Staffordshire-Police-Stalking-Action-Plan-March-2025-update.docx",
                 "West_Yorkshire_Police_Stalking_Action_Plan_BRAG.xlsx",
                 "Suffolk_Constabulary_Stalking_Action_Plan_Tracker_v7.xlsx",
                 "lincolnshire-police-stalking-action-plan-march-2026.pdf",
                 "Wiltshire-Police-Stalking-Action-Plan-Update-2025.pdf",
                 "humberside-police-stalking-action-plan.txt",
                 "surrey-police-stalking-action-plan-export.csv"]


def test_the_seventh_blind_set_reads_its_plans_item_for_item():
    table, problems = evaluate_plans(FIXTURES / "shapes_seventh")
    exact = table[table.file.isin(SEVENTH_EXACT)]
    assert len(exact) == len(SEVENTH_EXACT) and exact.ok.all(), problems
    total = exact.sum(numeric_only=True)
    assert total.status_right == total.status_given, problems  # every status given is right
