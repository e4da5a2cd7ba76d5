"""Issue 19 part 2: narrative shapes the readers misread (families 6, 7 and 11 of the real-plan notes).

- dated logs, newest first: per item a list or small table of dated entries, each with its own status;
- theme sections with sub-headings ('Recommendation received', 'Our current process', 'What we will do',
  'Progress update (March 2025)'): a round heading belongs to its own section only;
- narrative pages quoting the report's wording with no numbers: each sub-item's wording anchors its own answer.

Every fixture is built here, in HTML and in Word, from one list of parts, and read by the whole reader
(extract + DocumentNormaliser), item by item: texts, round order (by date) and statuses.
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

import pytest

from etl.extract import extract

def _report_wording():
    """The report's wording of each recommendation and sub-item, as the shape fixtures quote it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_shape_fixtures", Path(__file__).parent / "fixtures" / "make_shape_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_shape_fixtures", module)  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module.REC, module.SUB


REC, SUB = _report_wording()

SHELL = [("p", "Quickly exit this site by pressing the Escape key"), ("p", "Leave this site")]


# --------------------------------------------------------------------------------------------------
# One page, two formats: parts are ('h1'..'h4', text), ('p', text), ('ol' | 'ul', [texts]), ('table', rows)
# --------------------------------------------------------------------------------------------------
def write_html(path: Path, title: str, parts) -> Path:
    body = []
    for kind, value in parts:
        if kind in ("ol", "ul"):
            body.append(f"<{kind}>" + "".join(f"<li>{html.escape(v)}</li>" for v in value) + f"</{kind}>")
        elif kind == "table":
            head, *rows = value
            body.append("<table><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
        else:
            body.append(f"<{kind}>{html.escape(value)}</{kind}>")
    path.write_text(f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
                    + "\n".join(body) + "</body></html>", encoding="utf-8")
    return path


def write_docx(path: Path, title: str, parts) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for kind, value in parts:
        if kind in ("h1", "h2", "h3", "h4"):
            document.add_heading(value, level=int(kind[1]))
        elif kind in ("ol", "ul"):
            for text in value:
                document.add_paragraph(text, style="List Number" if kind == "ol" else "List Bullet")
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for row in value:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        else:
            document.add_paragraph(value)
    document.save(str(path))
    return path


def write_pdf(path: Path, title: str, parts) -> Path:
    """Headings larger and bold, list items after a dash; tables are left to the HTML and Word writers."""
    from fpdf import FPDF

    def latin(text):
        return text.replace("’", "'").replace("–", "-").replace("‘", "'")

    pdf = FPDF()
    pdf.add_page()
    for kind, value in [("h1", title)] + list(parts):
        if kind in ("h1", "h2", "h3", "h4"):
            pdf.set_font("Helvetica", "B", {"h1": 16, "h2": 14, "h3": 12, "h4": 11}[kind])
            pdf.multi_cell(0, 7, latin(value), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            for n, text in enumerate(value if kind in ("ol", "ul") else [value], start=1):
                mark = f"{n}. " if kind == "ol" else "- " if kind == "ul" else ""
                pdf.multi_cell(0, 5, latin(mark + text), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
    pdf.output(str(path))
    return path


WRITERS = {"html": write_html, "docx": write_docx, "pdf": write_pdf}


def read(tmp_path, normaliser, fmt, name, title, parts):
    path = WRITERS[fmt](tmp_path / f"{name}.{fmt}", title, SHELL + parts if fmt == "html" else parts)
    force_id, _, updates, issues = normaliser.normalise(extract(path), path.name)
    rounds: dict[str, list] = {}
    for update in sorted(updates, key=lambda u: u.round_order):
        rounds.setdefault(update.item_id, []).append(update)
    return force_id, rounds, issues


def history(rounds, item):
    return [(u.round_date, u.update_text, u.status) for u in rounds[item]]


# --------------------------------------------------------------------------------------------------
# (a) Dated logs, newest first
# --------------------------------------------------------------------------------------------------
def log_parts(undated: bool = False):
    entries_71 = ["12 March 2026 – Complete – The records audit finished: every stalking crime checked carries its "
                  "included classifications.",
                  "4 September 2025 – In progress – An audit of 200 stalking records is under way in both commands.",
                  "21 November 2024 – Not started – The records audit has not begun."]
    if undated:
        entries_71.insert(1, "Briefing slides were refreshed for the crime bureau.")
    return [
        ("h1", "Recommendation register: stalking super-complaint"),
        ("p", "Each recommendation's entries are listed with the most recent first."),
        ("h2", "Recommendation 7.1"),
        ("p", "Make sure officers and staff use the system's ability to record included classifications."),
        ("ul", entries_71),
        ("h2", "Recommendation 7.2"),
        ("table", [["Date", "Update", "Status"],
                   ["14/03/2026", "Intelligence reports are no longer needed: the new crime system searches every record.", "Complete"],
                   ["02/10/2025", "Intelligence reports are still submitted for every stalking case.", "In progress"]]),
        # no words say which comes first here, and the list runs oldest first: only the dates tell
        ("h2", "Recommendation 12.1"),
        ("ul", ["November 2024: Not started. The screening tool will be considered by the risk board.",
                "March 2025: In progress. The screening tool is being piloted in the north.",
                "March 2026: Complete. The screening tool is used in every district."]),
    ]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_dated_log_rounds_follow_their_dates_and_the_newest_status_is_latest(fmt, tmp_path, normaliser):
    force, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-recommendation-register",
                                 "Suffolk Constabulary recommendation register", log_parts())
    assert force == "suffolk"
    assert set(rounds) == {"7.1", "7.2", "12.1"}
    assert history(rounds, "7.1") == [
        (dt.date(2024, 11, 1), "The records audit has not begun.", "not_started"),
        (dt.date(2025, 9, 1), "An audit of 200 stalking records is under way in both commands.", "in_progress"),
        (dt.date(2026, 3, 1), "The records audit finished: every stalking crime checked carries its included "
                              "classifications.", "complete")]
    assert history(rounds, "7.2") == [
        (dt.date(2025, 10, 1), "Intelligence reports are still submitted for every stalking case.", "in_progress"),
        (dt.date(2026, 3, 1), "Intelligence reports are no longer needed: the new crime system searches every record.", "complete")]
    assert history(rounds, "12.1") == [
        (dt.date(2024, 11, 1), "The screening tool will be considered by the risk board.", "not_started"),
        (dt.date(2025, 3, 1), "The screening tool is being piloted in the north.", "in_progress"),
        (dt.date(2026, 3, 1), "The screening tool is used in every district.", "complete")]
    assert all(u.status_source == "stated" for item in rounds.values() for u in item)
    assert not [i for i in issues if i.severity == "error"]
    assert not {"unparsed_row", "unparsed_item", "duplicate_item"} & {i.code for i in issues}  # a date is no item number


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_an_undated_entry_among_dated_ones_is_reported_not_placed(fmt, tmp_path, normaliser):
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-recommendation-register",
                             "Suffolk Constabulary recommendation register", log_parts(undated=True))
    assert [u.round_date for u in rounds["7.1"]] == [dt.date(2024, 11, 1), dt.date(2025, 9, 1), dt.date(2026, 3, 1)]
    assert rounds["7.1"][-1].status == "complete"
    assert not any("Briefing slides" in u.update_text for item in rounds.values() for u in item)
    warned = [i for i in issues if i.code == "undated_entry"]
    assert len(warned) == 1 and "7.1" in warned[0].message and "Briefing slides" in warned[0].message


# --------------------------------------------------------------------------------------------------
# (b) Theme sections with sub-headings
# --------------------------------------------------------------------------------------------------
def theme_parts():
    return [
        ("h1", "Police super-complaints"),
        ("p", "This page sets out how we have answered each recommendation of the stalking super-complaint."),
        ("h2", "Crime recording (recommendation 7)"),
        ("h3", "Recommendation received"),
        ("ol", [REC[7], SUB["7.1"], SUB["7.2"]]),
        ("h3", "Our current process"),
        ("p", "Our crime system lets officers add included classifications to any crime."),
        ("h3", "What we will do"),
        ("p", "We will check a sample of stalking records each month."),
        ("h3", "Progress update (March 2025)"),
        ("p", "Monthly checks began in January and every record sampled was correct. This work is now complete."),
        ("h2", "Risk identification and management (recommendation 12)"),
        ("h3", "Recommendation received"),
        ("ol", [REC[12], SUB["12.1"], SUB["12.2"], SUB["12.3"], SUB["12.4"]]),
        ("h3", "Our current process"),
        ("p", "Every stalking report is assessed with DASH and the screening tool."),
        ("h3", "What we will do"),
        ("p", "We will add breaches of orders to the risk policy."),
        ("h2", "Stalking protection orders (recommendation 13)"),
        ("h3", "Recommendation received"),
        ("ol", [REC[13], "13.2 " + SUB["13.2"]]),  # a real item number written in the list: that item only
        ("h3", "Our current process"),
        ("p", "A small team of order advisers helps officers apply for orders."),
        ("h3", "Progress update (March 2025)"),
        ("p", "The advisers have supported forty applications since January."),
    ]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_theme_sections_keep_their_round_headings_to_themselves(fmt, tmp_path, normaliser):
    force, rounds, issues = read(tmp_path, normaliser, fmt, "avon-and-somerset-police-super-complaints",
                                 "Police super-complaints | Avon and Somerset Police", theme_parts())
    assert force == "avon-and-somerset"
    assert set(rounds) == {"7.1", "7.2", "12.1", "12.2", "12.3", "12.4", "13.2"}
    first_7 = "Our crime system lets officers add included classifications to any crime.\n" \
              "We will check a sample of stalking records each month."
    for item in ("7.1", "7.2"):
        assert [(u.round_date, u.update_text) for u in rounds[item]] == [
            (None, first_7),
            (dt.date(2025, 3, 1), "Monthly checks began in January and every record sampled was correct. This work is "
                                  "now complete.")]
        assert rounds[item][-1].status == "complete" and rounds[item][0].granularity == "recommendation"
    for item in ("12.1", "12.2", "12.3", "12.4"):  # no progress update of its own: one round, never March 2025's
        assert [(u.round_date, u.update_text) for u in rounds[item]] == [
            (None, "Every stalking report is assessed with DASH and the screening tool.\n"
                   "We will add breaches of orders to the risk policy.")]
    assert [(u.round_date, u.update_text, u.granularity) for u in rounds["13.2"]] == [
        (None, "A small team of order advisers helps officers apply for orders.", "item"),
        (dt.date(2025, 3, 1), "The advisers have supported forty applications since January.", "item")]
    assert not [i for i in issues if i.severity == "error"]


# --------------------------------------------------------------------------------------------------
# (c) Narrative pages with the report's wording and no numbers
# --------------------------------------------------------------------------------------------------
# each sub-item's answer; some use a neighbour's words (the e-learning, victims' feedback, the screening tool)
ANSWERS = {
    "10.1": ["Our stalking course was mapped against the curriculum in January and every outcome is now covered.",
             "The College e-learning is taught on the same day."],
    "10.2": ["Completion of the e-learning is mandatory for response officers; 94% have finished it so far."],
    "10.3": ["A local advocacy service co-delivers the classroom day, and a survivor speaks to each cohort."],
    "10.4": ["The course now closes with a session on our own stalking policy and the referral pathway."],
    "10.5": ["Response, neighbourhood and public protection officers are first; call handlers follow in the summer."],
    "11.1": ["An analyst is drafting the problem profile with partner data from the council and health.",
             "The profile will go to the stalking board in June."],
    "11.2": ["Every month supervisors dip sample ten stalking investigations, and the results go to the board."],
    "11.3": ["A survey of victims began in April, run by the victim care unit."],
    "11.4": ["Stalking demand is included in this year's force management statement."],
    "12.1": ["The screening tool went live in every district in January and this action is complete."],
    "12.2": ["The risk policy was rewritten in February and is in force."],
    "12.3": ["Training on breaches has not yet started."],
    "12.4": ["High-risk cases are reviewed at the daily management meeting each morning."],
}


def wording_parts(sub=SUB, with_recommendations=True):
    parts = [("h1", "Stalking super-complaint: our response"),
             ("p", "The recommendations made to chief constables are set out below, each part followed by our "
                   "response.")]
    for rec, items in ((10, ["10.1", "10.2", "10.3", "10.4", "10.5"]), (11, ["11.1", "11.2", "11.3", "11.4"]),
                       (12, ["12.1", "12.2", "12.3", "12.4"])):
        if with_recommendations:
            parts.append(("p", REC[rec]))
        for item in items:
            parts.append(("p", sub[item]))
            parts += [("p", answer) for answer in ANSWERS[item]]
    return parts


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_each_quoted_sub_item_anchors_its_own_answer(fmt, tmp_path, normaliser):
    force, rounds, issues = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response",
                                 "Merseyside Police response", wording_parts())
    assert force == "merseyside"
    assert set(rounds) == set(ANSWERS)  # all 13 sub-items, none lost
    for item, answer in ANSWERS.items():
        (update,) = rounds[item]
        assert (update.update_text, update.granularity) == ("\n".join(answer), "item"), item
        assert update.anchor.startswith("wording ")
    assert rounds["12.1"][0].status == "complete" and rounds["12.3"][0].status == "not_started"
    assert not [i for i in issues if i.severity == "error"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_line_that_fits_two_sub_items_equally_is_left_with_a_warning(fmt, tmp_path, normaliser):
    parts = [("h1", "Our response to the stalking super-complaint"),
             ("p", REC[14]),
             ("p", SUB["14.3"]),
             ("p", "Leaflets on local and national support services are handed out at every first contact."),
             # the report's words for 14.1 and 14.2 run together: which sub-item the answer is for cannot be told
             ("p", "Victim needs assessments are completed and victims are told about their rights under the "
                   "victims' code."),
             ("p", "Officers complete both at the first visit, and supervisors check a sample each week."),
             ("p", SUB["14.5"]),
             ("p", "Referral numbers are reported to the stalking board every quarter.")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response",
                             "Merseyside Police response", parts)
    assert set(rounds) == {"14.3", "14.5"}  # 14.1 and 14.2 are not guessed
    assert [u.update_text for u in rounds["14.3"]] == [
        "Leaflets on local and national support services are handed out at every first contact."]
    assert [u.update_text for u in rounds["14.5"]] == [
        "Referral numbers are reported to the stalking board every quarter."]
    (warning,) = [i for i in issues if i.code == "ambiguous_wording"]
    assert "14.1" in warning.message and "14.2" in warning.message and "Victim needs" in warning.message


def theme_variant(theme: str, numbered: bool):
    """Theme headings with or without the recommendation's number, sub-headings one level down or at the same
    level, and a sub-heading that is none of the template's ('Background')."""
    return [
        ("h1", "Police super-complaints"),
        (theme, "Crime recording" + (" (recommendation 7)" if numbered else "")),
        ("h3", "Recommendation received"),
        ("ol", [REC[7], SUB["7.1"], SUB["7.2"]]),
        ("h3", "Our current process"),
        ("p", "Our crime system lets officers add included classifications to any crime."),
        ("h3", "Background"),
        ("p", "The system was bought in 2019."),
        ("h3", "What we will do"),
        ("p", "We will check a sample of stalking records each month."),
        ("h3", "Progress update (March 2025)"),
        ("p", "Monthly checks began in January. This work is now complete."),
        (theme, "Risk identification and management" + (" (recommendation 12)" if numbered else "")),
        ("h3", "Recommendation received"),
        ("ol", [REC[12], SUB["12.1"], SUB["12.2"], SUB["12.3"], SUB["12.4"]]),
        ("h3", "Our current process"),
        ("p", "Every stalking report is assessed with DASH and the screening tool."),
    ]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
@pytest.mark.parametrize("theme, numbered", [("h2", False), ("h3", True)])
def test_theme_sections_in_other_layouts(fmt, theme, numbered, tmp_path, normaliser):
    _, rounds, _ = read(tmp_path, normaliser, fmt, "avon-and-somerset-police-super-complaints",
                        "Police super-complaints | Avon and Somerset Police", theme_variant(theme, numbered))
    assert set(rounds) == {"7.1", "7.2", "12.1", "12.2", "12.3", "12.4"}
    assert [(u.round_date, u.update_text) for u in rounds["7.1"]] == [
        (None, "Our crime system lets officers add included classifications to any crime.\n"
               "We will check a sample of stalking records each month."),
        (dt.date(2025, 3, 1), "Monthly checks began in January. This work is now complete.")]
    assert [(u.round_date, u.update_text) for u in rounds["12.4"]] == [
        (None, "Every stalking report is assessed with DASH and the screening tool.")]


def log_variant():
    """The same family written other ways: a date alone above its status and words, a status in brackets
    after the date, no separator at all, a table with other headings, a page footer's date."""
    return [
        ("h1", "Stalking super-complaint: progress log"),
        ("h2", "7.1 Use of included classifications"),
        ("h4", "12 March 2026"),
        ("p", "Status: Complete"),
        ("p", "The audit finished and every record checked was right."),
        ("h4", "4 September 2025"),
        ("p", "Status: In progress"),
        ("p", "An audit of 200 records is under way."),
        ("h2", "7.2 Interim measures"),
        ("table", [["Date of update", "Progress", "RAG status"],
                   ["March 2026", "Intelligence reports are no longer needed: the new system searches them.", "Green"],
                   ["October 2025", "Intelligence reports are still submitted.", "Amber"]]),
        ("h2", "Recommendation 12.1"),
        ("p", "12/03/2026 (Complete) The screening tool is used in every district."),
        ("p", "01/09/2025 (In progress) The screening tool is being piloted."),
        ("p", "The pilot covers the north only."),
        ("h2", "Recommendation 12.2"),
        ("p", "20 March 2026 Risk policy signed off by the chief officer group. Status: Complete"),
        ("p", "14/03/2026"),  # the page's footer
    ]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_dated_logs_written_other_ways(fmt, tmp_path, normaliser):
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-progress-log", "Suffolk Constabulary progress log",
                             log_variant())
    assert history(rounds, "7.1") == [
        (dt.date(2025, 9, 1), "An audit of 200 records is under way.", "in_progress"),
        (dt.date(2026, 3, 1), "The audit finished and every record checked was right.", "complete")]
    assert [(u.round_date, u.update_text, u.status_raw) for u in rounds["7.2"]] == [
        (dt.date(2025, 10, 1), "Intelligence reports are still submitted.", "Amber"),
        (dt.date(2026, 3, 1), "Intelligence reports are no longer needed: the new system searches them.", "Green")]
    assert history(rounds, "12.1") == [
        (dt.date(2025, 9, 1), "The screening tool is being piloted.\nThe pilot covers the north only.", "in_progress"),
        (dt.date(2026, 3, 1), "The screening tool is used in every district.", "complete")]
    assert history(rounds, "12.2") == [
        (dt.date(2026, 3, 1), "Risk policy signed off by the chief officer group.", "complete")]
    assert [u.update_date for u in rounds["12.1"]] == [dt.date(2025, 9, 1), dt.date(2026, 3, 12)]
    assert not {"unparsed_row", "unparsed_item", "duplicate_item"} & {i.code for i in issues}  # the log table was read


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_one_register_table_of_dated_rows_is_a_log(fmt, tmp_path, normaliser):
    """The whole register in one table, several dated rows per item: each row is a round of its own, in date
    order (here the rows of 7.2 run newest first, those of 10.2 oldest first)."""
    parts = [("h1", "Recommendation register"), ("p", "Latest entries first."),
             ("table", [["Recommendation", "Date", "Update", "Status"],
                        ["7.1", "12/03/2026", "The records audit finished.", "Complete"],
                        ["7.2", "14/03/2026", "Reports are no longer needed: the new system searches every record.", "Complete"],
                        ["7.2", "02/10/2025", "Reports are still submitted for every case.", "In progress"],
                        ["7.2", "21/11/2024", "Reports will be submitted until the system changes.", "Not started"],
                        ["7.2", "", "The bureau was briefed.", "In progress"],
                        ["10.2", "10/12/2024", "The e-learning is offered to response officers.", "In progress"],
                        ["10.2", "11/03/2025", "The e-learning is mandatory and every officer has finished it.", "Complete"]])]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-recommendation-register",
                             "Suffolk Constabulary recommendation register", parts)
    assert history(rounds, "7.1") == [(dt.date(2026, 3, 1), "The records audit finished.", "complete")]
    assert history(rounds, "7.2") == [
        (dt.date(2024, 11, 1), "Reports will be submitted until the system changes.", "not_started"),
        (dt.date(2025, 10, 1), "Reports are still submitted for every case.", "in_progress"),
        (dt.date(2026, 3, 1), "Reports are no longer needed: the new system searches every record.", "complete")]
    assert history(rounds, "10.2") == [
        (dt.date(2024, 12, 1), "The e-learning is offered to response officers.", "in_progress"),
        (dt.date(2025, 3, 1), "The e-learning is mandatory and every officer has finished it.", "complete")]
    assert not {"duplicate_item"} & {i.code for i in issues}
    (undated,) = [i for i in issues if i.code == "undated_entry"]
    assert "7.2" in undated.message and "bureau was briefed" in undated.message


