"""What forces report: recurring themes in their update text per recommendation, computed transparently.

Plain Python, no SQL and no Streamlit, so the method can be read (and tested) in one place:

- Each force's latest update text on a recommendation's sub-items is split into words (lower case, letters
  only) and two-word phrases (adjacent words in one sentence, neither a common word). Common English words
  and the words every plan uses (force, police, recommendation, update...) are left out, and so are the
  words of the recommendation's own title and sub-item titles: a force repeating the report says nothing.
- For each term: `forces` = how many forces use it on this recommendation; `share` = forces / forces that
  wrote anything on it; `recs` = on how many recommendations any force uses it; `weight` = share x
  (ln((1 + R) / (1 + recs)) + 1), R being the number of recommendations with text: a term many forces use
  here and few use elsewhere weighs most (TF-IDF with forces as the counting unit).
- A theme is a term at least `min_forces` forces use. A word is shown inside its phrase when every force
  that uses the word uses the phrase too.
- Excerpts: short quotations of forces that report the recommendation done (complete or business as
  usual), those using the most themes first, one per force, no two alike, each with force, file and row.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below between both but by
can could did do does doing done down during each etc few for from further had has have having he her here hers
him his how i if in into is it its itself just more most much must my no nor not now of off on once only or other
our ours out over own per same she should so some such than that the their theirs them then there these they this
those through to too under until up upon us very via was we were what when where which while who whom why will
with within would yet you your
""".split()) | frozenset("""
force forces police policing constabulary constabularies service chief constable constables officer officers
recommendation recommendations rec update updates updated action actions plan plans work working item items
stalking current currently ongoing place part also year years month months date dates new including include
includes included across already being continue continues continued further team teams made make makes
""".split())
# 'stalking' and the words of planning itself appear in every update on every recommendation: never a theme

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")


def words(text: str) -> list[list[str]]:
    """The text's sentences, each as its lower-case words (possessives and hyphen ends trimmed)."""
    out = []
    for sentence in _SENTENCE.split(str(text or "").lower().replace("’", "'")):
        tokens = [w.removesuffix("'s").strip("'-") for w in _WORD.findall(sentence)]
        out.append([w for w in tokens if w])
    return out


def terms(text: str, exclude: Iterable[str] = ()) -> set[str]:
    """The words and two-word phrases a text uses that can be themes."""
    skip = STOPWORDS | set(exclude)
    found: set[str] = set()
    for sentence in words(text):
        for word in sentence:
            if len(word) >= 3 and word not in skip:
                found.add(word)
        for left, right in zip(sentence, sentence[1:]):
            if left not in STOPWORDS and right not in STOPWORDS and len(left) >= 3 and len(right) >= 3 \
                    and not (left in skip and right in skip):
                found.add(f"{left} {right}")
    return found


@dataclass(frozen=True)
class Theme:
    term: str
    forces: int  # forces using it on this recommendation
    of_forces: int  # forces that wrote anything on this recommendation
    recs: int  # recommendations on which any force uses it
    weight: float


@dataclass(frozen=True)
class Excerpt:
    force_name: str
    item_id: str
    status: str
    text: str  # shortened, never altered otherwise
    source_file: str
    source_table: str
    source_row: int
    themes: tuple[str, ...]  # the themes it uses


def themes_by_group(rows: Iterable[dict], group: str = "rec_no", exclude: dict | None = None, min_forces: int = 2,
                    top: int = 8) -> dict:
    """Themes per group (recommendation). `rows`: dicts with `force_id`, `update_text` and the group key;
    `exclude`: per group, words never to count (the recommendation's own wording)."""
    exclude = exclude or {}
    used: dict = {}  # group -> term -> set of forces
    writers: dict = {}  # group -> forces with any text
    for row in rows:
        key, force, text = row[group], row["force_id"], str(row.get("update_text") or "")
        if not text.strip():
            continue
        writers.setdefault(key, set()).add(force)
        for term in terms(text, _exclude_words(exclude.get(key, ()))):
            used.setdefault(key, {}).setdefault(term, set()).add(force)
    recs_using: dict[str, int] = {}
    for found in used.values():
        for term in found:
            recs_using[term] = recs_using.get(term, 0) + 1
    groups = len(writers)
    result = {}
    for key, found in used.items():
        n = len(writers[key])
        candidates = {t: len(f) for t, f in found.items() if len(f) >= min_forces}
        # a word is shown inside its phrase when every force using the word uses the phrase
        inside = {w for t, c in candidates.items() if " " in t for w in t.split() if candidates.get(w) == c}
        themes = [Theme(t, c, n, recs_using[t], (c / n) * (math.log((1 + groups) / (1 + recs_using[t])) + 1))
                  for t, c in candidates.items() if t not in inside]
        themes.sort(key=lambda th: (-th.weight, -th.forces, th.term.count(" ") == 0, th.term))
        result[key] = themes[:top]
    return result


