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
    "duplicate_round": ("The two files are merged item by item: an item in both is taken from the later file (by "
                        "date, then by name); items in one file only are kept.",
                        "Remove the older copy from data/raw/ if it is superseded, or name files so the newer sorts last."),
    "rec_level_row": ("The answer is applied to each sub-item of the recommendation and marked granularity = "
                      "recommendation: those sub-items repeat one status, they are not sub-item precise.",
                      "Nothing to fix in the data; ask the force for an update per sub-item if it matters."),
    "entries_one_round": ("The two entries count as one round of their month: their words in date order, the later "
                          "entry's status, traced to the later entry's row.",
                          "Nothing to fix; if the two entries were meant as separate updates, ask the force to date "
                          "them to their rounds."),
    "rec_level_ignored": ("Not applied: the plan answers this recommendation's sub-items one by one, and those "
                          "answers are what count.", "Nothing to do."),
    "unparsed_item": ("That row is left out of every figure rather than guessed onto a sub-item.",
                      "Ask the force to write the item number as 7.1 (or correct the copy in data/raw/) and rebuild."),
    "doubtful_status": ("The item counts as Unknown status (so not done): its status words say it is not yet done, "
                        "or only will be.", "Read the row; if the plan states a clear status elsewhere, ask the "
                                            "force to correct the status cell."),
    "not_a_plan": ("Not loaded: the file holds no plan.", "Check that the right file was saved; remove it if not a plan."),
    "prose_without_items": ("Not loaded: prose about the recommendations with nothing to tie it to sub-items, so it "
                            "is reported rather than guessed.", "Look for the force's item-by-item plan (often a "
                            "linked document) and save that in data/raw/."),
    "linked_plan": ("Nothing loaded from this page: the plan is the document it links to.",
                    "Save the linked document into data/raw/ (python -m etl fetch follows such links) and rebuild."),
    "unmapped_status": ("The item counts as Unknown status, so not done, in every completion rate.",
                        "Add the words to data/reference/status_words.csv with the status they mean, and rebuild."),
    "bad_percentage": ("The percentage is left blank; the item's status still counts.",
                       "Nothing needed unless the percentage matters: check the plan's wording."),
    "future_date": ("As-of views place that round at its (future) date, so it is not counted before then.",
                    "Check the date in the plan; a typo there moves the round in time."),
    "stale_correction": ("The person's correction is not applied: the item counts as the readers read the changed file.",
                         "Look at the reading again on the Review page (or `python -m etl review export`) and settle it."),
    "bad_correction": ("That line of the corrections file is not applied; the item counts as the readers read it.",
                       "Fix or remove the line named in the message (data/corrections.csv) and rebuild."),
    "undated_entry": ("That entry is left out of every figure: with no date its place among the item's dated "
                      "entries cannot be told.", "Ask the force to date the entry (or date it in the copy in "
                      "data/raw/) and rebuild."),
    "ambiguous_wording": ("The line and the answer under it are left out of every figure rather than given to one "
                          "of the two sub-items it fits.", "Read the plan: if it is clear which sub-item is meant, ask "
                          "the force to number its sub-items (or number them in the copy in data/raw/) and rebuild."),
    "unparsed_row": ("That row is left out of every figure.",
                     "Look at the row in the file; if it holds an update, tell us its shape (a fixture and a rule)."),
}


def effect(code: str) -> str:
    return ADVICE.get(code, ("See the message.", "See the message."))[0]


def action(code: str) -> str:
    return ADVICE.get(code, ("See the message.", "See the message."))[1]