# the sub-items in a force's own words (neither the report's sentences nor our reference titles)
PARAPHRASE = {
    "10.1": "Stalking training should meet the learning outcomes set in the national curriculum.",
    "10.2": "Use the College's stalking and harassment e-learning properly.",
    "10.3": "Bring in victim advocates and other experts from outside the police to help train staff.",
    "10.4": "Make sure training includes the force's own local policies and practice.",
    "10.5": "Give the training to the officers and staff who will benefit most.",
    "11.1": "Produce a problem profile of stalking using police and partner data.",
    "11.2": "Carry out regular assurance such as audits of investigations and protective orders.",
    "11.3": "Seek regular feedback from victims, for example through surveys.",
    "11.4": "The force management statement should reflect current and future stalking demand.",
    "12.1": "Consider using the stalking screening tool.",
    "12.2": "Have clear policies and procedures for assessing and managing risk in every case.",
    "12.3": "Policies should recognise the heightened risk from breaches of protective orders.",
    "12.4": "Put screening and checking processes in place so high-risk cases are found early.",
}


def write_wrapped_text(path: Path, title: str, parts) -> Path:
    """A text copy of the page wrapped at 72 columns (as a PDF's text comes out), a blank line after each answer."""
    import textwrap

    lines = [title, ""]
    for kind, value in parts:
        for text in value if kind in ("ol", "ul") else [value]:
            lines += textwrap.wrap(text, 72)
        if kind == "p" and text in {a for answer in ANSWERS.values() for a in answer[-1:]}:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


