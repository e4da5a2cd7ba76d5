"""A corpus of hostile files built here: each is reported with a clear reason, good files beside them
still load, and the build neither crashes nor hangs (size, zip-ratio and time limits per file)."""
from __future__ import annotations

import io
import random
import time
import zipfile

import pytest

from etl.build import process_file, run_build
from etl.extract import EXTRACTORS
from tests.fixtures import SIMPLE_EXPECTED, SIMPLE_HEAD, SIMPLE_ROWS, TEMPLATE_LINES, write_csv, write_html, write_template_text, \
    write_xlsx

RNG = random.Random(7)


def docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Force: Kent Police")
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    import openpyxl

    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    return buffer.getvalue()


def zip_bomb(path, megabytes: int = 260) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * 1_000_000
            for _ in range(megabytes):
                member.write(block)


def blank_pdf(path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # lines, no text: what a scan without OCR looks like to us
    pdf.output(str(path))


EXPECTED_ERRORS = {
    "surrey-empty.docx": "empty_file",
    "sussex-truncated.docx": "corrupt_file",
    "dorset-random.docx": "corrupt_file",
    "norfolk-empty.xlsx": "empty_file",
    "suffolk-truncated.xlsx": "corrupt_file",
    "essex-random.xlsx": "corrupt_file",
    "durham-no-table.html": "not_a_plan",
    "cleveland-cookie-table-only.html": "no_plan_table",
    "cumbria-scan.pdf": "no_text",
    "cheshire-huge.txt": "too_large",
    "gwent-bomb.docx": "zip_bomb",
    "lancashire-not-office.docx": "unknown_format",
    "merseyside-legacy.doc": "legacy_office",
    "leicestershire-libreoffice.odt": "opendocument",
    "humberside-binary.txt": "binary_file",
    "wiltshire-header-only.csv": "no_plan_table",
    "stalking-plan-nobody.xlsx": "unknown_force",
    "kent-stalking-plan.txt": "force_conflict",
    "derbyshire.zip": "unknown_format",
    "lincolnshire-image.png": "unknown_format",
    "warwickshire-not-a-plan.txt": "not_a_plan",
    "kent-and-essex-plan.csv": "ambiguous_force",  # the name names two forces and the document none
}
EXPECTED_WARNINGS = {
    "staffordshire-duplicates.csv": "duplicate_item",
    "northumbria-unknown-items.csv": "unknown_item",
    "gloucestershire-500-percent.csv": "bad_percentage",
    "bedfordshire-future.csv": "future_date",
}
GOOD = {"west-mercia.csv", "north-wales.txt", "south-wales-utf16.txt", "avon-and-somerset-latin1.html"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    raw = tmp_path_factory.mktemp("hostile")
    docx_data, xlsx_data = docx_bytes(), xlsx_bytes()
    (raw / "surrey-empty.docx").write_bytes(b"")
    (raw / "sussex-truncated.docx").write_bytes(docx_data[: len(docx_data) // 2])
    (raw / "dorset-random.docx").write_bytes(RNG.randbytes(5000))
    (raw / "norfolk-empty.xlsx").write_bytes(b"")
    (raw / "suffolk-truncated.xlsx").write_bytes(xlsx_data[: len(xlsx_data) // 3])
    (raw / "essex-random.xlsx").write_bytes(b"PK\x03\x04" + RNG.randbytes(3000))
    (raw / "durham-no-table.html").write_text("<html><body><h1>Durham Constabulary</h1><p>Coming soon</p></body></html>")
    (raw / "cleveland-cookie-table-only.html").write_text(
        "<html><body><table><tr><th>Cookie</th><th>Purpose</th><th>Expiry</th></tr>"
        "<tr><td>_ga</td><td>Analytics</td><td>2 years</td></tr></table></body></html>")
    blank_pdf(raw / "cumbria-scan.pdf")
    with open(raw / "cheshire-huge.txt", "wb") as fh:  # 50 MB, sparse: costs no disk
        fh.truncate(50_000_000)
    zip_bomb(raw / "gwent-bomb.docx")
    with zipfile.ZipFile(raw / "lancashire-not-office.docx", "w") as archive:
        archive.writestr("readme.txt", "hello")
    (raw / "merseyside-legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with zipfile.ZipFile(raw / "leicestershire-libreoffice.odt", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    (raw / "humberside-binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    write_csv(raw / "wiltshire-header-only.csv", ["Reference", "Notes", "Comments"], [], preamble=("Wiltshire Police",))
    write_xlsx(raw / "stalking-plan-nobody.xlsx", SIMPLE_HEAD, SIMPLE_ROWS, cover=False)
    (raw / "stalking-plan-nobody.xlsx").touch()
    write_template_text(raw / "kent-stalking-plan.txt", [l.replace("Kent Police", "Essex Police") for l in TEMPLATE_LINES])
    with zipfile.ZipFile(raw / "derbyshire.zip", "w") as archive:
        archive.writestr("plan.txt", "x")
    (raw / "lincolnshire-image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    write_csv(raw / "kent-and-essex-plan.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Joint plan",))
    (raw / "warwickshire-not-a-plan.txt").write_text("Dear Sir or Madam,\nplease find our plan attached.\n")
    # loaded, with warnings
    write_csv(raw / "staffordshire-duplicates.csv", SIMPLE_HEAD, SIMPLE_ROWS + [SIMPLE_ROWS[0]], preamble=("Staffordshire Police",))
    write_csv(raw / "northumbria-unknown-items.csv", SIMPLE_HEAD,
              SIMPLE_ROWS + [["8", "8.1", "A", "x", "Complete"], ["99", "99.9", "A", "x", "Complete"]], preamble=("Northumbria Police",))
    write_csv(raw / "gloucestershire-500-percent.csv", SIMPLE_HEAD,
              SIMPLE_ROWS[:1] + [["", "7.2", "A", "x", "In Progress 500%"]], preamble=("Gloucestershire Constabulary",))
    write_csv(raw / "bedfordshire-future.csv", ["Rec No", "Sub-rec", "Update", "Date", "Status"],
              [["7", "7.1", "Done", "01/01/2099", "Complete"]], preamble=("Bedfordshire Police",))
    # good files, two of them in awkward encodings
    write_csv(raw / "west-mercia.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("West Mercia Police",))
    write_template_text(raw / "north-wales.txt", [l.replace("Kent Police", "North Wales Police") for l in TEMPLATE_LINES])
    (raw / "south-wales-utf16.txt").write_bytes(
        "\n".join(l.replace("Kent Police", "South Wales Police").replace("DCI One", "DCI Siân") for l in TEMPLATE_LINES).encode("utf-16"))
    latin = write_html(raw / "avon-and-somerset-latin1.html", [["7", "x", "7.1", "Owner", "Cost \u00a3500 \u2013 done", "", "Complete"]],
                       ["Rec No", "Recommendation", "Evidence", "Owner", "Update", "Date", "Status"], title="Avon and Somerset")
    latin.write_bytes(latin.read_text(encoding="utf-8").encode("cp1252"))
    started = time.perf_counter()
    report = run_build(raw, tmp_path_factory.mktemp("wh_hostile"))
    return raw, report, time.perf_counter() - started


def by_file(report):
    return {r.source_file: r for r in report.results}


def test_every_file_written_is_in_the_build_report_and_twenty_of_them_are_refused(hostile):
    raw, report, _ = hostile
    results = by_file(report)
    assert set(results) == {p.name for p in raw.iterdir()}  # each file is accounted for, none silently skipped
    refused = {name for name, r in results.items() if not r.loaded}
    assert refused == set(EXPECTED_ERRORS) and len(refused) >= 20
    assert {name for name, r in results.items() if r.loaded} == set(EXPECTED_WARNINGS) | GOOD


@pytest.mark.parametrize("name, code", sorted(EXPECTED_ERRORS.items()))
def test_each_bad_file_is_refused_with_its_reason(hostile, name, code):
    result = by_file(hostile[1])[name]
    errors = [i for i in result.issues if i.severity == "error"]
    assert not result.loaded
    assert [i.code for i in errors] == [code], errors
    assert len(errors[0].message) > 15  # a reason a person can act on


@pytest.mark.parametrize("name, code", sorted(EXPECTED_WARNINGS.items()))
def test_suspicious_content_loads_with_a_warning(hostile, name, code):
    result = by_file(hostile[1])[name]
    assert result.loaded and code in [i.code for i in result.issues if i.severity == "warning"]


def test_good_files_beside_them_load_with_their_characters(hostile):
    results = by_file(hostile[1])
    assert all(results[name].loaded for name in GOOD)
    owners = {u.owner for u in results["south-wales-utf16.txt"].updates}
    assert "DCI Siân" in owners
    texts = {u.update_text for u in results["avon-and-somerset-latin1.html"].updates}
    assert "Cost \u00a3500 \u2013 done" in texts


def test_absurd_values_are_not_loaded_as_values(hostile):
    results = by_file(hostile[1])
    assert {u.item_id: u.progress_pct for u in results["gloucestershire-500-percent.csv"].updates}["7.2"] is None
    assert all(u.update_date is None for u in results["bedfordshire-future.csv"].updates)
    assert {u.item_id for u in results["northumbria-unknown-items.csv"].updates} == {"7.1", "7.2", "10.1", "10.2"}


def test_the_build_is_quick_despite_the_bomb_and_the_50mb_file(hostile):
    raw, report, seconds = hostile
    assert seconds < 60  # generous: the point is that it finishes, not how fast
    results = by_file(report)
    assert [i.code for i in results["gwent-bomb.docx"].issues] == ["zip_bomb"]
    assert [i.code for i in results["cheshire-huge.txt"].issues] == ["too_large"]
    # and the warehouse beside them holds the good files' items: West Mercia's plan read item for item
    assert {u.item_id: u.status for u in results["west-mercia.csv"].updates} == SIMPLE_EXPECTED
    assert results["west-mercia.csv"].force_id == "west-mercia"


def test_a_parse_that_hangs_is_stopped(tmp_path, monkeypatch, reference, normaliser):
    def slow(path):
        time.sleep(30)

    monkeypatch.setitem(EXTRACTORS, "text", slow)
    path = write_template_text(tmp_path / "kent.txt")
    started = time.perf_counter()
    result = process_file(path, "kent.txt", reference, normaliser, False, seconds=1)
    assert time.perf_counter() - started < 5
    assert [i.code for i in result.issues] == ["timeout"]
