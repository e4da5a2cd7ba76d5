"""The national progress report: its figures against the query layer on a hand-made warehouse, and each format
opens (PDF text extracts, the docx opens with python-docx, the HTML makes no external request)."""
from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from app import national_report, queries
from app.filters import Filters
from app.warehouse import Warehouse
from tests.handmade import D, STANDARD, update, write_warehouse

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2026, 6, 1)
BASE = "http://tracker.test:8501"
ROWS = STANDARD + [
    # Surrey answers recommendation 12 as a whole: one answer applied to its four sub-items
    *[update("surrey", f"12.{n}", "complete", granularity="recommendation", row=3,
             text="A multi-agency stalking panel reviews every case and the screening tool is used.") for n in (1, 2, 3, 4)],
    update("sussex", "12.1", "complete", is_sample=True, row=4,
           text="Our multi-agency stalking panel meets weekly; the screening tool is used by every team."),
    update("sussex", "12.2", "not_started", is_sample=True, row=5),
    update("kent", "12.1", "in_progress", round_date=D(2026, 7, 1), round_="July 2026",
           text="after the as-of date: never counted"),
]


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    directory = tmp_path_factory.mktemp("national_wh")
    write_warehouse(directory, ROWS)
    return Warehouse(directory / "plans.duckdb")


@pytest.fixture(scope="module")
def data(wh):
    return national_report.gather(wh, Filters(as_of=AS_OF), base_url=BASE)


@pytest.fixture(scope="module")
def drawn(wh):
    return national_report.render_images(national_report.gather(wh, Filters(as_of=AS_OF), base_url=BASE))


def test_headline_and_recommendation_figures_are_the_query_layers(wh, data):
    f = Filters(as_of=AS_OF)
    head = queries.headline(wh, f).iloc[0]
    assert data.headline.equals(head)
    assert (int(head["items"]), int(head.done), int(head.overdue)) == (14, 10, 3)
    recs = data.recs.set_index("rec_no")
    assert list(recs.index) == sorted(int(r) for r in queries.recommendation_options(wh).rec_no)
    items = queries.item_options(wh)
    for rec_no in (7, 10, 12):
        split = queries.status_split(wh, f, items[items.rec_no == rec_no].item_id.tolist()).set_index("status")["items"]
        for status, count in split.items():
            assert recs.loc[rec_no, status] == count, (rec_no, status)
        assert recs.loc[rec_no, "items"] == split.sum()
    overdue = queries.overdue_by_recommendation(wh, f).set_index("rec_no")
    for rec_no, row in overdue.iterrows():
        assert recs.loc[rec_no, "overdue"] == row.overdue_items and recs.loc[rec_no, "forces_overdue"] == row.forces
    # by hand: rec 7 done by Kent and Essex; rec 10 not started by Essex (10.2 not applicable), overdue for both;
    # rec 12 done by Surrey (as a whole), Sussex has one sub-item not started and so is neither done nor not started
    assert recs.loc[7, ["forces_reporting", "forces_done", "forces_not_started"]].tolist() == [2, 2, 0]
    assert recs.loc[10, ["forces_done", "forces_not_started", "forces_overdue"]].tolist() == [0, 1, 2]
    assert recs.loc[12, ["forces_reporting", "forces_done", "forces_whole", "whole_items"]].tolist() == [2, 1, 1, 4]
    assert recs.loc[13, "items"] == 0
    moved = queries.change_summary(wh, f)
    assert data.changes.set_index("rec_no").loc[7, ["moved", "to_done", "forces"]].tolist() == [1, 1, 1]
    assert int(data.changes.moved.sum()) == int(moved["items"].sum())
    assert data.scope.whole_items == 4 and data.scope.whole_forces == 1 and data.scope.sample_items == 2
    assert data.overdue_forces.equals(queries.overdue_by_force(wh, f).head(10))


