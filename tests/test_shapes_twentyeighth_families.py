"""The families the twenty-eighth blind set (tests/fixtures/shapes_twentyeighth, written by a colleague who read none of
the readers: bilingual and Welsh-language plans) found, each in our own words. First run: 5 of 10 files read exactly,
items 91 of 99, round texts 164 of 219, 1 false done: a table of two language columns ('Cymraeg | English') gave one
item of nine; Welsh round labels ('Tachwedd 2024:', 'Diweddariad Mawrth 2026') were not dates, so a Welsh-first page's
rounds ran together; a workbook with the plan on a Welsh sheet and an English sheet kept the Welsh words and read its
Welsh header as no header at all."""
from __future__ import annotations

import pytest

from etl.normalise.dates import month_of, periods_in
from etl.normalise.text import is_welsh
from tests.fixtures import add_docx_table, assert_blind_set_reads
from tests.fixtures import read_plan as read


@pytest.mark.parametrize("label,month", [("Tachwedd 2024:", "2024-11-01"), ("Diweddariad Mawrth 2025", "2025-03-01"),
                                         ("Ymateb cychwynnol (Medi 2025)", "2025-09-01"), ("ym mis Ebrill 2026", "2026-04-01")])
def test_a_welsh_month_before_a_year_dates_a_round(label, month):
    assert str(month_of(label)) == month


def test_a_welsh_month_with_no_year_is_no_date_and_a_welsh_deadline_is_one():
    assert month_of("Mawrth yn unig") is None  # 'Mawrth' is also Tuesday
    assert [str(d) for d in periods_in("Wedi'i gwblhau erbyn Mehefin 2026")] == ["2026-06-30"]


@pytest.mark.parametrize("text,welsh", [
    ("Mae 58 y cant o swyddogion rheng flaen wedi cwblhau e-ddysgu'r Coleg.", True),
    ("Rhennir ffigurau atgyfeirio misol gyda'r darparwr eirioli a'r Comisiynydd.", True),
    ("Ychwanegwyd botwm atgyfeirio uniongyrchol at y cofnod trosedd.", True),
    ("The College e-learning has been completed by 58 per cent of frontline officers.", False),
    ("Stalking Protection Orders reviewed weekly", False), ("Cardiff and Vale UHB", False),
])
def test_welsh_words_are_told_from_english_ones(text, welsh):
    assert is_welsh(text) is welsh