WRITERS["txt"] = write_wrapped_text


@pytest.mark.parametrize("fmt, sub", [("html", PARAPHRASE), ("docx", PARAPHRASE), ("txt", SUB), ("txt", PARAPHRASE)])
def test_sub_items_in_other_words_and_wrapped_text_anchor_their_answers(fmt, sub, tmp_path, normaliser):
    parts = wording_parts(sub)
    if fmt != "txt":  # the wordings as list items this time
        parts = [("ul", [value]) if kind == "p" and value in sub.values() else (kind, value) for kind, value in parts]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response",
                        "Merseyside Police response", parts)
    assert set(rounds) == set(ANSWERS)
    for item, answer in ANSWERS.items():
        (update,) = rounds[item]
        assert (update.update_text.replace("\n", " "), update.granularity) == (" ".join(answer), "item"), item


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_dated_update_markers_newest_first_in_one_cell(fmt, tmp_path, normaliser):
    """A log kept inside the update cell, newest at the top: the rounds follow the markers' dates and the
    stated status is the newest round's."""
    parts = [("h1", "Stalking action plan"),
             ("table", [["Rec No", "Sub-rec", "Force update", "Status"],
                        ["11", "11.1", "UPDATE March 2026: the problem profile was signed off by the board. "
                                       "UPDATE March 2025: the problem profile is being drafted by an analyst.",
                         "Complete"]])]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "kent-stalking-action-plan", "Kent Police stalking action plan", parts)
    assert [(u.round_date, u.update_text, u.status_raw) for u in rounds["11.1"]] == [
        (dt.date(2025, 3, 1), "the problem profile is being drafted by an analyst.", ""),
        (dt.date(2026, 3, 1), "the problem profile was signed off by the board.", "Complete")]
    assert rounds["11.1"][-1].status == "complete"


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_labelled_first_answer_above_a_log_is_its_first_round_and_the_title_is_no_round(fmt, tmp_path, normaliser):
    parts = [("h1", "Stalking super-complaint: progress log"),
             ("h2", "7.1 Use of included classifications"),
             ("p", "Force update: We will audit stalking records in both commands."),
             ("ul", ["12 March 2026 – Complete – The audit finished.",
                     "4 September 2025 – In progress – The audit is under way."]),
             ("p", "Item 7.2 – interim measures"),  # a label line, not a heading
             ("ul", ["1 March 2026 – Complete – Reports are no longer needed.",
                     "1 October 2025 – In progress – Reports are submitted for every case."])]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "suffolk-progress-log", "Suffolk Constabulary progress log", parts)
    assert [(u.round_date, u.update_text) for u in rounds["7.1"]] == [
        (None, "We will audit stalking records in both commands."),
        (dt.date(2025, 9, 1), "The audit is under way."),
        (dt.date(2026, 3, 1), "The audit finished.")]
    assert [u.update_text for u in rounds["7.2"]] == ["Reports are submitted for every case.",
                                                      "Reports are no longer needed."]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_log_entries_dated_at_the_end_and_an_undated_paragraph_entry(fmt, tmp_path, normaliser):
    parts = [("h1", "Progress log"),
             ("h2", "Recommendation 7.1"),
             ("ul", ["Complete – The audit finished (12 March 2026)",
                     "In progress – The audit is under way – 04/09/2025",
                     "Not started – No audit yet (21 November 2024)"]),
             ("h2", "Recommendation 7.2"),
             ("p", "14 March 2026 – Complete – Reports are no longer needed."),
             ("p", "In progress – Reports are submitted for every case."),
             ("p", "2 October 2025 – In progress – Reports are submitted for every case."),
             ("p", "The bureau checks them weekly.")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-progress-log", "Suffolk Constabulary progress log", parts)
    assert history(rounds, "7.1") == [(dt.date(2024, 11, 1), "No audit yet", "not_started"),
                                      (dt.date(2025, 9, 1), "The audit is under way", "in_progress"),
                                      (dt.date(2026, 3, 1), "The audit finished", "complete")]
    assert history(rounds, "7.2") == [
        (dt.date(2025, 10, 1), "Reports are submitted for every case.\nThe bureau checks them weekly.", "in_progress"),
        (dt.date(2026, 3, 1), "Reports are no longer needed.", "complete")]
    (undated,) = [i for i in issues if i.code == "undated_entry"]
    assert "7.2" in undated.message and "In progress – Reports" in undated.message


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_sub_items_quoted_without_their_recommendations_text(fmt, tmp_path, normaliser):
    """Only the sub-items' wording, no recommendation's text between them: the first sub-item of the next
    recommendation still anchors its own answer (every one of its terms is there)."""
    _, rounds, _ = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response", "Merseyside Police response",
                        wording_parts(with_recommendations=False))
    assert {item: [u.update_text for u in updates] for item, updates in rounds.items()} == {
        item: ["\n".join(answer)] for item, answer in ANSWERS.items()}


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_an_equally_fitting_line_right_after_the_recommendation_leaves_its_answer_unread(fmt, tmp_path, normaliser):
    parts = [("h1", "Our response to the stalking super-complaint"),
             ("p", REC[14]),
             ("p", "Victim needs assessments are completed and victims are told about their rights under the "
                   "victims' code."),
             ("p", "Officers complete both at the first visit."),
             ("p", SUB["14.5"]),
             ("p", "Referral numbers are reported to the stalking board every quarter.")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response",
                             "Merseyside Police response", parts)
    assert set(rounds) == {"14.5"}  # not the recommendation as a whole, not 14.1 or 14.2: no guess
    assert [u.update_text for u in rounds["14.5"]] == ["Referral numbers are reported to the stalking board every quarter."]
    assert [i.code for i in issues if i.code == "ambiguous_wording"] == ["ambiguous_wording"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_log_tables_that_carry_their_item_in_a_title_row(fmt, tmp_path, normaliser):
    parts = [("h1", "Progress log"),
             ("table", [["Recommendation 7.1"] * 3, ["Date", "Update", "Status"],
                        ["12/03/2026", "The audit finished.", "Complete"],
                        ["04/09/2025", "The audit is under way.", "In progress"]]),
             ("table", [["Recommendation 7.2"] * 3, ["Date", "Update", "Status"],
                        ["14/03/2026", "Reports are no longer needed.", "Complete"],
                        ["02/10/2025", "Reports are submitted for every case.", "In progress"]])]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-progress-log", "Suffolk Constabulary progress log", parts)
    assert history(rounds, "7.1") == [(dt.date(2025, 9, 1), "The audit is under way.", "in_progress"),
                                      (dt.date(2026, 3, 1), "The audit finished.", "complete")]
    assert history(rounds, "7.2") == [(dt.date(2025, 10, 1), "Reports are submitted for every case.", "in_progress"),
                                      (dt.date(2026, 3, 1), "Reports are no longer needed.", "complete")]
    assert not {"undated_entry", "unparsed_row"} & {i.code for i in issues}


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_an_answer_that_names_a_neighbours_subject_stays_with_its_own_item(fmt, tmp_path, normaliser):
    answer_10_1 = ["Our course was mapped against the curriculum and every outcome is covered.",
                   "The College of Policing e-learning on stalking is used by every new officer."]  # 10.2's subject
    parts = [("h1", "Our response"), ("p", REC[10]),
             ("p", SUB["10.1"])] + [("p", a) for a in answer_10_1] + [
             ("p", SUB["10.2"]), ("p", "Completion was made mandatory in April 2025.")]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "merseyside-super-complaint-response", "Merseyside Police response",
                        parts)
    assert {item: [u.update_text for u in updates] for item, updates in rounds.items()} == {
        "10.1": ["\n".join(answer_10_1)], "10.2": ["Completion was made mandatory in April 2025."]}


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_log_entries_with_the_status_last_or_in_square_brackets(fmt, tmp_path, normaliser):
    parts = [("h1", "Progress log"), ("h2", "Recommendation 12.4"),
             ("ul", ["12 March 2026 – Daily meetings review every high-risk case – Complete",
                     "3 October 2025 [Amber] Daily meetings began in the north.",
                     "20 November 2024 – Action planned: daily meetings to start next year – Not started"])]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "suffolk-progress-log", "Suffolk Constabulary progress log", parts)
    assert [(u.round_date, u.update_text, u.status_raw) for u in rounds["12.4"]] == [
        (dt.date(2024, 11, 1), "Action planned: daily meetings to start next year", "Not started"),
        (dt.date(2025, 10, 1), "Daily meetings began in the north.", "Amber"),
        (dt.date(2026, 3, 1), "Daily meetings review every high-risk case", "Complete")]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_an_answer_in_the_recommendations_own_terms_is_not_taken_for_more_of_the_report(fmt, tmp_path, normaliser):
    parts = [("h2", "Recommendation 12 - risk"),
             ("p", "The screening tool is used in every district and high-risk cases are reviewed daily."),
             ("h2", "Recommendation 7 - crime recording"),
             ("p", "Included classifications are recorded on every stalking crime since January.")]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "kent-stalking-plan", "Kent Police stalking plan", parts)
    assert {item: [(u.update_text, u.granularity) for u in updates] for item, updates in rounds.items()} == {
        **{item: [("The screening tool is used in every district and high-risk cases are reviewed daily.",
                   "recommendation")] for item in ("12.1", "12.2", "12.3", "12.4")},
        **{item: [("Included classifications are recorded on every stalking crime since January.", "recommendation")]
           for item in ("7.1", "7.2")}}


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_one_status_above_an_items_dated_entries_is_its_newest_entrys(fmt, tmp_path, normaliser):
    """A register that states the item's status once, above its updates (latest first), dates only on the updates."""
    parts = [("h1", "Recommendation register"),
             ("h2", "Recommendation 7.1"), ("p", "Status: In progress"), ("p", "Updates, latest first:"),
             ("ul", ["12 March 2026 – The audit of the north is finished.", "4 September 2025 – The audit began."]),
             ("h2", "Recommendation 7.2"), ("p", "Status: Complete"),
             ("ul", ["14 March 2026 – Reports are no longer needed.",
                     "2 October 2025 – Reports are submitted for every case."])]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "suffolk-recommendation-register",
                        "Suffolk Constabulary recommendation register", parts)
    assert [(u.round_date, u.update_text, u.status_raw) for u in rounds["7.1"]] == [
        (dt.date(2025, 9, 1), "The audit began.", ""),
        (dt.date(2026, 3, 1), "The audit of the north is finished.", "In progress")]
    assert [(u.round_date, u.status_raw) for u in rounds["7.2"]] == [(dt.date(2025, 10, 1), ""),
                                                                     (dt.date(2026, 3, 1), "Complete")]
    assert (rounds["7.1"][-1].status, rounds["7.2"][-1].status) == ("in_progress", "complete")


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_status_below_entries_that_state_their_own_is_the_items(fmt, tmp_path, normaliser):
    parts = [("h1", "Recommendation register"), ("h2", "Recommendation 7.1"),
             ("p", "12 March 2026 – The audit of the north is finished."),
             ("p", "4 September 2025 – In progress – The audit began."),
             ("p", "Current status: Complete")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "suffolk-recommendation-register",
                             "Suffolk Constabulary recommendation register", parts)
    assert [(u.round_date, u.update_text, u.status_raw) for u in rounds["7.1"]] == [
        (dt.date(2025, 9, 1), "The audit began.", "In progress"),
        (dt.date(2026, 3, 1), "The audit of the north is finished.", "Complete")]
    assert "undated_entry" not in {i.code for i in issues}


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_every_sub_item_numbered_under_recommendation_received_is_a_whole_recommendation_answer(
        fmt, tmp_path, normaliser):
    """A theme section that quotes all its recommendation's sub-items with their numbers (a list on the web page;
    numbered by hand as plain paragraphs in Word, one of them '12.3 Recognising ...') and then gives one answer
    answers the recommendation as a whole; one that quotes a single sub-item of several answers that item only."""
    asked = {"12.1": "Thinking about adopting the stalking screening tool to spot stalking and its risks.",
             "12.2": "Clear procedures for judging and managing risk in every stalking case.",
             "12.3": "Recognising the heightened risk of breaches of protective orders in policy and training.",
             "12.4": "Screening and checking so that high-risk cases are identified early."}
    listed = [f"{item} {words}" for item, words in asked.items()]
    parts = [("h1", "How we are responding to the stalking super-complaint"),
             ("h2", "Managing risk (recommendation 12)"),
             ("h3", "Recommendation received"),
             ("p", REC[12])]
    parts += [("ul", listed)] if fmt == "html" else [("p", line) for line in listed]
    parts += [("h3", "Our current process"),
              ("p", "Officers complete a risk form that was written for domestic abuse."),
              ("h3", "What we will do"),
              ("p", "We will bring in the screening tool and revise the risk policy."),
              ("h3", "Progress update (March 2025)"),
              ("p", "The screening tool is in use in two of our four districts. Status: in progress."),
              ("h2", "Protective orders (recommendation 13)"),
              ("h3", "Recommendation received"),
              ("p", REC[13])]
    one = "13.2 Ways to help investigators find cases suited to an order and to apply for one."
    parts += [("ul", [one])] if fmt == "html" else [("p", one)]
    parts += [("h3", "Our current process"),
              ("p", "A legal adviser reads every order application before it goes to court.")]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "wiltshire-police-stalking-response",
                        "Wiltshire Police stalking response", parts)
    assert set(rounds) == {"12.1", "12.2", "12.3", "12.4", "13.2"}
    for item in asked:
        assert [(u.round_date, u.update_text, u.granularity) for u in rounds[item]] == [
            (None, "Officers complete a risk form that was written for domestic abuse.\n"
                   "We will bring in the screening tool and revise the risk policy.", "recommendation"),
            (dt.date(2025, 3, 1), "The screening tool is in use in two of our four districts. Status: in progress.",
             "recommendation")], item
        assert rounds[item][-1].status == "in_progress"
    assert [(u.update_text, u.granularity) for u in rounds["13.2"]] == [
        ("A legal adviser reads every order application before it goes to court.", "item")]


