"""The families the fifty-fifth blind set (a ninth realistic sample, forces used again in new shapes) found, each in our
own words and formats. First run: 7 of 10 files exact, items 95/97, texts 168/202, statuses 119 right of 121 given,
none false done (a layout text dump whose date column stacks each row's round dates split every cell at its second
line; an unruled PDF's round headings inside the table were read as rows with no number, its wrapped status cells
lost their second line, and its header ending 'Ref.' was taken for a sentence; a theme page whose round heading did
not end the report's quotation lost its first answer, its bold lead-ins before a dash were not read as sub-items, and
a list of every sub-item in the page's own words narrowed the whole recommendation's answer to one sub-item)."""
from __future__ import annotations

import docx

from etl.normalise.text import says_something
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read


def _rounds(updates, item):
    return [(u.round, u.status) for u in updates if u.item_id == item]


def test_a_layout_dump_whose_date_column_stacks_the_rows_dates_keeps_each_cell_whole(tmp_path, normaliser):
    # 'Nov-24' over 'Mar-25' in the Date column beside a cell whose words run on; the March words after 'UPDATE dd/mm/yyyy:'
    def row(rec, item, lines, dates, status):
        out = []
        for n, words in enumerate(lines):
            out.append(f"{rec if n == 0 else '':<6}{item if n == 0 else '':<8}{words:<56}"
                       f"{dates[n] if n < len(dates) else '':<10}{status if n == 0 else ''}")
        return out + [""]

    text = "\n".join(
        ["Avon and Somerset Police stalking action plan - six-month update", "",
         f"{'Rec':<6}{'Sub':<8}{'Force Update':<56}{'Date':<10}Status", ""]
        + row("18", "18.1", ["A review of investigator numbers has begun with the",
                             "resourcing team. UPDATE 25/03/2025: Two more",
                             "detectives have joined the stalking desk."], ["Nov-24", "Mar-25"], "Complete")
        + row("", "18.2", ["A lines of enquiry checklist is being written for",
                           "supervisors. UPDATE 25/03/2025: The checklist is",
                           "mandatory and attached to every stalking crime."], ["Nov-24", "Mar-25"], "In progress")
        + row("", "18.3", ["Search powers are covered in the investigator course."], ["Nov-24"], "BAU"))
    path = tmp_path / "avon-and-somerset-stalking-plan-mar2025.txt"
    path.write_text(text, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [r for r, _ in _rounds(updates, "18.1")] == ["November 2024", "March 2025"]
    first = next(u for u in updates if u.item_id == "18.1")
    assert "with the resourcing team" in " ".join(first.update_text.split())
    assert [r for r, _ in _rounds(updates, "18.2")] == ["November 2024", "March 2025"]
    assert len(_rounds(updates, "18.3")) == 1


def _unruled_pdf(path, pages):
    """A PDF with no ruled lines: each page a list of (x, text, bold) lines, one line per 5 mm."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for lines in pages:
        pdf.add_page()
        y = 20
        for parts in lines:
            for x, words, bold in parts:
                pdf.set_font("Helvetica", "B" if bold else "", 9)
                pdf.set_xy(x, y)
                pdf.cell(0, 4, words)
            y += 5
    pdf.output(str(path))
    return path


def test_an_unruled_pdfs_round_headings_inside_the_table_date_the_rows_below_them(tmp_path, normaliser):
    # 'Ref. | Update | Status' (its first heading ending in an abbreviation's full stop); a bold round heading across
    # the table; statuses wrapped onto a second line ('In' over 'progress'); the header again on the next page
    head = [(15, "Ref.", True), (35, "Update", True), (150, "Status", True)]

    def row(ref, first, second, status1, status2=""):
        return [[(15, ref, False), (35, first, False), (150, status1, False)],
                [(35, second, False), (150, status2, False)], []]

    page1 = ([[(15, "Gwent Police - stalking action plan", True)], [], [head[0], head[1], head[2]],
              [(15, "Rownd 1 / November 2024", True)], []]
             + row("16.1", "The commissioner is reviewing the advocacy", "contract before it is renewed.", "In", "progress")
             + row("22.1", "Dedicated roles will be considered after the", "national findings are shared.", "Not", "started"))
    page2 = ([[head[0], head[1], head[2]], [(15, "Rownd 2 / March 2025", True)], []]
             + row("16.1", "The renewed contract includes quarterly", "joint reviews with the provider.", "Complete")
             + row("22.1", "A business case for two posts has gone", "to the chief officer group.", "Complete /", "In progress"))
    path = _unruled_pdf(tmp_path / "gwent-police-stalking-plan-mar2025.pdf", [page1, page2])
    _, updates, issues = read(path, normaliser)
    assert _rounds(updates, "16.1") == [("November 2024", "in_progress"), ("March 2025", "complete")]
    # 'Complete /' over 'In progress' is one status cell giving two statuses: never done
    assert _rounds(updates, "22.1") == [("November 2024", "not_started"), ("March 2025", "unknown")]
    assert not [i for i in issues if i.code == "unparsed_row" and "Rownd" in i.message]


def _theme_page(path):
    document = docx.Document()
    document.add_heading("Dorset Police: our response to the stalking super-complaint", 0)

    def lead(words, answer):
        paragraph = document.add_paragraph()
        paragraph.add_run(words).bold = True
        paragraph.add_run(f" – {answer}")

    document.add_heading("Searchable records (recommendation 7)", 1)
    document.add_heading("What the report asked", 2)
    for line in ("By 27 March 2025, where needed, seek changes to crime recording systems so that crimes which are "
                 "not the principal crime can be recorded and searched.",
                 "Ways of working so recorders actually use the extra classification.",
                 "Interim measures, such as intelligence reports, so stalking stays searchable while system changes "
                 "are pending."):
        document.add_paragraph(line, style="List Number")
    document.add_heading("Our response (November 2024)", 2)
    document.add_paragraph("Recorders are being reminded that a second offence can be added; intelligence logs cover "
                           "the gap meanwhile.")
    document.add_heading("Early screening (recommendation 23)", 1)
    document.add_heading("What the report asked", 2)
    document.add_paragraph("By 27 March 2025, put in place early screening of crimes to improve the identification, "
                           "recording and management of stalking.", style="List Number")
    document.add_heading("Our response (November 2024)", 2)
    document.add_paragraph("The crime bureau screens each new harassment report for stalking within a day.")
    document.add_heading("Progress update (March 2025)", 2)
    document.add_paragraph("Screening has found 41 stalking crimes first recorded as harassment.")
    document.add_heading("Working with partners (recommendation 25)", 1)
    document.add_heading("What the report asked", 2)
    for line in ("By 27 March 2025, explore ways to strengthen the force's part in a multi-agency response.",
                 "Partnership with health, the CPS and probation to manage perpetrators.",
                 "Whether to collaborate with other forces.", "Use of MAPPA to manage stalking offenders."):
        document.add_paragraph(line, style="List Number")
    document.add_heading("Our response (November 2024)", 2)
    lead("Managing perpetrators with health, the CPS and probation", "a monthly clinic plans interventions.")
    lead("Working alongside neighbouring forces", "we share a stalking lead with Wiltshire.")
    lead("Using MAPPA", "every eligible stalking offender is referred at sentence.")
    document.add_heading("Progress update (March 2025)", 2)
    document.add_paragraph("All three arrangements continue and a partnership review in February judged them "
                           "effective.")
    document.save(str(path))
    return path


def test_a_theme_page_reads_its_answers_after_the_report_s_words(tmp_path, normaliser):
    _, updates, _ = read(_theme_page(tmp_path / "dorset-police-stalking-response.docx"), normaliser)
    by_item = {(u.item_id, u.round): u for u in updates}
    # every sub-item listed under the ask, one in the page's own words: the answer is the whole recommendation's
    assert {("7.1", "November 2024"), ("7.2", "November 2024")} <= set(by_item)
    assert by_item[("7.1", "November 2024")].granularity == "recommendation"
    # the round heading under the recommendation ends the quotation: its first answer is read
    assert "screens each new harassment report" in by_item[("23.1", "November 2024")].update_text
    # a bold phrase and a dash lead each sub-item's answer, in the page's own words
    assert "monthly clinic" in by_item[("25.1", "November 2024")].update_text
    assert "Wiltshire" in by_item[("25.2", "November 2024")].update_text
    assert "referred at sentence" in by_item[("25.3", "November 2024")].update_text
    # the next round's words with no lead answer the recommendation as a whole
    assert all("partnership review" in by_item[(i, "March 2025")].update_text for i in ("25.1", "25.2", "25.3"))
    assert all(by_item[(i, "March 2025")].granularity == "recommendation" for i in ("25.1", "25.2", "25.3"))


def test_carried_forward_words_with_a_due_date_or_a_closure_are_no_round():
    for words in ("No further update - this action was closed in March 2025.", "No update - due September 2025.",
                  "Dim diweddariad - dyddiad cau Medi 2025. No update - due September 2025."):
        assert not says_something(words), words
    assert says_something("No update last time. Training has now been delivered.")


def test_the_fifty_fifth_blind_set_reads_and_gives_no_false_done():
    assert_blind_set_reads("shapes_fiftyfifth", [
        "durham_constabulary_stalking_action_plan_v3_sep2025.docx",
        "cleveland_police_stalking_tracker_sep2025.xlsx",
        "suffolk_constabulary_stalking_action_plan_mar2025.pdf",
        "north_wales_police_stalking_action_plan_bilingual_mar2025.pdf",
        "west_yorkshire_police_stalking_action_plan_page_saved_2026-03-30.html",
        "lincolnshire_police_stalking_tracker_export_2025-09-30.csv",
        "staffordshire_police_stalking_action_plan_mar2025.txt",
        "sussex_police_stalking_response_update_mar2026.docx",
        "west_mercia_police_stalking_plan_rounds_mar2026.xlsx",
        "north_yorkshire_police_news_stalking_response_nov2024.html"])