def test_themes_and_cited_excerpts_come_from_done_forces(data):
    # both done forces write of a multi-agency panel; 'stalking' and 'screening tool' are the recommendation's own
    # words or common ones, so left out
    assert [(t.term, t.forces, t.of_forces) for t in data.themes[12]] == \
        [("multi-agency", 2, 2), ("panel", 2, 2), ("used", 2, 2)]
    # what forces report, as findings: both write of a multi-agency panel and a screening tool, both report it done
    assert [(t.theme, t.forces, t.of_forces, t.done_forces) for t in data.findings[12]] == \
        [("partners", 2, 2, 2), ("screening", 2, 2, 2)]
    assert data.findings[12][0].sentence() == "2 of 2 forces describe working with partner agencies; all of them report " \
                                              "that work done"
    quotes = data.excerpts[12]
    assert {q.force_name for q in quotes} == {"Surrey Police", "Sussex Police"}
    assert all(q.source_file.endswith(".csv") and q.source_row in (3, 4) for q in quotes)


def test_html_is_self_contained_and_every_figure_links_to_its_view(drawn):
    page = national_report.to_html(drawn)
    assert "SAMPLE DATA" in page and "as of 1 June 2026" in page.replace("As of", "as of")
    # no request leaves the file: no scripts, stylesheets or frames; every image inline
    assert not re.search(r"<(script|link|iframe|object|embed)\b", page, re.I)
    sources = re.findall(r"\bsrc=\"([^\"]*)\"", page)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert "url(" not in page and "@import" not in page
    links = re.findall(r"href=\"([^\"]*)\"", page)
    assert links and all(link.startswith(BASE + "/") for link in links)
    # figures are links carrying their filters: the completion rate (10 of 13 that apply) and overdue
    head = drawn.headline
    assert f">{head.completion_rate:.0%}</a>" in page
    assert re.search(r"href=\"http://tracker.test:8501/overdue\?as_of=2026-06-01\">3</a>", page)
    assert "recommendations?rec=12.+" in page and "item=Rec+12" in page
    assert "lead_force=Kent+Police" in page or "lead_force=Essex+Police" in page
    # granularity said honestly; excerpts cited with file and row
    assert "4 of the 14 sub-item positions come from 1 answers that 1 forces" in page
    assert "Surrey Police, 12.1 (Complete): surrey.csv, csv row 3" in page
    assert "after the as-of date" not in page
    assert page.count("<img") == len(drawn.images) >= 3


def test_pdf_text_extracts_with_the_same_figures(drawn):
    pdf = national_report.to_pdf(drawn)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    assert "SAMPLE DATA" in text and "national progress report" in text
    assert f"{drawn.headline.completion_rate:.0%}" in text
    assert "Recommendation 12: " in text and "Areas for improvement" in text and "What forces report" in text


def test_docx_opens_with_python_docx(drawn):
    import docx

    document = docx.Document(io.BytesIO(national_report.to_docx(drawn)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "national progress report" in text and "SAMPLE DATA" in text
    assert any(p.style.name == "Quote" for p in document.paragraphs)
    cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert f"{drawn.headline.completion_rate:.0%}" in cells
    assert len(document.inline_shapes) == len(drawn.images)


def test_filters_in_words_and_a_status_filter_not_applied(wh):
    data = national_report.gather(wh, Filters(recs=(7,), statuses=("complete",), as_of=AS_OF, include_sample=False))
    words = national_report.filters_in_words(data)
    assert "recommendations 7" in words.lower() and "sample data left out" in words and "not applied" in words
    assert data.recs.rec_no.tolist() == [7] and not data.is_sample
    page = national_report.to_html(data)
    assert "SAMPLE DATA" not in page and "Recommendation 10" not in page


def test_cli_writes_the_three_formats(tmp_path, wh):
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "etl", "report", "--warehouse", str(wh.path.parent), "--out", str(out),
                           "--as-of", "2026-06-01", "--no-charts"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html", ".pdf"]
    bad = subprocess.run([sys.executable, "-m", "etl", "report", "--warehouse", str(tmp_path / "none"), "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "no warehouse" in bad.stderr
