"""Which force a plan belongs to: from its file name, else from its own words (exact, then fuzzy)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from ..reference import Reference


def slug(text: str) -> str:
    text = text.lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass(frozen=True)
class ForceMatch:
    force_id: str
    method: str  # file name | document label | document title | fuzzy


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

    def from_filename(self, name: str) -> str | None:
        """The force a file name names; None when it names none, or two different forces."""
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
        return next(iter(found)) if len(found) == 1 else None

    def in_text(self, text: str) -> str | None:
        """The force a short piece of text names exactly (longest name first)."""
        for pattern, force_id in self._patterns:
            if pattern.search(text):
                return force_id
        return None

    def fuzzy(self, text: str, cutoff: float = 88) -> str | None:
        found = process.extractOne(
            text, list(self.names), scorer=fuzz.token_sort_ratio, processor=utils.default_process, score_cutoff=cutoff
        )
        return self.names[found[0]] if found else None

    def from_document(self, text: str) -> ForceMatch | None:
        """Look at a 'Force:' label first, then the title lines, never at the body of the plan."""
        label = re.search(r"\bforce(?: name)?\s*[:\-–]\s*([^\n\t]{3,80})", text, re.I)
        if label:
            value = label.group(1).strip()
            found = self.in_text(value) or self.fuzzy(value)
            if found:
                return ForceMatch(found, "document label")
        head = "\n".join(line for line in text.splitlines() if line.strip())[:600]
        found = self.in_text(head)
        if found:
            return ForceMatch(found, "document title")
        for line in head.splitlines()[:6]:
            found = self.fuzzy(line, cutoff=90)
            if found:
                return ForceMatch(found, "fuzzy")
        return None
