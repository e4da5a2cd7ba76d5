"""The shared filters: one immutable value, turned into a parameterised WHERE clause (never string-built values)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    recs: tuple[int, ...] = ()  # empty means every recommendation
    forces: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    as_of: dt.date | None = None  # None means today
    include_sample: bool = True
    include_inferred: bool = True

    @property
    def date(self) -> dt.date:
        return self.as_of or dt.date.today()

    def clause(self) -> tuple[str, dict]:
        """SQL conditions on the `items` CTE and their parameters. Conditions are fixed text."""
        conditions, params = [], {}
        if self.recs:
            conditions.append("list_contains($recs, rec_no)")
            params["recs"] = list(self.recs)
        if self.forces:
            conditions.append("list_contains($forces, force_id)")
            params["forces"] = list(self.forces)
        if self.regions:
            conditions.append("list_contains($regions, region)")
            params["regions"] = list(self.regions)
        if self.statuses:
            conditions.append("list_contains($statuses, status)")
            params["statuses"] = list(self.statuses)
        if not self.include_sample:
            conditions.append("NOT is_sample")
        return (" AND ".join(conditions) or "TRUE"), params
