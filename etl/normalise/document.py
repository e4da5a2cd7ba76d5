"""An extracted Document -> the force it belongs to and its PlanUpdate records (one per item and round)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..model import Document, Issue, PlanUpdate
from ..reference import Reference
from .dates import document_date, month_of, parse_date
from .forces import ForceMatcher
from .headers import Slot, find_header, map_heading
from .infer import infer_status
from .items import parse_item_cell, rec_of
from .status import classify_status
from .table import RowValues, read_rows, transpose_form

UNDATED_LABEL = "Undated update"


@dataclass
class Round:
    label: str
    date: dt.date | None
    order: int  # position within the document, left to right
    update_slot: int | None = None
    status_slot: int | None = None
    date_slot: int | None = None


def _rounds(slots: list[Slot], doc_date: dt.date | None) -> list[Round]:
    """The update rounds a header carries: one per update column, statuses paired by date, else from the right."""
    updates = [i for i, s in enumerate(slots) if s.field == "update_text"]
    statuses = [i for i, s in enumerate(slots) if s.field == "status"]
    dates = [i for i, s in enumerate(slots) if s.field == "update_date"]
    rounds: list[Round] = []
    for order, index in enumerate(updates or [None]):
        slot = slots[index] if index is not None else None
        if slot is not None and slot.round_named:
            date = slot.round_date
            label = date.strftime("%B %Y") if date else slot.heading
        else:
            date = doc_date
            label = date.strftime("%B %Y") if date else UNDATED_LABEL
        rounds.append(Round(label, date, order, update_slot=index))
    unpaired = []
    for index in statuses:
        date = slots[index].round_date
        match = next((r for r in rounds if date and r.date == date and r.status_slot is None), None)
        if match:
            match.status_slot = index
        else:
            unpaired.append(index)
    free = [r for r in rounds if r.status_slot is None]
    for round_, index in zip(reversed(free), reversed(unpaired)):  # the plain 'Status' is the latest round's
        round_.status_slot = index
    if dates:
        rounds[-1].date_slot = dates[-1]
    return rounds


class DocumentNormaliser:
    def __init__(self, reference: Reference):
        self.reference = reference
        self.forces = ForceMatcher(reference)

    def identify_force(self, doc: Document, issues: list[Issue]) -> tuple[str | None, str]:
        named = self.forces.forces_in_filename(doc.path.name)
        by_name = named[0] if len(named) == 1 else None
        by_text = self.forces.from_document(doc.text)
        label = by_text if by_text and by_text.method == "document label" else None
        # a joint or vague name ('Norfolk and Suffolk Constabularies', 'Heddlu Cymru') is never given to one force
        joint = (label.candidates if label and label.ambiguous else ()) or (
            tuple(named) if len(named) > 1 and not (label and label.force_id in named) else ()) or (
            by_text.candidates if by_text and by_text.ambiguous and not by_name else ())
        if joint:
            names = ", ".join(self.reference.force_name(f) for f in joint)
            issues.append(Issue("error", "ambiguous_force", f"the plan's name fits several forces ({names}); a joint "
                                "or vague name is not given to one of them: publish one file per force, named after it"))
            return None, ""
        if by_name and by_text and by_text.method == "document label" and by_text.force_id != by_name:
            issues.append(
                Issue(
                    "error",
                    "force_conflict",
                    f"the file name says {self.reference.force_name(by_name)} but the document says it is "
                    f"{self.reference.force_name(by_text.force_id)}; rename the file or fix the document",
                )
            )
            return None, ""
        if by_name:
            return by_name, "file name"
        if by_text:
            return by_text.force_id, by_text.method
        issues.append(
            Issue(
                "error",
                "unknown_force",
                "cannot tell which force this plan belongs to: no force name in the file name or the document's "
                "title; name the file after the force (e.g. 'kent-stalking-plan.html')",
            )
        )
        return None, ""

    def plan_rows(self, doc: Document, issues: list[Issue]) -> list[tuple[RowValues, list[Slot]]]:
        found: list[tuple[RowValues, list[Slot]]] = []
        last_slots: list[Slot] | None = None
        for table in doc.tables:
            header = find_header(table.rows, self.reference)
            if not header:
                form = transpose_form(table, self.reference)
                if form:
                    table, header = form, (0, [map_heading(c, self.reference) for c in form.rows[0]])
            if header:
                header_index, slots = header
            elif last_slots and _has_items(table) and max(map(len, table.rows), default=0) == len(last_slots):
                header_index, slots = -1, last_slots  # a table continued from the previous page
            else:
                continue
            rows, row_issues = read_rows(table, header_index, slots, self.reference)
            issues.extend(row_issues)
            found.extend((row, slots) for row in rows)
            last_slots = slots
        return found

    def normalise(
        self, doc: Document, source_file: str, is_sample: bool = False, today: dt.date | None = None
    ) -> tuple[str | None, str, list[PlanUpdate], list[Issue]]:
        today = today or dt.date.today()
        issues: list[Issue] = []
        force_id, method = self.identify_force(doc, issues)
        rows = self.plan_rows(doc, issues)
        if not rows:
            issues.append(
                Issue(
                    "error",
                    "no_plan_table",
                    f"no plan table found among {len(doc.tables)} table(s): none has plan headings such as "
                    "'Rec No', 'Recommendation', 'Status', 'Force Update' with item numbers like 7.1 below",
                )
            )
            return force_id, method, [], issues
        if force_id is None:
            return None, method, [], issues
        doc_date = document_date(doc.text) or month_of(Path(source_file).name)
        updates: list[PlanUpdate] = []
        seen: dict[tuple[str, str], str] = {}
        rounds_by_slots: dict[int, list[Round]] = {}
        for row, slots in rows:
            rounds = rounds_by_slots.setdefault(id(slots), _rounds(slots, doc_date))
            location = f"{row.table}, row {row.source_row}"
            owner = next((row.values.get(i, "") for i, s in enumerate(slots) if s.field == "owner"), "")
            for item_id in row.item_ids:
                if item_id not in self.reference.item_ids:
                    issues.append(
                        Issue("warning", "unknown_item", f"item {item_id} is not one of the 39 reference items; not loaded", location)
                    )
                    continue
                for round_ in rounds:
                    key = (item_id, round_.label)
                    if key in seen:
                        issues.append(
                            Issue("warning", "duplicate_item", f"item {item_id} is listed again (first at {seen[key]}); the first is kept", location)
                        )
                        continue
                    seen[key] = location
                    updates.append(self._update(row, round_, item_id, owner, force_id, source_file, is_sample, today, issues, location))
        if not updates:
            issues.append(Issue("error", "no_plan_items", "the plan table holds no reference items (7.1 to 28.1)"))
        return force_id, method, updates, issues

    def _update(self, row, round_, item_id, owner, force_id, source_file, is_sample, today, issues, location) -> PlanUpdate:
        text = row.values.get(round_.update_slot, "") if round_.update_slot is not None else ""
        raw = row.values.get(round_.status_slot, "") if round_.status_slot is not None else ""
        reading = classify_status(raw, self.reference)
        if reading.pct_problem:
            issues.append(Issue("warning", "bad_percentage", f"item {item_id}: {reading.pct_problem}; percentage ignored", location))
        confidence, evidence = (1.0, raw) if raw else (None, "")
        status, source = reading.status, "stated" if raw else "none"
        if raw and reading.status == "unknown":
            issues.append(Issue("warning", "unmapped_status", f"item {item_id}: status '{raw[:60]}' is not a known status word", location))
        if not raw:
            inferred = infer_status(text)
            if inferred:
                status, source, confidence, evidence = inferred.status, "inferred", inferred.confidence, inferred.phrase
        update_date = None
        if round_.date_slot is not None:
            date_raw = row.values.get(round_.date_slot, "")
            update_date = parse_date(date_raw)
            if update_date and update_date > today:
                issues.append(Issue("warning", "future_date", f"item {item_id}: update date {update_date} is in the future; ignored", location))
                update_date = None
        return PlanUpdate(
            force_id=force_id,
            item_id=item_id,
            rec_no=rec_of(item_id),
            round=round_.label,
            round_date=round_.date,
            round_order=round_.order,
            owner=owner,
            update_text=text,
            status=status,
            status_raw=raw,
            progress_pct=reading.progress_pct,
            status_source=source,
            status_confidence=confidence,
            status_evidence=evidence,
            update_date=update_date,
            source_file=source_file,
            source_table=row.table,
            source_row=row.source_row,
            is_sample=is_sample,
        )


def _has_items(table) -> bool:
    return any(parse_item_cell(cell)[0] for row in table.rows[:10] for cell in row[:4])