@dataclass(frozen=True)
class Finding:
    """'9 of 12 forces describe training or briefing officers and staff; 6 of them report that work done'."""
    theme: str
    finding: str  # completes 'N of M forces ...' (data/reference/practice_themes.csv)
    forces: int  # forces whose latest words on this recommendation use one of the theme's terms
    of_forces: int  # forces that wrote anything on it
    done_forces: int  # of `forces`, those whose every sub-item using the theme is complete or business as usual
    search: str  # the word the search page is opened on

    def sentence(self) -> str:
        if not self.done_forces:
            done = "none of them reports that work done yet"
        elif self.done_forces == self.forces:
            done = "all of them report that work done"
        else:
            done = f"{self.done_forces} of them report{'s' if self.done_forces == 1 else ''} that work done"
        return f"{self.forces} of {self.of_forces} forces {self.finding}; {done}"


def practice_themes(path=None) -> list[dict]:
    """The kinds of work forces describe, each with the finding it makes and the terms that show it
    (data/reference/practice_themes.csv: a term ending '*' matches any ending)."""
    import csv

    from etl.paths import REFERENCE_DIR

    with open(path or REFERENCE_DIR / "practice_themes.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        bodies = [re.escape(t.strip().lower()).replace(r"\*", r"[\w-]*") for t in row["terms"].split(";") if t.strip()]
        row["pattern"] = re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + r")(?![\w-])")
    return rows


def findings_by_group(rows: Iterable[dict], themes: list[dict], group: str = "rec_no", min_forces: int = 2,
                      top: int = 6) -> dict:
    """Per group (recommendation), the kinds of work at least `min_forces` forces describe, most forces first: plain
    findings in place of single words. `rows`: dicts with `force_id`, `status`, `update_text` and the group key."""
    writers: dict = {}
    using: dict = {}  # group -> theme -> force -> [statuses of the rows using it]
    for row in rows:
        text = " ".join(str(row.get("update_text") or "").lower().replace("’", "'").split())
        if not text:
            continue
        key, force = row[group], row["force_id"]
        writers.setdefault(key, set()).add(force)
        for theme in themes:
            if theme["pattern"].search(text):
                using.setdefault(key, {}).setdefault(theme["theme"], {}).setdefault(force, []).append(row.get("status"))
    by_name = {t["theme"]: t for t in themes}
    result = {}
    for key, found in using.items():
        listed = [Finding(name, by_name[name]["finding"], len(forces), len(writers[key]),
                          sum(all(s in DONE for s in statuses) for statuses in forces.values()), by_name[name]["search"])
                  for name, forces in found.items() if len(forces) >= min_forces]
        listed.sort(key=lambda f: (-f.forces, -f.done_forces, f.theme))
        result[key] = listed[:top]
    return result


def _exclude_words(wording: Iterable[str] | str) -> set[str]:
    if isinstance(wording, str):
        wording = [wording]
    return {w for text in wording for sentence in words(text) for w in sentence}


def shorten(text: str, limit: int = 220) -> str:
    """Whole sentences up to `limit` characters; a first sentence longer than that is cut at a word, with '...'."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    if kept:
        return kept
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "..."


DONE = ("complete", "bau")


def excerpts(rows: Iterable[dict], themes: list[Theme], limit: int = 3, exclude: Iterable[str] = ()) -> list[Excerpt]:
    """Up to `limit` cited quotations from forces reporting the work done, those using most themes first."""
    wanted = [t.term for t in themes]
    candidates = []
    for row in rows:
        text = str(row.get("update_text") or "").strip()
        if row.get("status") not in DONE or not text:
            continue
        found = terms(text, _exclude_words(exclude))
        using = tuple(t for t in wanted if t in found)
        candidates.append((-len(using), str(row["force_name"]), str(row["item_id"]), row, using))
    candidates.sort(key=lambda c: c[:3])
    chosen: list[Excerpt] = []
    seen_forces, seen_texts = set(), set()
    for _, force, item, row, using in candidates:
        short = shorten(row["update_text"])
        same = " ".join(w for sentence in words(short) for w in sentence)[:80]  # the same words, any punctuation
        if force in seen_forces or same in seen_texts:
            continue
        seen_forces.add(force)
        seen_texts.add(same)
        chosen.append(Excerpt(force, item, row["status"], short, str(row["source_file"]), str(row.get("source_table") or ""),
                              int(row["source_row"]), using))
        if len(chosen) == limit:
            break
    return chosen
