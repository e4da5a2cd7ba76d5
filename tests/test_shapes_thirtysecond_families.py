"""The families the thirty-second blind set (tests/fixtures/shapes_thirtysecond, written by a colleague who read none of
the readers: force websites' content-management pages as saved from the browser) found, each in our own words. First
run: 7 of 10 files read exactly, items 96 of 96, round texts 153 of 206, no false done: a 'Read more' excerpt was read
in place of the full text it cuts short; a bare 'Action' column (the action's name) was read as an undated first
round; a header whose 'Force update' is merged over 'November 2024 | March 2025' lost its dated lower line; and one
cell spread over two rounds' columns gave two rounds."""
from __future__ import annotations

from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read

SHELL = ("<header><a href='#main'>Skip to content</a></header><p>Quickly exit this site by pressing the Escape key</p>"
         "<div class='cookie'>We use cookies to make this site work.</div>")


def _page(path, title: str, body: str):
    path.write_text(f"<html><head><title>{title}</title></head><body>{SHELL}<main>{body}</main></body></html>",
                    encoding="utf-8")
    return path


def test_a_read_more_excerpt_gives_way_to_its_full_text(tmp_path, normaliser):
    full = ("Audits of stalking cases were carried out only after a complaint. From January the audit team reviews ten "
            "stalking crimes every month and reports to the board.")
    card = ("<div class='card'><h3>11.2 – Stalking cases are audited</h3><h4>November 2024</h4>"
            "<p>Status at this update: <strong>In progress</strong></p>"
            "<p class='excerpt'>Audits of stalking cases were carried out only after a complaint. From January…</p>"
            "<a href='#full-11-2' aria-expanded='false' aria-controls='full-11-2'>Read more<span class='sr-only'> about "
            "11.2</span></a><div id='full-11-2'><p>" + full + "</p><a href='#full-11-2'>Read less</a></div></div>")
    path = _page(tmp_path / "suffolk-constabulary-stalking-plan.html", "Suffolk Constabulary stalking action plan", card)
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round, u.status) for u in updates] == [("11.2", "November 2024", "in_progress")]
    text = " ".join(updates[0].update_text.split())
    assert "reports to the board" in text and "…" not in text and "Read more" not in text
    assert text.count("carried out only after a complaint") == 1


def _table(head_rows: str, body_rows: str) -> str:
    return f"<table><thead>{head_rows}</thead><tbody>{body_rows}</tbody></table>"


def test_a_bare_action_column_beside_dated_rounds_is_the_actions_name(tmp_path, normaliser):
    table = _table("<tr><th>Ref</th><th>Action</th><th>November 2024</th><th>March 2025</th><th>Status</th></tr>",
                   "<tr><td>7.1</td><td>Stalking is added as an included classification wherever the facts support it."
                   "</td><td>The crime standards team will brief every recorder.</td><td>Briefings were given to all "
                   "recorders in January.</td><td>Complete</td></tr>")
    path = _page(tmp_path / "wiltshire-police-stalking-plan.html", "Wiltshire Police stalking action plan", table)
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.update_text[:20]) for u in updates] == [
        ("November 2024", "The crime standards "), ("March 2025", "Briefings were given")]
    assert updates[-1].status == "complete"


def test_a_two_row_header_merged_over_its_rounds_and_a_cell_over_both_rounds(tmp_path, normaliser):
    head = ("<tr><th rowspan='2'>Rec No.</th><th rowspan='2'>Sub-item</th><th colspan='2'>Force update</th>"
            "<th rowspan='2'>Status</th></tr><tr><th>November 2024</th><th>March 2025</th></tr>")
    body = ("<tr><td>12</td><td>12.1</td><td>The screening tool is used for all reports of stalking.</td>"
            "<td>Use was tested in a March audit of 40 cases and found in 38.</td><td>Complete</td></tr>"
            "<tr><td>16</td><td>16.1</td><td colspan='2'>Advocacy is commissioned by the Police and Crime "
            "Commissioner, not the force.</td><td>N/A</td></tr>")
    path = _page(tmp_path / "lincolnshire-police-stalking-plan.html", "Lincolnshire Police stalking action plan",
                 _table(head, body))
    _, updates, _ = read(path, normaliser)
    assert [(u.item_id, u.round) for u in updates] == [("12.1", "November 2024"), ("12.1", "March 2025"),
                                                         ("16.1", "November 2024")]
    assert updates[-1].status == "not_applicable"


def test_the_thirtysecond_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_thirtysecond", [
        "suffolk_constabulary_stalking_action_plan_read_more_saved_page.html",
        "wiltshire_police_stalking_action_plan_status_badges_saved_page.html",
        "lincolnshire_police_stalking_action_plan_merged_cells_saved_page.html",
        "cumbria_constabulary_stalking_action_plan_accordions_saved_page.html",
        "norfolk_constabulary_stalking_action_plan_tabs_saved_page.html",
        "thames_valley_police_stalking_action_plan_responsive_table_saved_page.html",
        "west_yorkshire_police_stalking_action_plan_hidden_content_saved_page.html",
        "durham_constabulary_stalking_action_plan_definition_lists_saved_page.html",
        "lancashire_constabulary_stalking_action_tracker_json_island_saved_page.html",
        "northumbria_police_stalking_action_plan_index_page_saved.html"])
