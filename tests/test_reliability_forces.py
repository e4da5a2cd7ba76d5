"""Issue 13, item 5: a joint or vague force name is refused with `ambiguous_force`, never given to one force."""
from __future__ import annotations

import pytest

from etl.normalise.forces import ForceMatcher
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, write_csv, write_docx


@pytest.mark.parametrize("text, candidates", [
    ("Force: Norfolk and Suffolk Constabularies", {"norfolk", "suffolk"}),
    ("Force: Warwickshire Police and West Mercia Police", {"warwickshire", "west-mercia"}),
    ("Force: Heddlu Cymru", {"north-wales", "south-wales"}),
    ("Norfolk and Suffolk Constabularies\nStalking action plan", {"norfolk", "suffolk"}),
    ("Warwickshire Police and West Mercia Police stalking plan", {"warwickshire", "west-mercia"}),
    ("Heddlu Cymru\nCynllun gweithredu", {"north-wales", "south-wales"}),
    ("Force: Yorkshire Police", {"north-yorkshire", "south-yorkshire", "west-yorkshire"}),
])
def test_joint_and_vague_names_are_ambiguous(reference, text, candidates):
    found = ForceMatcher(reference).from_document(text)
    assert found is not None and found.ambiguous and found.force_id == ""
    assert set(found.candidates) == candidates


@pytest.mark.parametrize("text, force", [
    ("Force: Devon and Cornwall Police", "devon-and-cornwall"),
    ("Avon and Somerset Constabulary stalking plan", "avon-and-somerset"),
    ("Force: Heddlu De Cymru", "south-wales"),
    ("Force: Nottinghamshre Police", "nottinghamshire"),
    ("Hampshire and Isle of Wight Constabulary", "hampshire-and-isle-of-wight"),
    ("West Midlands Police", "west-midlands"),
])
def test_one_force_names_still_resolve(reference, text, force):
    found = ForceMatcher(reference).from_document(text)
    assert found is not None and not found.ambiguous and found.force_id == force


@pytest.mark.parametrize("file_name, title", [
    ("joint-stalking-plan.csv", "Norfolk and Suffolk Constabularies"),
    ("stalking-plan-2025.csv", "Warwickshire Police and West Mercia Police"),
    ("cynllun-stelcio.csv", "Heddlu Cymru"),
    ("norfolk-and-suffolk-plan.csv", "Stalking action plan"),
    ("norfolk-plan.csv", "Force: Norfolk and Suffolk Constabularies"),  # the label says joint: not Norfolk's alone
])
def test_a_joint_plan_is_refused_with_ambiguous_force(tmp_path, read_plan, file_name, title):
    path = write_csv(tmp_path / file_name, SIMPLE_HEAD, SIMPLE_ROWS, preamble=(title,))
    force_id, updates, issues = read_plan(path)
    assert force_id is None and not updates
    errors = [i for i in issues if i.severity == "error"]
    assert [i.code for i in errors] == ["ambiguous_force"], errors
    assert "several forces" in errors[0].message


def test_a_joint_file_name_is_settled_by_a_force_label(tmp_path, read_plan):
    path = write_docx(tmp_path / "kent-and-essex-plan.docx", SIMPLE_HEAD, SIMPLE_ROWS, paragraphs=("Force: Kent Police",))
    force_id, updates, issues = read_plan(path)
    assert force_id == "kent" and updates


def test_a_one_force_file_name_beats_a_joint_title(tmp_path, read_plan):
    # titles are weaker than labels: a file named for one force, whose title thanks another, is that force's
    path = write_csv(tmp_path / "kent-plan.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Kent Police and Essex Police",))
    force_id, updates, _ = read_plan(path)
    assert force_id == "kent" and updates
