"""A board paper that reports the plan in numbered paragraphs (the fifty-sixth blind set's Northumbria paper, in our own
words): a section heading for two recommendations ('4. VICTIM CARE (RECOMMENDATIONS 14 AND 16)'), then per sub-item a
numbered paragraph naming it ('4.1 Sub-recommendation 14.1 - needs assessments.') and lettered sub-paragraphs, each a
label and its words: '(a) Committed in November 2024: ...' is the first round, '(b) Position at March 2025: ...' the
second, '(c) Assessment: ...' the second round's status. Before, the letters hid the labels (every sub-item had one
undated round of all three joined), and the first sub-item under the joint heading was taken for a line of the
recommendations' ask and lost."""
from __future__ import annotations

from tests.fixtures import read_plan as read

PAPER = [
    ("h", "WEST YORKSHIRE POLICE"),
    ("h", "CHIEF OFFICER TEAM MEETING"),
    ("p", "Date of meeting: 18 March 2025"),
    ("h", "1. PURPOSE"),
    ("p", "1.1 This paper reports progress on the stalking action plan published in November 2024."),
    ("p", "1.2 Each sub-recommendation shows what was promised, where things stand and our own rating."),
    ("h", "2. DECISIONS SOUGHT"),
    ("p", "2.1 The team is asked to agree the closure of sub-recommendations 14.1 and 16.1."),
    ("h", "3. VICTIM CARE (RECOMMENDATIONS 14 AND 16)"),
    ("p", "3.1 Sub-recommendation 14.1 - needs assessments for every stalking victim."),
    ("p", "(a) Committed in November 2024: Add a stalking page to the victim needs assessment form used by call "
          "handlers."),
    ("p", "(b) Position at March 2025: The stalking page went live on 6 January and is filled in for every stalking "
          "crime, which the duty inspector checks each morning."),
    ("p", "(c) Assessment: Complete"),
    ("p", "3.2 Sub-recommendation 14.4 - referral to advocacy services."),
    ("p", "(a) Committed in November 2024: Agree an automatic referral route to the county advocacy service."),
    ("p", "(b) Position at March 2025: The referral route is drafted, but the information sharing agreement is still "
          "with the service's lawyers."),
    ("p", "(c) Assessment: Behind schedule"),
    ("p", "3.3 Sub-recommendation 16.1 - joint commissioning."),
    ("p", "(a) Committed in November 2024: Join the commissioner's stalking services review as a full partner."),
    ("p", "(b) Position at March 2025: No change since November."),
    ("h", "4. NEXT STEPS"),
    ("p", "4.1 A further paper will come to the team in September 2025."),
]


def _assert_read(updates) -> None:
    by_item: dict[str, list] = {}
    for update in updates:
        by_item.setdefault(update.item_id, []).append(update)
    assert set(by_item) == {"14.1", "14.4", "16.1"}
    first = {item: min(rows, key=lambda u: u.round_order) for item, rows in by_item.items()}
    assert all(u.round_date is not None and (u.round_date.year, u.round_date.month) == (2024, 11) for u in
               first.values())
    assert first["14.1"].update_text.startswith("Add a stalking page")
    march = {item: [u for u in rows if u.round_date and (u.round_date.year, u.round_date.month) == (2025, 3)]
             for item, rows in by_item.items()}
    assert march["14.1"][0].update_text.startswith("The stalking page went live")
    assert "Assessment" not in march["14.1"][0].update_text and "Committed" not in march["14.1"][0].update_text
    assert march["14.1"][0].status == "complete"
    # 'Behind schedule': late, so still under way
    assert march["14.4"][0].status == "in_progress"
    # 'No change since November.' is no March round of its own
    assert not march["16.1"]


def test_a_board_papers_lettered_sub_paragraphs_are_rounds_and_a_status_in_pdf(tmp_path, normaliser):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for kind, text in PAPER:
        pdf.set_font("Helvetica", "B" if kind == "h" else "", 12 if kind == "h" else 10)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "west_yorkshire_police_chief_officer_paper_mar2025.pdf"
    pdf.output(str(path))
    _, updates, _ = read(path, normaliser)
    _assert_read(updates)


def test_a_board_papers_lettered_sub_paragraphs_are_rounds_and_a_status_in_text(tmp_path, normaliser):
    path = tmp_path / "west_yorkshire_police_chief_officer_paper_mar2025.txt"
    path.write_text("\n\n".join(text for _, text in PAPER) + "\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    _assert_read(updates)


def test_lettered_items_that_are_no_labels_stay_words(tmp_path, normaliser):
    """A lettered list of steps ('(a) Officers will ...') is words of the round, not labels: nothing is lost."""
    path = tmp_path / "west_yorkshire_police_stalking_plan.txt"
    path.write_text("\n\n".join([
        "West Yorkshire Police stalking plan",
        "Recommendation 14.1 - needs assessments",
        "Update March 2025: Two steps are under way:",
        "(a) Call handlers now ask the stalking questions on every call.",
        "(b) Supervisors review the answers within a day.",
        "Status: In progress"]) + "\n", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    march = [u for u in updates if u.item_id == "14.1" and u.round_date and u.round_date.year == 2025]
    assert march and "Call handlers now ask" in march[0].update_text and "Supervisors review" in march[0].update_text
    assert march[0].status == "in_progress"