QUOTED_NO_NUMBERS = [  # (the report's wording of a sub-item as a force quotes it, the force's answer)
    ("10.3", "Draws on the skills and knowledge of local victim advocates and others from outside policing.",
     "A stalking advocate co-presents the detective course. Current position: complete."),
    ("10.4", "Covers information on local policies and practice where that is needed.",
     "Our own referral routes are taught in a module added this year. Current position: in progress."),
    ("13.1", "Local training and guidance on SPOs, including for supervisors.",
     "Supervisors have not yet had any SPO input. Current position: not started."),
    ("13.2", "Ways to support investigating officers in spotting cases for an SPO and to help them with applications.",
     "Each division now has an SPO adviser who drafts applications with officers."),
    ("14.1", "A victim needs assessment is always completed.",
     "The needs assessment is a required step before a stalking report is filed. Current position: complete."),
    ("14.2", "The force has processes in place so every stalking victim is told about their rights under the "
             "Victims' Code.",
     "The force has a leaflet on the Code that officers hand over at the first visit. "
     "Current position: business as usual."),
    ("14.4", "Victims who would like support are put in touch with an appropriate service in a timely way.",
     "Referrals go through the victim hub on the day they are asked for."),
    ("14.5", "The number of victims referred to specialist support is monitored and action is taken when numbers "
             "are low.",
     "Referral figures will go to the district meeting. Current position: not started."),
]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_quoted_sub_items_in_the_forces_third_person_and_loose_paraphrase_anchor_their_answers(
        fmt, tmp_path, normaliser):
    """The report's sub-item wording with no numbers, each line followed by the force's answer: 'The force has
    processes so that ...' is the report's wording (a bare noun after 'has'), 'The force has a leaflet ...' the
    force's answer; 'in a timely way', 'where that is needed', 'help them with applications' quote their sub-items."""
    parts = [("h1", "Response to the stalking super-complaint")]
    for rec, theme in ((10, "Training"), (13, "Protection orders"), (14, "Victims' rights and support")):
        parts += [("h2", theme), ("p", REC[rec])]
        for item, asked, answer in QUOTED_NO_NUMBERS:
            if item.startswith(f"{rec}."):
                parts += [("p", asked), ("p", answer)]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "gwent-police-stalking-response",
                             "Gwent Police stalking response", parts)
    assert set(rounds) == {item for item, _, _ in QUOTED_NO_NUMBERS}
    for item, _, answer in QUOTED_NO_NUMBERS:
        assert [(u.update_text, u.granularity) for u in rounds[item]] == [(answer, "item")], item
    assert [rounds[i][0].status for i in ("14.1", "14.2", "14.5")] == ["complete", "bau", "not_started"]
    assert "ambiguous_wording" not in {i.code for i in issues}


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_sub_items_worded_as_what_is_asked_anchor_their_answers_though_they_say_is_used(fmt, tmp_path, normaliser):
    """'How MAPPA is used ...' and 'The College e-learning is used appropriately' quote the report ('is used' would
    otherwise read as an answer naming its subject); each is followed by the force's answer."""
    parts = [("h1", "Stalking: what we were asked and what we are doing"),
             ("h2", "Learning"), ("p", REC[10]),
             ("p", "The College of Policing e-learning on stalking and harassment is used appropriately."),
             ("p", "Every call handler finished the e-learning by February. Current position: complete."),
             ("p", "Training is given to the officers and staff who would benefit most."),
             ("p", "Neighbourhood sergeants are next in line for the course."),
             ("h2", "Partners"), ("p", REC[25]),
             ("p", "Whether and how to work with other forces in multi-agency partnerships."),
             ("p", "A regional stalking clinic with two neighbouring forces started in April."),
             ("p", "How MAPPA is used to manage stalking offenders."),
             ("p", "Offenders who qualify are referred at the first opportunity. Current position: business as usual.")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "dyfed-powys-police-stalking-response",
                             "Dyfed-Powys Police stalking response", parts)
    assert {item: [u.update_text for u in rounds[item]] for item in rounds} == {
        "10.2": ["Every call handler finished the e-learning by February. Current position: complete."],
        "10.5": ["Neighbourhood sergeants are next in line for the course."],
        "25.2": ["A regional stalking clinic with two neighbouring forces started in April."],
        "25.3": ["Offenders who qualify are referred at the first opportunity. Current position: business as usual."]}
    assert (rounds["10.2"][0].status, rounds["25.3"][0].status) == ("complete", "bau")
    assert "ambiguous_wording" not in {i.code for i in issues}


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_theme_section_whose_quoted_list_holds_an_ambiguous_line_still_answers_its_recommendation(
        fmt, tmp_path, normaliser):
    """Under 'Recommendation received' a line that fits two sub-items equally is one more line of the question (with
    an ambiguous_wording warning): the section still answers its recommendation as a whole, not the next sub-item
    quoted. A short progress sentence before 'Status: complete.' is the update's words, not a label."""
    asked = ["A victim needs assessment is made and the victim is told about their rights under the Victims' Code.",
             # 14.1 and 14.2 at once
             SUB["14.3"], SUB["14.4"], SUB["14.5"]]
    parts = [("h1", "Stalking super-complaint: our position"),
             ("h2", "Supporting victims (recommendation 14)"),
             ("h3", "Recommendation received"),
             ("p", REC[14])]
    parts += [("ul", asked)] if fmt == "html" else [("p", line) for line in asked]
    parts += [("h3", "Our current process"),
              ("p", "Each victim is sent a letter setting out the local support on offer."),
              ("h3", "Progress update (March 2025)"),
              ("p", "Letters go out within a day. Status: complete.")]
    _, rounds, issues = read(tmp_path, normaliser, fmt, "north-wales-police-stalking-response",
                             "North Wales Police stalking response", parts)
    assert set(rounds) == {"14.1", "14.2", "14.3", "14.4", "14.5"}
    for item in rounds:
        assert [(u.round_date, u.update_text, u.granularity) for u in rounds[item]] == [
            (None, "Each victim is sent a letter setting out the local support on offer.", "recommendation"),
            (dt.date(2025, 3, 1), "Letters go out within a day. Status: complete.", "recommendation")], item
        assert rounds[item][-1].status == "complete"
    (warning,) = [i for i in issues if i.code == "ambiguous_wording"]
    assert "14.1" in warning.message and "14.2" in warning.message and "as a whole" in warning.message


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_theme_named_in_words_only_with_its_sub_items_numbered_below_the_recommendation(fmt, tmp_path, normaliser):
    """No '(recommendation 11)' in the theme's heading and the sub-headings as plain lines: 'Recommendation
    received' still says the recommendation's words and its numbered sub-items below are the question, so the one
    answer is the recommendation's as a whole (not each sub-item's words taken for its answer)."""
    listed = ["11.1 A problem profile built from police and partner data to show the full extent of stalking.",
              "11.2 Assurance work, such as audits of investigation outcomes and the use of SPOs.",
              "11.3 Regular feedback from victims, for example through a survey.",
              "11.4 A force management statement that covers current and future stalking demand."]
    parts = [("h1", "What we are doing about stalking"),
             ("h2", "Knowing the scale of stalking"),
             ("p", "Recommendation received"),
             ("p", REC[11])]
    parts += [("ul", listed)] if fmt == "html" else [("p", line) for line in listed]
    parts += [("p", "Our current process"),
              ("p", "Stalking figures go to the safeguarding board every quarter."),
              ("p", "What we will do"),
              ("p", "We will ask the analysts for a stalking profile.")]
    _, rounds, _ = read(tmp_path, normaliser, fmt, "lincolnshire-police-stalking-response",
                        "Lincolnshire Police stalking response", parts)
    assert set(rounds) == {"11.1", "11.2", "11.3", "11.4"}
    for item in rounds:
        assert [(u.update_text, u.granularity) for u in rounds[item]] == [
            ("Stalking figures go to the safeguarding board every quarter.\n"
             "We will ask the analysts for a stalking profile.", "recommendation")], item
