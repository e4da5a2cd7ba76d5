"""Families the fifty-eighth blind set (an eleventh realistic sample) found on its first run, each in our own words:
- an unruled two-column log whose header is repeated at the very top of the next page, inside the margin where running
  headers stand: it is the table's header again, not page furniture (taken for furniture, a row's words lower down were
  read as the header, and the row carried over the page and the next item's oldest entry were lost, so its newest
  'Closed – complete' stood as its only round and was compared with its November 'Open – not started');
- entries opened '<Mon YYYY> — Status: Open – in progress' (a dash, not a bar, before 'Status', and a status of two
  parts; hyphens in the test's PDF, whose core font has no dashes): each entry its round, its status the words after
  'Status:';
- a row for a whole recommendation, its number alone in the item column, whose later round answers sub-item by
  sub-item ('11.1 The refreshed profile ...', no dash after the number): each paragraph is its sub-item's round (the
  numbers were taken for the row's item column and the round's words dropped);
- 'No further update – interim process continues as set out above.' and 'See March 2025 entry – no further change.'
  carry the earlier round forward.
- an ordered list under 'What we were asked to do' is the ask even where one of its lines fits two sub-items about
  equally, and the one answer below it is the whole recommendation's (the tie dropped the section's answer).
First run: 7 of 10 files exact, items 95/95, texts 173/194, statuses 100 right of 106 given; three dones compared with
the wrong round where rounds were lost (above; Wiltshire's November answers for recommendations 7 and 14), none a done
the file does not give for the round it stands in."""
from __future__ import annotations

import datetime as dt

from etl.normalise.text import says_something
from tests.fixtures import assert_blind_set_reads
from tests.fixtures import read_plan as read

HEADER = ("Ref", "Update history (latest first)")


