"""Reconciling files and rounds: a force's rounds in order, two files for one round (newer wins), the latest round per item."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from .model import FileResult, Issue, PlanUpdate

_LATE = dt.date.max


def _file_date(result: FileResult) -> dt.date | None:
    """A file's own date: its newest dated round (the date a document gives itself, or its name's month)."""
    return max((u.round_date for u in result.updates if u.round_date), default=None)


def _effective_dates(result: FileResult) -> dict[str, dt.date | None]:
    """Each round's place in time. Within a file the document's order rules: an undated round before a
    dated one belongs just before it (an undated first column beside 'March 2026 update'), never after."""
    rounds: dict[str, tuple[int, dt.date | None]] = {}
    for update in result.updates:
        rounds.setdefault(update.round, (update.round_order, update.round_date))
    ordered = sorted(rounds.items(), key=lambda item: item[1][0])
    dates: dict[str, dt.date | None] = {}
    for n, (label, (_, date)) in enumerate(ordered):
        if date is None:
            later = next((d for _, (_, d) in ordered[n + 1:] if d), None)
            earlier = next((d for _, (_, d) in reversed(ordered[:n]) if d), None)
            date = earlier or later
        dates[label] = date
    return dates


def _name_keys(names: set[str]) -> dict[str, tuple[str, int]]:
    """Each file name in order, a numbered copy after the file it numbers: 'kent-2026-12-03-2.html' (the fetch's
    second snapshot of a day) after 'kent-2026-12-03.html', '-10' after '-2' (plain text order put '-2' first,
    as '-' sorts before '.'). Other names keep plain order."""
    keys = {}
    for name in names:
        match = re.match(r"^(.*)-(\d+)(\.[^./]+)?$", name)
        original = match.group(1) + (match.group(3) or "") if match else ""
        keys[name] = (original, int(match.group(2))) if match and original in names else (name, 1)
    return keys


def file_order(results: list[FileResult], fetched_at: dict[str, dt.datetime] | None = None) -> list[FileResult]:
    """Files oldest first: by their own date, then when they were fetched (the fetch log knows; a hand-placed file
    counts as fetched before any snapshot), then by name, a numbered copy after its original."""
    fetched_at = fetched_at or {}
    names = _name_keys({r.source_file for r in results})
    return sorted(results, key=lambda r: (_file_date(r) or dt.date.min, fetched_at.get(r.source_file) or dt.datetime.min,
                                          names[r.source_file]))


def round_sort_key(update: PlanUpdate, file_rank: int, effective: dt.date | None = None) -> tuple:
    """Across files: dates, then file order; within a file: the document's order. A file that dates none of
    its rounds sorts after dated ones."""
    date = effective if effective is not None else update.round_date
    return (date is None, date or _LATE, file_rank, update.round_order)


def reconcile(results: list[FileResult], fetched_at: dict[str, dt.datetime] | None = None) -> list[PlanUpdate]:
    """Every loadable update, one per force, item and round.

    Two files giving the same round for a force are merged item by item: an item in both is taken from
    the file with the later date, then the later fetch, then the later name (never the file's modification time,
    which a copy or a git checkout resets), with a warning naming both files; an item in one of them only is kept.
    """
    ranked = file_order([r for r in results if r.loaded], fetched_at)
    rank = {r.source_file: n for n, r in enumerate(ranked)}
    effective = {r.source_file: _effective_dates(r) for r in ranked}
    chosen: dict[tuple[str, str, str], PlanUpdate] = {}
    clashes: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for result in ranked:  # oldest first: a later file replaces an item it repeats
        for update in result.updates:
            key = (update.force_id, update.item_id, update.round)
            if key in chosen and chosen[key].source_file != result.source_file:
                clashes[(update.force_id, update.round, chosen[key].source_file, result.source_file)].append(update.item_id)
            chosen[key] = update
    by_file = {r.source_file: r for r in ranked}
    for (force_id, label, older, newer), items in clashes.items():
        by_file[older].issues.append(
            Issue("warning", "duplicate_round",
                  f"{older} and {newer} both give round '{label}' for {force_id}; for the {len(items)} item(s) in "
                  f"both ({', '.join(items[:8])}{' ...' if len(items) > 8 else ''}) the later file {newer} is used, "
                  "the other items of each file are kept"))
    kept = list(chosen.values())
    kept.sort(key=lambda u: (u.force_id, u.item_id,
                             round_sort_key(u, rank[u.source_file], effective[u.source_file].get(u.round))))
    return kept


def latest_per_item(updates: list[PlanUpdate]) -> list[PlanUpdate]:
    """updates sorted by force, item and round order -> the last round of each force and item."""
    latest: dict[tuple[str, str], PlanUpdate] = {}
    for update in updates:
        latest[(update.force_id, update.item_id)] = update
    return list(latest.values())


def round_numbers(updates: list[PlanUpdate]) -> dict[tuple[str, str, str], int]:
    """1-based position of each round within its force and item, for 'what changed since the previous round'."""
    seq: dict[tuple[str, str, str], int] = {}
    count: dict[tuple[str, str], int] = defaultdict(int)
    for update in updates:
        count[(update.force_id, update.item_id)] += 1
        seq[(update.force_id, update.item_id, update.round)] = count[(update.force_id, update.item_id)]
    return seq
