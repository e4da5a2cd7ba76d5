"""Reference facts (forces, recommendations, vocabularies) read from data/reference/*.csv."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import REFERENCE_DIR
from .vocabulary import STATUSES

FILES = ("forces.csv", "recommendations.csv", "status_words.csv", "header_aliases.csv", "item_wording.csv",
         "boilerplate.csv", "status_modifiers.csv", "super_complaint.csv")
# what a status modifier may be (data/reference/status_modifiers.csv; etl/normalise/status.py reads them)
MODIFIER_KINDS = ("settled", "negation", "future", "reversal", "exception", "scope", "question")


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True)
class Reference:
    forces: tuple[dict, ...]
    recommendations: tuple[dict, ...]
    status_rules: tuple[tuple[re.Pattern, str, str], ...]  # (pattern, status, kind: word | rag)
    header_rules: tuple[tuple[re.Pattern, str], ...]
    fingerprint: str
    # '7' or '7.1' -> the distinctive terms a quotation of that recommendation or sub-item will contain
    wording: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()
    boilerplate: tuple[re.Pattern, ...] = ()
    # (kind, pattern): words that weaken a done-word ('cannot', 'by April 2027') or confirm one ('no further action')
    status_modifiers: tuple[tuple[str, re.Pattern], ...] = ()
    # the report's own facts (super_complaint.csv): 'published' -> '2024-09-01'
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def published(self) -> dt.date:
        """When the recommendations were made: work finished before then is history, not a response to them."""
        return dt.date.fromisoformat(dict(self.facts)["published"])

    @property
    def rec_numbers(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(int(r["rec_no"]) for r in self.recommendations))

    @property
    def force_ids(self) -> frozenset[str]:
        return frozenset(f["force_id"] for f in self.forces)

    @property
    def item_ids(self) -> frozenset[str]:
        return frozenset(r["item_id"] for r in self.recommendations)

    def items_of(self, rec_no: int) -> list[str]:
        return [r["item_id"] for r in self.recommendations if int(r["rec_no"]) == rec_no]

    def force_name(self, force_id: str) -> str:
        return next((f["force_name"] for f in self.forces if f["force_id"] == force_id), force_id)

    def deadline(self, item_id: str) -> dt.date | None:
        for r in self.recommendations:
            if r["item_id"] == item_id:
                return dt.date.fromisoformat(r["deadline"])
        return None


@lru_cache(maxsize=8)
def load_reference(directory: Path = REFERENCE_DIR) -> Reference:
    directory = Path(directory)
    digest = hashlib.sha256()
    for name in FILES:
        digest.update((directory / name).read_bytes())
    forces = _read(directory / "forces.csv")
    recs = _read(directory / "recommendations.csv")
    status_rules = tuple(
        (re.compile(r["pattern"], re.IGNORECASE), r["status"], (r.get("kind") or "word").strip())
        for r in _read(directory / "status_words.csv")
    )
    unknown = sorted({status for _, status, _ in status_rules} - set(STATUSES))
    if unknown:  # a typo in the vocabulary file would otherwise store a status the schema refuses
        raise ValueError(f"status_words.csv maps to {unknown}, not one of {', '.join(STATUSES)} (etl/vocabulary.py)")
    header_rules = tuple(
        (re.compile(r["pattern"], re.IGNORECASE), r["field"]) for r in _read(directory / "header_aliases.csv")
    )
    wording = tuple(
        (r["key"], tuple(_term(t) for t in r["terms"].split(";") if t.strip()))
        for r in _read(directory / "item_wording.csv")
    )
    boilerplate = tuple(re.compile(r["pattern"], re.IGNORECASE) for r in _read(directory / "boilerplate.csv"))
    modifiers = tuple((r["kind"].strip(), re.compile(r["pattern"], re.IGNORECASE))
                      for r in _read(directory / "status_modifiers.csv"))
    strange = sorted({kind for kind, _ in modifiers} - set(MODIFIER_KINDS))
    if strange:
        raise ValueError(f"status_modifiers.csv has kinds {strange}, not one of {', '.join(MODIFIER_KINDS)}")
    facts = tuple((r["fact"].strip(), r["value"].strip()) for r in _read(directory / "super_complaint.csv"))
    return Reference(tuple(forces), tuple(recs), status_rules, header_rules, digest.hexdigest()[:16], wording, boilerplate,
                     modifiers, facts)


def _term(term: str) -> re.Pattern:
    """A wording term: a phrase, '*' for any ending ('audit*'), small regex groups allowed."""
    body = term.strip().lower().replace("*", r"\w*")
    return re.compile(r"(?<![\w])" + body + (r"(?![\w])" if not term.strip().endswith("*") else ""))
