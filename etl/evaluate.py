"""python -m etl.evaluate: precision and recall per status of the text reader (etl/normalise/infer.py).

Three sets: the sample corpus (every update text the generator wrote, against the status it meant),
the hand-written development sentences the rules were written against, and held-out sentences that
were written before the last round of rule changes and never tuned on. The held-out figures are the
honest ones. A text the reader cannot decide counts against recall, not precision.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .normalise.infer import infer_status
from .normalise.status import STATUSES
from .paths import DATA_DIR

EVALUATION_DIR = DATA_DIR / "evaluation"


def read_all(texts: list[str]) -> list[str]:
    decided = [infer_status(t) for t in texts]
    return [d.status if d else "none" for d in decided]


def scores(truth: list[str], predicted: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({"truth": truth, "predicted": predicted})
    rows = []
    for status in STATUSES:
        said = frame[frame.predicted == status]
        actual = frame[frame.truth == status]
        if not len(said) and not len(actual):
            continue
        hits = int((said.truth == status).sum())
        rows.append({"status": status, "cases": len(actual), "predicted": len(said), "correct": hits,
                     "precision": hits / len(said) if len(said) else None,
                     "recall": hits / len(actual) if len(actual) else None})
    overall = (frame.truth == frame.predicted).mean()
    rows.append({"status": "ALL", "cases": len(frame), "predicted": int((frame.predicted != "none").sum()),
                 "correct": int((frame.truth == frame.predicted).sum()),
                 "precision": (frame.truth == frame.predicted)[frame.predicted != "none"].mean(), "recall": overall})
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
                if status != "unknown":  # an unknown status word says nothing of what the text meant
                    texts.append(text)
                    truth.append(status)
    return truth, texts


def sentence_set(name: str) -> tuple[list[str], list[str]]:
    frame = pd.read_csv(EVALUATION_DIR / name)
    return frame.status.tolist(), frame.text.tolist()


def evaluate() -> dict[str, pd.DataFrame]:
    sets = {
        "sample corpus": sample_corpus_set(),
        "hand-written (development)": sentence_set("status_sentences.csv"),
        "hand-written (held out)": sentence_set("status_sentences_holdout.csv"),
    }
    return {name: scores(truth, read_all(texts)) for name, (truth, texts) in sets.items()}


def main() -> None:
    pd.set_option("display.width", 120)
    for name, table in evaluate().items():
        print(f"\n== {name}")
        print(table.to_string(index=False, float_format=lambda v: f"{v:.1%}"))


if __name__ == "__main__":
    main()