def test_a_table_of_two_language_columns_reads_as_the_english_plan(tmp_path, normaliser):
    rows = "".join(f"<tr><td>{cy}</td><td>{en}</td></tr>" for cy, en in [
        ("Cymraeg", "English"),
        ("Argymhelliad 7.2", "Recommendation 7.2"),
        ("Diweddariad Tachwedd 2024: Byddwn yn ychwanegu marciwr.", "November 2024 update: We will add an intelligence "
                                                                    "marker to harassment crimes."),
        ("Diweddariad Mawrth 2025: Mae'r marciwr ar waith.", "March 2025 update: The marker is in use on every "
                                                             "harassment crime."),
        ("Statws: Wedi'i gwblhau", "Status: Complete"),
        ("Argymhelliad 28.1", "Recommendation 28.1"),
        ("Diweddariad Tachwedd 2024: Cyhoeddwyd y cynllun yn Gymraeg ac yn Saesneg.", ""),
        ("Statws: Wedi'i gwblhau", ""),
    ])
    path = tmp_path / "dyfed-powys-police-stalking-plan.html"
    path.write_text(f"<html><body><h1>Heddlu Dyfed-Powys / Dyfed-Powys Police: stalking action plan</h1>"
                    f"<table>{rows}</table></body></html>", encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    got = [(u.item_id, u.round, u.status) for u in updates]
    assert got == [("7.2", "November 2024", "not_started"), ("7.2", "March 2025", "complete"),
                   ("28.1", "November 2024", "complete")]  # the Welsh words where the English cell is empty
    assert updates[1].update_text.startswith("The marker is in use")


def test_welsh_first_sections_and_their_english_version_give_each_round_once(tmp_path, normaliser):
    html = """<html lang="cy"><body><h1>Heddlu Gogledd Cymru: cynllun gweithredu stelcio</h1>
    <h2>Argymhelliad 10: Dysgu a hyfforddiant</h2><h3>10.2 E-ddysgu'r Coleg</h3>
    <p><strong>Tachwedd 2024:</strong> Mae 58 y cant o swyddogion rheng flaen wedi cwblhau e-ddysgu'r Coleg.</p>
    <p><strong>Mawrth 2025:</strong> Mae'r gyfradd gwblhau yn 79 y cant; anfonir nodiadau atgoffa bob mis.</p>
    <p><strong>Statws:</strong> Ar waith</p>
    <div lang="en"><h2>Recommendation 10: Learning and training</h2><h3>10.2 College e-learning</h3>
    <p><strong>November 2024:</strong> The College e-learning has been completed by 58 per cent of frontline officers.</p>
    <p><strong>March 2025:</strong> Completion is 79 per cent; reminders go out monthly through line managers.</p>
    </div></body></html>"""
    path = tmp_path / "north-wales-police-stalking-plan.html"
    path.write_text(html, encoding="utf-8")
    _, updates, _ = read(path, normaliser)
    assert [(u.round, u.status) for u in updates] == [("November 2024", "in_progress"), ("March 2025", "in_progress")]
    assert [u.update_text[:14] for u in updates] == ["The College e-", "Completion is "]  # the English words


def test_the_same_plan_on_a_welsh_sheet_and_an_english_sheet_is_read_once_in_english(tmp_path, normaliser):
    import openpyxl

    book = openpyxl.Workbook()
    welsh = book.active
    welsh.title = "Cymraeg"
    welsh.append(["Argymhelliad", "Is-argymhelliad", "Perchennog", "Ymateb cychwynnol (Tachwedd 2024)",
                  "Diweddariad Mawrth 2025", "Statws"])
    welsh.append(["14", "14.1", "Pennaeth Diogelu", "Cwblheir asesiadau anghenion ar gyfer dioddefwyr risg uchel yn unig.",
                  "Mae asesiadau anghenion bellach yn orfodol ar bob achos stelcio.", "Ar waith"])
    english = book.create_sheet("English")
    english.append(["Recommendation", "Sub-recommendation", "Owner", "Initial response (November 2024)",
                    "March 2025 update", "Status"])
    english.append(["14", "14.1", "Head of Protection", "Needs assessments are completed for high-risk victims only.",
                    "Needs assessments are now mandatory on every stalking crime.", "Complete"])
    path = tmp_path / "south-wales-police-stalking-plan.xlsx"
    book.save(path)
    _, updates, issues = read(path, normaliser)
    assert [(u.round, u.update_text[:22]) for u in updates] == [("November 2024", "Needs assessments are "),
                                                               ("March 2025", "Needs assessments are ")]
    # the two versions' statuses disagree about done: neither is taken, and a person is told
    assert updates[-1].status == "unknown"
    assert any(i.code == "doubtful_status" and "Welsh and English" in i.message for i in issues)


def test_the_twentyeighth_blind_set_reads_with_no_false_done():
    assert_blind_set_reads("shapes_twentyeighth", [
        "dyfed_powys_police_stalking_action_plan_cynllun_stelcio_sep2025.pdf",
        "gwent_police_heddlu_gwent_stalking_action_plan_dwyieithog_mar2026.docx",
        "gwent_police_stalking_tracker_cymraeg_english_sep2025.xlsx",
        "north_wales_police_heddlu_gogledd_cymru_stalking_action_plan_mar2026.html",
        "north_wales_police_stalking_plan_export_dwyieithog_bilingual_sep2025.csv",
        "south_wales_police_stalking_action_plan_cymraeg_english_mar2026.xlsx",
        "west_mercia_police_stalking_action_plan_mar2025.docx",
        "gloucestershire_constabulary_stalking_action_plan_sep2025.pdf"])
