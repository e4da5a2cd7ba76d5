"""python -m etl.evaluate: precision and recall per status of the text reader (etl/normalise/infer.py).

Three sets: the sample corpus (every update text the generator wrote, against the status it meant),
the hand-written development sentences the rules were written against, and held-out sentences that
were written before the last round of rule changes and never tuned on. The held-out figures are the
honest ones. A text the reader cannot decide counts against recall, not precision.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from .normalise.infer import infer_status
from .normalise.status import STATUSES
from .vocabulary import DONE
from .paths import DATA_DIR
from .reconcile import _effective_dates, round_sort_key

EVALUATION_DIR = DATA_DIR / "evaluation"


def read_all(texts: list[str]) -> list[str]:
    decided = [infer_status(t) for t in texts]
    return [d.status if d else "unknown" for d in decided]


def scores(truth: list[str], predicted: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({"truth": truth, "predicted": predicted})
    rows = []
    for status in STATUSES:
        said = frame[frame.predicted == status]
        actual = frame[frame.truth == status]
        if not len(actual) and (status == "unknown" or not len(said)):
            continue  # abstentions on a set with no 'unknown' labels are counted in recall, not as a status
        hits = int((said.truth == status).sum())
        rows.append({"status": status, "cases": len(actual), "predicted": len(said), "correct": hits,
                     "precision": hits / len(said) if len(said) else None,
                     "recall": hits / len(actual) if len(actual) else None})
    decided = frame[frame.predicted != "unknown"]
    right = int((decided.truth == decided.predicted).sum())
    rows.append({"status": "ALL", "cases": len(frame), "predicted": len(decided), "correct": right,
                 "precision": right / len(decided) if len(decided) else None,
                 # an abstention on a text labelled 'unknown' is right, so it counts towards recall
                 "recall": (frame.truth == frame.predicted).mean()})
    return pd.DataFrame(rows)


def sample_corpus_set() -> tuple[list[str], list[str]]:
    from .sample.generate import build_plans

    truth, texts = [], []
    for plan in build_plans():
        seen = set()
        for row in plan.rows:
            if row.item_id in seen:  # a row the plan pasted twice is read once
                continue
            seen.add(row.item_id)
            for text, status in zip(row.texts, row.truth):
                if status not in ("unknown", ""):  # an unknown status word (or an empty later cell) says nothing
                    texts.append(text)
                    truth.append(status)
    return truth, texts


def sentence_set(name: str) -> tuple[list[str], list[str]]:
    frame = pd.read_csv(EVALUATION_DIR / name)
    return frame.status.tolist(), frame.text.tolist()


def cell_set(name: str) -> tuple[list[str], list[str]]:
    """Status cells, update sentences and the two together (data/evaluation/status_cells*.csv: kind, label, text,
    update_text, round_date), read as the build reads a row: the cell, else the words, and their conflict."""
    import datetime as dt

    from .normalise.position import read_position
    from .reference import load_reference

    reference = load_reference()
    frame = pd.read_csv(EVALUATION_DIR / name, dtype=str, keep_default_na=False)
    predicted = []
    for row in frame.itertuples():
        # as the build does: the round's date, else the day it runs
        as_of = dt.date.fromisoformat(row.round_date) if row.round_date.strip() else dt.date.today()
        raw, text = ("", row.text) if row.kind == "sentence" else (row.text, row.update_text)
        predicted.append(read_position(raw, text, reference, as_of).status)
    return frame.label.tolist(), predicted


def done_scores(truth: list[str], predicted: list[str]) -> dict[str, float | int | None]:
    """The figures a false 'done' shows in: precision and recall of done (complete or business as usual), the
    share left unknown, and how many read right."""
    frame = pd.DataFrame({"truth": truth, "predicted": predicted})
    said = frame.predicted.isin(DONE)
    is_done = frame.truth.isin(DONE)
    return {"cases": len(frame), "said_done": int(said.sum()), "false_done": int((said & ~is_done).sum()),
            "done_precision": float((said & is_done).sum() / said.sum()) if said.sum() else None,
            "done_recall": float((said & is_done).sum() / is_done.sum()) if is_done.sum() else None,
            "left_unknown": float((frame.predicted == "unknown").mean()),
            "exact": float((frame.truth == frame.predicted).mean())}


# written by colleagues who had not read the readers, each run first without its rows being read. Held out 1 (first
# run: done precision 79.1%, then 85.9% after tuning on the development set only) and held out 2 (first run: 89.5%,
# 9 false done of 86, recall 80.2%), held out 3 (first run: 92.3%, 8 false done of 104, recall 86.5%) and held out 4
# (first run: 87.2%, 18 false done of 141, recall 86.6%), held out 5 (first run: 96.1%, 5 false done of 127, recall
# 94.6%), held out 6 (first run: 96.9%, 4 false done of 130, recall 96.2%), held out 7 (first run: 87.9%, 16 false done
# of 132, 6 of them bare colours or 'Closed' its author read against the documented default key, recall 84.1%) and held
# out 8 (text-heavy; first run: 84.1%, 22 false done of 138, recall 87.2%) were then read and used for development:
# every first run is in the README
CELL_SETS = {"status cells (development)": "status_cells.csv",
             "status cells (held out 1, read after its first run)": "status_cells_holdout.csv",
             # a second colleague's set, written while the readers were being changed and run only at the end
             "status cells (held out 2, read after its first run)": "status_cells_holdout2.csv",
             "status cells (held out 3, read after its first run)": "status_cells_holdout3.csv",
             "status cells (held out 4, read after its first run)": "status_cells_holdout4.csv",
             "status cells (held out 5, read after its first run)": "status_cells_holdout5.csv",
             "status cells (held out 6, read after its first run)": "status_cells_holdout6.csv",
             "status cells (held out 7, read after its first run)": "status_cells_holdout7.csv",
             "status cells (held out 8, read after its first run)": "status_cells_holdout8.csv",
             "status cells (held out 9, read after its first run)": "status_cells_holdout9.csv",
             "status cells (held out 10, read after its first run)": "status_cells_holdout10.csv",
             "status cells (held out 11, read after its first run)": "status_cells_holdout11.csv",
             # first run 95.3% (6 false done of 127; 96.9% with 2 bare 'Green' rows adjudicated to the default key)
             "status cells (held out 12, read after its first run)": "status_cells_holdout12.csv",
             # first run 96.7% (4 false done of 123; 98.4% with 2 bare 'Blue' rows adjudicated to the default key,
             # which the brief we gave its author misstated)
             "status cells (held out 13, read after its first run)": "status_cells_holdout13.csv",
             # first run 95.3% (6 false done of 127; done recall 84.6%)
             "status cells (held out 14, read after its first run)": "status_cells_holdout14.csv",
             # first run 91.0% (9 false done of 100; done recall 69.5%): 'complete', 'closed', 'met' in other senses
             "status cells (held out 15, read after its first run)": "status_cells_holdout15.csv",
             # first run 95.0% (8 false done of 160; done recall 81.7%): 60% ordinary rows, 40% hard
             "status cells (held out 16, read after its first run)": "status_cells_holdout16.csv",
             # first run 92.4% (10 false done of 131; done recall 80.7%): topic-by-topic wording, 45% hard
             "status cells (held out 17, read after its first run)": "status_cells_holdout17.csv",
             # first run 93.8% (9 false done of 145); 95.9% (6) with 3 bare colours adjudicated to the default key (the
             # brief we gave its author misstated it); done recall 77.7%: analysts', lawyers', IT and training voices
             "status cells (held out 18, read after its first run)": "status_cells_holdout18.csv",
             # first run 91.0% (13 false done of 145); 92.4% (11) with 2 bare colours adjudicated; done recall 82.7%:
             # long multi-strand updates, hedges, closures by supersession, RAG and percentage trackers
             "status cells (held out 19, read after its first run)": "status_cells_holdout19.csv",
             # first run 88.2% (14 false done of 119; done recall 60.3%): six kinds of force (informal, programme
             # language, bilingual, consultant, copied-forward logs 'Update 03/25:', tables of figures)
             "status cells (held out 20, read after its first run)": "status_cells_holdout20.csv",
             # first run 94.9% (8 false done of 156; done recall 84.1%): topic by topic, each topic's own words misleading
             "status cells (held out 21, read after its first run)": "status_cells_holdout21.csv",
             # first run 99.3% (1 false done of 140; done recall 78.1%): realistic proportions, 65% ordinary rows
             "status cells (held out 22, read after its first run)": "status_cells_holdout22.csv",
             # first run 93.0% (9 false done of 128; done recall 70.4%): board minutes, assurance returns, highlight
             # reports, web copy, initialled tracker cells, letters to the inspectorate
             "status cells (held out 23, read after its first run)": "status_cells_holdout23.csv",
             # first run 90.3% (11 false done of 113; done recall 60.7%): the March 2026 round and the second year:
             # items reopened after a revisit, merged or superseded, carried forward, one risk tier only, logs
             "status cells (held out 24, read after its first run)": "status_cells_holdout24.csv",
             # first run 86.7% (15 false done of 113; done recall 57.0%): outputs against outcomes, thresholds met and
             # missed, future dates in every format, managerial words ('green-lit', 'landed'), other bodies' acts
             "status cells (held out 25, read after its first run)": "status_cells_holdout25.csv",
             # first run 97.1% (3 false done of 104; done recall 59.6%): realistic proportions, 70% ordinary rows
             "status cells (held out 26, read after its first run)": "status_cells_holdout26.csv",
             # first run 91.7% (12 false done; 10 with two bare 'Green' rows adjudicated to the documented default key;
             # done recall 79.0%): realistic proportions, a quarter hard cases both ways
             "status cells (held out 27, read after its first run)": "status_cells_holdout27.csv",
             # first run 95.0% (6 false done; done recall 68.3%): the second year, closures confirmed or reversed
             "status cells (held out 28, read after its first run)": "status_cells_holdout28.csv",
             # first run 84.0% (19 false done; done recall 57.8%): each topic in its owners' words, first steps called done
             "status cells (held out 29, read after its first run)": "status_cells_holdout29.csv",
             # first run 91.3% (12 false done; done recall 70.8%): terse tracker writing, shorthand and symbols
             "status cells (held out 30, read after its first run)": "status_cells_holdout30.csv",
             # first run 94.1% (11 false done of 185; done recall 75.3%): typing and copying noise, slips of the keys,
             # coloured circles, pasted markup, template placeholders, stale dated cells
             "status cells (held out 31, read after its first run)": "status_cells_holdout31.csv",
             # first run 93.1% (14 false done of 204; done recall 74.5%): idiom, grammar and who is speaking, 44% hard:
             # conditionals, 'bar one', 'nine in ten', 'the majority of', an auditor who disagreed, other bodies' dones
             "status cells (held out 32, read after its first run)": "status_cells_holdout32.csv",
             # first run 92.9% (15 false done of 212; done recall 80.4%): realistic proportions again, a quarter hard:
             # go-lives and first surveys after the round, a check still to confirm it works, kit ordered, a part named
             # in brackets, other bodies' products, a group set up to take it forward
             "status cells (held out 33, read after its first run)": "status_cells_holdout33.csv",
             # first run 92.3% (14 false done of 183; done recall 67.9%): trackers, dashboards and summary reports:
             # a closed risk or consultation, green re-baselined, an option appraisal complete, a milestone of several,
             # delivery confidence, a colour the words beside it define ('Green = within tolerance')
             "status cells (held out 34, read after its first run)": "status_cells_holdout34.csv",
             # first run 95.0% (6 false done of 119; 4 with a bare 'Green' and a bare 'Blue' adjudicated to the
             # documented default key; done recall 66.1%): time and tense, financial-year quarters ('FY25/26 Q3'),
             # relative time, plans never updated, the first of a series, a course made available, legal sign-off
             "status cells (held out 36, read after its first run)": "status_cells_holdout36.csv",
             # first run 98.1% (3 false done of 159; done recall 72.9%): realistic proportions as a national analyst
             # meets them: sessions for one BCU still booked, new starters from a later intake, a consortium's work
             "status cells (held out 37, read after its first run)": "status_cells_holdout37.csv",
             # first run 95.3% (7 false done of 150; done recall 72.2%): numbers and figures: '11/12' beside a done,
             # a progress bar typed as text, statuses for two items in one cell, a table pasted into the words
             "status cells (held out 38, read after its first run)": "status_cells_holdout38.csv",
             # first run 90.9% (12 false done of 132; done recall 65.6%): hedged, vague and confident writing:
             # 'virtually complete', 'all but signed off', 'largely in place', 'arguably', 'it is our understanding'
             "status cells (held out 39, read after its first run)": "status_cells_holdout39.csv",
             # first run 93.5% (4 false done of 62; done recall 51.3%): long updates mixing history, the position and
             # next steps: a 'Complete.' opening words that describe work at the design stage, options still weighed,
             # the first part of two met, an item taken back off the completed list
             "status cells (held out 40, read after its first run)": "status_cells_holdout40.csv",
             # first run 99.5% (1 false done of 184; done recall 85.5%): six whole plans in six house styles, every
             # sub-item answered in March 2025 and the ones that moved in September 2025
             "status cells (held out 41, read after its first run)": "status_cells_holdout41.csv",
             # first run 88.9% (6 false done of 54; done recall 55.8%): the first round, November 2024: intentions,
             # acceptances, baselines, 'already in place', a count of forms, an interim lead, a paper seeking approval
             "status cells (held out 42, read after its first run)": "status_cells_holdout42.csv",
             # first run 94.4% (8 false done of 144; done recall 61.8%): the March 2026 round in realistic proportions:
             # a dashboard built but not yet usable, back records still converting, others following in May, an item
             # moved back into delivery, 'Closed - transferred'
             "status cells (held out 43, read after its first run)": "status_cells_holdout43.csv",
             # first run 97.7% (4 false done of 177; done recall 86.9%): status cells alone, as 44 forces' trackers
             # write them: 'Closed - duplicate', 'Partialy met', 'Closed in part', 'Closed (no further action)'
             "status cells (held out 44, read after its first run)": "status_cells_holdout44.csv",
             # first run 97.0% (4 false done of 134; done recall 76.0%): assurance and audit language: 'Dip sample
             # complete', 'Audit complete', an independent review that overturned a self-assessment
             "status cells (held out 45, read after its first run)": "status_cells_holdout45.csv",
             # first run 90.6% (15 false done of 160; done recall 84.3%): money, posts and partners: a bid submitted, a
             # post vacant or advertised, 'secured in principle', a start date, a partner still reviewing
             "status cells (held out 46, read after its first run)": "status_cells_holdout46.csv",
             # first run 93.7% (10 false done of 159; done recall 83.2%): systems and data: a build in test, a change
             # request submitted or rejected, a flag that cannot yet be searched, 'Testing TBC', a summer release
             "status cells (held out 47, read after its first run)": "status_cells_holdout47.csv",
             # first run 94.7% (9 false done of 169; done recall 74.1%): short updates: 'QA next', 'rollout Q1',
             # 'UAT w/c 20/1', 'BAU from 1 April', 'now implementing', 'the rest is scheduled', 'Updated.'
             "status cells (held out 48, read after its first run)": "status_cells_holdout48.csv",
             # first run 92.7% (11 false done of 151; done recall 80.9%): words of what should happen: the ask and its
             # evidence requirements restated, a process described, 'Design complete', 'No work undertaken'
             "status cells (held out 49, read after its first run)": "status_cells_holdout49.csv",
             # the three below were written after sets 45-49 were worked through, to measure a first read again
             # first run 93.2% (10 false done of 148; done recall 82.1%): geography and collaboration: 'Complete in
             # Ashbridge', 'Green (Force A) Red (Force B)', 198/377 trained, live for the partner forces, 'in the new year'
             "status cells (held out 50, read after its first run)": "status_cells_holdout50.csv",
             # first run 96.3% (5 false done of 135; done recall 78.3%): words for the public: 'We'll keep you updated',
             # 'Last updated: 12 March 2025', 'We are now extending it', 'so far'
             "status cells (held out 51, read after its first run)": "status_cells_holdout51.csv",
             # first run 97.4% (4 false done of 152; done recall 79.6%): results against actions: '100%' beside a
             # compliance figure, a target not met, 'Final sign-off at April board', 'training continues'
             "status cells (held out 52, read after its first run)": "status_cells_holdout52.csv",
             # first run 93.2% (9 false done of 133; 8 with a bare 'BAU' beside 'no changes were needed' adjudicated to
             # the reading of twelve other rows; done recall 71.7%): text as extraction leaves it, words broken over
             # lines ('pl-\nanned'), cut off ('... response officers but investigators'), stacked item numbers
             "status cells (held out 53, read after its first run)": "status_cells_holdout53.csv",
             # first run 95.1% (7 false done of 143; done recall 77.3%): twenty forces' house styles over all four
             # rounds: 'L&D to map the curriculum', 'live from April', 'to commence Apr 25', an in-cell log withdrawn
             "status cells (held out 62, read after its first run)": "status_cells_holdout62.csv",
             # first run 93.5% (8 false done of 124; done recall 72.0%): the last rounds, closures and hand-overs:
             # 'decided not to build the field', 'Not taken forward', 'trained more than 1,900 officers', a service
             # recommissioned from a date after the round, work paused until statutory guidance is issued
             "status cells (held out 63, read after its first run)": "status_cells_holdout63.csv",
             # first run 96.7% (4 false done of 120; 3 with a bare 'Closed' adjudicated to the documented vocabulary;
             # done recall 76.8%): about thirty forces' returns in their own voices: a change asked of the supplier,
             # 'eight are in place' of twelve, findings still to go to a board 'before changes are made'
             "status cells (held out 64, read after its first run)": "status_cells_holdout64.csv",
             # first run 95.6% (6 false done of 136; done recall 83.3%): tracker cells beside their words: 'Complete for
             # DA teams; IP for response', 'the force no longer owns this action', 'No reason recorded', a letter
             # asking the CPS, a report that 'goes to the April board'
             "status cells (held out 65, read after its first run)": "status_cells_holdout65.csv",
             # first run 94.1% (7 false done of 119; 6 with a bare closure by a group adjudicated to the documented
             # vocabulary; done recall 71.8%): recommendation by recommendation: 'the PCC is considering options',
             # 'tested in the June audit before the action is closed', 'no resource to screen', 'challenges remain'
             "status cells (held out 67, read after its first run)": "status_cells_holdout67.csv",
             # first run 94.7% (8 false done of 152; done recall 71.3%): trackers exported as spreadsheets, terse cells
             # and a PCC's long paragraphs: closed because the force 'cannot monitor' it, 'considered the
             # recommendation ... no further action', a trial kept 'before deciding whether to make it permanent', use
             # that 'will become mandatory in October', a change request made through the user group, a governance
             # board set up. One row adjudicated: a decision not to adopt the screening tool that 12.1 asks forces to
             # consider, read as done as held out 62's was
             "status cells (held out 69, read after its first run)": "status_cells_holdout69.csv",
             # first run 91.2% (10 false done of 113; done recall 70.1%): evidence and numbers: '412 officers and staff
             # completed' (no whole), 'Of our 142 sergeants, 97 have', SPOs obtained counted, a board that received a
             # presentation, 'Policy review outstanding' beside Green, 'No funding available' beside Closed, a cohort
             # trained 'at the summer CPD days' in March. One row adjudicated: a bare closure by a board, read as done
             # as held out 54, 58 and 67's were
             "status cells (held out 70, read after its first run)": "status_cells_holdout70.csv",
             # first run 95.8% (5 false done of 119; done recall 74.0%): the first round, acceptance and what the force
             # already does: a decision not to adopt 'at this time' with no reason, allocation 'in line with the force's
             # policy', an assessment that 'covers domestic abuse, rape and serious sexual offences', guidance issued
             # 'as an interim step while the policy itself is revised', 'met through recommendation 7'
             "status cells (held out 71, read after its first run)": "status_cells_holdout71.csv",
             # first run 96.1% (4 false done of 102; done recall 67.1%): long updates mixing history, position and next
             # steps: 'no separate profile covering non-domestic stalking has been produced', monitoring 'carried out by
             # the regional ... programme ... therefore closed for the force', 'passed the recommendation to the OPCC',
             # early identification made 'one of the key themes of our plan'
             "status cells (held out 75, read after its first run)": "status_cells_holdout75.csv",
             # first run 90.9% (11 false done of 121; done recall 73.3%): other people's words about a force, from
             # commissioners, panels and auditors: a panel 'not persuaded', internal audit 'unable to verify', members
             # who 'challenged the force's assessment', an audit that 'found 11 where stalking ... had not been
             # recorded', training 'offered', officers 'booked onto the summer CPD days', funding 'still needed' for a
             # post, teams 'due to switch over'. One row adjudicated: a decision not to create dedicated stalking posts,
             # relying on trained investigators instead, which 22.1 asks forces to consider (read as done, as held out
             # 62's and 69's decisions were and as held out 79's author labels the same decision)
             "status cells (held out 77, read after its first run)": "status_cells_holdout77.csv",
             # first run 95.7% (5 false done of 115; done recall 61.5%): terse trackers: 'Rec not accepted in full',
             # 'take-up low (41% ...)', 'platform TBC', 'SST training for FCR complete; frontline from Oct', 'Niche fix
             # expected 26.1 release'
             "status cells (held out 78, read after its first run)": "status_cells_holdout78.csv",
             # first run 97.6% (3 false done of 125; done recall 69.7%): realistic proportions by a seventh author,
             # forty forces' voices: 'Outstanding - see March update.' beside 'Complete', 'Medium-risk cases will be
             # added from October'. One row adjudicated: a decision not to adopt the screening tool, keeping DASH with
             # stalking questions, which 12.1 asks forces to consider (read as done, as held out 62's, 69's and 77's were)
             "status cells (held out 80, read after its first run)": "status_cells_holdout80.csv",
             # first run 94.6% (6 false done of 112; done recall 74.1%): work done with or by partners: 'Panel closed.
             # Cases now go to MARAC.', 'responsibility passed to Probation as lead agency', 'Proposal rejected by the
             # OPCC', 'Discussions with OPCC continuing.', a contract extended 'while the joint review is completed',
             # the service victims 'have received'
             "status cells (held out 81, read after its first run)": "status_cells_holdout81.csv",
             # first run 95.2% (6 false done of 124; 96.0% with a bare 'Closed' adjudicated to the documented vocabulary;
             # done recall 71.1%): the later rounds in realistic proportions by a sixth author; its last, 'closed and the
             # owner reassigned', read as not done since
             "status cells (held out 76, read after its first run)": "status_cells_holdout76.csv",
             # first run 96.2% (5 false done of 133; done recall 78.5%): realistic proportions by an eighth author:
             # 'considered as part of the PIP2 uplift', 'The PCC does not currently commission ...', '7.1 – Evidence
             # required: ...', a pointer to the joint force and OPCC response. One row adjudicated: a decision not to
             # adopt the screening tool, keeping S-DASH (read as done, as held out 62's, 69's, 77's and 80's were)
             "status cells (held out 82, read after its first run)": "status_cells_holdout82.csv",
             # first run 94.2% (7 false done of 121; done recall 71.7%): spreadsheet trackers: 'Complete for PPU; other
             # teams TBC.', 'the OPCC lead is responsible for this recommendation', 'the College is developing a
             # national product instead', 'the owner has left the force', 'the printed leaflet is at the design stage'
             "status cells (held out 83, read after its first run)": "status_cells_holdout83.csv",
             # first run 97.2% (3 false done of 109; done recall 73.1%): realistic proportions by a ninth author:
             # 'now arranging sessions for response officers', 'Interim measure no longer required.', 'nothing in place
             # yet'
             "status cells (held out 85, read after its first run)": "status_cells_holdout85.csv",
             # first run 96.3% (3 false done of 80; done recall 71.3%): the first round: 'analysis continues', 'we are
             # working with them to share the results'. One row adjudicated: 'Not adopting the SST; DASH remains our
             # tool.' (read as done, as held out 82's was)
             "status cells (held out 86, read after its first run)": "status_cells_holdout86.csv",
             # first run 89.8% (13 false done of 128; 91.4% with a bare 'Closed' and a bare 'Closed by Board'
             # adjudicated to the documented vocabulary; done recall 77.2%): closing and assurance: closed 'against the
             # recommendation of the action owner', 'following the restructure', 'the merger of recommendations',
             # 'Closed – resources.', 'Closed – see VAWG plan', 'will not introduce a separate allocation policy',
             # 'after which the action will be closed', 'expected in the summer'
             "status cells (held out 87, read after its first run)": "status_cells_holdout87.csv",
             # first run 96.9% (4 false done of 129; done recall 77.6%): realistic proportions by a tenth author, large,
             # small, Welsh and BTP voices: 'Regional approach not pursued.', 'appointed for a six-month trial; the
             # long-term decision will be made after the evaluation', 'must be reviewed and updated', 'is with
             # Corporate Communications for publishing'
             "status cells (held out 88, read after its first run)": "status_cells_holdout88.csv",
             # first run 96.9% (4 false done of 127; done recall 78.3%): a status column not kept in step with its
             # words: 'Change raised with the supplier', 'Training for frontline supervisors: Amber. Training for call
             # handlers: Red.', a leaflet 'being reprinted', 'rollout to wider PPU later in 2025'
             "status cells (held out 89, read after its first run)": "status_cells_holdout89.csv",
             # first run 91.6% (9 false done of 107; done recall 67.1%): numbers and measures: compliance 'currently
             # stands at 64%', 'Western LPA sessions run in October', 'completed for 3 in every 4 stalking victims',
             # 'written to 12 partner agencies ... and 8 have confirmed', 'SPOC numbers reduced from 12 to 4'; its last,
             # 'Online stalking is addressed under 18.' beside 'Complete' (a bare pointer to another recommendation), read
             # as not done since
             "status cells (held out 84, read after its first run)": "status_cells_holdout84.csv",
             # first run 97.7% (3 false done of 132; 98.5% with a bare 'Closed' adjudicated; done recall 75.9%):
             # realistic proportions by an eleventh author, the later rounds: 'the accompanying aide-memoire is with the
             # design team', 'found three gaps, two of which have been closed'
             "status cells (held out 90, read after its first run)": "status_cells_holdout90.csv",
             # first run 95.0% (7 false done of 140; done recall 78.2%): recommendations 14, 18, 20 and 25 in depth:
             # 'Refer to recommendation 16.', 'closed as the ISAC service was decommissioned', 'remains an area of
             # concern', 'covered by the force's wider investigation improvement plan', 'Eighteen of the planned 22',
             # 'moved into the Force Digital Strategy', 'closed by the previous lead'
             "status cells (held out 91, read after its first run)": "status_cells_holdout91.csv",
             # first run 91.5% (10 false done of 117; 94.9% with a bare 'Closed', 'Green', 'G' and 'Blue' adjudicated;
             # done recall 69.9%): realistic proportions by a twelfth author: 'Closed' beside 'Refer to 11.1.' or
             # 'Pathway reviewed.', 'Victim feedback is important to us and we will continue to listen', 'while the
             # joint commissioning exercise with the OPCC is completed', 'MAPPA arrangements are well established'
             "status cells (held out 92, read after its first run)": "status_cells_holdout92.csv",
             # first run 91.0% (11 false done of 122; 93.4% with a bare 'Closed', 'Green' and 'Blue' adjudicated; done
             # recall 70.7%): hedges, dependencies and sign-off: a module that 'goes to the Learning and Development
             # Governance Board for approval', 'The front counter and the online reporting portal will follow', 'still
             # allocated by the old matrix until', 'with the Academy's quality panel', 'Online stalking is a growing
             # concern', 'Commissioning arrangements are in place with the OPCC'
             "status cells (held out 93, read after its first run)": "status_cells_holdout93.csv",
             # first run 89.7% (12 false done of 117; 94.0% with bare closures and colours adjudicated; done recall
             # 66.5%): the later rounds, a year on: 'the remaining audit findings will be dealt with through the Public
             # Protection Improvement Plan', 'Please refer to the Public Protection Improvement Plan for this item', 'which
             # will decide on closure at its May meeting', 'the first analysis will go to the June board', 'the force's
             # position has been agreed'
             "status cells (held out 94, read after its first run)": "status_cells_holdout94.csv",
             # first run 91.3% (11 false done of 127; 95.3% with four bare closures and a bare 'Green' adjudicated;
             # done recall 69.9%): realistic proportions by a thirteenth author: 'The policy will be reviewed in light of
             # the findings', 'Capacity remains a challenge', a business case 'needed before this work can be
             # completed', a flag 'applied unevenly', 'Early screening was trialled', 'a reminder campaign is running'
             "status cells (held out 96, read after its first run)": "status_cells_holdout96.csv",
             # first run 91.2% (10 false done of 114; 96.3% with bare colours and closures, and 'Green' beside words
             # that only name a topic, adjudicated; done recall 68.4%): recommendations 14 to 18 in depth: 'The OPCC is
             # leading this work.', 'Investigations are not always thorough.', 'VPS offer recorded in 74% of stalking
             # crimes', 'Victims are not always told about support services'
             "status cells (held out 98, recommendations 14 to 18)": "status_cells_holdout98.csv",
             # first run 90.1% (12 false done of 121; 93.2% with bare marks and a closure by a board adjudicated; done
             # recall 66.9%): recommendations 20 to 28 in depth: 'procurement complete', an advice page 'approved by the
             # Chief Officer Group', a pilot extended 'while the evaluation is finished', 'Complete*' beside '*Subject to
             # the new screening role being funded', one local policing area 'as a test', 'the remaining recommendations
             # will be answered', a plan 'currently unavailable', a lead 'made aware of this recommendation'
             "status cells (held out 99, recommendations 20 to 28)": "status_cells_holdout99.csv",
             # first run 89.7% (16 false done of 155; 96.5% with eleven bare marks, colours and closures, in English
             # and Welsh, adjudicated; done recall 68.1%): realistic proportions by a fourteenth author: a text link 'to
             # go live with new SMS system', 'ACTION: Crime Registrar to chase provider monthly untill delivered', a
             # prompt 'which goes live with the new file system in December', 'See the VAWG Delivery Plan, section 4.',
             # 'Discussed at VAWG board - agreed.'
             "status cells (held out 100, read after its first run)": "status_cells_holdout100.csv",
             # first run 89.8% (14 false done of 137; 94.9% with bare colours and closures adjudicated; done recall
             # 71.1%): realistic proportions by a fifteenth author: 'Package launched on the learning platform in
             # December.', 'A one-off audit ... Its findings will shape a rolling audit programme from April.', training
             # that 'starts next month', '93% compliance. Improvement plan continues.', 'IDVA referrals are made for all
             # high-risk domestic abuse victims.', 'Stalking cases are discussed at MARAC.', a joint commissioning group
             # set up
             "status cells (held out 101, read after its first run)": "status_cells_holdout101.csv",
             # first run 88.3% (13 false done of 111; 91.0% with three bare marks adjudicated; done recall 67.1%): the
             # unsure who do not say so: 'Audits are undertaken.', 'The policy is reviewed regularly.', 'Victim feedback
             # is valued.', 'We have a strong investigative capability.', 'Repeat victimisation has fallen by a fifth.',
             # a profile 'due for sign-off', a change that 'takes effect once' posts are filled, 'A further 85 call
             # handlers were trained', neighbourhood teams that 'follow in Q1 2026/27'
             "status cells (held out 102, hedges unsaid)": "status_cells_holdout102.csv",
             # first run 90.7% (12 false done of 129; 95.3% with bare marks, a closure in two languages and 'Green'
             # beside 'Complete.' adjudicated; done recall 72.2%): realistic proportions by a sixteenth author: 'S Div
             # go-live 04/26', 'Recommendation noted.' beside 'Closed', outcomes monitored 'from the next quarter',
             # 'Please see the attached document', 'See BCU returns.'. 'Green' beside 'Lines of enquiry checklist
             # mandated from 1 Sept; compliance check planned.' is adjudicated to done, as held out 82 and 45 label a
             # rule in force with its compliance check still to come
             "status cells (held out 103, read after its first run)": "status_cells_holdout103.csv",
             # first run 90.4% (13 false done of 136; 95.6% with bare colours and closures adjudicated; done recall
             # 71.4%): realistic proportions by a seventeenth author: 'All PPU DCs trained. Response PCs Jan-Mar 26.',
             # 'ToR agreed, fieldwork from April.', 'mandatory use from 1 May', 'lead attended VAWG Board', equipment
             # 'due for installation', compliance 'to be re-audited after concerns raised'
             "status cells (held out 104, read after its first run)": "status_cells_holdout104.csv",
             # first run 75.2% (41 false done of 165; 89.1% with twenty-three bare colours, letters and closures beside
             # words that only name a topic adjudicated; done recall 77.4%): status columns beside words that do not
             # settle them: training given to one named unit or one area, a tool used by named units, a post in one
             # district, 'approved subject to legal review', a business case 'with the PCC', work that 'sits with' or is
             # 'now owned by' a team, 'Audits take place as required.', 'in line with existing procedures', 'go to
             # MARAC', 'already covered in existing training'
             "status cells (held out 105, settled by the words)": "status_cells_holdout105.csv",
             # first run 90.2% (12 false done of 122; 94.3% with bare marks, topic words and a closure beside who
             # closed it adjudicated; done recall 70.1%): recommendations 7 to 13 in depth: 'Training has been reviewed.', a profile 'with the Head of
             # Intelligence', 'analysis and write-up continue', 'completed in 72% of stalking cases', SPO training
             # 'delivered to some investigators', 'See attached action log.', 'Refer to the VAWG delivery plan for risk
             # assessment updates.'
             "status cells (held out 106, recommendations 7 to 13)": "status_cells_holdout106.csv",
             # first run 93.9% (11 false done of 179; 97.2% with bare colours, closures and 'Ongoing - business as
             # usual.' adjudicated; done recall 79.4%): realistic proportions by a nineteenth author: a trial 'in place
             # of a separate panel', a change 'in the October release', 'Attended county domestic abuse partnership
             # board', 'See Q3 commentary.', 'A number of changes have been made'
             "status cells (held out 107, read after its first run)": "status_cells_holdout107.csv",
             # first run 94.3% (6 false done of 106; 97.2% with bare closures and a bare 'Green' adjudicated; done
             # recall 64.4%): update words with no status column: 'Approved.', amendments 'being made' that 'will go to
             # the Policy Board in April', a recommendation 'considered by the Strategic Vulnerability Board'
             "status cells (held out 108, words with no status column)": "status_cells_holdout108.csv",
             # first run 94.2% (8 false done of 138, every one a bare 'Green', 'Blue', 'G' or 'Closed', alone or beside a
             # pointer, an owner or a topic word, adjudicated; done recall 74.2%): realistic proportions, a twentieth author
             "status cells (held out 109, read after its first run)": "status_cells_holdout109.csv",
             # first run 90.2% (11 false done of 112; 94.6% with bare closures and colours adjudicated; done recall
             # 67.1%): recommendations 14 to 28: 'Launch is subject to the data sharing agreement being signed', '64% of
             # the crimes ... were screened within 24 hours', 'Delivery to officers begins in the next training cycle',
             # 'nobody has yet been appointed', 'Meeting held with the CPS.', 'Dedicated officers: No.'
             "status cells (held out 110, recommendations 14 to 28)": "status_cells_holdout110.csv",
             # first run 91.1% (11 false done of 124; 95.2% adjudicated; done recall 72.8%): terse tracker cells:
             # 'Trained 842/1,010 officers.', '*subject to ACC sign-off', 'first audit in fieldwork', 'cohorts 2-4
             # Jan-Mar' in a November round, 'Recruiting 2 DC posts; 1 appointed.', 'continues under VAWG delivery plan'
             "status cells (held out 111, terse tracker cells)": "status_cells_holdout111.csv",
             # first run 90.2% (13 false done of 132; 96.2% with bare colours and closures, a closure said in a sentence
             # and 'Green' beside a pointer adjudicated; done recall 66.5%): realistic proportions, a twenty-first
             # author: the Welsh half saying 'ar y gweill' beside an English 'complete', a course 'updated at its next
             # revision in January', a part 'added to the process from January', 'Actions moved to the 2026/27 Public
             # Protection Plan.', '• moved to VAWG tracker'
             "status cells (held out 112, read after its first run)": "status_cells_holdout112.csv",
             # first run 88.3% (11 false done of 94; 95.7% adjudicated; done recall 54.5%): the later rounds: 'the March
             # 2026 assurance review was unable to find the evidence', a section 'added at the next annual review', 'The
             # two remaining command areas ... adopt the checklist in April 2026', 'we are still agreeing how often they
             # will run'
             "status cells (held out 113, the later rounds)": "status_cells_holdout113.csv",
             # first run 90.3% (13 false done of 134; 94.0% with bare closures and colours, a closure with 'No further
             # action' and 96% compliance with a mandated course adjudicated; done recall 62.4%): a twenty-second author:
             # 'Hours of stalking training delivered in 2024/25: 2,940.', 'Consideration has been given by the
             # organisation to ...', referrals 'made for high-risk victims', 'FL briefing via CPD day 05/25', 'TBC once
             # 14.4 complete', a lead appointed and nothing more, 'Victim survey commissioned; supplier appointed'
             "status cells (held out 114, read after its first run)": "status_cells_holdout114.csv",
             # first run 90.6% (10 false done of 106; 95.3% adjudicated; done recall 60.5%): recommendations 7 to 12: code
             # 'sitting in our test environment while a defect ... is fixed', 'will be addressed in the next policy
             # revision', 'Risk assessments are completed in line with policy.', the College's advice 'circulated to
             # supervisors', a plan beside 'UPDATE March 2025: no update.'
             "status cells (held out 115, recommendations 7 to 12)": "status_cells_holdout115.csv",
             # first run 92.5% (8 false done of 106; 96.2% adjudicated; done recall 64.6%): realistic proportions by a
             # twenty-third author: 'Closed (see RAID log)' with no words, 'Complete (Northgate)', districts 'still
             # agreeing' them, 'Ar gau / Closed' beside a pointer in both languages
             "status cells (held out 116, read after its first run)": "status_cells_holdout116.csv",
             # first run 91.7% (10 false done of 121; 93.4% adjudicated; done recall 70.6%): recommendations 13 to 20:
             # a register made while 'still agreeing' who checks it, medium risk 'included from April', distribution
             # 'still going on', a report to be checked 'before making it routine', counts of orders alone, 'Referrals
             # in the last quarter: 96.', 'The force recognises the profound impact ...'
             "status cells (held out 117, recommendations 13 to 20)": "status_cells_holdout117.csv",
             # first run 90.0% (15 false done of 150; 97.3% adjudicated; done recall 74.5%): status cells in the
             # force's own vocabulary: 'Closed' beside 'Being reviewed as part of the wider orders work.', 'Signed off'
             # with the rest 'in phases over six months', 'Complete (national)', 'BAU (from 04/26)' in March 2026
             "status cells (held out 118, the force's own status words)": "status_cells_holdout118.csv",
             # first run 88.2% (12 false done of 102; 92.2% adjudicated; done recall 59.5%): realistic proportions by a
             # twenty-fourth author: 'What is left: train response officers ...', a decision 'will be made at the next
             # chief officer group', 'Closed – OPCC', a Welsh half in the future ('Bydd ... ym mis Mai'), the county
             # council's strategy published, a priority declared, 'the Gold group ... agreed the status shown'
             "status cells (held out 119, read after its first run)": "status_cells_holdout119.csv",
             # first run 91.3% (10 false done of 115; 95.7% adjudicated; done recall 67.7%): recommendations 22 to 28:
             # 'continues to consider the merits', 'not something we can currently do', an agreement 'with legal
             # services for final checks', 'MAPPA is a statutory arrangement ...', initial meetings held 'to shape the panel'
             "status cells (held out 120, recommendations 22 to 28)": "status_cells_holdout120.csv",
             # first run 94.0% (5 false done of 83; 95.2% adjudicated; done recall 48.5%): update sentences alone, read on
             # the session's second commit: 'Completed in November 2024 (see the 2026 update for the new work
             # required).', 'Action complete; the problem profile has not yet been commissioned.', 'Ongoing / BAU.',
             # 'A review was carried out.'
             "status cells (held out 122, update sentences alone)": "status_cells_holdout122.csv",
             # first run 91.5% (9 false done of 106; 97.2% with bare closures and a bare green beside an owner's change
             # adjudicated; done recall 63.4%): a twenty-sixth author, terse shorthand and council minutes: 'Delivered
             # N + E LPAs; S + W by 06/25.', 'closed at divisional level, but force-level assurance will not be
             # completed until the audit', 'ISAC input agreed; FL TBD.'
             "status cells (held out 123, a twenty-sixth author)": "status_cells_holdout123.csv",
             # first run 86.8% (15 false done of 114; 93.9% with bare marks and marks beside a topic's name adjudicated;
             # done recall 65.6%): recommendations 7 to 12: 'working on this recommendation since it was published',
             # changes 'being made', training delivered 'in the past', 'Problem profile v0.3.', one officer at a national
             # workshop, a tool 'completed in 41' of 60 cases audited, a policy 'updated where required'
             "status cells (held out 124, recommendations 7 to 12)": "status_cells_holdout124.csv",
             # first run 93.5% (8 false done of 123; 98.4% with bare colours and closures adjudicated; done recall
             # 76.2%): mixed status cells ('Green - 100% - Mar 25', 'G (was A)'): 'R→G' beside 'not something we are able
             # to measure at present', a bare 'Complete (Q2)' in a round of November (a quarter with no year)
             "status cells (held out 125, mixed status cells)": "status_cells_holdout125.csv",
             # first run 92.8% (8 false done of 111; 99.1% with bare marks and carried-forward words adjudicated; done
             # recall 66.0%): the later rounds: 'Complete' beside 'The force does not hold data on this.'
             "status cells (held out 126, the later rounds)": "status_cells_holdout126.csv",
             # first run 91.8% (10 false done of 122, on the session's first commit; 95.9% with bare marks and a closure
             # by a board adjudicated; done recall 72.7%): a twenty-seventh author, small forces and large: 'Green' beside
             # 'we expect an agreed funding model by the autumn', 'The Chief Constable has been briefed.', 'Action
             # agreed.', 'Evidence has been submitted to the NPCC lead.', a log whose newest entry asks for changes
             "status cells (held out 127, a twenty-seventh author)": "status_cells_holdout127.csv",
             # first run 92.2% (10 false done of 128, on the same commit; 96.1% with bare marks, and 'The policy will be
             # reviewed annually.' that the development set labels business as usual, adjudicated; done recall 76.1%):
             # recommendations 14 to 18: a policy 'approved' whose implementation 'will be phased from April', capacity
             # 'subject to ongoing review as part of' a change programme, 'review planned' under 'No update this
             # period.', 'closed and transferred to the VAWG delivery board', '450 of around 600'
             "status cells (held out 128, recommendations 14 to 18)": "status_cells_holdout128.csv",
             # first run 89.0% (11 false done of 100, on b11fa1e; 94.0% with bare closures, a bare green and a bare
             # 'Discharged' adjudicated; done recall 59.3%): a twenty-eighth author. 'Closed' beside 'Accepted risk.', 'A
             # paper was presented to the Chief Officer Group.', a pilot finished 'and we are now rolling it out', a
             # version for response officers still being adapted, 'Green' beside 'Our partnership with the CPS remains
             # strong.'
             "status cells (held out 129, a twenty-eighth author)": "status_cells_holdout129.csv",
             # first run 91.2% (9 false done of 102, on the session's start, b209b3d; 94.1% with a bare 'G', 'Closed'
             # and 'Blue' adjudicated; done recall 60.8%): a twenty-ninth author, a force in a restructure: 'Complete save
             # City', training 'restarted' after a pause, a go-live date 'moved to June', 'Complete 06/25' in a round
             # of March, 'Complete – n/a to force', a business case approved while 'the recruitment process is running'
             "status cells (held out 131, a twenty-ninth author)": "status_cells_holdout131.csv",
             # first run 92.6% (7 false done of 94, on the same commit; 93.6% with a bare green adjudicated; done recall
             # 54.7%): a thirtieth author, a small rural force on recommendations 10 to 14: the region writing the
             # profile 'so we won't write our own', monitoring 'now the responsibility of' another unit, a staff survey
             # done and 'no training has been ... delivered yet', 'nothing has been designed or built', 'We thought
             # this was complete', an acting lead 'while we recruit'
             "status cells (held out 133, a small rural force)": "status_cells_holdout133.csv",
             # first run 92.8% (9 false done of 125, on the session's first commit, 57dc4be; 94.4% with a bare green and
             # a bare blue adjudicated; done recall 73.9%): realistic proportions in forty house styles: 'Green' beside a
             # draft 'circulating', 'Closed' beside 'the action is now owned by the regional VAWG board', 'Complete (Jan)'
             # in a round of November, 'Nov-24 update complete', 'Green' beside 'Red – unit not resourced.', '7.2 is
             # complete; for this item please see ...', 'Complete (excpet nights)'
             "status cells (held out 135, forty house styles)": "status_cells_holdout135.csv",
             # first run 92.9% (8 false done of 113, on the session's start, a70304c; 95.6% with two bare greens beside
             # words that only name a topic and an arrow 'IP → C' adjudicated; done recall 68.6%): a thirty-second
             # author after an inspection, in tracker codes and audit scores: 'Training complete for PPU; not for
             # response.', 'completed in 91% of sampled cases' (how often, a finding), 'C - English' beside other
             # languages 'with translators', 'have completed six' of eleven, 'approved ... on 19 April' in a round of
             # March
             "status cells (held out 136, after an inspection)": "status_cells_holdout136.csv",
             # first run 95.2% (5 false done of 104, on the same commit; 98.1% with a bare green, a bare blue and 'Green
             # (was Amber)' adjudicated; done recall 62.3%): a thirty-third author, a change programme's highlight
             # report: 'Delivered to UAT', 'Overall status Amber: the ... build is complete but ...'
             "status cells (held out 137, a change programme)": "status_cells_holdout137.csv",
             # first run 95.1% (5 false done of 103, on the same commit; 98.1% with a bare green and two bare 'Closed'
             # adjudicated; done recall 62.4%): a thirty-fourth author, several hands pointing elsewhere: 'met by existing
             # arrangements elsewhere in the plan', 'BAU' beside 'Intention is to make ... routine once ...'
             "status cells (held out 138, pointing elsewhere)": "status_cells_holdout138.csv",
             # first run 83.1% (14 false done of 83, on the session's first commit, 3c9ca56; 86.7% with a bare green, a
             # bare green circle and a 'BAU' beside words that only name the topic adjudicated; done recall 44.2%): a
             # thirty-fifth author, frontline managers writing informally: 'Done – per Legal', 'Complete (OPCC)', 'finished
             # (audit)', 'Done (for now)', '100% (of those booked)', 'Done the first meeting', 'just the CID sign-off to
             # get', 'Sent to Lisa to update.', 'job description went to HR', '... aren't on the system yet'
             "status cells (held out 139, informal managers)": "status_cells_holdout139.csv",
             # first run 96.3% (3 false done of 81, on the same commit; done recall 50.6%): a thirty-seventh author, a
             # dashboard of dates and figures: 'recorded as a new crime in 80% of cases', 'completed for 9 stalking cases
             # in Q2', 'Training plan complete'
             "status cells (held out 141, a dashboard of figures)": "status_cells_holdout141.csv",
             # first run 98.4% (2 false done of 124; done recall 79.7%): realistic proportions read round by round,
             # on the session's last code before any row was read. 'The stalking lead role has been reviewed.' with no
             # outcome, once left open, is now a review said and nothing more, as held out 106 reads one (a survey that
             # 'has launched; we will report on its results in the autumn', in a round of March, is a step to come)
             "status cells (held out 66, round by round)": "status_cells_holdout66.csv",
             # first run 82.1% (26 false done of 145; 94.5% with 18 adjudicated: bare marks, letters and colours, and
             # marks beside words that only name a topic ('G' beside 'SPOs.'), read by the documented vocabulary; done
             # recall 75.8%): short status cells: a tick beside 'See recommendation 11 response.', 'Closed (partial)',
             # 'Green' beside officers 'being allocated', 'briefed on the gaps', 'C' beside one session for one unit.
             # The two once left open, 'Green' beside 'Training is reviewed annually.' and beside 'Allocation is
             # considered case by case.', are now a routine said in one short sentence, which bears out no done
             "status cells (held out 95, short status cells)": "status_cells_holdout95.csv"}
# sets whose misses are not all fixed yet: printed with the rest, not yet held to no false done (tests hold CELL_SETS)
OPEN_SETS: dict[str, str] = {
    # first run 85.5% (17 false done of 117 on the session's second commit; 88.9% with three bare marks and a share
    # over 95% adjudicated; done recall 56.2%): realistic proportions by a twenty-fifth author. Five remain: three
    # first-round 'Complete' beside an arrangement older than the report that its author reads as not meeting the ask
    # ('contributed to our training in the past', 'guidance on the intranet since 2020', 'a dedicated DMI team since
    # 2021') where the same author reads other older arrangements as done (a rule for the words alone read its own
    # done rows wrong, so none was written); a needs assessment 'completed in 88% of stalking crimes'; 'Green' beside
    # 'Mandatory e-learning; completion tracked monthly.'; not adjudicated. Four remain: the partner that 'contributed to
    # our training in the past' now reads as history, not the response (held out 124's family). Three remain: 'completed
    # in 88% of stalking crimes' now reads as how often, a finding (held out 136's family)
    "status cells (held out 121, a twenty-fifth author)": "status_cells_holdout121.csv",
    # first run on the same final code (b11fa1e): 88.4% (14 false done of 121; 90.9% with bare closures and a bare blue
    # adjudicated; done recall 69.0%): recommendations 20 to 28. Worked through in the next session; one remains:
    # 'Complete' beside 'The Force Crime Registrar completed an audit of harassment crimes.', which its author reads as
    # not the early screening asked (an audit done is the ask for some items and a step for others; no rule for the
    # words alone was written)
    "status cells (held out 130, recommendations 20 to 28)": "status_cells_holdout130.csv",
    # first run 92.4% (9 false done of 118, on the session's start, b209b3d; 94.1% with a bare green and a bare 'C'
    # adjudicated; done recall 70.3%): the later rounds. One remains: 'The review of stalking training was completed.',
    # which its author reads as half of the ask (whether the training changed is not said); a review done is the ask
    # for some items, so no rule for the words alone was written
    "status cells (held out 132, the later rounds)": "status_cells_holdout132.csv",
    # first run 81.7% (23 false done of 126, on the session's first commit, 57dc4be; done recall 66.0%): a thirty-first
    # author, a metropolitan force's performance team on recommendations 16 to 28, most of its hard rows another body's
    # act (a mayor's office, the ICB, the region, a national charity, the NPCC lead, a MAPPA board) beside a done. Two
    # remain: a MAPPA board's guidance issued and the NPCC lead's national response (the force sits on MAPPA and answers
    # through the NPCC, and other authors read such acts as the force's work done). 'Complete for 2024/25.' in a round
    # of March 2026 (a done for a year that has ended) and a charity's training for a partner's own staff were mended
    # in the next session
    "status cells (held out 134, a metropolitan force's partners)": "status_cells_holdout134.csv",
    # first run 88.6% (12 false done of 105, on the session's first commit, 3c9ca56; done recall 60.8%): a thirty-sixth
    # author, a region's combined tracker of three forces: 'Green (region)', 'complete for the region', 'two forces
    # surveyed', '1,390 have completed' of 2,140, 'Completion so far: 43%', 'resumes in October', 'is with the ICT team
    # and due in the spring', 'the e-learning element is not', places 'offered to all three forces' (a count of forces
    # after 'all' or 'the other' is the whole or others, not a part). One remains: 'Stalking investigation quality is a
    # standing item at the tri-force performance meeting.', which its author reads as governance only, where two blind
    # sets' files give a standing item as business as usual beside their own 'BAU' (a rule for the words alone emptied
    # those), so none was written
    "status cells (held out 140, a region's tracker)": "status_cells_holdout140.csv",
    # first run 95.7% (7 false done of 161; done recall 90.1%): correspondence and returns. Two false done remain: a
    # bare 'Discharged' and 'We consider this recommendation discharged.', which its author reads as unknown (done or
    # dropped) where the other authors and the documented vocabulary read a discharge as done; not adjudicated
    "status cells (held out 35, correspondence and returns)": "status_cells_holdout35.csv",
    # first run 92.2% (10 false done of 128; 8 with two bare closures adjudicated to the documented vocabulary; done
    # recall 81.9%): words that point elsewhere ('Action Complete Form v2 attached', 'Previous RAG: Green'). One false
    # done remains: 'this interim measure is no longer needed and the action is closed', which its author reads as
    # unknown where held out 41's reads the same reasoning as done; not adjudicated
    "status cells (held out 54, words that point elsewhere)": "status_cells_holdout54.csv",
    # first run 95.0% (6 false done of 120; done recall 77.6%): realistic proportions, September 2025 and March 2026.
    # One false done remains: 'Closed' beside 'Guidance complete. The audit of arrest rates will be carried out in
    # April.', which its author reads as a step left where the readers take a later audit of done work as the routine
    # that follows it (other authors label 'Complete - next audit due Oct 25' done); not adjudicated
    "status cells (held out 55, realistic proportions, second year)": "status_cells_holdout55.csv",
    # first run 85.8% (17 false done of 120; done recall 72.0%): realistic proportions, the first year. Eight remain:
    # six first-round 'In place' claims for an existing arrangement ('Stalking policy in place.', 'Crimes are reviewed by
    # supervisors.'), which its author reads as unknown (the words cannot tell whether what exists meets the ask) where
    # other authors read a force's own 'in place' as done; 'Training launched - complete.'; and 'Action complete' beside
    # a lead named and the item 'to be reviewed at the January Public Protection Board'; not adjudicated
    "status cells (held out 56, realistic proportions, first year)": "status_cells_holdout56.csv",
    # first run 83.6% (23 false done of 140; done recall 73.6%): minimal pairs, twins that differ by one cue. Two remain:
    # 'Complete' beside a compliance audit of 86%, and 'Closed – BAU' beside compliance 'fallen below 70%', which its
    # author reads as not done where other authors key a done beside a compliance figure short of 100% as done
    "status cells (held out 57, minimal pairs)": "status_cells_holdout57.csv",
    # first run 89.6% (15 false done of 144; 13 with two bare closures adjudicated to the documented vocabulary; done
    # recall 74.6%): a year of returns in realistic proportions. Four remain: 'complete' said of a system, a form or a
    # document ('The referral form is complete.') and a recommendation 'met by the College's guidance, which the force
    # follows'; not adjudicated (a letter sent called 'Action complete' and a closure by transfer in a two-language cell
    # are now read as they should be)
    "status cells (held out 58, a year of returns)": "status_cells_holdout58.csv",
    # first run 86.6% (16 false done of 119; done recall 65.6%): minimal pairs by another author. Three remain: an
    # audit 'under way' then 'now closed', a pathway live for one risk tier, and 'Complete*' limited by its footnote
    "status cells (held out 59, minimal pairs, second author)": "status_cells_holdout59.csv",
    # first run 95.2% (6 false done of 126; done recall 60.6%): twenty-four forces' returns, each in its own house style,
    # in the proportions real documents hold; read on the session's last code, none of its rows looked at first
    "status cells (held out 60, twenty-four forces' returns)": "status_cells_holdout60.csv",
    # first run 63.7% (61 false done of 168; done recall 69.5%): where a careful analyst would not take the force's
    # word for it, half the rows written so (a product bought, a pilot for the whole, a policy sent for approval, an
    # outcome figure as the evidence, a first step called complete); the hardest set yet, now 42 false done
    "status cells (held out 61, the force's word against the analyst's)": "status_cells_holdout61.csv",
    # first run 95.6% (5 false done of 113; done recall 74.0%): the deadline rounds, done by the deadline or missed. One
    # remains: 'The Chief Constable has written to the NPCC setting out the force's response', which its author reads as
    # reporting, where 27.1 asks for a letter setting out the response (to the inspectorates and the College, not the
    # NPCC): not adjudicated
    "status cells (held out 68, the deadline rounds)": "status_cells_holdout68.csv",
    # first run 90.4% (12 false done of 125; done recall 69.8%): logs kept in one cell, either way round. One remains: a
    # referral audit that 'found 62% of eligible victims referred; officers reminded and a prompt added', which its
    # author reads as work on low referrals still under way where other authors read such a figure beside the steps
    # taken as done; not adjudicated
    "status cells (held out 72, logs in one cell)": "status_cells_holdout72.csv",
    # first run 92.5% (10 false done of 133; done recall 71.9%): the forces that write differently (Welsh, BTP, the
    # City, the largest and the smallest). Two remain: 28.1's 'published ... and the link sent to the NPCC' in November
    # 2024, which its author reads as in progress because the report's recommendation 28 also asks for the six-month
    # update, where the readers, reading words without the item, take a plan published as done; not adjudicated
    "status cells (held out 73, the forces that write differently)": "status_cells_holdout73.csv",
    # first run 97.5% (3 false done of 120; done recall 70.5%): realistic proportions by a new author, the fairest
    # measure, run on the session's near-final code. One remains: guidance 'refreshed and published on the intranet;
    # quality of use to be monitored via the audit (11.2)', which its author reads as a step still to come where the
    # readers, like other authors, take monitoring after the work as the routine that follows it; not adjudicated
    "status cells (held out 74, realistic proportions, fifth author)": "status_cells_holdout74.csv",
    # first run 96.9% (4 false done of 127; 97.6% with a bare 'Closed.' adjudicated; done recall 68.3%): the national
    # template as forces fill it in. One remains: a joint commissioning board 'established; first meeting held 14
    # February 2025, with the review of stalking services on the agenda for June', which its author reads as under way;
    # the readers take the board set up as the commissioning arrangement; not adjudicated
    "status cells (held out 79, the national template)": "status_cells_holdout79.csv",
    # first run 82.6% (24 false done of 138; 84.8% with a bare 'Closed', 'Met' and 'Ongoing - BAU' adjudicated; done
    # recall 74.5%): recommendations 7, 10, 11, 12 and 13 in depth: a pointer to a policy or to another answer,
    # 'Training is an important part of our response', 'in line with legislation', 'Release delayed by the supplier',
    # 'Cohorts 5 to 8 run between October and January', 'minded to adopt', 'Not adopting.', 'The force has obtained 14
    # SPOs this year', one priority group trained. Three remain, not adjudicated: 'Complete' beside 'Training continues
    # to be reviewed.' (a routine, as in held out 95) and beside 'The screening tool is used.', which its author reads
    # as not saying a decision was recorded, and all investigators of one unit trained, which other authors read as
    # done (read so, the readers lost eleven done rows of other sets)
    "status cells (held out 97, recommendations 7 to 13)": "status_cells_holdout97.csv"}


def evaluate() -> dict[str, pd.DataFrame]:
    sets = {
        "sample corpus": sample_corpus_set(),
        "hand-written (development)": sentence_set("status_sentences.csv"),
        "hand-written (held out)": sentence_set("status_sentences_holdout.csv"),
        # written by a colleague from the real plans' shapes notes, labelled before any rule was tuned on them;
        # 'unknown' rows are texts a careful reader could not decide: abstaining on them is right
        "real-plan style (labelled first)": sentence_set("status_sentences_real.csv"),
    }
    tables = {name: scores(truth, read_all(texts)) for name, (truth, texts) in sets.items()}
    for name, file in {**CELL_SETS, **OPEN_SETS}.items():
        if (EVALUATION_DIR / file).exists():
            truth, predicted = cell_set(file)
            tables[name] = scores(truth, predicted)
    return tables


def evaluate_done() -> pd.DataFrame:
    """One row per set: precision of done (the costliest error is a false done), recall, share unknown."""
    rows = []
    for name, (truth, texts) in {"hand-written (development)": sentence_set("status_sentences.csv"),
                                 "hand-written (held out)": sentence_set("status_sentences_holdout.csv"),
                                 "real-plan style (labelled first)": sentence_set("status_sentences_real.csv")}.items():
        rows.append({"set": name, **done_scores(truth, read_all(texts))})
    for name, file in {**CELL_SETS, **OPEN_SETS}.items():
        if (EVALUATION_DIR / file).exists():
            rows.append({"set": name, **done_scores(*cell_set(file))})
    return pd.DataFrame(rows)


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("’", "'").split())


def evaluate_plans(folder: Path) -> tuple[pd.DataFrame, list[str]]:
    """Read every plan a labelled folder lists (files.csv, answer_key.csv) and compare item for item.

    Per file: items found of those expected, items invented, rounds right, each round's text holding its
    labelled words, the latest round's text, statuses where the label gives one (precision over statuses
    the reader gave, so 'unknown' costs recall, not precision), granularity. Returns the table and the
    list of every mismatch in words.
    """
    from .extract import extract
    from .model import ExtractError, Issue
    from .normalise.document import DocumentNormaliser
    from .reference import load_reference

    folder = Path(folder)
    files = pd.read_csv(folder / "files.csv", dtype=str).fillna("")
    key = pd.read_csv(folder / "answer_key.csv", dtype=str).fillna("")
    key["round_seq"] = key.round_seq.astype(int)
    normaliser = DocumentNormaliser(load_reference())
    rows, problems = [], []
    for spec in files.itertuples():
        path = folder / spec.file
        try:
            force_id, _, updates, issues = normaliser.normalise(extract(path), spec.file)
        except ExtractError as exc:  # a file refused whole: the refusal is its one issue
            force_id, updates, issues = None, [], [Issue("error", exc.code, exc.message)]
            problems.append(f"{spec.file}: refused {exc.code}: {exc.message}")
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            updates = []
        by_item: dict[str, list] = {}
        effective = _effective_dates(SimpleNamespace(updates=updates))
        # the build's order (etl/reconcile.py): dated rounds by date, an undated one beside its neighbours
        for update in sorted(updates, key=lambda u: round_sort_key(u, 0, effective.get(u.round))):
            by_item.setdefault(update.item_id, []).append(update)
        expected = key[key.file == spec.file]
        want = set(expected.item_id)
        got = set(by_item)
        row = {"file": spec.file, "family": spec.family, "format": spec.format, "expect": spec.expect,
               "items_expected": len(want), "items_found": len(want & got), "items_extra": len(got - want),
               "rounds_right": 0, "texts_right": 0, "texts": len(expected), "latest_right": 0,
               "status_labelled": 0, "status_given": 0, "status_right": 0, "granularity_right": 0,
               "force_right": force_id == spec.force_id}
        if spec.expect.startswith("refused:"):
            code = spec.expect.split(":", 1)[1]
            row["ok"] = not updates and any(i.code == code for i in issues)
            if not row["ok"]:
                problems.append(f"{spec.file}: expected refused as {code}, read {len(got)} items with "
                                f"{sorted({i.code for i in issues if i.severity == 'error'})}")
            rows.append(row)
            continue
        if spec.expect == "no_plan":
            row["ok"] = not updates
            if updates:
                problems.append(f"{spec.file}: expected nothing, read {len(got)} items")
            rows.append(row)
            continue
        if not row["force_right"]:
            problems.append(f"{spec.file}: force {force_id}, expected {spec.force_id}")
        for item in sorted(got - want):
            problems.append(f"{spec.file}: invented item {item} ({by_item[item][0].anchor}: {by_item[item][0].update_text[:60]!r})")
        for item, labelled in expected.groupby("item_id"):
            labelled = labelled.sort_values("round_seq")
            read = by_item.get(item, [])
            if not read:
                problems.append(f"{spec.file}: missed item {item}")
                continue
            if len(read) == len(labelled):
                row["rounds_right"] += 1
            else:
                problems.append(f"{spec.file}: item {item} has {len(read)} rounds, expected {len(labelled)} "
                                f"({[u.round for u in read]})")
            for n, label in enumerate(labelled.itertuples()):
                update = read[n] if n < len(read) else None
                text_ok = update is not None and _norm(label.text_contains) in _norm(update.update_text)
                row["texts_right"] += text_ok
                if not text_ok:
                    problems.append(f"{spec.file}: item {item} round {n + 1} lacks {label.text_contains!r}: "
                                    f"{(update.update_text[:90] if update else None)!r}")
                if n == len(labelled) - 1:
                    row["latest_right"] += bool(text_ok and update is read[-1])
                if label.status:
                    row["status_labelled"] += 1
                    if update is not None and update.status != "unknown":
                        row["status_given"] += 1
                        row["status_right"] += update.status == label.status
                        if update.status != label.status:
                            problems.append(f"{spec.file}: item {item} round {n + 1} status {update.status} "
                                            f"({update.status_source}: {update.status_evidence[:40]!r}), expected {label.status}")
                if update is not None and n == 0:
                    row["granularity_right"] += update.granularity == label.granularity
                    if update.granularity != label.granularity:
                        problems.append(f"{spec.file}: item {item} granularity {update.granularity}, expected {label.granularity}")
        row["ok"] = (row["items_found"] == row["items_expected"] and not row["items_extra"]
                     and row["texts_right"] == row["texts"] and row["force_right"])
        rows.append(row)
    return pd.DataFrame(rows), problems


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m etl.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=Path, action="append", default=[],
                        help="a folder of labelled plans (files.csv + answer_key.csv) to read item for item")
    args = parser.parse_args(argv)
    pd.set_option("display.width", 200)
    for name, table in evaluate().items():
        print(f"\n== {name}")
        print(table.to_string(index=False, float_format=lambda v: f"{v:.1%}"))
    print("\n== done: precision (a false done is the costliest error), recall, share left unknown")
    print(evaluate_done().to_string(index=False, float_format=lambda v: f"{v:.1%}"))
    for folder in args.plans:
        table, problems = evaluate_plans(folder)
        print(f"\n== plans in {folder}")
        print(table.drop(columns=["expect"]).to_string(index=False))
        total = table.sum(numeric_only=True)
        print(f"items {int(total.items_found)}/{int(total.items_expected)}, invented {int(total.items_extra)}, "
              f"round texts {int(total.texts_right)}/{int(total.texts)}, latest {int(total.latest_right)}/"
              f"{int(total.items_expected)}, statuses right {int(total.status_right)} of {int(total.status_given)} "
              f"given ({int(total.status_labelled)} labelled), files read exactly {int(table.ok.sum())}/{len(table)}")
        for problem in problems:
            print("  -", problem)


if __name__ == "__main__":
    main()
