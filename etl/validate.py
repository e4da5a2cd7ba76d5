"""Checks across files: a force's rounds in order, two files for one round, the latest round per item."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .model import FileResult, Issue, PlanUpdate

_LATE = dt.date.max


def round_sort_key(update: PlanUpdate, file_rank: int) -> tuple:
    """Dated rounds in date order; a round with no readable date sorts after the dated ones."""
    return (update.round_date is None, update.round_date or _LATE, file_rank, update.round_order)


def reconcile(results: list[FileResult]) -> list[PlanUpdate]:
    """Every loadable update, one per force, item and round; the newer file wins a clash (with a warning)."""
    loadable = [r for r in results if r.loaded]
    # newer = later modification time, then later name: the order files are ranked in
    ranked = sorted(loadable, key=lambda r: (r.mtime, r.source_file))
    rank = {r.source_file: n for n, r in enumerate(ranked)}
    by_round: dict[tuple[str, str], list[FileResult]] = defaultdict(list)
    for result in ranked:
        for label in dict.fromkeys(u.round for u in result.updates):
            by_round[(result.force_id, label)].append(result)
    winners: dict[tuple[str, str], str] = {}
    for (force_id, label), files in by_round.items():
        winners[(force_id, label)] = files[-1].source_file
        if len(files) > 1:
            names = ", ".join(f.source_file for f in files)
            for loser in files[:-1]:
                loser.issues.append(
                    Issue(
                        "warning",
                        "duplicate_round",
                        f"{len(files)} files give round '{label}' for {force_id} ({names}); the newer file "
                        f"{files[-1].source_file} is used",
                    )
                )
    kept = [
        u
        for r in ranked
        for u in r.updates
        if winners[(u.force_id, u.round)] == r.source_file
    ]
    kept.sort(key=lambda u: (u.force_id, u.item_id, round_sort_key(u, rank[u.source_file])))
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
