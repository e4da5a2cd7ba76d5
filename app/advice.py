"""What a person can do about each kind of load issue, and what it does to the figures meanwhile (Data quality)."""
from __future__ import annotations

_UNREADABLE = ("Its rows are not in any figure: the force counts as having no plan unless another file of its loads.",
               "Get a readable copy (a .docx, .xlsx, CSV or a PDF with text), put it in data/raw/ and rebuild.")

ADVICE: dict[str, tuple[str, str]] = {  # code -> (effect on the figures, what to do)
    "empty_file": _UNREADABLE, "corrupt_file": _UNREADABLE, "zip_bomb": _UNREADABLE, "too_large": _UNREADABLE,
    "timeout": _UNREADABLE, "no_text": _UNREADABLE,
    "unknown_format": _UNREADABLE, "no_table": _UNREADABLE, "no_plan_table": _UNREADABLE,
    "legacy_office": (_UNREADABLE[0], "Open it in Word or Excel, save as .docx or .xlsx, and rebuild."),
    "unknown_force": ("Not loaded: no figure includes it.",
                      "Name the file after its force (kent-plan.pdf), or add the name the plan uses to the aliases "
                      "in data/reference/forces.csv, and rebuild."),
    "force_conflict": ("Not loaded: no figure includes it.",
                       "Check which force's plan it is and name the file after that force; rebuild."),
    "unknown_item": ("That row is left out of every figure.",
                     "If the number is a slip in the plan, ask the force; if our list lacks the item, check "
                     "data/reference/recommendations.csv."),
    "duplicate_item": ("The item counts once, with the first row's status; the repeat is ignored.",
                       "Check that both rows say the same; if the later one is right, ask the force to correct the "
                       "plan."),
    "duplicate_round": ("The newer file's round is used; the other is ignored for that round.",
                        "Remove the older copy from data/raw/ if it is superseded."),
    "rec_level_row": ("An answer for a whole recommendation is not given to its sub-items: those without their own "
                      "row are missing from the force's figures (see Coverage below).",
                      "Nothing to fix in the data; ask the force for an update per sub-item if it matters."),
    "unmapped_status": ("The item counts as Unknown status, so not done, in every completion rate.",
                        "Add the words to data/reference/status_words.csv with the status they mean, and rebuild."),
    "bad_percentage": ("The percentage is left blank; the item's status still counts.",
                       "Nothing needed unless the percentage matters: check the plan's wording."),
    "future_date": ("As-of views place that round at its (future) date, so it is not counted before then.",
                    "Check the date in the plan; a typo there moves the round in time."),
    "unparsed_row": ("That row is left out of every figure.",
                     "Look at the row in the file; if it holds an update, tell us its shape (a fixture and a rule)."),
}


def effect(code: str) -> str:
    return ADVICE.get(code, ("See the message.", "See the message."))[0]


def action(code: str) -> str:
    return ADVICE.get(code, ("See the message.", "See the message."))[1]
