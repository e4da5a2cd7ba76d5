"""The shared filters: one immutable value, built with keywords, applied by one fixed SQL condition whose values
are parameters (never string-built SQL), and said in words for captions, downloads and reports."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etl.vocabulary import label

# The condition on `items` (and on every relation with its columns): an empty list means "every".
FILTER_CONDITION = """(len($recs) = 0 OR list_contains($recs, rec_no))
    AND (len($forces) = 0 OR list_contains($forces, force_id))
    AND (len($regions) = 0 OR list_contains($regions, region))
    AND (len($statuses) = 0 OR list_contains($statuses, status))
    AND ($include_sample OR NOT is_sample)"""


@dataclass(frozen=True, kw_only=True)
class Filters:
    recs: tuple[int, ...] = ()  # empty means every recommendation
    forces: tuple[str, ...] = ()  # force ids
    regions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    as_of: dt.date | None = None  # None means today
    include_sample: bool = True
    include_inferred: bool = True

    @property
    def date(self) -> dt.date:
        return self.as_of or dt.date.today()

    def params(self) -> dict:
        """The values FILTER_CONDITION takes."""
        return {"recs": [int(r) for r in self.recs], "forces": list(self.forces), "regions": list(self.regions),
                "statuses": list(self.statuses), "include_sample": self.include_sample}

    def clause(self) -> tuple[str, dict]:
        """The SQL condition and its parameters (the condition is the same fixed text for every filter)."""
        return FILTER_CONDITION, self.params()

    def describe(self, force_names: dict[str, str] | None = None, today: dt.date | None = None) -> str:
        """The filters in words, as a person would say them: 'Recommendation 10, North West, In progress, as of
        1 April 2025'. Force ids are named through force_names when given."""
        parts = []
        if self.recs:
            parts.append(("Recommendation " if len(self.recs) == 1 else "Recommendations ")
                         + _and(str(r) for r in sorted(self.recs)))
        if self.regions:
            parts.append(_and(self.regions))
        if self.forces:
            parts.append(_and((force_names or {}).get(f, f) for f in self.forces))
        if self.statuses:
            parts.append(_and(label(s) for s in self.statuses))
        if not self.include_sample:
            parts.append("sample data left out")
        if not self.include_inferred:
            parts.append("statuses read from update text counted as unknown")
        when = self.as_of or today or dt.date.today()
        parts.append(f"as of {when.day} {when:%B %Y}")
        if len(parts) == 1:
            parts.insert(0, "Every force and recommendation")
        return ", ".join(parts)


def _and(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