def _paged_log_pdf(path, items) -> None:
    """An unruled log on A4 whose header is drawn again at the top of every page, and whose rows run on over pages."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def header(y: float) -> float:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(15, y)
        pdf.cell(45, 5, HEADER[0])
        pdf.set_xy(65, y)
        pdf.cell(130, 5, HEADER[1])
        return y + 10

    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(15, 30)
    pdf.cell(0, 8, "Bedfordshire Police - stalking action log")
    y = header(45)
    for ref, title, entries in items:
        left, right = [ref] + title, []
        for head, words in entries:
            right += [("B", head)] + [("", words)]
        pdf.set_font("Helvetica", "B", 10)
        for n in range(max(len(left), len(right))):
            if y > 270:  # the row runs on over the page, under the header again at the top
                pdf.add_page()
                y = header(12)
            if n < len(left):
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_xy(15, y)
                pdf.cell(45, 5, left[n])
            if n < len(right):
                pdf.set_font("Helvetica", right[n][0], 10)
                pdf.set_xy(65, y)
                pdf.cell(130, 5, right[n][1])
            y += 6
        y += 6
    pdf.output(str(path))


def test_an_unruled_log_whose_header_repeats_at_the_top_of_the_page_keeps_the_rows_across_the_break(tmp_path,
                                                                                                     normaliser):
    filler = [(f"{month} - Status: Open - in progress", f"Work on this continued through {month}.")
              for month in ("Mar 2025", "Nov 2024")]
    items = [(n, ["The work this sub-item", "asks of the force."], filler)
             for n in ("10.1", "10.2", "10.3", "10.4", "10.5", "11.1", "11.2", "11.3", "11.4", "12.1", "12.2", "12.3",
                       "12.4", "13.1", "13.2")]
    # the requirement's words wrap down the left column beside the entries: a line of them beside an entry's
    # 'Status' line reads like a header's headings
    items.insert(9, ("14.5", ["Referral numbers are", "monitored and low", "referral levels are", "acted on."], [
        ("Mar 2026 - Status: Closed - complete",
         "Referral figures by district now go to the Safeguarding Board every month."),
        ("Nov 2024 - Status: Open - not started",
         "We cannot yet count how many stalking victims are referred to specialist services.")]))
    path = tmp_path / "bedfordshire-stalking-log.pdf"
    _paged_log_pdf(path, items)
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        # the header stands at the top of every later page, where running headers stand
        assert len(pdf.pages) >= 3 and all(page.extract_text().startswith("Ref") for page in pdf.pages[1:])
    _, updates, _ = read(path, normaliser)
    referred = [(u.round_date, u.status, u.status_raw) for u in updates if u.item_id == "14.5"]
    assert referred == [(dt.date(2024, 11, 1), "not_started", "Open - not started"),
                        (dt.date(2026, 3, 1), "complete", "Closed - complete")]
    assert all(u.status_raw.startswith(("Open", "Closed")) for u in updates)
    assert len({u.item_id for u in updates}) == 16


def test_a_later_round_answered_sub_item_by_sub_item_in_a_row_for_the_whole_recommendation(tmp_path, normaliser):
    from docx import Document

    document = Document()
    document.add_paragraph("Hertfordshire Constabulary – response to the stalking super-complaint")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Initial Force Response 22nd November 2024",
                                                "Progress update – 27th March 2025")):
        cell.text = text
    row = table.add_row().cells
    row[0].text = "11"
    row[1].text = ("By 27 March 2025, make sure mechanisms exist to understand the scale and types of stalking and "
                   "how well the force responds.")
    row[2].text = "We accept this recommendation; a profile, audits, victim feedback and demand work will follow."
    row[3].text = ("11.1 The stalking problem profile was presented to chief officers in February.\n"
                   "11.2 Audits now cover protective orders as well as recording.\n"
                   "11.3 A feedback survey is being designed with the advocacy service.\n"
                   "11.4 The force management statement now has a stalking section.")
    path = tmp_path / "hertfordshire-stalking-response.docx"
    document.save(str(path))
    _, updates, _ = read(path, normaliser)
    march = {u.item_id: u.update_text for u in updates if u.round_date == dt.date(2025, 3, 1)}
    assert march == {
        "11.1": "The stalking problem profile was presented to chief officers in February.",
        "11.2": "Audits now cover protective orders as well as recording.",
        "11.3": "A feedback survey is being designed with the advocacy service.",
        "11.4": "The force management statement now has a stalking section.",
    }
    november = [u for u in updates if u.round_date == dt.date(2024, 11, 1)]
    assert len(november) == 4 and all(u.granularity == "recommendation" for u in november)


def test_an_interim_arrangement_that_continues_as_set_out_above_is_no_new_round():
    assert not says_something("No further update – the interim process continues as set out above.")
    assert not says_something("See the September 2025 entry – no further change.")  # (a sheet per round)
    assert says_something("No further update – the interim process continues until the June release.")


def test_an_ordered_list_under_what_we_were_asked_is_the_ask_and_the_answer_below_is_the_whole_recommendations(
        tmp_path, normaliser):
    # the list's numbers (1, 2, 3 ...) are no item numbers; a line of it that fits two sub-items about equally is still
    # the question, and the one answer under 'Our response' is every sub-item's
    page = """<html><body><main>
    <h1>Warwickshire Police: our stalking action plan</h1>
    <h2>Crime recording (recommendation 7)</h2>
    <h3>What we were asked to do</h3>
    <ol>
      <li>By 27 March 2025, where needed, seek changes to crime recording systems so that stalking can be found when it
      is not the principal crime.</li>
      <li>Make sure officers use the system's ability to record included classifications.</li>
      <li>Until the systems change, use interim measures such as intelligence submissions so that stalking stays
      searchable.</li>
    </ol>
    <h3>Our response – November 2024</h3>
    <p>Our crime system supplier has the change on its list for the spring release; until then the crime bureau adds an
    intelligence entry to every stalking crime.</p>
    <h2>Victims' rights and support (recommendation 14)</h2>
    <h3>What we were asked to do</h3>
    <ol>
      <li>By 27 March 2025, take steps so that stalking victims receive their entitlements under the victims' code and
      can reach support services.</li>
      <li>Victim needs assessments are always carried out.</li>
      <li>Processes make sure every stalking victim is told of their rights under the victims' code.</li>
      <li>Details of national and specialist support services are easy for officers, staff and victims to find.</li>
      <li>Victims who want support are referred to a suitable service promptly.</li>
      <li>The number of victims referred to specialist services is monitored and low referral levels are acted on.</li>
    </ol>
    <h3>Our response – November 2024</h3>
    <p>A single victim care pathway for stalking is being drawn up with the advocacy service and will start in the
    spring.</p>
    </main></body></html>"""
    path = tmp_path / "warwickshire-stalking-plan.html"
    path.write_text(page, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    answered = {u.item_id: (u.granularity, u.update_text.split()[0]) for u in updates}
    assert answered == {"7.1": ("recommendation", "Our"), "7.2": ("recommendation", "Our"),
                        **{f"14.{n}": ("recommendation", "A") for n in range(1, 6)}}


def test_the_fiftyeighth_blind_set_reads_every_file_exactly():
    # (left as they are, and counted exact by the evaluation: Cleveland's one form for 25.1 - 25.3, answered as a whole
    # in November and sub-item by sub-item in March, gives each sub-item the whole March words and leaves its three
    # statuses unsettled (unknown); Wiltshire's 25.2 September 'complete' beside a clinic that 'will open to referrals
    # in the new year' is read in progress)
    assert_blind_set_reads("shapes_fiftyeighth", [
        "cleveland_police_stalking_action_plan_mar2025.docx",
        "cumbria_constabulary_stalking_action_plan_sep2025.xlsx",
        "south_yorkshire_police_stalking_action_log_march2026.pdf",
        "west_mercia_police_stalking_action_plan_mar2025.pdf",
        "wiltshire_police_stalking_action_plan_webpage.html",
        "suffolk_constabulary_stalking_tracker_export.csv",
        "derbyshire_constabulary_stalking_action_plan_update.txt",
        "northamptonshire_police_stalking_action_plan_mar2026.xlsx",
        "essex_police_stalking_action_plan_update_march2025.docx",
        "gwent_police_news_stalking_action_plan.html",
    ])
