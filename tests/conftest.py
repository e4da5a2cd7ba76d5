from __future__ import annotations

from pathlib import Path

import pytest

from etl.normalise.document import DocumentNormaliser
from etl.reference import load_reference


@pytest.fixture(scope="session")
def reference():
    return load_reference()


@pytest.fixture(scope="session")
def normaliser(reference):
    return DocumentNormaliser(reference)


@pytest.fixture
def read_plan(normaliser):
    """Extract and normalise one file: (force_id, {item_id: PlanUpdate of its last round}, issues)."""
    from etl.extract import extract

    def _read(path: Path):
        document = extract(path)
        force_id, _, updates, issues = normaliser.normalise(document, path.name)
        return force_id, {u.item_id: u for u in updates}, issues

    return _read
