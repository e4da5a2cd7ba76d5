"""Deterministic generator of the sample corpus: 44 invented plans in the shapes forces really publish.

Nothing here is real: every document says SAMPLE DATA in its title, and the corpus folder carries a
marker file so every row loaded from it is flagged is_sample. The generator also writes its own answer
key (_answer_key.csv) so tests can measure how much of the corpus the ETL reads back correctly.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..paths import ANSWER_KEY, REFERENCE_DIR, SAMPLE_MARKER
from ..reference import load_reference
from .phrases import OWNERS, STATUS_WORDS, TEXTS, TOPICS
from . import writers

SEED = 20240927  # the report's publication date
LABEL = "SAMPLE DATA (generated for testing; not a real force plan)"
DONE = ("complete", "bau")


@dataclass
class Row:
    item_id: str
    rec_no: int
    owner: str
    evidence: str
    texts: list[str]  # one per round
    words: list[str | None]  # stated status wording per round, None where the plan states none
    truth: list[str]
    pct: list[float | None]


@dataclass
class Plan:
    force_id: str
    force_name: str
    file_name: str
    fmt: str
    layout: str
    round_headings: list[str]  # headings of the update columns
    round_labels: list[str]  # what the ETL should call each round
    doc_date: dt.date | None
    rows: list[Row] = field(default_factory=list)
    combine: set[str] = field(default_factory=set)  # items written in the same cell as the item before
    encoding: str = "utf-8"
    stated: list[bool] = field(default_factory=list)  # per round: does the plan state a status

    @property
    def title(self) -> str:
        return f"{LABEL} - {self.force_name}: Stalking Action Plan"


# (format, layout) for each force, in force_id order: mostly HTML and the national template.
CYCLE = [("html", "template"), ("text", "template"), ("html", "ref"), ("docx", "template"), ("html", "template"),
         ("xlsx", "sheet2"), ("text", "template"), ("pdf", "simple"), ("html", "ref"), ("csv", "csv"), ("docx", "actions")]
SPECIAL = {
    "british-transport-police": ("text", "template"),
    "lancashire": ("html", "multi"),
    "surrey": ("xlsx", "multi"),
    "north-wales": ("html", "nostatus"),
    "cumbria": ("docx", "nostatus"),
    "wiltshire": ("html", "nostatus"),
    "metropolitan": ("html", "ref"),
    "greater-manchester": ("pdf", "unruled"),  # a table drawn without lines
    "hampshire-and-isle-of-wight": ("xlsx", "sheet2"),
    "devon-and-cornwall": ("docx", "actions"),
    "city-of-london": ("xlsx", "ragfill"),  # a RAG tracker: the status is only the cell's colour
    "gloucestershire": ("docx", "forms"),  # a small form per sub-item, not one table
    # the shapes of the forces' own pages (shared/notes/real-plan-shapes.md), each in invented words:
    "lincolnshire": ("html", "narrative"),  # numbered template labels, no table
    "hampshire-and-isle-of-wight": ("html", "rounds"),  # rounds as columns, the first undated, no status
    "cheshire": ("html", "perrec"),  # one row per recommendation, compliance answers, dated round columns
    "northumbria": ("html", "themes"),  # theme headings, the report's wording as a list, prose per recommendation
}
REC_LEVEL = ("perrec", "themes")  # layouts that answer a recommendation as a whole
# pages that are not plans, beside the plans: a prose statement, and a news page linking to its plan
EXTRA_PAGES = {"metropolitan": "the-met-statement-on-stalking.html", "south-wales": "south-wales-news-stalking-plan.html"}
FILE_NAMES = {
    "metropolitan": "the-met-stalking-action-plan.html",
    "greater-manchester": "GMP-stalking-plan.pdf",
    "hampshire-and-isle-of-wight": "HIOWC_Stalking_Action_Plan.html",
    "devon-and-cornwall": "stalking-super-complaint-response.docx",
}
EXTENSIONS = {"html": "html", "text": "txt", "docx": "docx", "xlsx": "xlsx", "pdf": "pdf", "csv": "csv"}
MULTI_FILE = {"kent": 2, "essex": 3, "west-yorkshire": 2}  # forces publishing a new file each round
ROUND_DATES = [dt.date(2024, 11, 14), dt.date(2025, 3, 21), dt.date(2026, 3, 18)]


def _draw_final(rng: random.Random, propensity: float) -> str:
    r = rng.random()
    if r < 0.02:
        return "not_applicable"
    if r < propensity:
        return "complete" if rng.random() < 0.8 else "bau"
    return "in_progress" if rng.random() < 0.7 else "not_started"


def _step_back(rng: random.Random, status: str) -> str:
    if status in DONE:
        return "in_progress" if rng.random() < 0.65 else status
    if status == "in_progress":
        return "not_started" if rng.random() < 0.4 else "in_progress"
    return status


def _text(rng: random.Random, status: str, rec_no: int) -> str:
    topic = TOPICS[rec_no]
    return rng.choice(TEXTS[status]).format(topic=topic, Topic=topic[0].upper() + topic[1:])


def build_plans(seed: int = SEED) -> list[Plan]:
    reference = load_reference(REFERENCE_DIR)
    rng = random.Random(seed)
    plans: list[Plan] = []
    for n, force in enumerate(sorted(reference.forces, key=lambda f: f["force_id"])):
        force_id = force["force_id"]
        fmt, layout = SPECIAL.get(force_id, CYCLE[n % len(CYCLE)])
        style = rng.choice(sorted(STATUS_WORDS))
        propensity = rng.uniform(0.25, 0.95)
        omitted = set(rng.sample(sorted(reference.item_ids), rng.choice([0, 0, 0, 1, 2])))
        if layout in REC_LEVEL:
            omitted = set()  # an answer for a whole recommendation covers every one of its sub-items
        files = MULTI_FILE.get(force_id, 1)
        columns = 3 if layout == "multi" and fmt == "html" else 2 if layout == "multi" else 1
        n_rounds = max(files, columns)
        finals = {}
        for rec in reference.recommendations:
            history = [_draw_final(rng, propensity)]
            for _ in range(n_rounds - 1):
                history.insert(0, _step_back(rng, history[0]))
            finals[rec["item_id"]] = history
        rows = []
        for rec in reference.recommendations:
            item_id, rec_no = rec["item_id"], int(rec["rec_no"])
            if item_id in omitted:
                continue
            truth = finals[item_id]
            pct = [rng.choice([25.0, 40.0, 50.0, 60.0, 75.0]) if s == "in_progress" and rng.random() < 0.3 else None for s in truth]
            rows.append(Row(item_id, rec_no, rng.choice(OWNERS), rec["title"], [_text(rng, s, rec_no) for s in truth],
                            [None] * n_rounds, truth, pct))
        combine = set()
        if layout == "ref":  # two sub-items reported together in one cell
            first, second = next(((a, b) for a, b in zip(rows, rows[1:]) if a.rec_no == b.rec_no and a.item_id not in omitted), (None, None))
            if first:
                second.texts, second.truth, second.pct, second.owner = first.texts, first.truth, first.pct, first.owner
                combine.add(second.item_id)
        if layout in REC_LEVEL:  # one answer per recommendation: its sub-items share it
            first_of = {}
            for row in rows:
                first = first_of.setdefault(row.rec_no, row)
                row.texts, row.truth, row.pct = first.texts, first.truth, first.pct
        words = STATUS_WORDS[style]
        if layout in ("rounds", "perrec"):
            plan = _two_rounds(force, fmt, layout, rows, random.Random(f"{seed}-{force_id}"))
            plans.append(plan)
            rng.choice(ROUND_DATES[1:])  # the draw a one-round plan makes, so every other force's plan stays as it was
            continue
        if files > 1:
            for k in range(files):
                plan = _plan(force, fmt, layout, f"{force_id}-stalking-plan-{ROUND_DATES[-files + k]:%Y-%m}.{EXTENSIONS[fmt]}",
                             ["Force Update"], [ROUND_DATES[-files + k].strftime("%B %Y")], ROUND_DATES[-files + k])
                plan.rows = [_slice(r, k, words) for r in rows]
                plan.stated = [True]
                plan.combine = combine
                plans.append(plan)
            continue
        if layout == "multi" and fmt == "html":
            headings = ["Update (November 2024)", "March 2025 update", "March 2026 update"]
            plan = _plan(force, fmt, layout, None, headings, ["November 2024", "March 2025", "March 2026"], None)
            plan.stated = [False, False, True]
        elif layout == "multi":
            headings = ["Update - March 2025", "Update - March 2026"]
            plan = _plan(force, fmt, layout, None, headings, ["March 2025", "March 2026"], None)
            plan.stated = [True, True]
        else:
            doc_date = None if force_id == "british-transport-police" else rng.choice(ROUND_DATES[1:])
            label = doc_date.strftime("%B %Y") if doc_date else "Undated update"
            plan = _plan(force, fmt, layout, None, ["Force Update"], [label], doc_date)
            plan.stated = [layout not in ("nostatus", "themes")]
        for row in rows:
            row.words = [_word(words, s, p) if stated else None for s, p, stated in zip(row.truth, row.pct, plan.stated)]
            row.pct = [p if stated else None for p, stated in zip(row.pct, plan.stated)]
        if layout == "ragfill":  # green, amber or red is all a colour holds: BAU and N/A are written in words
            for row in rows:
                row.words = [{"bau": "BAU", "not_applicable": "N/A"}.get(s) for s in row.truth]
                row.pct = [None] * len(row.truth)
        plan.rows, plan.combine = rows, combine
        plans.append(plan)
    # one export saved by an old Windows tool: Windows-1252, not UTF-8
    next(p for p in plans if p.fmt == "text" and p.force_id != "british-transport-police").encoding = "cp1252"
    _add_slips(plans)
    return plans


def _two_rounds(force: dict, fmt: str, layout: str, rows: list[Row], rng: random.Random) -> Plan:
    """A page whose update rounds are columns: an earlier answer drawn before each latest one, and some
    later cells left empty (no update that round: the earlier words still stand)."""
    if layout == "rounds":
        headings, labels = ["Initial action plan response", "March 2026 update"], ["Initial action plan response", "March 2026"]
    else:
        headings = ["Initial Constabulary Response 21st November 2024", "Progress update March 2025"]
        labels = ["November 2024", "March 2025"]
    plan = _plan(force, fmt, layout, None, headings, labels, None)
    plan.stated = [False, False]
    done: dict[int, Row] = {}
    for row in rows:
        if layout == "perrec" and row.rec_no in done:  # the recommendation's answer, shared
            first = done[row.rec_no]
            row.texts, row.truth, row.pct, row.words = first.texts, first.truth, first.pct, first.words
            continue
        earlier = _step_back(rng, row.truth[0])
        later_empty = rng.random() < 0.2
        row.truth = [earlier, "" if later_empty else row.truth[0]]
        row.texts = [_text(rng, earlier, row.rec_no), "" if later_empty else row.texts[0]]
        row.pct, row.words = [None, None], [None, None]
        done[row.rec_no] = row
    plan.rows = rows
    return plan


def _add_slips(plans: list[Plan]) -> None:
    """Two slips real plans make, which the ETL must report as warnings rather than hide (they show on the
    Data quality page): a row pasted twice, and a status word no vocabulary knows."""
    single = [p for p in plans if p.layout == "template" and len(p.round_labels) == 1 and all(p.stated)
              and p.force_id not in MULTI_FILE and p.force_id != "british-transport-police"]
    pasted = next(p for p in single if p.fmt == "html")
    pasted.rows.insert(6, dataclasses.replace(pasted.rows[5]))
    odd = next(p for p in single if p.fmt == "docx").rows[3]
    # 'TBC' gives no stage: it is reported (unmapped_status) and the row's own words decide its status, so the
    # truth stays what those words were written to say
    odd.words, odd.pct = ["TBC"], [None]


def _word(words: dict, status: str, pct: float | None) -> str:
    return words["pct"].format(pct=int(pct)) if pct is not None else words[status]


def _slice(row: Row, k: int, words: dict) -> Row:
    return Row(row.item_id, row.rec_no, row.owner, row.evidence, [row.texts[k]], [_word(words, row.truth[k], row.pct[k])],
               [row.truth[k]], [row.pct[k]])


def _plan(force: dict, fmt: str, layout: str, file_name: str | None, headings, labels, doc_date) -> Plan:
    name = file_name or FILE_NAMES.get(force["force_id"], f"{force['force_id']}-stalking-action-plan.{EXTENSIONS[fmt]}")
    return Plan(force["force_id"], force["force_name"], name, fmt, layout, headings, labels, doc_date)


def answer_key(plans: list[Plan]) -> pd.DataFrame:
    records = []
    for plan in plans:
        for row in plan.rows:
            for k, label in enumerate(plan.round_labels):
                if not row.texts[k] and not row.words[k]:
                    continue  # an empty later cell: no update that round
                records.append({
                    "source_file": plan.file_name, "force_id": plan.force_id, "item_id": row.item_id, "round": label,
                    "status": row.truth[k], "progress_pct": row.pct[k], "status_stated": plan.stated[k],
                    "granularity": "recommendation" if plan.layout in REC_LEVEL else "item",
                })
    # an item listed twice is read once (the first is kept): so is its answer
    return pd.DataFrame(records).drop_duplicates(["source_file", "item_id", "round"], ignore_index=True)


def write_corpus(out: Path, seed: int = SEED) -> pd.DataFrame:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    plans = build_plans(seed)
    for plan in plans:
        writers.write(plan, out / plan.file_name)
        if plan.force_id in EXTRA_PAGES:
            writers.write_extra_page(plan, out / EXTRA_PAGES[plan.force_id])
    key = answer_key(plans)
    key.to_csv(out / ANSWER_KEY, index=False, quoting=csv.QUOTE_MINIMAL)
    (out / SAMPLE_MARKER).write_text(
        "# Sample corpus - generated, not real\n\n"
        "Every file in this folder was written by `python -m etl sample` from invented text. None of it is a\n"
        "real force's plan. This marker file makes the ETL flag every row loaded from this folder as\n"
        "`is_sample = true`, and the dashboard labels such rows as sample data wherever they are shown.\n"
        f"`{ANSWER_KEY}` holds what the ETL should read from each file (for the accuracy tests).\n"
        "Two plans carry deliberate slips that the ETL reports as warnings (see Data quality): one lists an\n"
        "item twice, one gives a status word ('TBC') that maps to no status.\n"
        "Two pages are not plans, as real forces' sites have them: a prose statement with no item structure\n"
        "(reported as prose_without_items) and a news page that links to its force's plan (linked_plan).\n"
    )
    return key
