"""Which force a plan belongs to: from its file name, else from its own words (exact, then fuzzy)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from ..reference import Reference


def slug(text: str) -> str:
    text = text.lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# Words every force's name shares: a name made only of these (and a place several forces share) is vague
GENERIC_WORDS = {"police", "constabulary", "constabularies", "service", "force", "forces", "the", "and", "of",
                 "heddlu", "a", "&"}


# a 'Force:' line ('Force: Kent Police', 'Force name - Kent')
_LABEL_LINE = re.compile(r"\bforce(?: name)?\s*[:\-–]\s*([^\n\t]{3,80})", re.IGNORECASE)


@dataclass(frozen=True)
class ForceMatch:
    force_id: str  # "" when the words fit several forces (see candidates)
    method: str  # file name | document label | document title | fuzzy
    candidates: tuple[str, ...] = ()  # the forces a joint or vague name fits

    @property
    def ambiguous(self) -> bool:
        return not self.force_id and len(self.candidates) > 1


class ForceMatcher:
    def __init__(self, reference: Reference):
        self.names: dict[str, str] = {}  # a name variant -> force_id
        for force in reference.forces:
            variants = [force["force_name"], force["force_id"].replace("-", " ")]
            variants += [a for a in force["aliases"].split("|") if a]
            for variant in variants:
                self.names[variant] = force["force_id"]
        # Longest first, so 'West Midlands Police' wins over 'West Midlands' and 'Midlands'.
        self._ordered = sorted(self.names, key=len, reverse=True)
        self._slugs = sorted(((slug(v), fid) for v, fid in self.names.items()), key=lambda p: -len(p[0]))
        self._patterns = [
            (re.compile(r"(?<![A-Za-z])" + re.escape(v) + r"(?![A-Za-z])", re.I if len(v) > 4 else 0), self.names[v])
            for v in self._ordered
        ]
        # each name variant's distinctive words ('heddlu de cymru' -> {'de', 'cymru'}), for vague names
        self._word_sets = [(set(utils.default_process(v).split()) - GENERIC_WORDS, fid) for v, fid in self.names.items()]

    def from_filename(self, name: str) -> str | None:
        """The force a file name names; None when it names none, or two different forces."""
        found = self.forces_in_filename(name)
        return found[0] if len(found) == 1 else None

    def forces_in_filename(self, name: str) -> list[str]:
        """Every force a file name names, in the order of their names' length (a joint plan's name gives two)."""
        stem = "-" + slug(name.rsplit(".", 1)[0]) + "-"
        found: dict[str, tuple[int, int]] = {}
        taken: list[tuple[int, int]] = []
        for variant_slug, force_id in self._slugs:  # longest first: 'west-midlands' before 'midlands'
            start = stem.find(f"-{variant_slug}-") if len(variant_slug) >= 3 else -1
            if start < 0:
                continue
            span = (start, start + len(variant_slug) + 2)
            if any(a <= span[0] and span[1] <= b for a, b in taken):
                continue  # inside a longer name already matched
            taken.append(span)
            found.setdefault(force_id, span)
        return list(found)

    def forces_in(self, text: str) -> list[str]:
        """Every force a piece of text names exactly, each once (longest names first, so 'Devon and Cornwall
        Police' is one force and 'Warwickshire Police and West Mercia Police' two)."""
        found: list[str] = []
        taken: list[tuple[int, int]] = []
        for pattern, force_id in self._patterns:
            for match in pattern.finditer(text):
                span = match.span()
                if any(a <= span[0] and span[1] <= b for a, b in taken):
                    continue
                taken.append(span)
                if force_id not in found:
                    found.append(force_id)
        return found

    def in_text(self, text: str) -> str | None:
        """The force a short piece of text names exactly (longest name first)."""
        for pattern, force_id in self._patterns:
            if pattern.search(text):
                return force_id
        return None

    def vague(self, text: str) -> list[str]:
        """The forces a name could be when its distinctive words are part of several forces' names
        ('Heddlu Cymru' fits Heddlu De Cymru and Heddlu Gogledd Cymru; 'Yorkshire Police' three forces)."""
        words = set(utils.default_process(text).split()) - GENERIC_WORDS
        if not words:
            return []
        fits = sorted({fid for variant, fid in self._word_sets if variant and words <= variant})
        return fits if len(fits) > 1 else []

    def fuzzy(self, text: str, cutoff: float = 88) -> str | None:
        match = self.fuzzy_match(text, cutoff)
        return match.force_id if match else None

    def fuzzy_match(self, text: str, cutoff: float = 88) -> ForceMatch | None:
        """The force a misspelt name is; ambiguous when it fits several (vaguely, or within 3 points)."""
        vague = self.vague(text)
        if vague:
            return ForceMatch("", "fuzzy", tuple(vague))
        found = process.extract(text, list(self.names), scorer=fuzz.token_sort_ratio,
                                processor=utils.default_process, score_cutoff=cutoff, limit=8)
        if not found:
            return None
        best = found[0][1]
        close = list(dict.fromkeys(self.names[name] for name, score, _ in found if score >= best - 3))
        return ForceMatch(close[0], "fuzzy") if len(close) == 1 else ForceMatch("", "fuzzy", tuple(close))

    def _named(self, text: str, method: str) -> ForceMatch | None:
        found = self.forces_in(text)
        if len(found) == 1:
            return ForceMatch(found[0], method)
        return ForceMatch("", method, tuple(found)) if found else None

    def title_force(self, text: str) -> ForceMatch | None:
        """The force the document's opening lines name, its 'Force:' label aside: what a reader takes from the title."""
        lines = [line for line in "\n".join(line for line in text.splitlines() if line.strip())[:600].splitlines()
                 if not _LABEL_LINE.search(line)]
        for line in lines:
            found = self._named(line, "document title")
            if found:
                return found
        return None

    def from_document(self, text: str) -> ForceMatch | None:
        """Look at a 'Force:' label first, then the title lines, never at the body of the plan.

        A label or title line naming two forces ('Norfolk and Suffolk Constabularies') or a vague name
        ('Heddlu Cymru') gives an ambiguous match (no force_id, its candidates): never one of them."""
        label = _LABEL_LINE.search(text)
        if label:
            value = label.group(1).strip()
            found = self._named(value, "document label")
            if found is None:
                fuzzy = self.fuzzy_match(value)
                found = ForceMatch(fuzzy.force_id, "document label", fuzzy.candidates) if fuzzy else None
            if found:
                return found
        found = self.title_force(text)  # the first line naming a force decides; a line naming two is a joint plan's
        if found:
            return found
        lines = [line for line in "\n".join(line for line in text.splitlines() if line.strip())[:600].splitlines()]
        for line in lines[:6]:
            found = self.fuzzy_match(line, cutoff=90)
            if found:
                return found
        return None
