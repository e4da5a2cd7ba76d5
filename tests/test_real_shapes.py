"""Plans as forces really publish them (issue 10) and values a reader must not guess (issue 13, items 1-4).

The fixtures in tests/fixtures/shapes (development), shapes_holdout and shapes_blind (held out) were written
by colleagues who had not read the readers, from the shape families in the notes, with an answer key per
round; each held-out set was first run after the readers were written (first-run figures in the README).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.build import run_build
from etl.evaluate import EVALUATION_DIR, evaluate_plans, read_all
from etl.extract import extract
from tests.fixtures import write_csv, write_html

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("folder", ["shapes", "shapes_holdout", "shapes_blind", "shapes_late"])
def test_every_shape_family_reads_item_for_item(folder):
    table, problems = evaluate_plans(FIXTURES / folder)
    assert set(table.family.str[0]) >= set("123456789")  # every family in the notes
    assert table.format.nunique() >= 3
    total = table.sum(numeric_only=True)
    assert total.items_found == total.items_expected and total.items_extra == 0, problems
    assert total.texts_right == total.texts and total.latest_right == total.items_expected, problems
    assert total.status_right == total.status_given, problems  # no status read from the wrong words or round
    assert total.granularity_right == total.items_expected, problems
    assert table.ok.all(), problems


def _read(path, normaliser):
    return normaliser.normalise(extract(path), path.name)


def test_hampshire_shape_reads_its_march_2026_update_as_the_latest(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    head = ["Rec No.", "Recomendation", "Sub recommendation/", "Rec. Owner", "Initial action plan response", "March 2026 update"]
    rows = [["7", "By 27 March 2025, crime recording.", "7.1", "DCI A", "We will remind staff.", "Staff were reminded and the audit is complete."],
            ["7", "By 27 March 2025, crime recording.", "7.2", "DCI A", "Intelligence logs are used meanwhile.", ""],
            ["10", "By 27 March 2025, training.", "10.2 10.3", "L&D", "The e-learning is being rolled out.", "Completion is 96% and advocates co-deliver."]]
    write_html(raw / "hampshire-and-isle-of-wight-plan.html", rows, head, title="Stalking action plan")
    run_build(raw, tmp_path / "wh")
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    latest = con.execute("SELECT item_id, round, update_text FROM plan_items ORDER BY item_id").fetchall()
    rounds = con.execute("SELECT item_id, round, round_seq FROM plan_updates ORDER BY item_id, round_seq").fetchall()
    con.close()
    assert latest == [
        ("10.2", "March 2026", "Completion is 96% and advocates co-deliver."),
        ("10.3", "March 2026", "Completion is 96% and advocates co-deliver."),
        ("7.1", "March 2026", "Staff were reminded and the audit is complete."),
        ("7.2", "Initial action plan response", "Intelligence logs are used meanwhile."),  # empty later cell: no update that round
    ]
    assert ("7.1", "Initial action plan response", 1) in rounds and ("7.1", "March 2026", 2) in rounds


def test_update_markers_in_a_cell_are_rounds_and_the_stated_status_is_the_newest(tmp_path, normaliser):
    head = ["Rec No", "Sub-rec", "Force update", "Date", "Status"]
    rows = [["11", "11.1", "A profile will be commissioned. UPDATE March 2025: the profile is being drafted. "
             "UPDATE March 2026: the profile was signed off.", "Nov-24", "Complete"]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, _ = _read(path, normaliser)
    got = [(u.round, u.update_text, u.status, u.status_source) for u in sorted(updates, key=lambda u: u.round_order)]
    assert got[0][:2] == ("November 2024", "A profile will be commissioned.")
    assert got[1][:2] == ("March 2025", "the profile is being drafted.") and got[1][3] == "inferred"
    assert got[2] == ("March 2026", "the profile was signed off.", "complete", "stated")


def test_narrative_with_numbered_labels_reads_the_force_words_not_the_report_words(tmp_path, normaliser):
    path = tmp_path / "cambridgeshire.html"
    path.write_text(
        "<html><body><p>Leave this site</p><p>We use cookies to improve the site.</p>"
        "<h2>Recommendation 12</h2><p>By 27 March 2025, take steps on risk identification.</p>"
        "<p>Executive Lead: ACC Stone</p>"
        "<p>12.1 - Evidence requirements of progress/completion: Consider adopting the stalking screening tool.</p>"
        "<p>The screening tool went live in every district in January.</p>"
        "<p>12.3 - Evidence requirements of progress/completion: Breaches of protective orders raise the risk.</p>"
        "<p>Policy is being rewritten to cover breaches.</p><p>Status: In progress 40%</p></body></html>")
    _, _, updates, issues = _read(path, normaliser)
    by_item = {u.item_id: u for u in updates}
    assert set(by_item) == {"12.1", "12.3"}  # 12.2 and 12.4 are not invented
    assert by_item["12.1"].update_text == "The screening tool went live in every district in January."
    assert by_item["12.1"].anchor == "number" and by_item["12.1"].owner == "ACC Stone"
    assert (by_item["12.3"].status, by_item["12.3"].progress_pct, by_item["12.3"].status_source) == ("in_progress", 40, "stated")


def test_report_wording_with_no_numbers_is_a_recommendation_level_answer(tmp_path, normaliser):
    path = tmp_path / "merseyside.html"
    path.write_text(
        "<html><body><p>By 27 March 2025, where required, seek changes to crime recording systems so crimes not "
        "recorded as the principal crime can be searched, as included classifications.</p>"
        "<p>Processes make sure this system capability is effectively used by officers and staff.</p>"
        "<p>Alternative measures such as intelligence reports while system changes are pending.</p>"
        "<p>The below provides the Merseyside Police response.</p>"
        "<p>We dip sample stalking records every month and the change is complete.</p></body></html>")
    _, _, updates, _ = _read(path, normaliser)
    assert {u.item_id for u in updates} == {"7.1", "7.2"}
    assert {u.granularity for u in updates} == {"recommendation"}
    assert all(u.anchor.startswith("wording ") and float(u.anchor.split()[1]) >= 0.6 for u in updates)
    assert {u.update_text for u in updates} == {"We dip sample stalking records every month and the change is complete."}


def test_paragraph_numbers_are_not_item_numbers_and_prose_is_reported_not_guessed(tmp_path, normaliser):
    report = tmp_path / "essex.html"
    report.write_text("<html><body><h2>7. Governance</h2><p>7.1 The stalking board meets monthly.</p>"
                      "<p>7.2 Minutes go to the chief officer group.</p><p>1.1 Upon receipt of the report we met.</p>"
                      "<p>2.1 A working group was formed.</p></body></html>")
    _, _, updates, issues = _read(report, normaliser)
    assert updates == [] and issues[-1].code in ("not_a_plan", "prose_without_items")
    prose = tmp_path / "metropolitan.html"
    prose.write_text("<html><body>" + "".join(
        f"<p>We take stalking seriously and have considered the super-complaint recommendations carefully ({n}).</p>"
        for n in range(6)) + "</body></html>")
    _, _, updates, issues = _read(prose, normaliser)
    assert updates == [] and [i.code for i in issues] == ["prose_without_items"]


def test_a_news_page_that_links_to_its_plan_says_so(tmp_path, normaliser):
    page = tmp_path / "south-wales-news.html"
    page.write_text("<html><body><h1>South Wales Police response</h1><p>Our action plan can be "
                    "<a href='/media/plan.docx'>read in full here</a>.</p></body></html>")
    _, _, updates, issues = _read(page, normaliser)
    assert updates == [] and issues[0].code == "linked_plan" and "/media/plan.docx" in issues[0].message


def test_real_plan_style_sentences_are_read_as_labelled():
    frame = pd.read_csv(EVALUATION_DIR / "status_sentences_real.csv")
    assert len(frame) >= 150 and frame.status.value_counts().min() >= 20
    frame["read"] = read_all(frame.text.tolist())
    decided = frame[frame.read != "unknown"]
    assert (decided.read == decided.status).mean() >= 0.97  # precision: a wrong status is worse than none
    assert (frame.read == frame.status).mean() >= 0.9


# Issue 13, item 1: words that must never be stored as complete
TRAPS = ["To be completed", "Due to complete June 2026", "Will be completed by March 2026", "Met partially",
         "Yet to be implemented", "Not yet achieved", "Closed - not achieved", "Complete? No", "Target: complete by Q3",
         "No - not complete"]


@pytest.mark.parametrize("raw", TRAPS)
def test_negated_future_or_questioned_status_words_are_never_complete(raw, tmp_path, normaliser):
    path = write_html(tmp_path / "kent.html", [["7", "7.1", "Text.", raw]], ["Rec No", "Sub-rec", "Force update", "Status"])
    _, _, updates, issues = _read(path, normaliser)
    (update,) = updates
    assert update.status not in ("complete", "bau")
    if update.status == "unknown":
        assert {"doubtful_status", "unmapped_status"} & {i.code for i in issues}


@pytest.mark.parametrize("raw, status, pct, warned", [
    ("-5%", "unknown", None, True), ("\u22125%", "unknown", None, True), ("1,000%", "unknown", None, True),
    ("In progress 50-60%", "in_progress", None, True), ("Amber - 60%", "in_progress", 60, False),
    ("In Progress 12.5%", "in_progress", 12.5, False), ("Complete (100%)", "complete", 100, False),
])
def test_percentages_keep_sign_size_and_doubt(raw, status, pct, warned, tmp_path, normaliser):
    path = write_html(tmp_path / "kent.html", [["7", "7.1", "Text.", raw]], ["Rec No", "Sub-rec", "Force update", "Status"])
    _, _, (update,), issues = _read(path, normaliser)
    assert (update.status, update.progress_pct) == (status, pct)
    assert ("bad_percentage" in {i.code for i in issues}) == warned
    if warned:
        assert any("7.1" in i.message for i in issues if i.code == "bad_percentage")


@pytest.mark.parametrize("odd", ["Rec 7 (1)", "Recommendation 7, part 3", "7-1", "11/2", "12,1"])
def test_an_unparseable_item_id_is_reported_and_never_spread_over_explicit_items(odd, tmp_path, normaliser):
    head = ["Rec No", "Sub-rec", "Force update", "Status"]
    rows = [["7", odd, "Something.", "Not started"], ["7", "7.2", "Done by the plan's own row.", "Complete"]]
    path = write_html(tmp_path / "kent.html", rows, head)
    _, _, updates, issues = _read(path, normaliser)
    by_item = {u.item_id: u for u in updates}
    assert by_item["7.2"].status == "complete" and by_item["7.2"].granularity == "item"
    assert "7.1" not in by_item or by_item["7.1"].granularity == "item"
    assert "unparsed_item" in {i.code for i in issues}


def test_a_same_round_addendum_merges_item_by_item(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    head = ["Rec No", "Sub-rec", "Force update", "Status"]
    full = [["7", "7.1", "Reminder issued.", "Complete"], ["7", "7.2", "Logs used.", "In progress"],
            ["10", "10.1", "Mapped.", "Complete"], ["10", "10.2", "Mandatory.", "Complete"]]
    write_csv(raw / "kent-plan-2025-03-a.csv", head, full, preamble=("Kent Police",))
    write_csv(raw / "kent-plan-2025-03-b-addendum.csv", head, [["7", "7.2", "Searchable now.", "Complete"]],
              preamble=("Kent Police",))
    run_build(raw, tmp_path / "wh")
    con = duckdb.connect(str(tmp_path / "wh" / "plans.duckdb"), read_only=True)
    items = dict(con.execute("SELECT item_id, source_file FROM plan_items").fetchall())
    warning = con.execute("SELECT message FROM load_issues WHERE code = 'duplicate_round'").fetchall()
    con.close()
    assert set(items) == {"7.1", "7.2", "10.1", "10.2"}  # the addendum does not erase the plan
    assert items["7.2"] == "kent-plan-2025-03-b-addendum.csv" and items["7.1"] == "kent-plan-2025-03-a.csv"
    assert len(warning) == 1 and "kent-plan-2025-03-a.csv" in warning[0][0] and "b-addendum" in warning[0][0]


# --- a fifth blind set (shapes_fresh, written by a colleague who read none of the readers). First run: 10 of 14
# files read exactly; the families it found are tested below in our own words, and the set is read in full here.
@pytest.mark.parametrize("folder", ["shapes_fresh", "shapes_sixth"])
def test_the_fresh_blind_sets_read_item_for_item(folder):
    """shapes_sixth (12 plans, another colleague, first run 5 of 12 files exact) is held to the same."""
    table, problems = evaluate_plans(FIXTURES / folder)
    total = table.sum(numeric_only=True)
    assert total.items_found == total.items_expected and total.items_extra == 0, problems
    assert total.texts_right == total.texts and total.latest_right == total.items_expected, problems
    assert total.status_right == total.status_given, problems
    assert table.ok.all(), problems


def _updates(path, normaliser):
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    return force_id, sorted(updates, key=lambda u: (u.item_id, u.round_order)), issues


def test_a_dated_log_kept_newest_first_in_one_cell_is_a_round_per_entry_in_time_order(tmp_path, normaliser):
    log = ("02/03/2025: The leaflet is printed and in every front counter. (Status: Complete)\n"
           "18/11/2024: A leaflet on support services will be drafted with the advocacy service. (Status: Not started)")
    path = write_html(tmp_path / "essex-stalking-log.html", [["14.3", "Tell victims where to get support", log]],
                      ["Ref", "What is asked", "Progress log (latest first)"], title="Essex Police stalking plan")
    _, updates, _ = _updates(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [("November 2024", "not_started"), ("March 2025", "complete")]
    assert updates[-1].update_text.startswith("The leaflet is printed") and "(Status" not in updates[-1].update_text


def test_a_row_number_wrapped_onto_the_next_line_of_a_layout_dump_is_one_row_for_both_items(tmp_path, normaliser):
    lines = ["Essex Police stalking action plan", "",
             "Ref       Action (November 2024)            Progress (March 2025)            RAG",
             "",
             "11.2 /    A quarterly audit of stalking     The first two audits are done    Amber",
             "11.3      crimes will be set up and its     and the third is booked.",
             "          findings shared with leads.",
             "",
             "12.1      The screening tool will be        The tool is live in every        Complete",
             "          piloted in the west.              district.",
             ""]
    path = tmp_path / "essex-stalking-plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _, updates, _ = _updates(path, normaliser)
    latest = {u.item_id: u for u in updates if u.round == "March 2025"}
    assert set(latest) == {"11.2", "11.3", "12.1"}
    assert latest["11.2"].update_text == latest["11.3"].update_text == "The first two audits are done and the third is booked."


def test_a_force_label_in_the_templates_top_table_naming_another_force_is_a_conflict(tmp_path, normaliser):
    import docx

    document = docx.Document()
    document.add_paragraph("Police stalking action plan")
    top = document.add_table(rows=2, cols=2)
    top.cell(0, 0).text, top.cell(0, 1).text = "Force:", "Suffolk Constabulary"
    top.cell(1, 0).text, top.cell(1, 1).text = "Executive Lead:", "ACC Example"
    plan = document.add_table(rows=2, cols=3)
    for cell, text in zip(plan.rows[0].cells, ["Rec. No.", "Force Update:", "Status"]):
        cell.text = text
    for cell, text in zip(plan.rows[1].cells, ["7.1", "Recorders check the field.", "Action Complete"]):
        cell.text = text
    path = tmp_path / "norfolk-constabulary-stalking-plan.docx"
    document.save(str(path))
    force_id, updates, issues = _updates(path, normaliser)
    assert force_id is None and updates == []
    conflict = next(i for i in issues if i.code == "force_conflict")
    assert "Norfolk" in conflict.message and "Suffolk" in conflict.message


def test_a_round_headed_month_year_action_in_a_sideways_table_is_the_first_round(tmp_path, normaliser):
    table = ("<table><tr><th>Sub-recommendation</th><th>12.1</th><th>12.2</th></tr>"
             "<tr><th>What the report asks</th><td>Screening tool</td><td>Risk policy</td></tr>"
             "<tr><th>November 2024 action</th><td>We will pilot the tool.</td><td>The policy will be rewritten.</td></tr>"
             "<tr><th>March 2025 update</th><td>The tool is live force-wide.</td><td></td></tr>"
             "<tr><th>Status</th><td>Complete</td><td>In progress</td></tr></table>")
    path = tmp_path / "essex-stalking-plan.html"
    path.write_text(f"<html><head><title>Essex Police stalking plan</title></head><body>{table}</body></html>",
                    encoding="utf-8")
    _, updates, _ = _updates(path, normaliser)
    rounds = {(u.item_id, u.round): (u.update_text, u.status) for u in updates}
    assert rounds[("12.1", "November 2024")][0] == "We will pilot the tool."
    assert rounds[("12.1", "March 2025")] == ("The tool is live force-wide.", "complete")
    # the empty March cell is no round: the November words stand, with the status column's reading
    assert ("12.2", "March 2025") not in rounds
    assert rounds[("12.2", "November 2024")] == ("The policy will be rewritten.", "in_progress")


def test_a_forms_date_no_earlier_than_its_update_markers_does_not_date_its_first_words(tmp_path, normaliser):
    """'Date: Mar-26' above words with 'UPDATE March 2025:' and 'UPDATE March 2026:' is the form's last edit: its
    first words are the oldest round, not a March 2026 one placed after March 2025 (the build orders by date)."""
    from etl.reconcile import _effective_dates, round_sort_key
    from types import SimpleNamespace

    rows = [["Recommendation:", "12.3"],
            ["Force update:", "Breach risk will be added to training.\nUPDATE March 2025: Training given to 300 "
                              "officers.\nUPDATE March 2026: All guidance now covers breaches."],
            ["Date:", "Mar-26"], ["Status:", "Complete"]]
    path = write_html(tmp_path / "essex-stalking-forms.html", rows[1:], rows[0], title="Essex Police stalking plan")
    _, updates, _ = _updates(path, normaliser)
    effective = _effective_dates(SimpleNamespace(updates=updates))
    ordered = sorted(updates, key=lambda u: round_sort_key(u, 0, effective.get(u.round)))
    assert [u.update_text[:12] for u in ordered] == ["Breach risk ", "Training giv", "All guidance"]
    assert ordered[-1].status == "complete"


def test_a_register_with_an_entry_date_column_is_a_log_in_time_order(tmp_path, normaliser):
    rows = [["14.5", "04/03/2026", "Low referral areas are contacted monthly.", "Complete"],
            ["14.5", "12/03/2025", "A referral dashboard is in testing.", "In progress"],
            ["14.5", "20/11/2024", "Referrals will be monitored.", "Not started"]]
    path = write_csv(tmp_path / "essex-register.csv", ["Ref", "Entry date", "Progress note", "Status"], rows,
                     preamble=("Essex Police stalking register",))
    _, updates, _ = _updates(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [("November 2024", "not_started"), ("March 2025", "in_progress"),
                                                      ("March 2026", "complete")]


def test_a_form_kept_newest_first_with_its_first_words_at_the_bottom(tmp_path, normaliser):
    """shapes_sixth: 'UPDATE (date) -' paragraphs newest first and the original words left unmarked at the bottom;
    in such a document a form with one marker keeps its first words at the bottom too."""
    def form(item, update, status):
        return [["Recommendation:", item], ["Force update:", update], ["Status:", status]]

    import docx

    document = docx.Document()
    document.add_paragraph("Essex Police stalking action plan")
    for rows in (form("11.2", "UPDATE (09/03/2026) - Audits continue twice a year.\nUPDATE (13/03/2025) - The first "
                              "audit reported to the board.\nStalking will be added to the audit plan.", "Closed (BAU)"),
                 form("12.1", "UPDATE (March 2025) - A shorter screening tool is being agreed.\nThe tool is being "
                              "tested by the hub.", "Ongoing")):
        table = document.add_table(rows=len(rows), cols=2)
        for n, (label, value) in enumerate(rows):
            table.cell(n, 0).text, table.cell(n, 1).text = label, value
    path = tmp_path / "essex-stalking-forms.docx"
    document.save(str(path))
    _, updates, _ = _updates(path, normaliser)
    from etl.reconcile import _effective_dates, round_sort_key
    from types import SimpleNamespace

    effective = _effective_dates(SimpleNamespace(updates=updates))
    by_item = {}
    for u in sorted(updates, key=lambda u: round_sort_key(u, 0, effective.get(u.round))):
        by_item.setdefault(u.item_id, []).append(u.update_text[:10])
    assert by_item == {"11.2": ["Stalking w", "The first ", "Audits con"], "12.1": ["The tool i", "A shorter "]}


def test_a_dash_alone_is_no_round_and_a_percentage_is_no_item_number(tmp_path, normaliser):
    path = write_html(tmp_path / "essex-stalking-plan.html",
                      [["13.1", "Det Supt", "Guidance will be written.", "-", "Guidance issued to all supervisors."]],
                      ["Sub recommendation", "Rec. Owner", "Initial action plan response", "March 2025 update",
                       "March 2026 update"], title="Essex Police plan",
                      extra="<p>14.5 per cent of stalking reports in 2024 mentioned social media.</p>")
    _, updates, _ = _updates(path, normaliser)
    assert [(u.item_id, u.update_text[:8]) for u in updates] == [("13.1", "Guidance"), ("13.1", "Guidance")]
    assert [u.round for u in updates] == ["Initial action plan response", "March 2026"]


def test_a_misaligned_header_under_a_spanning_title_with_its_status_in_a_blank_column(tmp_path, normaliser):
    """shapes_sixth: 'Recommendation: | Force Update: | Action | (blank)' over a title row spanning the table, then
    paraphrase | 7.1 | update | 'ACTION: COMPLETE'. The title is not the header; the blank column is the status."""
    rows = [["Recommendations made to all chief constables"] * 4,
            ["Staff use the included classifications", "7.1", "A briefing reached every recorder.", "ACTION: COMPLETE"],
            ["Advocates help with training", "10.3", "The advocacy service will co-deliver.", "ACTION: Ongoing"],
            ["Multi-agency panels", "25.2", "Not a matter for this force.", "ACTION: N/A"]]
    path = write_html(tmp_path / "essex-stalking-response.html", rows, ["Recommendation:", "Force Update:", "Action", ""],
                      title="Essex Police stalking response")
    _, updates, _ = _updates(path, normaliser)
    assert [(u.item_id, u.status, u.status_source) for u in updates] == [
        ("10.3", "in_progress", "stated"), ("25.2", "not_applicable", "stated"), ("7.1", "complete", "stated")]
    assert updates[-1].update_text == "A briefing reached every recorder."


def test_a_report_paragraph_that_names_its_sub_item_answers_it_whatever_its_own_number(tmp_path, normaliser):
    import docx

    document = docx.Document()
    for line in ("Essex Police", "Police response to stalking: progress report", "1. Introduction",
                 "1.1 This report sets out our progress.", "1.2 A working group oversees the plan.",
                 "2. Recording", "2.2 For recommendation 7.2, an intelligence report is made for every such crime. "
                 "Status: in progress.", "7. Victims", "7.1 On recommendation 14.4, referrals are made within two "
                 "days. Status: complete.", "10. Next steps", "10.1 We will publish again in September."):
        document.add_paragraph(line)
    path = tmp_path / "essex-stalking-report.docx"
    document.save(str(path))
    _, updates, _ = _updates(path, normaliser)
    assert sorted((u.item_id, u.status, u.update_text[:14]) for u in updates) == [
        ("14.4", "complete", "referrals are "), ("7.2", "in_progress", "an intelligenc")]
