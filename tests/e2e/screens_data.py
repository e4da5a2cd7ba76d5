"""A hand-made warehouse for the issue-15 browser tests: each force is there to show one thing a screen once got
wrong (no data drawn as 0%, a status filter on a force, undated and late plans, missing sub-items, overlapping
progress dots, formula-like text)."""
from __future__ import annotations

import datetime as dt

from tests.handmade import update

D = dt.date
JAN_25, MAR_25, APR_25, MAR_26 = D(2025, 1, 1), D(2025, 3, 1), D(2025, 4, 15), D(2026, 3, 1)

# Kent (South East), March 2025: 3 of 6 done; its plan leaves out 33 of the 39 sub-items; formula-like text.
# Essex (East of England): January 2025, then 7.1 complete in March 2026.
# Surrey (South East): an undated plan (counts from the build date, 1 Nov 2026 in tests.handmade).
# Dyfed-Powys (Wales): from 15 April 2025, nothing done (a true 0%). Gwent (Wales): all done, March 2025.
# 10.2 at 50% from four forces: four dots, not one.
# Gwent alone reports on recommendation 11: the heatmap's other forces have no data there (not 0%).
SCREENS = [
    update("kent", "7.1", "complete", round_date=MAR_25), update("kent", "7.2", "complete", round_date=MAR_25),
    update("kent", "10.1", "bau", round_date=MAR_25),
    update("kent", "10.2", "in_progress", round_date=MAR_25, pct=50, text='=HYPERLINK("http://x","click")'),
    update("kent", "10.3", "in_progress", round_date=MAR_25, pct=50, text="@SUM(1+1) training under way"),
    update("kent", "10.4", "not_started", round_date=MAR_25),
    update("essex", "7.1", "not_started", round_="January 2025", round_date=JAN_25),
    update("essex", "7.1", "complete", round_="March 2026", round_date=MAR_26, round_seq=2,
           text="Essex finished the recording change."),
    update("essex", "7.2", "bau", round_="January 2025", round_date=JAN_25),
    update("essex", "10.1", "in_progress", round_="January 2025", round_date=JAN_25, pct=50),
    update("essex", "10.2", "in_progress", round_="January 2025", round_date=JAN_25, pct=50),
    update("surrey", "7.1", "complete", round_="Update", round_date=None),
    update("surrey", "7.2", "in_progress", round_="Update", round_date=None, pct=50),
    update("surrey", "10.1", "complete", round_="Update", round_date=None),
    update("surrey", "10.2", "in_progress", round_="Update", round_date=None, pct=50),
    update("dyfed-powys", "7.1", "not_started", round_="April 2025", round_date=APR_25),
    update("dyfed-powys", "7.2", "not_started", round_="April 2025", round_date=APR_25),
    update("dyfed-powys", "10.1", "not_started", round_="April 2025", round_date=APR_25),
    update("dyfed-powys", "10.2", "in_progress", round_="April 2025", round_date=APR_25, pct=50),
    update("gwent", "7.1", "complete", round_date=MAR_25), update("gwent", "7.2", "complete", round_date=MAR_25),
    update("gwent", "10.1", "complete", round_date=MAR_25), update("gwent", "10.2", "complete", round_date=MAR_25),
    update("gwent", "11.1", "complete", round_date=MAR_25),
]
