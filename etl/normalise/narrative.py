"""Plans written as documents, not tables: find plan items in a document's stream of blocks.

A block is a heading, paragraph, list item or table row in reading order (see etl/extract). Items are
anchored, in order of trust, on
  1. item numbers in their usual spellings ('7.1', '7.1 -', 'Rec 7.1', 'Recommendation 7.1', '10.2 10.3',
     '7.1 and 7.2'), unless the document numbers its paragraphs ('1.1 Upon receipt ...') and the number
     is not said to be a recommendation;
  2. recommendation numbers in headings or short lines ('Crime recording (recommendation 7)',
     'Recommendation 10:'), which give a recommendation-level answer unless sub-items follow;
  3. the report's wording of a recommendation or sub-item (data/reference/item_wording.csv), matched with
     a score, for plans that quote the report and carry no numbers; failing the wording's terms, a sub-item's
     title (recommendations.csv) in other words. Each quoted sub-item anchors its own answer: the words after
     it up to the next quoted sub-item. A line that fits two sub-items equally is left, with an
     ambiguous_wording warning, and so are the words under it (under 'Recommendation received' such a line is
     one more line of the question, and the section answers its recommendation as a whole).
Under 'Recommendation received' (a heading, or a plain line above the recommendation's words) the sub-items
listed with their numbers (a list, or paragraphs numbered by hand) are the question: all of them, one answer below,
is the recommendation's answer as a whole; some of them, those items' answer.
Label lines ('Force update:', 'Update March 2025:', 'Status:', 'RAG status:', 'Lead:', 'Date:') assign
what follows them; 'What we will do' belongs with the first round's words. A round heading ('Progress update
(March 2025)') under a theme's or item's heading is that section's only. Dated logs (per item a list or
small table of dated entries, each with its own status, etl/normalise/logs.py) give a round per entry,
placed by its date; an entry with no date among dated ones is an undated_entry warning. Boilerplate
(data/reference/boilerplate.csv) is dropped before anything is read; a text file wrapped at a fixed width
has its paragraphs joined again. Text that quotes the report (the recommendation, 'Evidence requirements'
lines) is never taken for the force's answer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Block, Issue
from ..reference import Reference
from .headers import Slot, map_heading
from .dates import MONTHS, month_of, parse_date
from .items import item_part, looks_like_item_attempt, notation_match, parse_item_cell, rec_of
from .key import COLOURS
from .logs import Entry, LogColumns, entry_of, is_log, labelled_status, repeated_dates, split_status
from .status import classify_status, is_status_word
from .text import only_points_elsewhere, says_something

# 'Recommendation 7', 'Rec 10:', '(recommendation 7)', 'Recommendation 7 - crime recording'
_REC_IN_TEXT = re.compile(r"\b(?:recommendation|rec)[.:]?\s*(?:no\.?\s*)?(\d{1,2})(?![\d.]\d)\b", re.IGNORECASE)
_REC_HEADING_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.):\-–]\s+\S")  # '7. Crime recording' (a heading only)
_ITEM_SAID = re.compile(r"^\s*(?:sub[- ]?)?(?:rec(?:ommendation)?|item)s?\b", re.IGNORECASE)
_PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})(?:\.\d+)?\b(?!\s*(?:%|per ?cent\b|percent\b))")
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w ,/&()'’.-]{0,60}?)\s*[:–]\s*(?P<rest>.*)$", re.DOTALL)
# a round's date (and a gloss in brackets) after a label's dash, its own colon closing it
_DATED_LABEL_REST = re.compile(rf"^\s*(?P<when>(?:{MONTHS})\.?\s+20\d\d)\s*(?:\([^()]{{1,40}}\))?\s*:\s*", re.IGNORECASE)
_LABEL_DASH = re.compile(r"^\s*(?P<label>[A-Za-z][\w ,/&()'’.]{0,40}?)\s+-\s+(?P<rest>.*)$", re.DOTALL)
# a paragraph's first sentence and the rest ('Considering whether to adopt the tool. The trial has begun ...')
_LEAD_IN = re.compile(r"^\s*(?P<lead>[A-Z][^.!?\n]{15,200}[.:])\s+(?P<rest>\S.{10,})$", re.DOTALL)
# or a bold phrase and a dash before the answer ('Using MAPPA – All eligible stalking offenders are referred ...'): a
# title set apart by type and punctuation both, so a paraphrase of the sub-item's wording will do
_LEAD_IN_DASH = re.compile(r"^\s*(?P<lead>[A-Z][^.!?\n–—]{6,200}?)\s+[–—-]\s+(?P<rest>\S.{10,})$", re.DOTALL)


LEAD_IN_WHERE = " (a sub-item named by its wording)"
# a label that says the words below answer the recommendation as a whole ('For the whole of this recommendation:'): the
# force's answer, not the report's ask
_WHOLE_REC_LABEL = re.compile(r"^\s*(?P<label>(our |the force'?s? )?(response|answer|update|position|progress) (to|for|on) "
                              r"rec(?:ommendation)?\.?\s*(?P<rec>\d{1,2})(\s*\((all parts|all sub-?recommendations|in full|"
                              r"as a whole)\)|\s+(as a whole|in full))?)\s*[:–-]\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_WHOLE_ANSWER = re.compile(r"^\s*(for|across|covering) (the )?(whole of )?(this|the) recommendation( as a whole)?\s*$|"
                           r"^\s*(whole|all of the) recommendation( answer| response)?\s*$", re.IGNORECASE)
# the numbers a heading names in brackets at its end: '(10.1)', '(12.2 and 12.4)', '[Rec 20.2]', '(Recommendations 12.2
# to 12.4)', '(Recommendation 11)', '(Recommendations 27 and 28)'
_IDS_AT_END = re.compile(r"\s*[(\[]\s*(?:rec(?:ommendation)?s?\.?\s*)?(?P<ids>\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&|/|to|-|–)\s*"
                         r"\d{1,2}(?:\.\d{1,2})?)*)\s*[)\]]\s*$", re.IGNORECASE)


_STATUS_AT_END = re.compile(r"^(?P<head>.*\S)\s*[(\[](?P<status>[^()\[\]]{1,40})[)\]]\s*$")
# a RAG colour in brackets after a heading, or two with a slash ('Amber/Green'): the colours a key may define
_COLOUR_WORD = re.compile(rf"^\s*(?:{COLOURS})(?:\s*/\s*(?:{COLOURS}))?\b", re.IGNORECASE)
CURRENT_KEY = "Current position"
_CURRENT_LABEL = re.compile(r"^\s*(our |the force's |the )?(current|latest|present) (position|status|state of play)( now)?\s*:?\s*$",
                            re.IGNORECASE)
# the opening of an ask in the report's voice: a bare verb ('Make sure stalking is recorded ...', 'Put specialist leads
# and arrangements in place ...')
_ASK_VOICE = re.compile(r"^\W*(make sure|ensure|review|put|set|explain|improve|use|provide|consider|seek|record|understand|"
                        r"train|publish|share|help|give|monitor|develop|introduce|implement|deliver|establish|adopt|include|"
                        r"assess|identify|support|work with|collect|audit|reflect|create|appoint|commission|keep|make|have|treat|take|"
                        r"apply|tell|inform|refer|offer|assign|allocate|investigate|protect|safeguard|check|screen|engage|"
                        r"respond|carry out)\b", re.IGNORECASE)
_DEADLINE_ASK = re.compile(r"^\W*by \d{1,2}(st|nd|rd|th)? \w+ 20\d\d,?\s+" + _ASK_VOICE.pattern.removeprefix(r"^\W*"), re.IGNORECASE)
# a document's end matter under a title line of its own; 'Notes' only as a heading or in capitals (a form's
# 'Notes' label is the item's). An annex or appendix may carry a round, so it is not end matter.
_END_MATTER = re.compile(r"^\s*(?:notes|footnotes|end\s?notes|definitions|(?P<any>glossary(?: of terms)?|abbreviations|"
                         r"acronyms|(?:document|version) (?:history|control)|abbreviations used))\s*:?\s*$", re.IGNORECASE)
_GLOSSARY_LINE = re.compile(r"^\s*(glossary(?: of terms)?|abbreviations(?: used)?|acronyms|definitions)\s*:\s*\S",
                            re.IGNORECASE)
_LISTED_REC = re.compile(r"^\s*(?:recommendation|rec\.?)\s*(\d{1,2})\s*[:.\-–]", re.IGNORECASE)
# a form's number line ('Recommendation: 10.2', 'Ref: 1O.4'): the value alone after the label
_NUMBER_LABEL = re.compile(r"^\s*(recommendation|rec\.?( no\.?| number)?|sub-?recommendation|item|ref(erence)?)\s*[:\-–]\s*"
                           r"(?P<value>[\dOIl]{1,2}\s*\.\s*[\dOIl]{1,2}[a-z]?)\s*$", re.IGNORECASE)
_NEXT_LABEL = re.compile(r"^\s*(what happens next|next steps?|what is next|what's next|looking ahead)\s*[:?]?\s*$", re.IGNORECASE)
_WHOLE_QUOTE = re.compile(r"^[“\"‘']\s*(.{20,}?)\s*[”\"’']\s*$", re.DOTALL)
_LETTER_OPENING = re.compile(r"^\s*\(([a-h])\)\s+(?=\S)")  # '(c) We will work with ...'
# 'Part 2 of recommendation 10', 'Part two of Recommendation 12: Risk policy'
_PART_OF_REC = re.compile(r"^\s*part\s+(\d{1,2}|one|two|three|four|five|six)\s+of\s+rec(?:ommendation)?\.?\s*(\d{1,2})\b"
                          r"(?P<rest>\s*(?:[:\-–—]\s*[^.]{0,80})?)\s*$", re.IGNORECASE)
_WORD_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


def _ordered_assignment(scores: list[list[float]]) -> list[int] | None:
    """Each row (a heading, in page order) to a distinct column (a sub-item), columns rising with the rows, for the
    highest total score; None when there are more rows than columns."""
    rows, cols = len(scores), len(scores[0]) if scores else 0
    if rows > cols:
        return None
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def solve(r: int, c: int) -> tuple[float, list[int]]:
        if r == rows:
            return 0.0, []
        if cols - c < rows - r:
            return float("-inf"), []
        if (r, c) not in best:
            take_score, take_rest = solve(r + 1, c + 1)
            skip = solve(r, c + 1)
            take = (scores[r][c] + take_score, [c] + take_rest)
            best[(r, c)] = max(take, skip, key=lambda t: t[0])
        return best[(r, c)]

    total, chosen = solve(0, 0)
    return chosen if total != float("-inf") and len(chosen) == rows else None


def _named_ids(text: str, reference: Reference) -> list[str]:
    """'12.2 and 12.4' -> both; '12.2 to 12.4' -> 12.2, 12.3, 12.4; [] unless every number is a sub-item."""
    found = re.findall(r"\d{1,2}\.\d{1,2}", text)
    if not found or re.search(r"(?<![.\d])\d{1,2}(?![.\d])", text):
        return []
    if len(found) == 2 and re.search(r"\bto\b|[-–]", text):
        first, last = found
        items = reference.items_of(int(first.split(".")[0]))
        if first in items and last in items:
            found = items[items.index(first):items.index(last) + 1]
    return found if all(i in reference.item_ids for i in found) else []


def _named_recs(text: str, reference: Reference) -> list[int]:
    """'11' or '27 and 28': whole recommendations (no sub-item numbers among them)."""
    if "." in text:
        return []
    numbers = [int(n) for n in re.findall(r"\d{1,2}", text)]
    return numbers if numbers and all(reference.items_of(n) for n in numbers) else []
_REC_IN_HEADING = re.compile(r"\brecommendation\s+(\d{1,2})\b(?!\.\d)", re.IGNORECASE)


def _item_number_in(text: str) -> bool:
    return bool(re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])", text))


_REPORT_VOICE = re.compile(
    r"^\s*(by \d{1,2}(st|nd|rd|th)? \w+ 20\d\d|chief constables should|forces should|all forces should|"
    r"(police and crime|police, fire and crime|police fire and crime) commissioners (and [\w ]{3,40} )?should|pccs should|"
    r"the report recommend(s|ed) that (chief constables|forces) should\b|"
    r"the report (recommend(s|ed)|ask(s|ed)( us)?)\s*(to\s*)?[:\-–]\s*|"
    r"the (college|npcc|iopc|hmicfrs) should)", re.IGNORECASE)
# The force speaking: first person, 'the force has introduced', 'this document'. Weaker signs (past tense, 'is
# being') also occur in the report's own wording ('how MAPPA are being used'), so they tell an answer only when the
# words do not quote a sub-item. 'The force has' before a bare noun ('the force has processes so that victims are
# told ...') is how the report words a sub-item too: only a participle, an adverb or a determiner after it
# ('has introduced', 'has now', 'has a team') makes it the force's account of itself.
_HAS_DONE = (r"(been|now|already|also|not|no|yet|just|recently|since|successfully|a|an|the|its|their|this|that|these|"
             r"some|many|all|one|two|three|\d+|\w+ed|made|set|built|begun|brought|put|sent|held|run|taken|written|given|"
             r"done|kept|bought|led|met|found|got|won|chosen|drawn|seen|shown|grown|spent|paid|laid|told|taught|sought|"
             r"become|undertaken|overseen)\b")
_STRONG_VOICE = re.compile(
    r"\b(we|our|us|we've|we're|the force (is|are|will|now|does|did|(has|have)(?=\s+" + _HAS_DONE + r"))|"
    r"this (document|plan|page))\b",
    re.IGNORECASE)
_FORCE_VOICE = re.compile(
    _STRONG_VOICE.pattern[:-3] + r"|has been|have been|was|were|is now|are now|will be|is being|are being|currently)\b",
    re.IGNORECASE)
_NOT_LABEL_LINE = re.compile(r"\b(we|has|have|had|was|were|will|is|are|been)\b", re.IGNORECASE)
_STALKING = re.compile(r"\b(stalking|super-?complaint|recommendations?)\b", re.IGNORECASE)
_ROUND_HEADING = re.compile(r"\b(initial|original|first|second|third|six[- ]month|interim|final|latest|"
                            r"\d+(st|nd|rd|th))\b.{0,40}\b(update|response|position|progress)\b", re.IGNORECASE)
# '3.1 Recommendations 7.1 and 7.2 ...': a paragraph number before the words that name the items
# ('12.3 Recognise in policies ...' is the item's number before its words: 'rec' must be a word of its own)
_NUMBER_BEFORE_REC = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=(?:sub[- ]?)?rec(?:ommendations?|s)?\b)",
                                re.IGNORECASE)
# 'What we will do', 'Our planned actions': what the force means to do is part of its first round's words
_PLANNED = re.compile(r"^\s*(what (we|the force) (will|plan to|intend to|are going to) do( next)?|what will (we|the force) do|"
                      r"what (we|the force) (said|promised|committed|undertook) (we|it)? ?(would|to) do|what we committed to|"
                      r"(our )?planned actions?|(our )?proposed actions?|actions? (we|the force) will take|"
                      r"how (we|the force) will (respond|address this|meet (this|the recommendation)))\s*[:.]?\s*$",
                      re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?][\'\"’”)\]]*\s*$")
_LIST_MARK = re.compile(r"^\s*([-•*▪–]|\(?[a-z0-9]{1,2}[.)])\s+", re.IGNORECASE)  # a bullet or 'a)' opens a line
# a label of words that may hold a status alone ('Position: Achieved', 'Overall position: Embedded')
# ('Current position:' has its own reading: a status word or the round's words, by what the document puts after it)
_POSITION_LABEL = re.compile(r"^\s*((overall|latest|our) )?(position|assessment|state|standing)\s*$", re.IGNORECASE)
_LETTERED = re.compile(r"^\s*\((?:[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=[A-Z])")
_LIST_LINE = re.compile(r"^\s*(?:(?P<n>\d{1,2}[.)])|[-•*▪])\s+(?P<rest>\S.*)$", re.DOTALL)
_RULE_LINE = re.compile(r"^[ \t]*[=\-_*~#]{4,}[ \t]*$\n?", re.MULTILINE)
_DASHED_ID = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s*[-–—:]\s*\S")
# a title after an item number: short, one line, no sentence ending inside or at its end
_TITLE_LINE = re.compile(r"^[^.;:!?\n]{3,80}$")
# a numbered section title written as a plain line: '7. Victims', '10. Next steps'
_SECTION_LINE = re.compile(r"^\s*\d{1,2}\.?\s+[A-Z][\w ,&'’/-]{0,50}$")
# a sub-item named inside a sentence: 'recommendation 7.2', 'Rec. 18.2', 'sub-recommendation 14.4'
_NAMED_ITEM = re.compile(r"\b(?:sub[- ]?)?rec(?:ommendation)?\.?\s*(\d{1,2})\.(\d{1,2})\b(?!\.\d)", re.IGNORECASE)
# a report paragraph's short title naming its sub-item in brackets: 'Using included classifications (7.1).'
_TITLE_WITH_ID = re.compile(r"^\s*[A-Z][^.()\n]{2,80}?\s*\(\s*(?:rec(?:ommendation)?s?\.?\s*)?(?P<ids>\d{1,2}\.\d{1,2}"
                            r"(?:\s*(?:,|and|&|/|to)\s*\d{1,2}\.\d{1,2})*)\s*\)\s*[.:–—-]\s*")
_TITLE_WITH_REC = re.compile(r"^\s*[A-Z][^.()\n]{2,80}?\s*\(\s*rec(?:ommendation)?\.?\s*(\d{1,2})(?![.\d])"
                             r"(?:\s*,\s*(?:both|all) (?:parts|sub-?items))?\s*\)\s*[.:–—-]\s*", re.IGNORECASE)
_ITEM_WORD = re.compile(r"^\s*(?:item|ref(?:erence)?|action|sub[- ]?item|no\.?)\s*(?:no\.?\s*)?[:#]?\s*(?=\d{1,2}\.\d)",
                        re.IGNORECASE)
# what an answer says and the report's wording of a sub-item never does: a month, a year, a figure, a routine
_ANSWER_SIGNS = re.compile(r"\b(20\d\d|\d+(\.\d+)?\s?%|\d+ (per ?cent|officers|staff|cases|victims|investigations)|january|"
                           r"february|april|june|july|august|september|october|november|december|"
                           r"(is|are) (now )?(used|in place|delivered|reviewed|checked|carried out|taught|"
                           r"offered|provided|held|run|shared|reported|monitored|recorded))\b", re.IGNORECASE)
# a sentence before the colon ('The policy now covers breaches. Status: complete.'): the force's words, not a label
_SENTENCE_IN = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")
# a clause before a colon that states a result is the force's sentence, not a label ('Both parts of this
# recommendation are now met: ...'; 'What we have done:' stays a label)
_SAYS_DONE = re.compile(r"\b(is|are|was|were|has been|have been)\s+(now\s+|fully\s+|all\s+)?(met|complete|completed|done|"
                        r"closed|delivered|in place|live|finished|achieved|\w+ed)\b", re.IGNORECASE)
# a label for what has been done since the plan was made: later than the words before it under the same item
_DONE_LABEL = re.compile(r"^(what we have done|what we did|what has been done)\W*$", re.IGNORECASE)
# 'What we were asked to do': the label over the report's words for the item (its 'we were' is no sentence)
_ASKED = re.compile(r"^what (we were|the force was|forces were|chief constables were) asked( to do)?\W*$|"
                    r"^what (was|is|has been) recommended\W*$|^what the report (asked|asks|recommended|recommends)( for| of us)?\W*$",
                    re.IGNORECASE)
_ASKING = re.compile(r"^\s*(how|whether)\b", re.IGNORECASE)  # the report's 'How the force works with ...'
_SEVERAL_RECS_LINE = re.compile(r"^\s*(?:recs?|recommendations)\.?\s*(?P<numbers>\d{1,2}(?:\s*(?:&|and|,|\+)\s*\d{1,2})+)"
                                r"(?![\d.])(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_DATE_LABEL = re.compile(r"^[\w ()/,'’–-]{0,30}?\(?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+20\d\d\)?\s*:?\s*$",
                         re.IGNORECASE)  # 'March 2025', 'Our plan (November 2024)': a date and at most a few words
_KEY_LABEL = re.compile(r"^\s*(status|rag|brag|colour|rating)?\s*(key|legend)\s*[:\-–]", re.IGNORECASE)
_SECTION_OF_RECS = re.compile(r"\S.*\brecommendations\b|\brecommendations\s+\d", re.IGNORECASE)
_BARE_UPDATE = re.compile(r"^(update|further update|latest update|progress update)$", re.IGNORECASE)
QUOTE_SCORE = 0.6  # a block quotes a sub-item when it holds this share of the sub-item's terms
_WHOLLY_QUOTED = re.compile(r"^\s*[“\"‘][^“”\"]{20,400}[”\"’]\s*[.]?\s*$")  # one quotation, nothing outside it


@dataclass
class RoundText:
    """What one group of items says in one round."""

    key: str  # the round's label as the document gives it ('' = the document's first round)
    date: object = None
    texts: list[str] = field(default_factory=list)
    status_raw: str = ""
    owner: str = ""
    date_raw: str = ""
    source_row: int = 0
    where: str = ""
    entry_date: object = None  # a dated log's entry: its own date (the round is its month, or its day if two share one)
    exact: bool = False  # the key is the entry's day ('12 March 2026'), not its month
    labelled: bool = False  # its words follow an update label ('Force update:'): never an item's title


@dataclass
class Group:
    """Items the following text answers for, and what it says round by round."""

    items: list[str]
    granularity: str  # item | recommendation
    anchor: str  # number | heading | wording 0.82 | label
    rec_no: int | None
    source_row: int
    where: str
    rounds: list[RoundText] = field(default_factory=list)
    owner: str = ""
    quoting: bool = False  # still reading the report's words (no answer yet)
    active: tuple = ("", None)  # the round unlabelled text belongs to: (label, date); '' = the first
    reading: str = "update"  # what unlabelled text is: update | quote | ignore
    quoted: list[str] = field(default_factory=list)  # sub-items whose wording was quoted before the answer
    quote_anchor: str = ""  # 'wording 0.67' of the first sub-item quoted
    pending: str = ""  # a 'Status' / 'Lead' / 'Date' label on a line of its own: the next line is its value
    position_label: bool = False  # the pending status is a 'Current position:' label the document uses for status words
    opened_by: str = ""  # the kind of block that anchored the group: a heading's section runs on
    level: int = 0  # the anchoring heading's level
    numbered: list[str] = field(default_factory=list)  # real item numbers listed with the report's words quoted
    entries: int = 0  # dated log entries read for these items
    last_entry: RoundText | None = None  # the entry the next plain paragraph continues
    pending_entry: Entry | None = None  # a date alone on its line: its status and words are on the lines below
    title: str = ""  # the words after the item number in its heading
    title_line: str = ""  # a short line after the item number ('Stalking crimes are recorded correctly')
    own_line: str = ""  # the words on the item number's own line ('ITEM 12.1  Consider using the screening tool')
    before_entries: list = field(default_factory=list)  # blocks read as text before the first entry
    joint: list[int] = field(default_factory=list)  # the recommendations a title line names together ('RECS 16 & 25')
    whole_anchor: str = ""  # how the recommendation's section was anchored, before its listed sub-items narrowed it
    part: str = ""  # 'Rec 10.2b – ...': one part of a sub-item the plan splits further, a section of its own
    asked_lines: int = 0  # list items quoted as sub-items under the report's ask, their wording matched or not
    asking: str = ""  # '' | 'label' after 'What we were asked to do' | 'listed' once its list has begun

    def current(self, block: Block) -> RoundText:
        key, date = self.active
        existing = next((r for r in self.rounds if r.key == key), None)
        if existing is None:
            existing = RoundText(key, date, source_row=block.source_row, where=block.where)
            self.rounds.append(existing)
        return existing

    def add(self, text: str, block: Block) -> None:
        text = _RULE_LINE.sub("", text)  # '=====' and '-----' rules of a text layout are no words
        if text.strip():
            if not self.entries:
                self.before_entries.append(block)
            self.end_quote()
            self.reading = "update"
            self.current(block).texts.append(text.strip())

    def all_asked(self) -> bool:
        """Every sub-item listed under the ask, the recommendation's own words perhaps as the list's first line."""
        return self.asked_lines in (len(self.items), len(self.items) + 1)

    def end_quote(self) -> None:
        """The report's words are over and the answer begins: which of the quoted sub-items it answers."""
        if self.quoting and self.granularity == "recommendation" and len(self.items) > 1 \
                and self.all_asked() and not self.rounds:
            pass  # every sub-item listed under the ask (some in words of the page's own): the answer is the whole's
        elif self.quoting and len(self.quoted) == 1 and len(self.items) > 1 and not self.rounds:
            # one sub-item quoted, then its answer: the answer is that sub-item's, not the recommendation's
            self.items, self.granularity = list(self.quoted), "item"
            self.anchor = self.quote_anchor or self.anchor
        elif self.quoting and self.granularity == "item" and len(self.quoted) > 1 and not self.rounds:
            self.items = list(self.quoted)  # sub-items quoted one after another, then one answer for them
        self.quoting = False


@dataclass
class NarrativeReading:
    groups: list[Group]
    blocks_read: int
    mentions_plan: bool  # the text talks about stalking / the recommendations at all
    issues: list[Issue] = field(default_factory=list)  # doubts the reader could not settle: a person reads them
    log_rows: set[str] = field(default_factory=set)  # table rows read as a log's header and entries (no item column)


class WordingMatcher:
    """Scores a text against the reference wording of each recommendation and sub-item."""

    def __init__(self, reference: Reference):
        self.terms = dict(reference.wording)
        self.reference = reference
        self.titles = {r["item_id"]: _stems(r.get("title", "")) for r in reference.recommendations}
        self.items = {rec_no: reference.items_of(rec_no) for rec_no in reference.rec_numbers}
        self.all_items = sorted(reference.item_ids)
        self._scores: dict[str, dict[str, float]] = {}  # a text's score against every key, read once

    def items_of(self, rec_no: int) -> list[str]:
        return self.items.get(rec_no) or self.reference.items_of(rec_no)

    def title_score(self, key: str, low: str) -> float:
        """The share of a sub-item's title words (recommendations.csv) a text holds: a paraphrase of its wording."""
        title = self.titles.get(key)
        return len(title & _stems(low)) / len(title) if title and len(title) >= 3 else 0.0

    def quote_score(self, key: str, low: str) -> float:
        return max(self.score(key, low), self.title_score(key, low))

    def score(self, key: str, text: str) -> float:
        scores = self._scores.get(text)
        if scores is None:
            if len(self._scores) > 4096:
                self._scores.clear()
            scores = self._scores[text] = {}
        if key not in scores:
            terms = self.terms.get(key, ())
            hits = sum(1 for term in terms if term.search(text))
            scores[key] = min(1.0, hits / min(3, len(terms))) if terms else 0.0
        return scores[key]

    def best_item(self, text: str, rec_no: int | None) -> tuple[str | None, float, float]:
        """The sub-item a text quotes best (within a recommendation if known), its score, the runner-up's."""
        low = _plain(text)
        items = self.items_of(rec_no) if rec_no else self.all_items
        scored = sorted(((self.score(i, low), i) for i in items), reverse=True)
        if not scored:
            return None, 0.0, 0.0
        second = scored[1][0] if len(scored) > 1 else 0.0
        return scored[0][1], scored[0][0], second

    def best_rec(self, text: str, cutoff: float = QUOTE_SCORE) -> tuple[int | None, float]:
        low = _plain(text)
        scored = []
        for rec_no in self.reference.rec_numbers:
            own = self.score(str(rec_no), low)
            items = max((self.score(i, low) for i in self.items_of(rec_no)), default=0.0)
            scored.append((max(own, items * 0.9), rec_no))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < cutoff or (len(scored) > 1 and scored[1][0] >= scored[0][0]):
            return None, 0.0
        return scored[0][1], scored[0][0]


_STOP = frozenset("""the a an and or of to in on for with by is are be been their its it this that these those as at from
who which what when where any all such so can could should would will make sure have has into than them they there
stalking stalker force forces police policing officers staff also where while other others using used use""".split())


def _stems(text: str) -> frozenset[str]:
    """Content words cut to five letters: 'policies' and 'policy' meet, 'the' and 'stalking' say nothing."""
    words = re.findall(r"[a-z][a-z'’-]+", text.lower())
    return frozenset(w[:5] for w in words if w not in _STOP and len(w) > 3)


def _day(date) -> str:
    return f"{date.day} {date:%B %Y}"


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


def is_boilerplate(text: str, reference: Reference) -> bool:
    return len(text) < 600 and any(p.search(text) for p in reference.boilerplate)


def numbers_are_paragraphs(blocks: list[Block], reference: Reference) -> bool:
    """Does the document number its own paragraphs ('1.1', '1.2', '2.1' ...)? Then a leading '7.1' is a
    paragraph number too, unless the line says it is a recommendation."""
    numbered = [b for b in blocks if b.kind != "row" and _PARAGRAPH_NUMBER.match(b.text)]
    foreign = [b for b in numbered if f"{int(_PARAGRAPH_NUMBER.match(b.text).group(1))}."
               f"{int(_PARAGRAPH_NUMBER.match(b.text).group(2))}" not in reference.item_ids]
    return len(foreign) >= 2 and len(foreign) >= 0.3 * len(numbered)


# a dated round's label line carrying its entry's status in brackets ('Update March 2026 (Status: Complete)', 'Initial
# response November 2024 [RAG: Amber]'; a dash before it, '24 March 2026 – Status: Complete', is a log entry's heading)
_LABEL_WITH_STATUS = re.compile(r"^(?P<label>[^.!?\n]{0,60}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d\d"
                                r"\)?)\s*[(\[]\s*(?:rag\s+)?(?:status|rag|rating)\s*[:\-–]\s*(?P<status>[^()\[\]\n]{1,40}?)\s*[)\]]"
                                r"\s*:?\s*$",
                                re.IGNORECASE)


def _label_status_apart(blocks: list[Block]) -> list[Block]:
    """'Update March 2026 (Status: Complete)' on a line of its own, the entry's words below: the round's label and its
    'Status:' line, as a page that writes them on two lines gives them."""
    out: list[Block] = []
    for block in blocks:
        hit = _LABEL_WITH_STATUS.match(block.text) if block.kind in ("heading", "paragraph") and len(block.text) <= 120 \
            else None
        if hit and month_of(hit.group("label")):
            out.append(dataclasses.replace(block, text=f"{hit.group('label').strip()}:"))
            out.append(dataclasses.replace(block, kind="paragraph", level=0, lead="",
                                           text=f"Status: {hit.group('status').strip()}"))
            continue
        out.append(block)
    return out


# an entry's rating written at the end of its own words ('... published on the intranet in February. BRAG: Amber'): the
# rating is the entry's status line, as a page that puts it on a line of its own gives it
# ('Status: Complete' at the end of the words is read where it stands, as the words' own last status)
_RATING_AT_TAIL = re.compile(r"^(?P<words>.*[.!?)])\s+(?P<label>b?rag(?:\s+(?:status|rating))?|rating)\s*"
                             r"[:\-–]\s*(?P<status>[A-Za-z][A-Za-z /-]{0,24}?)\s*\.?\s*$", re.IGNORECASE | re.DOTALL)


def _rating_at_tail_apart(blocks: list[Block], reference: Reference) -> list[Block]:
    """A paragraph whose last words are 'BRAG: Amber' (or 'Rating: Green'): its words, then that line on its own."""
    out: list[Block] = []
    for block in blocks:
        hit = _RATING_AT_TAIL.match(block.text) if block.kind == "paragraph" else None
        if hit and is_status_word(hit.group("status"), reference, 30):
            out.append(dataclasses.replace(block, text=hit.group("words").strip()))
            out.append(dataclasses.replace(block, text=f"Status: {hit.group('status').strip()}"))
            continue
        out.append(block)
    return out


# 'March 2025 update - 12.1', 'Update (March 2025): 13.1 and 13.2': a round's label that names the sub-items it answers
_LABEL_WITH_ITEMS = re.compile(r"^(?P<label>[^.!?\n]{0,40}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d\d\b"
                               r"[^.!?\n\d]{0,20}?)\s*(?:[-–—:]|\bfor\b|\()\s*(?:(?:sub-?)?(?:items?|recs?|recommendations?)\s+)?"
                               r"(?P<items>\d{1,2}\.\d{1,2}(?:\s*(?:,|and|&|/)\s*\d{1,2}\.\d{1,2})*)\s*\)?\s*:?\s*$", re.IGNORECASE)


def _label_items_apart(blocks: list[Block], reference) -> list[Block]:
    """A round's label that names its sub-items ('March 2025 update - 12.1', a callout box's title): the items' heading,
    then the round's label, as a page that writes them apart gives them."""
    out: list[Block] = []
    for block in blocks:
        hit = _LABEL_WITH_ITEMS.match(block.text) if block.kind in ("heading", "paragraph") and len(block.text) <= 100 \
            else None
        ids = re.findall(r"\d{1,2}\.\d{1,2}", hit.group("items")) if hit else []
        if hit and month_of(hit.group("label")) and ids and all(i in reference.item_ids for i in ids):
            out.append(dataclasses.replace(block, kind="heading", level=max(block.level, 3), lead="",
                                           text=hit.group("items").strip()))
            out.append(dataclasses.replace(block, kind="paragraph", level=0, lead="",
                                           text=f"{hit.group('label').strip()}:"))
            continue
        out.append(block)
    return out


def _heading_runs_on(blocks: list[Block]) -> list[Block]:
    """A heading whose line wrapped ('14.1 - Evidence requirements: Victim needs assessments are always' over
    'completed.'): the line in lower case that runs on from a heading with no full stop is the heading's, never a
    round's words of its own."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "heading" and block.kind == "paragraph"
                and block.text.strip()[:1].islower() and not re.search(r"[.:;!?]\s*$", previous.text)):
            # (only up to its first sentence's end: a PDF's line joins the heading's last words to the paragraph
            # after it, 'embed joint working with victim services. The Commissioner is reviewing ...', whose rest
            # is the answer)
            text = block.text.strip()
            end = re.search(r"[.!?](?=\s+[A-Z])", text)
            head, rest = (text[:end.end()], text[end.end():].strip()) if end else (text, "")
            out[-1] = Block("heading", f"{previous.text.rstrip()} {head}", previous.source_row,
                            previous.level, previous.number, previous.cells, previous.where)
            if rest:
                out.append(Block("paragraph", rest, block.source_row, block.level, block.number, block.cells,
                                 block.where))
            continue
        out.append(block)
    return out


class NarrativeReader:
    def __init__(self, reference: Reference):
        self.reference = reference
        self.wording = WordingMatcher(reference)

    def _label(self, text: str):
        """('field', slot, rest) when a block starts with a known label; None otherwise."""
        if _KEY_LABEL.match(text):
            return None  # 'Status key: Done = delivered; ...': the page's key, no status of the item above
        # a board paper's lettered sub-paragraphs ('(a) Committed in November 2024: ...', '(c) Assessment: Complete'):
        # the letter only orders them, the label after it says what each is
        text = _LETTERED.sub("", text, count=1)
        whole = map_heading(text, self.reference) if len(text) <= 60 else None
        split = _LABEL.match(text) or _LABEL_DASH.match(text)
        if whole is not None and whole.field == "update_text" and whole.round_date is not None and split \
                and month_of(split.group("rest")) and len(split.group("rest").split()) <= 5:
            return whole, ""  # 'Update – w/c 3 March 2025': a round's label, its date after the dash, no words
        for pattern in (_LABEL, _LABEL_DASH):
            match = pattern.match(text)
            if match and (dated_rest := _DATED_LABEL_REST.match(match.group("rest"))):
                # 'Force response – November 2024 (whole recommendation): ...': the date and its gloss are the label's
                label = f"{match.group('label')} – {dated_rest.group('when')}"
                slot = self._slot(label)
                if slot.field == "update_text":
                    return slot, match.group("rest")[dated_rest.end():].strip()
            dated = re.match(r"^\s*((spring|summer|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+(20)?\d\d)\b",
                             match.group("label"), re.IGNORECASE) if match else None
            if match and len(match.group("label").split()) <= (11 if dated else 8) \
                    and not _SENTENCE_IN.search(match.group("label")) \
                    and not _SAYS_DONE.search(match.group("label")):
                slot = self._slot(match.group("label"))
                rest = match.group("rest").strip()
                if slot.field == "update_text" and slot.round_date is None and _POSITION_LABEL.match(
                        match.group("label")) and (labelled_status(text, self.reference) or re.fullmatch(
                            r"[A-Z][A-Za-z’'-]*( [A-Za-z’'-]+){0,2}", rest)):
                    # 'Position: Achieved' under a round's words: a label of words that holds only a status (or a word
                    # the page's own key defines, 'Position: Embedded')
                    return Slot("status", slot.heading), match.group("rest").strip()
                if slot.field and slot.field not in ("rec_no", "item_id"):
                    return slot, match.group("rest").strip()
        return None

    def _slot(self, label: str) -> Slot:
        if _PLANNED.match(label) or _WHOLE_ANSWER.match(label):
            return Slot("update_text", label.strip(" :."))
        return map_heading(label, self.reference)

    def _unwrap(self, blocks: list[Block]) -> list[Block]:  # noqa: C901 - one walk
        """A text file wrapped at a fixed width (a PDF's text, an e-mail): each paragraph's lines joined again.
        Only when most lines end near one width; a line well short of it ends its paragraph, and a line that
        opens an item, a label, a date or a list never continues the one before."""
        lines = {id(b) for b in blocks if b.kind == "paragraph" and re.fullmatch(r"line \d+", b.where)}
        lengths = sorted(len(b.text) for b in blocks if id(b) in lines and len(b.text) > 20)
        if len(lengths) < 8:
            return blocks
        width = lengths[int(len(lengths) * 0.9) - 1]
        # (a file of many short lines, labels and dates, may still wrap its long ones: there only a line in lower
        # case after a long one that ends no sentence runs on)
        wrapped = width <= 130 and sum(length >= 0.8 * width for length in lengths) >= 0.5 * len(lengths)
        out: list[Block] = []
        for block in blocks:
            previous = out[-1] if out else None
            if (previous is not None and id(block) in lines and previous.kind == "paragraph"
                    and re.fullmatch(r"line \d+", previous.where) and block.source_row == previous.last_row + 1
                    and not self._opens_something(block) and (
                        wrapped and (block.text.strip()[:1].islower() or (
                            previous.tail_length >= 0.75 * width and not _SENTENCE_END.search(previous.text)))
                        or not wrapped and width <= 130 and block.text.strip()[:1].islower()
                        and previous.tail_length >= 0.6 * width and not _SENTENCE_END.search(previous.text))):
                # a line that ends a sentence ends its paragraph unless the next runs on in lower case
                previous.text += " " + block.text.strip()
                previous.last_row, previous.tail_length = block.source_row, len(block.text)
                continue
            if id(block) in lines:
                block = Block(block.kind, block.text, block.source_row, block.level, block.number, block.cells, block.where)
                block.last_row, block.tail_length = block.source_row, len(block.text)
            out.append(block)
        return out

    @staticmethod
    def _lists(blocks: list[Block]) -> list[Block]:
        """A PDF's or text file's list keeps its marks in the text ('2. Considering ...', '- 13.2 ...'): such a
        line is a list item, its mark its number, so a list number is never read as part of the words."""
        out = []
        for block in blocks:
            match = _LIST_LINE.match(block.text) if block.kind == "paragraph" and "line" in block.where else None
            if match and match.group("rest").strip() and not re.match(r"(recommendation|rec)\b", match.group("rest"), re.I):
                block = Block("list_item", match.group("rest").strip(), block.source_row, block.level,
                              (match.group("n") or "").strip(".)"), None, block.where)
            out.append(block)
        return out

    def _opens_something(self, block: Block) -> bool:
        text = block.text.strip()
        return bool(parse_item_cell(text)[0] or _LIST_MARK.match(text) or _REPORT_VOICE.match(text)
                    or entry_of(block, self.reference) is not None or self._label(text) is not None
                    or _PLANNED.match(text) or (map_heading(text, self.reference).field
                                                 # (a sentence run on in lower case is no heading's label)
                                                 and not (text[:1].islower() and len(text.split()) > 5)))

    def _round_heading(self, block: Block) -> Slot | None:
        """A heading that names an update round ('March 2026 update', 'Progress update (March 2025)')."""
        slot = map_heading(block.text.strip(), self.reference)
        if slot.field == "update_text" and (slot.round_date or _ROUND_HEADING.search(block.text)):
            return slot
        return None

    def _label_line(self, block: Block):
        """A short line that is only a label ('Our current process', 'Recommendation received')."""
        text = block.text.strip().rstrip(":").strip()
        if re.match(r"^\W*(no|nil)\b", text, re.IGNORECASE) and not says_something(text):
            return None  # 'No further update this period.': a round with nothing said, not the label of one
        if re.fullmatch(r"in[ -]progress|progressing|in progress\W+\w+( \w+)?", text, re.IGNORECASE):
            return None  # 'In progress' alone (an icon's alt text): a status, not a 'Progress' column's label
        if block.kind != "list_item" and (_PLANNED.match(text) or _DONE_LABEL.match(text) or _ASKED.match(text)):
            return self._slot(text)
        if block.kind != "list_item" and _NEXT_LABEL.match(text):
            return Slot("update_text", text)  # 'What happens next': the plans that go with this round's words
        if block.kind != "list_item" and len(text.split()) <= 9 and re.match(r"^\s*what (we|the force)\b", text, re.I):
            dated = map_heading(text, self.reference)  # 'What we reported in March 2025': a round's label, in 'we'
            if dated.field == "update_text" and dated.round_date is not None:
                return dated
        if len(text.split()) > 9 or _SENTENCE_IN.search(text) or (block.kind != "heading" and _NOT_LABEL_LINE.search(text)):
            return None
        if block.kind == "list_item":
            return None
        if block.kind == "heading" and _SECTION_OF_RECS.search(text):
            return None  # 'Partnership recommendations', 'Recommendations 27 and 28': a section's title, no label
        slot = map_heading(text, self.reference)
        return slot if slot.field and slot.field != "supporting" else None

    def _not_an_item(self, value: str) -> tuple[str, str] | None:
        """(code, message) for a form's number that is not one of the report's sub-items; None when it is one."""
        ids = parse_item_cell(value)[0]
        if ids and all(i in self.reference.item_ids for i in ids):
            return None
        if ids:
            return "unknown_item", (f"'{value}' is not a sub-item of the report's recommendations; its form is not "
                                    "read (nor joined to the one above)")
        if looks_like_item_attempt(value):
            return "unparsed_item", (f"'{value}' reads as an item number but is not one (a letter for a figure?); its "
                                     "form is not read, nor joined to the one above: write it as 7.1")
        return None

    def _item_anchor(self, text: str, paragraphs: bool) -> tuple[list[str], str] | None:
        text = _NUMBER_BEFORE_REC.sub("", text, count=1)
        ids, rest = parse_item_cell(text)
        if not ids and (named := _ITEM_WORD.match(text)):
            ids, rest = parse_item_cell(text[named.end():])  # 'Item 7.1', 'Ref: 7.1', 'Action 7.1 -'
        if not ids and (other := notation_match(text, set(self.reference.item_ids))):
            ids, rest = [other[0]], text[other[1]:].lstrip(" :-–.\t")  # '7(ii) - Evidence ...' among '7.1 - ...'
        if not ids or not all(i in self.reference.item_ids for i in ids):
            return None
        if re.match(r"^\s*(,|;|and\b|to\b|or\b)", rest or ""):
            return None  # '12.1, 12.3, 13.2, 17 ... are covered in the regional plan': a list in a sentence, no answer
        if paragraphs and not _ITEM_SAID.match(text):
            # a paragraph-numbered report: '7.1' counts only if its words are that sub-item's
            if self.wording.score(ids[0], _plain(rest)) < QUOTE_SCORE and not re.match(
                    r"^\s*[-–:]?\s*evidence", rest, re.I):
                return None
        return ids, rest

    def _named_in_paragraph(self, text: str) -> tuple[list[str], str] | None:
        """The one sub-item a report's numbered paragraph names in its first sentence ('For recommendation 7.2, ...',
        '(Rec. 18.2) ...', 'We considered the tool under recommendation 12.1 and decided ...'), and the words after
        the naming; None when it names none or several."""
        titled = _TITLE_WITH_ID.match(text)
        if titled and (ids := _named_ids(titled.group("ids"), self.reference)):
            # '4.2 Using included classifications (7.1). Three monthly samples ...': a short title naming the sub-item
            return ids, text[titled.end():].strip()
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0][:200]
        found = {f"{int(m.group(1))}.{int(m.group(2))}" for m in _NAMED_ITEM.finditer(first)}
        if len(found) != 1 or not found <= set(self.reference.item_ids):
            return None
        mention = _NAMED_ITEM.search(text)
        before = text[:mention.start()].strip(" ,(")
        rest = text[mention.end():].lstrip(" ,:;.)–-")
        # 'Recommendation 7.1 asks us to ...' restates the ask before answering: keep the words as they stand
        return [found.pop()], (rest if len(before) < 40 else text.strip())

    def _rec_anchor(self, block: Block) -> int | None:
        text = block.text
        if block.kind == "paragraph" and len(text) > 200 and (opened := _REC_IN_TEXT.match(text)) \
                and int(opened.group(1)) in self.reference.rec_numbers \
                and self.wording.score(opened.group(1), _plain(text[opened.end():])) >= QUOTE_SCORE:
            # 'Recommendation 10: By 27 March 2025, review and update ...': the recommendation quoted whole after its
            # number, however long; the sub-items listed below it are its ask, not answers
            return int(opened.group(1))
        if block.kind not in ("heading", "paragraph", "row") or len(text) > 200:
            return None
        match = _REC_IN_TEXT.search(text)
        if match and int(match.group(1)) in self.reference.rec_numbers:
            if block.kind == "heading" or match.start() < 3 or len(text) < 90:
                # 'Recommendation 7.1' is an item, handled before; 'recommendation 21' in a sentence is not a heading
                return int(match.group(1))
        if block.kind == "heading":
            number = _REC_HEADING_NUMBER.match(text)
            if number and int(number.group(1)) in self.reference.rec_numbers:
                rest = text[number.end() - 1:]
                if self.wording.score(number.group(1), _plain(rest)) > 0 or any(
                        self.wording.score(i, _plain(rest)) > 0 for i in self.reference.items_of(int(number.group(1)))):
                    return int(number.group(1))
        return None

    def _row_label(self, block: Block):
        """(slot, value) for a two-cell row of a form whose first cell is a known label; None otherwise."""
        cells = [c.strip() for c in (block.cells or []) if c and c.strip()]
        if len(cells) != 2 or len(cells[0]) > 60:
            return None
        slot = self._slot(cells[0].rstrip(":"))
        return (slot, cells[1]) if slot.field and slot.field not in ("rec_no", "item_id", "supporting") else None

    def _several_recs(self, block: Block) -> list[int]:
        """'RECS 16 & 25  Commissioning (joint with OPCC)': a title line that opens one answer for whole
        recommendations; a sentence that lists recommendations ('Recs 10, 11 and 25 sit in another plan.') is not."""
        match = _SEVERAL_RECS_LINE.match(block.text) if block.kind in ("heading", "paragraph") else None
        if not match or len(block.text) > 90 or _SENTENCE_END.search(block.text.strip()) \
                or _NOT_LABEL_LINE.search(match.group("rest")):
            return []
        numbers = [int(n) for n in re.findall(r"\d{1,2}", match.group("numbers"))]
        return numbers if all(self.reference.items_of(n) for n in numbers) else []

    def _split_lead_ins(self, blocks: list[Block]) -> list[Block]:
        """A paragraph led by a sub-item's own wording, the force's answer after it in the same paragraph ('Considering
        whether to adopt the stalking screening tool. The trial has been extended ...', the wording in bold): the
        wording and the answer as two blocks, the wording standing for its sub-item's number, so it anchors its answer
        as '12.1 – <wording>' would. Only where the page sets that first sentence in bold, under a heading that names a
        recommendation, and it holds
        most of one of its sub-items' wording (or title) and clearly more than any other's; never in the force's
        voice."""
        out: list[Block] = []
        rec_no: int | None = None
        for block in blocks:
            if block.kind == "heading" and (named := _REC_IN_HEADING.search(block.text)):
                rec_no = int(named.group(1))
            # only under a heading that names a recommendation: an introduction's first sentence may echo the report
            # the page sets the wording apart in bold; a first sentence in plain type is the force's own
            lead = _LEAD_IN.match(block.text) if block.kind == "paragraph" and rec_no and block.lead else None
            if lead and lead.group("lead").strip() != block.lead.strip():
                lead = None
            dashed = lead is None and block.kind == "paragraph" and rec_no and block.lead and \
                (lead := _LEAD_IN_DASH.match(block.text)) is not None and \
                lead.group("lead").strip() == block.lead.strip(" –—-")
            if not dashed and lead is not None and lead.re is _LEAD_IN_DASH:
                lead = None
            if lead and not _STRONG_VOICE.search(lead.group("lead")) and not _item_number_in(lead.group("lead")) \
                    and not _REPORT_VOICE.match(lead.group("lead")) and not re.search(r"\bshould\b", block.text, re.I):
                low = _plain(lead.group("lead"))
                items = self.wording.items_of(rec_no)
                scored = sorted(((self.wording.quote_score(i, low), i) for i in items), reverse=True) + [(0.0, "")]
                floor, margin = (0.3, 0.25) if dashed else (0.6, 0.2)
                if scored[0][0] >= floor and scored[0][0] - scored[1][0] >= margin:
                    out.append(dataclasses.replace(block, text=f"{scored[0][1]} – {lead.group('lead')}",
                                                   where=f"{block.where}{LEAD_IN_WHERE}"))
                    out.append(dataclasses.replace(block, text=lead.group("rest")))
                    continue
            out.append(block)
        return out

    def _ids_at_end(self, blocks: list[Block]) -> list[Block]:
        """'Meeting the national curriculum (10.1)', 'Assessing risk early (12.2 and 12.4)': a heading in the force's
        own words whose only link to the report is the sub-item number in brackets at its end. The number is moved to
        the front ('10.1 – Meeting the national curriculum') so the heading anchors its section as a numbered one
        does. Only a heading, and only when every number in the brackets is a sub-item of the report."""
        out = []
        pending_status: Block | None = None
        for block in blocks:
            part = _PART_OF_REC.match(block.text) if block.kind in ("heading", "paragraph") and len(block.text) <= 120 else None
            if part:
                # 'Part 2 of recommendation 10': sub-item 10.2, named in words
                number = _WORD_NUMBERS.get(part.group(1).lower(), part.group(1))
                item = f"{int(part.group(2))}.{int(number)}" if str(number).isdigit() else ""
                if item in self.reference.item_ids:
                    rest = part.group("rest").strip(" :-–—")
                    out.append(dataclasses.replace(block, text=f"{item} – {rest}" if rest else item, kind="heading",
                                                   level=block.level or 3))
                    continue
            rated = _STATUS_AT_END.match(block.text) if block.kind == "heading" and len(block.text) <= 160 else None
            if rated and parse_item_cell(rated.group("head"))[0] and (
                    is_status_word(rated.group("status"), self.reference, 40) or _COLOUR_WORD.match(rated.group("status"))):
                # '12.2 Risk policy and procedure (Green)': the heading carries the item's status in brackets, the
                # position now; it is read as the 'Status:' line that closes the item's section
                if pending_status is not None:
                    out.append(pending_status)
                out.append(dataclasses.replace(block, text=rated.group("head").strip()))
                pending_status = dataclasses.replace(block, kind="paragraph", level=0, lead="",
                                                     text=f"Status: {rated.group('status').strip()}")
                continue
            if pending_status is not None and block.kind == "heading" and (
                    parse_item_cell(block.text)[0] or _REC_IN_HEADING.search(block.text)):
                out.append(pending_status)
                pending_status = None
            lead = (block.lead or "").strip()
            led = _IDS_AT_END.search(lead.rstrip(".:–- ")) if block.kind == "paragraph" and lead and \
                block.text.startswith(lead) and len(lead) <= 120 else None
            led_ids = _named_ids(led.group("ids"), self.reference) if led else []
            if led_ids:
                # 'Problem profile (11.1). Data-sharing agreements are signed ...': a bold lead naming the sub-item
                out.append(dataclasses.replace(block, text=f"{' & '.join(led_ids)} – {block.text[len(lead):].strip()}"))
                continue
            # a heading, or a question set as a line of its own ('Do you use the screening tool? (Recommendation 12.1)')
            titled = block.kind == "heading" or (block.kind == "paragraph" and re.search(r"\?\s*[(\[][^()\[\]]*[)\]]\s*$", block.text))
            match = _IDS_AT_END.search(block.text) if titled and len(block.text) <= 160 else None
            ids = _named_ids(match.group("ids"), self.reference) if match else []
            title = block.text[:match.start()].strip(" -–—:") if match else ""
            if ids and not parse_item_cell(block.text)[0]:
                block = dataclasses.replace(block, text=f"{' & '.join(ids)} – {title}", kind="heading", level=block.level or 3)
            elif match and (recs := _named_recs(match.group("ids"), self.reference)) and not parse_item_cell(block.text)[0]:
                # '(Recommendation 11)', '(Recommendations 27 and 28)': the whole recommendation
                text = f"Recommendation {recs[0]} – {title}" if len(recs) == 1 else \
                    f"Recommendations {' & '.join(str(r) for r in recs)}"  # the question is no label of the pair
                block = dataclasses.replace(block, text=text, kind="heading", level=block.level or 3)
            out.append(block)
        if pending_status is not None:
            out.append(pending_status)
        return out

    def _quoted_asks(self, blocks: list[Block]) -> list[Block]:
        """A paragraph that is nothing but a quotation of one sub-item's wording ('"Victim needs assessments carried out
        in all cases."'), on a page that gives no item numbers: it names that sub-item, as '14.1' would. Only where the
        wording matches one sub-item clearly (half its words or more, and clearly more than any other sub-item's)."""
        if any(parse_item_cell(b.text)[0] or (b.kind == "heading" and _REC_IN_TEXT.search(b.text))
               or _NAMED_ITEM.search(b.text) for b in blocks if b.kind in ("heading", "paragraph", "row")):
            return blocks  # the page names its items or recommendations by number: quotations are read as they stand
        out = []
        asked: list[str] = []  # the sub-items quoted one after another with no words between: answered together
        for block in blocks:
            text = block.text.strip()
            quoted = _WHOLE_QUOTE.match(text) if block.kind == "paragraph" and len(text) <= 300 else None
            if quoted:
                low = _plain(quoted.group(1))
                scored = sorted(((self.wording.quote_score(i, low), i) for i in self.reference.item_ids), reverse=True)
                if scored[0][0] >= 0.5 and scored[0][0] - scored[1][0] >= 0.15:
                    # the quotation names its sub-item and is the report's words, never the force's: the heading
                    # keeps the number only ('Victim needs assessments are always completed' is the ask, not a done)
                    asked = asked + [scored[0][1]] if asked and out and out[-1].kind == "heading" and \
                        out[-1].level == 4 and out[-1].text == " & ".join(asked) else [scored[0][1]]
                    if len(asked) > 1:
                        out.pop()
                    out.append(dataclasses.replace(block, text=" & ".join(asked), kind="heading", level=4))
                    continue
            asked = []
            out.append(block)
        return out

    def _lettered_parts(self, blocks: list[Block]) -> list[Block]:
        """Under 'Recommendation 11', paragraphs opening '(a) ...', '(b) ...' in order: sub-items 11.1, 11.2 named by
        letter. Only where two or more such paragraphs run a, b, ... in one recommendation's section, and every letter
        names one of its sub-items."""
        sections: list[tuple[int, list[int]]] = []
        for n, block in enumerate(blocks):
            if block.kind == "heading" and (named := _REC_IN_HEADING.search(block.text)) and not _item_number_in(block.text):
                sections.append((int(named.group(1)), []))
            elif sections and block.kind in ("paragraph", "list_item") and _LETTER_OPENING.match(block.text):
                sections[-1][1].append(n)
        out = list(blocks)
        for rec_no, places in sections:
            letters = [_LETTER_OPENING.match(blocks[n].text).group(1).lower() for n in places]
            items = self.reference.items_of(rec_no)
            if len(letters) < 2 or letters != list("abcdefgh"[:len(letters)]) or len(letters) > len(items):
                continue
            for n, letter in zip(places, letters):
                rest = blocks[n].text[_LETTER_OPENING.match(blocks[n].text).end():].strip()
                out[n] = dataclasses.replace(blocks[n], text=f"{items['abcdefgh'.index(letter)]} – {rest}")
        return out

    def _titled_parts(self, blocks: list[Block]) -> list[Block]:
        """Under 'Recommendation 14', short headings that name each sub-item by a title of the force's own ('Needs
        assessments', 'Referral to advocacy'), in the report's order: each heading is matched to a sub-item by the words
        it shares with the sub-item's title, keeping their order. Only where two or more such headings run in one
        recommendation's section, every one shares words with the sub-item it is given, and none is a label or a round."""
        sections: list[tuple[int, list[int]]] = []
        for n, block in enumerate(blocks):
            if block.kind != "heading":
                continue
            named = _REC_IN_HEADING.search(block.text)
            if named and not _item_number_in(block.text):
                sections.append((int(named.group(1)), []))
            elif sections and not parse_item_cell(block.text)[0] and len(block.text.split()) <= 8 \
                    and not _REC_IN_TEXT.search(block.text):
                sections[-1][1].append(n)
        out = list(blocks)
        for rec_no, places in sections:
            items = self.reference.items_of(rec_no)
            if len(places) < 2 or len(places) > len(items) or any(
                    self._label_line(blocks[n]) or self._round_heading(blocks[n]) for n in places):
                continue
            scores = [[self.wording.title_score(i, _plain(blocks[n].text)) for i in items] for n in places]
            chosen = _ordered_assignment(scores)
            if chosen is None or any(scores[k][j] < 0.2 for k, j in enumerate(chosen)) or \
                    sum(scores[k][j] for k, j in enumerate(chosen)) / len(chosen) < 0.3:
                continue
            for n, j in zip(places, chosen):
                out[n] = dataclasses.replace(blocks[n], text=f"{items[j]} – {blocks[n].text.strip()}")
        return out

    def read(self, blocks: list[Block]) -> NarrativeReading:
        reference = self.reference
        kept = [b for b in blocks if b.text.strip() and not is_boilerplate(b.text, reference)]
        kept = _rating_at_tail_apart(_label_items_apart(self._unwrap(kept), reference), reference)
        kept = self._quoted_asks(self._ids_at_end(_label_status_apart(kept)))
        kept = self._split_lead_ins(self._lists(_heading_runs_on(self._titled_parts(self._lettered_parts(kept)))))
        paragraphs = numbers_are_paragraphs(kept, reference)
        self._status_labels: set[str] = set()  # 'Current position:' labels that have held only a status word so far
        groups: list[Group] = []
        group: Group | None = None
        rec_no: int | None = None
        section = ("", None)  # the round a heading names for what follows ('March 2026 update')
        # how far that round reaches: 0 = the rest of the document; n = the section of the level-n heading it
        # stands under ('Crime recording (recommendation 7)' > 'Progress update (March 2025)'), never the next one
        section_scope = 0
        context_level = 0  # level of the last heading that opened a section (a theme, a recommendation, an item)
        sub_levels: set[int] = set()  # levels of the sub-headings ('Our current process') in that section
        mentions = any(_STALKING.search(b.text) for b in kept)
        log_mode = is_log(kept, reference)  # dated entries per item, each a round of its own
        footers = repeated_dates(kept)
        columns: LogColumns | None = None  # a log table's header: where each entry's date, words, status are
        in_entry_list = False  # the last list item read was a dated entry: the list is a log
        issues: list[Issue] = []
        log_rows: set[str] = set()

        question = [False]  # a 'Recommendation received' line before any section: the report's words follow

        section_owner: list[Group | None] = [None]  # the item whose answer a local round heading stood in

        def start(items, granularity, anchor, block, rec, quoting=False) -> Group:
            nonlocal section, section_scope
            new = Group(items, granularity, anchor, rec, block.source_row, block.where, quoting=quoting,
                        opened_by=block.kind, level=block.level if block.kind == "heading" else 0)
            prior = section_owner[0]
            if prior is not None and section_scope and granularity == "item" and anchor == "number" and items and \
                    prior.granularity == "item" and any(r.key == section[0] and r.texts for r in prior.rounds):
                # '13.1 - ...' / its words / 'Update – March 2026' / more of its words / '13.2 - ...': the round
                # heading stood in 13.1's answer (its words followed it), not over the items after it, whose first
                # words are their own first round ('March 2025 update' over a list of items has no words of its own)
                section, section_scope = ("", None), 0
            section_owner[0] = None  # the next item (a list under a round heading) leaves the heading over the rest
            new.active = section
            if question[0] and granularity == "recommendation":
                new.reading = "quote"  # 'Recommendation received' stood above the recommendation's own words
            question[0] = False
            if group is not None and group.rec_no == rec and group.granularity == "recommendation":
                new.owner = group.owner  # 'Executive Lead:' given once for the recommendation
            groups.append(new)
            return new

        for index, block in enumerate(kept):
            text = block.text.strip()
            if block.kind != "row" and _KEY_LABEL.match(text):
                continue  # 'Status key: Done = delivered; ...': the page's key, read by the key reader, no item's words
            outranks = False
            sub_heading = False  # 'Background' inside a recommendation's section: not a section of its own
            if block.kind == "heading":
                anchors = self._rec_anchor(block) is not None or self._item_anchor(text, paragraphs) is not None
                status_label = self._label(text) or (Slot(None, ""), "")
                status_line = status_label[0].field == "status"
                # a heading that outranks the section's own ('## Status summary' after '### Recommendation 23') ends it,
                # whatever its words; a status given in bold under the words it rates ('Status (March 2025): C') is
                # that round's status, whatever its type size
                outranks = bool(context_level and 0 < block.level < context_level) and not (
                    status_line and group is not None and 0 < len(status_label[1].split()) <= 4)
                if (self._label_line(block) is None and not status_line) or anchors or outranks:  # opens a section
                    quotes = anchors or _REPORT_VOICE.match(text) or self._quotes_some_item(text) or \
                        self.wording.best_rec(_plain(text))[0] or (
                        rec_no is not None and self._fit(text, rec_no, []) is not None)
                    # ... unless the report's words follow it: a theme named in words only ('Risk management')
                    opens = any(_REPORT_VOICE.match(b.text) or (b.kind == "heading" and map_heading(
                        b.text, reference).field == "recommendation") for b in kept[index + 1:index + 4])
                    sub_heading = bool(group is not None and not quotes and not opens and context_level and (
                        block.level > context_level or block.level in sub_levels))
                    if not sub_heading:
                        if section_scope and block.level <= section_scope:
                            section, section_scope = ("", None), 0  # a round sub-heading ends with its section
                        context_level = block.level
                        sub_levels.clear()
                elif not self._round_heading(block):
                    sub_levels.add(block.level)
            # 0. a dated log's entry ('12 March 2026 – Complete – ...', a row under 'Date | Update | Status')
            if log_mode:
                if block.kind == "row" and LogColumns.of(block, reference) is not None:
                    columns = LogColumns.of(block, reference)
                    log_rows.add(text)
                    continue
                if block.kind != "row" or (columns is not None and not parse_date(
                        (block.cells or [""])[columns.date] if columns.date < len(block.cells or []) else "") and (
                        self._item_anchor(text, paragraphs) or self._rec_anchor(block) is not None)):
                    columns = None  # a new item's row (no date of its own) ends the log table above it
                entry = columns.entry(block) if columns is not None else \
                    entry_of(block, reference) if text not in footers else None
                if entry is not None and group is not None:
                    self._add_entry(group, entry, kept, index, issues)
                    if block.kind == "row":
                        log_rows.add(text)
                    in_entry_list = block.kind == "list_item" and entry.date is not None
                    continue
                if block.kind != "list_item" or self._item_anchor(text, paragraphs):
                    in_entry_list = False
            # 1. an item number
            # a heading '16.1 – Single point of contact' is an item even where the report numbers its paragraphs
            found = self._item_anchor(text, paragraphs and not (block.kind == "heading" and _DASHED_ID.match(text)))
            # (not under a heading for two recommendations, 'CRIME RECORDING (RECOMMENDATIONS 7 AND 23)', whose numbered
            # paragraphs each open a sub-item's own answer)
            if found and group is not None and group.reading == "quote" and group.rec_no == rec_of(found[0][0]) \
                    and not group.joint and (group.granularity == "recommendation" or group.numbered) \
                    and not any(r.texts for r in group.rounds) and self._listed_quote(block, found):
                # '13.2 <its wording>' listed under 'Recommendation received': the section answers that item; every
                # sub-item listed so, one answer below them: the section answers the recommendation as a whole
                if not group.numbered:
                    group.whole_anchor = group.anchor
                group.numbered = list(dict.fromkeys(group.numbered + found[0]))
                whole = reference.items_of(group.rec_no)
                if set(group.numbered) != set(whole):
                    group.items = [i for i in whole if i in group.numbered]
                    group.granularity, group.anchor = "item", "number"
                else:
                    group.items, group.granularity, group.anchor = list(whole), "recommendation", group.whole_anchor
                continue
            if found and block.where.endswith(LEAD_IN_WHERE):
                # a sub-item's wording leading the paragraph its answer follows in: anchored by that wording
                ids, rest = found
                rec_no = rec_of(ids[0])
                group = start(ids, "item", "wording", block, rec_no)
                group.quoting = False
                continue
            if found:
                if group is not None and group.items == found[0]:
                    section_owner[0] = None  # the item named again under the round heading: a list of items under it
                ids, rest = found
                rec_no = rec_of(ids[0])
                # '25.1, 25.2 and 25.3 (answered together)': every sub-item named, one answer for the recommendation
                # ('25.1, 25.2 and 25.3 – Evidence requirements ...' over one log: all three or more, listed with commas
                # and 'and'; '13.1 and 13.2' over a box may be the two items' answer, each its own)
                whole = len(ids) >= 2 and sorted(ids) == sorted(reference.items_of(rec_no)) and bool(
                    re.search(r"\d\.\d{1,2}\s*(?:&|\+|[-–])\s*\d{1,2}\.\d|\btogether\b", text, re.IGNORECASE)
                    or len(ids) >= 3 and re.search(r"\d\.\d{1,2}\s*,\s*\d{1,2}\.\d{1,2},?\s+and\s+\d{1,2}\.\d", text))
                if whole and (group is None or group.items != ids or group.granularity != "recommendation"):
                    group = start(ids, "recommendation", "number", block, rec_no)
                elif not whole and (group is None or group.items != ids or group.granularity != "item"
                                    or item_part(text) != group.part):
                    group = start(ids, "item", "number", block, rec_no)
                    group.part = item_part(text)
                group.quoting = False
                labelled = self._label(rest) if rest else None
                if labelled:
                    self._apply(group, *labelled, block)
                elif rest and not self._quotes_item(rest, ids[0]):
                    if block.kind == "heading":
                        group.title = rest  # '7.1 Use of included classifications': a title, unless nothing else comes
                    if _TITLE_LINE.match(rest):
                        group.title_line = rest  # a short line with no sentence in it: a title if rounds follow
                    group.own_line = rest
                    group.add(rest, block)  # '7.1 <the force's words>'; '7.1 - <the sub-item's wording>' is a quote
                continue
            if (end := _END_MATTER.match(text)) and (block.kind == "heading" or text.isupper() or end.group("any")):
                group = None  # 'NOTES', 'Glossary', 'Version history': the document's end matter, no item's words
                continue
            if block.kind != "row" and _GLOSSARY_LINE.match(text):
                group = None  # 'Glossary: BAU - business as usual. NPCC - ...': terms defined inline, no item's words
                continue
            if paragraphs and (block.kind == "paragraph" and _SECTION_LINE.match(text) or block.kind == "list_item"
                               and (block.number or "").isdigit() and re.fullmatch(r"[A-Z][\w ,&'’/-]{0,50}", text)) \
                    and not _REC_IN_TEXT.search(text):
                group = None  # '7. Victims', '10. Next steps': a report's section title, not words of the item before
                continue
            if paragraphs and _PARAGRAPH_NUMBER.match(text) and block.kind != "row":
                named = self._named_in_paragraph(_PARAGRAPH_NUMBER.sub("", text, count=1))
                whole = _TITLE_WITH_REC.match(_PARAGRAPH_NUMBER.sub("", text, count=1)) if not named else None
                if whole and reference.items_of(int(whole.group(1))):
                    # '7.5 Stalking protection orders (recommendation 13, both parts). ...': the whole recommendation
                    rec_no = int(whole.group(1))
                    group = start(reference.items_of(rec_no), "recommendation", "number", block, rec_no)
                    group.quoting = False
                    group.add(_PARAGRAPH_NUMBER.sub("", text, count=1)[whole.end():].strip(), block)
                    continue
                if named:  # '2.2 For recommendation 7.2, an intelligence report ...': the paragraph answers 7.2
                    ids, rest = named
                    group = start(ids, "item", "number", block, rec_of(ids[0]))
                    group.quoting = False
                    group.add(rest, block)
                    continue
                if group is not None and group.opened_by == "heading":
                    # '3. Recommendation 7 - Crime recording' then '3.1 ...', '3.2 ...': the section's answer
                    group.add(_PARAGRAPH_NUMBER.sub("", text, count=1).strip(), block)
                else:
                    group = None  # the report's next numbered paragraph: not the words of the item before
                continue
            # a label that says its words answer a whole recommendation ('Response to recommendation 20 (all parts): We
            # will ...') after the sub-items' requirements were listed one by one: the recommendation's answer, not the
            # last listed sub-item's
            if block.kind != "row" and (whole := _WHOLE_REC_LABEL.match(text)) and \
                    reference.items_of(int(whole.group("rec"))) and whole.group("rest").strip():
                rec_no = int(whole.group("rec"))
                group = start(reference.items_of(rec_no), "recommendation", "number", block, rec_no)
                group.quoting = False
                self._apply(group, Slot("update_text", whole.group("label").strip()), whole.group("rest").strip(), block)
                continue
            # 2. a recommendation number in a heading or short line; 'RECS 16 & 25  Commissioning' answers both
            several = self._several_recs(block)
            if several:
                rec_no = several[0]
                group = start([i for n in several for i in reference.items_of(n)], "recommendation", "heading", block,
                              several[0])
                group.joint = several
                continue
            rec = self._rec_anchor(block)
            if rec is not None:
                rec_no = rec
                group = start(reference.items_of(rec), "recommendation", "heading", block, rec, quoting=True)
                labelled = self._label(text)
                if labelled and labelled[0].field in ("update_text", "status") and labelled[1]:
                    self._apply(group, *labelled, block)
                elif block.kind != "heading" and _FORCE_VOICE.search(rest := _REC_IN_TEXT.sub("", text, count=1)) \
                        and (_SENTENCE_END.search(text) or _NOT_LABEL_LINE.search(rest)):
                    group.add(text, block)  # 'Recommendation 7 has been met in full.' answers it; 'REC 28  Publishing
                    # this plan' is its title
                continue
            if log_mode and group is not None and group.entries and block.kind in ("list_item", "paragraph"):
                listed_label = self._label(text) if block.kind == "list_item" and in_entry_list else None
                if block.kind == "list_item" and in_entry_list and listed_label and listed_label[0].field == "status" \
                        and group.last_entry is not None and not group.last_entry.status_raw:
                    # '• Status: Not complete – reviews at 28 days are not yet in place' below the dated entries it
                    # closes: the newest entry's status, as the same line in a paragraph would be
                    group.last_entry.status_raw = listed_label[1]
                    group.last_entry, group.reading = None, "ignore"
                    continue
                if block.kind == "list_item" and in_entry_list and not (
                        parse_item_cell(text)[0] or _REC_IN_TEXT.match(text)):
                    self._add_entry(group, Entry(None, "", text, "", block), kept, index, issues)
                    continue  # an undated entry in a list of dated ones
                if block.kind == "paragraph" and group.pending_entry is not None:
                    entry, group.pending_entry = group.pending_entry, None
                    labelled = self._label(text)
                    if labelled and labelled[0].field == "status":
                        entry.status_raw = labelled[1]
                    else:
                        entry.text = labelled[1] if labelled and labelled[0].field == "update_text" else text
                    self._add_entry(group, entry, kept, index, issues)
                    continue
                status_label = (self._label(text) or (Slot(None, ""),))[0].field == "status"
                if block.kind == "paragraph" and group.last_entry is not None and group.last_entry.status_raw \
                        and not status_label and split_status(text, reference)[0]:
                    self._add_entry(group, Entry(None, "", text, "", block), kept, index, issues)
                    continue  # 'In progress – ...' under dated entries: an entry whose date is missing
                if block.kind == "paragraph" and group.last_entry is not None and _RULE_LINE.fullmatch(text.strip()):
                    group.last_entry = None  # a '=====' rule closes the entries above it: what follows is not their words
                    continue
                if block.kind == "paragraph" and group.last_entry is not None:
                    labelled = self._label(text)
                    if labelled and labelled[0].field != "status" and (said := labelled_status(text, reference)):
                        # 'Position: Closed – delivered' closing an entry: a label of words that holds only a status
                        labelled = (Slot("status", labelled[0].heading), said)
                    if labelled and labelled[0].field == "status" and group.last_entry.status_raw:
                        # the entries state their own: a status below them all is the item's, its newest entry's
                        group.rounds.append(RoundText("", None, [], labelled[1], source_row=block.source_row,
                                                      where=block.where))
                    elif labelled and labelled[0].field == "status":
                        group.last_entry.status_raw = labelled[1]
                        group.last_entry, group.reading = None, "ignore"  # the status closes the record: an
                        # e-mail's sign-off or the next section below it is no entry's words
                    elif not labelled or labelled[0].field == "update_text":
                        group.last_entry.texts.append(labelled[1] if labelled else text)
                    continue  # the entry's words run on
            if group is not None and group.pending == "status" and len(text.split()) > 8 and \
                    not is_status_word(text, self.reference) and group.position_label:
                # 'Current position:' left empty where the document's others held a status word: the prose after it
                # (a closing note) is neither that status nor the round's words
                group.pending, group.reading = "", "ignore"
                continue
            if group is not None and group.pending and block.kind == "heading":
                group.pending = ""  # 'Where we are now:' left empty before the next sub-item's heading: no value
            if group is not None and group.pending and len(text) <= 200 and not self._label(text):
                # (an empty 'Status:' followed by the next record's 'Date: ...' label: that label is no status)
                field_name, group.pending = group.pending, ""
                self._apply(group, Slot(field_name, field_name), text, block)
                if field_name == "status" and group.rounds and group.rounds[-1].texts:
                    group.reading = "ignore"  # a form's status closes it: prose after it is not its round's words
                continue
            # 3. a round named by a heading ('March 2026 update', 'Six-month update')
            if block.kind == "heading":
                slot = self._round_heading(block)
                if slot is not None:
                    section = (slot.heading, slot.round_date)
                    # under an item's or recommendation's heading (deeper, or beside its other sub-headings) a
                    # round heading is that section's; otherwise it heads the rest of the document
                    local = context_level and (block.level > context_level or block.level in sub_levels)
                    section_scope = context_level if local else 0
                    if not local and group is not None and group.opened_by == "heading" and group.level == block.level \
                            and group.granularity == "item" and any(r.texts for r in group.rounds):
                        # '22.1 - ...' and 'September 2025 update' set at one level, the item's words between: the
                        # round is that item's, and the next item's heading ends it
                        local, section_scope = True, block.level
                    section_owner[0] = group if local and group is not None and any(r.texts for r in group.rounds) else None
                    if group is not None and outranks:
                        # 'Part 2 - Six-month update (March 2025)' above the recommendations' headings: a new part of
                        # the document, whose opening words are not the last item's
                        group = None
                    if local and group is not None and group.anchor == "wording" and group.rec_no is not None \
                            and group.granularity == "item" and len(reference.items_of(group.rec_no)) > 1:
                        # a new round under a recommendation whose last round was answered sub-item by sub-item, each
                        # led by its wording in bold: words under it with no such lead answer the recommendation
                        # as a whole (a lead-in below starts its sub-item's answer again)
                        group = start(reference.items_of(group.rec_no), "recommendation", "heading", block,
                                      group.rec_no)
                    if group is not None:
                        group.active = section
                        if local:
                            # 'Our response (November 2024)' under the recommendation's heading, after 'What the
                            # report asked': the quotation is over, what follows is the force's answer
                            group.end_quote()
                            group.reading, group.pending = "update", ""
                    continue
                if (not self._label_line(block) and not (group is not None and status_line)) or outranks:
                    # 'Next steps', 'Governance': a new section that is not a plan item's. A heading that
                    # is the recommendation's own text (or a sub-item's) opens it instead (read below).
                    quotes = _REPORT_VOICE.match(text) or self._quotes_some_item(text) or \
                        self.wording.best_rec(_plain(text))[0] or (
                        rec_no is not None and self._fit(text, rec_no, []) is not None)
                    if sub_heading:
                        group.reading = "ignore"  # 'Background' under the item's own heading: its section runs on
                        continue
                    group = None
                    if not quotes:
                        continue
            # 4. a label, with its value on the same line or on the lines that follow; or a form's row, its label in
            # the first cell and its value in the second ('Update (Mar-25) | All six hubs were briefed ...')
            if block.kind == "list_item" and (named := _LISTED_REC.match(text)) and \
                    reference.items_of(int(named.group(1))):
                # 'Recommendation 13: Stalking protection orders' as Word's list numbering shows it: the items above
                # end here; the recommendation's own words below are no item's answer
                group, rec_no = None, int(named.group(1))
                continue
            if (odd := _NUMBER_LABEL.match(text)) and (problem := self._not_an_item(odd.group("value"))):
                # 'Recommendation: 1O.4', 'Recommendation: 12.5': a form whose number is no sub-item of the report; its
                # words are nobody's (never the form above's), and a person is told
                issues.append(Issue("warning", *problem, block.where))
                group = None
                continue
            labelled = self._label(text) if block.kind != "row" else self._row_label(block)
            if labelled and group is not None:
                self._apply(group, *labelled, block)
                continue
            line_label = self._label_line(block)
            if line_label is not None:
                if line_label.field in ("item_id", "rec_no"):
                    continue  # 'Sub-recommendation' above '14.2': the number anchors itself
                if group is not None:
                    self._apply(group, line_label, "", block)
                else:
                    question[0] = line_label.field == "recommendation"  # a theme named in words only, no number
                continue
            # 5a. after a quoted sub-item's answer, the next sub-item's wording anchors its own answer
            if group is not None and not group.quoting and group.rec_no is not None and block.kind != "row" \
                    and group.quoted and not _STRONG_VOICE.search(text) \
                    and not _REPORT_VOICE.match(text):
                fit = self._fit(text, group.rec_no, group.items + group.quoted if group.granularity == "item"
                                else group.quoted)
                if fit is not None and fit[0] == "tie":
                    self._tied(fit[1], text, block, issues)
                    group = None  # neither item's: its words and the answer below it are left unread
                    continue
                if fit is None and not _FORCE_VOICE.search(text):
                    # another recommendation's sub-item, its recommendation never quoted: only every term will do
                    other, score, second = self.wording.best_item(_plain(text), None)
                    if other is not None and score >= 1.0 and score > second and rec_of(other) != group.rec_no:
                        fit = ("item", other, score)
                if fit is not None:
                    if group.granularity == "recommendation" and len(group.quoted) == 1 and group.quoted[0] != fit[1] \
                            and rec_of(fit[1]) == group.rec_no and any(r.texts for r in group.rounds):
                        # a theme that quoted one sub-item, answered it, and now quotes the next: the answer was that
                        # sub-item's, never the whole recommendation's
                        group.items, group.granularity = list(group.quoted), "item"
                        group.anchor = group.quote_anchor or group.anchor
                    anchor = f"wording {fit[2]:.2f}"
                    rec_no = rec_of(fit[1])
                    group = start([fit[1]], "item", anchor, block, rec_no, quoting=True)
                    group.quoted, group.quote_anchor = [fit[1]], anchor
                    continue
            if group is not None and group.asking and block.kind == "list_item":
                group.asking = "listed"  # (the ask's list has begun)
            if group is not None and group.asking == "listed" and block.kind == "paragraph" and \
                    group.granularity == "recommendation" and group.reading == "ignore" and _FORCE_VOICE.search(text):
                # the first paragraph in the force's voice after the list under 'What we were asked to do': the ask
                # has ended and the answer begins, for the whole recommendation (no sub-item is named)
                group.reading, group.asking, group.quoting = "update", "", False
                group.quoted = []  # (a line of the list that reads like one sub-item's wording was still the ask)
                group.add(text, block)
                continue
            # 5b. while the report is quoted: the next sub-item's wording (the sub-items quoted one after another),
            # else, once a sub-item's wording was quoted, its answer (up to the next sub-item's wording), unless the
            # quotation runs on (a line broken mid-sentence, the report's 'should')
            if group is not None and group.quoting and group.rec_no is not None and block.kind != "row" \
                    and not _REPORT_VOICE.match(text) and (group.granularity == "recommendation"
                                                           or group.anchor.startswith("wording")):
                own = group.quoted if group.granularity == "recommendation" else group.items + group.quoted
                fit = None if _STRONG_VOICE.search(text) else self._fit(text, group.rec_no, own)
                if fit is not None and fit[0] == "tie":
                    # (under 'What we were asked to do', read as the ask and left unread: still the question)
                    within = group.reading in ("quote", "ignore") and group.granularity == "recommendation"
                    self._tied(fit[1], text, block, issues, within)
                    if within:
                        continue  # under 'Recommendation received': one more line of the question; the section
                        # still answers the recommendation as a whole, never either sub-item alone
                    group = None  # the answer below it cannot be told to be any one sub-item's
                    continue
                if fit is not None:
                    group.asked_lines += block.kind == "list_item" and group.reading in ("quote", "ignore")
                    group.quoted.append(fit[1])
                    group.quote_anchor = group.quote_anchor or f"wording {fit[2]:.2f}"
                    continue
                if group.quoted and (group.granularity == "recommendation" or group.anchor.startswith("wording")):
                    previous = kept[index - 1] if index else None
                    # a line of a PDF or a text file broken mid-sentence; a paragraph is whole
                    broken = previous is not None and "line" in previous.where and not _SENTENCE_END.search(
                        previous.text.strip())
                    runs_on = broken or text[:1].islower() or re.search(r"\bshould\b", text)
                    if runs_on and not _FORCE_VOICE.search(text):
                        continue
                    if group.reading in ("quote", "ignore") and block.kind == "list_item" and not _FORCE_VOICE.search(text):
                        group.asked_lines += 1
                        continue  # a list under 'What the report asked' is the report's, a sub-item in its own words
                    group.add(text, block)
                    continue
            # 5. the report's own words: a recommendation or a sub-item quoted, no numbers
            # a numbered item's 'Evidence requirements:' label is followed by the force's answer, whatever its words
            quoting_now = group is None or (group.quoting and group.anchor != "number")
            if (quoting_now and not _STRONG_VOICE.search(text)) or _REPORT_VOICE.match(text):
                quoted = self._quoted(text, rec_no, group, paragraphs)
                fit = None
                if quoted is None and rec_no is not None and not _FORCE_VOICE.search(text) and not (
                        paragraphs and _PARAGRAPH_NUMBER.match(text)) and not _REPORT_VOICE.match(text):
                    fit = self._fit(text, rec_no, [])  # a sub-item's title in other words, a heading in bold
                    quoted = fit if fit is not None and fit[0] == "item" else None
                if quoted is not None:
                    kind, key, score = quoted
                    anchor = f"wording {score:.2f}"
                    if kind == "rec":
                        rec_no = key
                        group = start(reference.items_of(key), "recommendation", anchor, block, key, quoting=True)
                    elif group is not None and group.quoting and group.rec_no == rec_of(key) and (
                            group.granularity == "recommendation" or group.anchor.startswith("wording")):
                        if key not in group.quoted:
                            group.quoted.append(key)  # the recommendation's sub-items quoted one after another
                            group.quote_anchor = group.quote_anchor or anchor
                    else:
                        rec_no = rec_of(key)
                        group = start([key], "item", anchor, block, rec_no, quoting=True)
                        group.quoted, group.quote_anchor = [key], anchor
                    continue
                if fit is not None:
                    if fit[0] == "tie":
                        self._tied(fit[1], text, block, issues)
                        if group is not None and group.quoting and not group.asking:
                            group = None  # the answer below it cannot be told to be any one sub-item's
                            continue
                if group is None or self._more_report_text(text, group):
                    if group is not None and group.reading in ("quote", "ignore") and block.kind == "list_item" \
                            and not _REPORT_VOICE.match(text):
                        group.asked_lines += 1  # a sub-item listed under the ask in the page's own words
                    continue  # the recommendation's own text runs on
            if group is not None and group.reading == "quote" and block.kind == "list_item":
                group.asked_lines += not _REPORT_VOICE.match(text)  # (a sub-item listed in the page's own words)
                continue  # a list under 'Recommendation received' is the report's, whatever its words
            # 5c. a date standing alone in a list of earlier updates ('March 2025', 'Our plan (November 2024)'): the
            # round the words below it belong to, as a round heading would be
            if group is not None and block.kind in ("list_item", "paragraph") and _DATE_LABEL.match(text) \
                    and (when := month_of(text)) is not None and not _NOT_LABEL_LINE.search(text):
                group.active = (text.strip(" :"), when)
                continue
            # 6. otherwise: the force's words for the current items
            if group is not None and group.granularity == "recommendation" and group.anchor in ("heading", "paragraph") \
                    and not group.rounds and block.kind == "paragraph" and len(text) <= 300 and (
                        _ASK_VOICE.match(text) and not _FORCE_VOICE.search(text) or _DEADLINE_ASK.match(text)):
                # ('By 27 March 2025, improve how we recognise ...': the deadline and a bare verb, the ask in the plan's
                # own 'we')
                continue  # under a recommendation's heading, its ask in the report's voice ('Review how risk to
                # victims of stalking is found, assessed and managed.'): the recommendation's text, no answer
            if group is not None and group.reading != "ignore":
                group.add(text, block)
        # recommendation sections and quotations that never got an answer say nothing
        for group in groups:
            unlabelled = group.rounds[0] if group.rounds and not group.rounds[0].key and not group.rounds[0].date else None
            dated = [r.date for r in group.rounds[1:] if r.key and r.date]
            if unlabelled is not None and dated and not log_mode and min(dated) <= dt.date(2024, 12, 31) and \
                    unlabelled.texts and len(" ".join(unlabelled.texts).split()) <= 30 and not unlabelled.status_raw:
                # the sub-item's own words over rounds labelled from the first ('What we said (November 2024)'): what
                # the item is, not a round before the first
                group.rounds.remove(unlabelled)
            if group.granularity == "recommendation" and len(group.quoted) == 1 and group.anchor == "heading" \
                    and len(group.items) > 1 and any(r.texts for r in group.rounds) \
                    and not group.all_asked():  # (every sub-item listed, one in words of its own)
                # a theme that quotes one sub-item's words and answers below them: that sub-item's answer
                group.items, group.granularity = list(group.quoted), "item"
                group.anchor = group.quote_anchor or group.anchor
            # (a title over nothing but 'No further update this period.' is a title over a round with nothing said)
            pointer_only = any(t != group.title and (only_points_elsewhere(t) or not says_something(t))
                               for r in group.rounds for t in r.texts)
            if group.title and not log_mode and (pointer_only or any(
                    r.texts and r.texts != [group.title] for r in group.rounds if r.key)):
                # ('23.1 – Screening linked crimes' over 'This is covered under 12.2 and 12.4.': a title over a pointer)
                # '10.1 <the ask>' heading a card whose rounds follow: the ask is its title, no round's words; a status
                # given once beside it ('Status: complete') is the item's current one, its newest words'
                for round_ in group.rounds:
                    round_.texts = [t for t in round_.texts if t != group.title]
            bare = [r for r in group.rounds if r.status_raw and not r.texts and not r.key]
            dated = [r for r in group.rounds if r.texts and r.date and r.key]
            if len(bare) == 1 and dated and not any(r.status_raw for r in group.rounds if r.texts) and not log_mode:
                # a status given once, before the rounds ('Status: in progress' under the heading): the newest words'
                max(dated, key=lambda r: r.date).status_raw, bare[0].status_raw = bare[0].status_raw, ""
            elif len(bare) == 1 and dated and (newest := max(dated, key=lambda r: r.date)).status_raw and not group.entries:
                # 'Current status: Complete' above dated updates that each give their own: it is the newest one's
                # status said again, never a round of its own; where the two disagree both are kept, so the
                # status reader sees two statuses and stores neither
                if classify_status(newest.status_raw, self.reference).status != \
                        classify_status(bare[0].status_raw, self.reference).status:
                    newest.status_raw = f"{newest.status_raw} / {bare[0].status_raw}"
                bare[0].status_raw = ""
            if group.entries:
                self._status_to_newest_entry(group)
            elif log_mode and group.title:
                # a log's item with no entry yet ('22.1 - dedicated officers' over 'No entries yet.'): its heading's
                # title is no words of a round
                for round_ in group.rounds:
                    round_.texts = [t for t in round_.texts if t != group.title]
        groups = [g for g in groups if any(r.texts or r.status_raw for r in g.rounds)]
        # 'Recommendations 16 and 22' over 'These two are answered as a whole' and then each under its own heading: the
        # joint section's words were its introduction, not an answer for both
        groups = [g for n, g in enumerate(groups) if not g.joint or not any(
            later.rec_no in g.joint and not later.joint for later in groups[n + 1:])]
        return NarrativeReading(groups, len(kept), mentions, issues, log_rows)

    def _add_entry(self, group: Group, entry: Entry, kept: list[Block], index: int, issues: list[Issue]) -> None:
        """One dated entry of a log: a round of its own, keyed by its month (by its day when two share a month)."""
        name = f"item {', '.join(group.items)}" if group.granularity == "item" else f"recommendation {group.rec_no}"
        if not group.entries:
            # what was read before the first entry is the item's title or description, not a round; list items
            # straight before it in the same list are entries with no date
            before = {id(b) for b in group.before_entries}
            back = index - 1
            while back >= 0 and entry.block.kind == "list_item" and kept[back].kind == "list_item" \
                    and id(kept[back]) in before:
                if not (parse_item_cell(kept[back].text)[0] or _REC_IN_TEXT.match(kept[back].text)):
                    # (the item's own numbered line, '18.2 – All reasonable lines of enquiry', is its title)
                    self._undated(name, kept[back].text, kept[back].where, issues)
                back -= 1
            for round_ in group.rounds:
                # (so are the words on the item number's own line, above its dated entries: 'ITEM 12.1  Consider ...')
                round_.texts = [t for t in round_.texts if t not in (group.title, group.own_line)]
            group.rounds = [r for r in group.rounds if r.status_raw or (r.texts and (r.key or r.labelled))]
        group.entries += 1
        group.quoting, group.reading, group.pending = False, "update", ""
        if entry.date is not None and not entry.text and not entry.status_raw:
            group.pending_entry, group.last_entry = entry, None  # its words follow; a date with none is no round
            return
        if entry.date is None:
            self._undated(name, entry.text or entry.status_raw, entry.block.where, issues)
            group.last_entry = None
            return
        month = entry.date.replace(day=1)
        clash = [r for r in group.rounds if r.entry_date is not None and r.entry_date.replace(day=1) == month]
        if len(clash) == 1 and clash[0].entry_date != entry.date and not clash[0].exact:
            # two entries in one month ('4 March 2025' and '27 March 2025'): one round of that month, its words in
            # date order and the later entry's status the round's
            same, later = clash[0], entry.date > clash[0].entry_date
            words = [entry.text] if entry.text else []
            same.texts = same.texts + words if later else words + same.texts
            if later and entry.status_raw or not same.status_raw:
                same.status_raw = entry.status_raw or same.status_raw
            same.entry_date = max(same.entry_date, entry.date)
            group.last_entry = same
            return
        for other in clash:
            if not other.exact:
                other.key, other.date, other.exact = _day(other.entry_date), other.entry_date, True
        key, date = (_day(entry.date), entry.date) if clash else (month.strftime("%B %Y"), month)
        same = next((r for r in group.rounds if r.key == key), None)
        if same is not None:
            issues.append(Issue("warning", "undated_entry",
                                f"{name}: two entries are dated {key}; their order cannot be told, so they are read as "
                                f"one round ('{entry.text[:80]}' added to the other)", entry.block.where))
            same.texts += [entry.text] if entry.text else []
            same.status_raw = same.status_raw or entry.status_raw
            group.last_entry = same
            return
        round_ = RoundText(key, date, [entry.text] if entry.text else [], entry.status_raw, date_raw=entry.date_raw,
                           source_row=entry.block.source_row, where=entry.block.where, entry_date=entry.date,
                           exact=bool(clash))
        group.rounds.append(round_)
        group.last_entry = round_

    def _fit(self, text: str, rec_no: int, own: list[str]):
        """Which of a recommendation's sub-items a line quotes: ('item', id, score); ('tie', (a, b), score) when
        it fits two about equally; None when it quotes none, or its own item's words again (its answer)."""
        if len(text) > 700:
            return None
        low = _plain(text)
        items = self.wording.items_of(rec_no)
        # the report's distinctive terms first; the sub-item's title (a paraphrase) only when no terms decide
        scored, margin = sorted(((self.wording.score(i, low), i) for i in items), reverse=True), 0.01
        if not scored or scored[0][0] < QUOTE_SCORE:
            scored, margin = sorted(((self.wording.title_score(i, low), i) for i in items), reverse=True), 0.1
        if not scored or scored[0][0] < QUOTE_SCORE:
            return None
        best, key = scored[0]
        rivals = [i for score, i in scored[1:] if score >= QUOTE_SCORE and score >= best - margin]
        if key in own or any(i in own for i in rivals) or (_FORCE_VOICE.search(text) and best < 1.0):
            return None  # its own item's words again; 'has been', 'is now': the force speaking
        if rivals:
            return "tie", (key, rivals[0]), best
        if _ANSWER_SIGNS.search(text) and best < 1.0 and not _ASKING.match(text):
            # 'is used', 'in January', '94%': an answer naming the subject, unless every term is there; 'How MAPPA
            # is used to manage offenders' asks it
            return None
        return "item", key, best

    @staticmethod
    def _tied(keys, text: str, block: Block, issues: list[Issue], within: bool = False) -> None:
        after = ("it is read as part of the recommendation's quoted text, and the section's answer as the "
                 "recommendation's as a whole" if within else
                 "and the words under it are not read as either's answer")
        issues.append(Issue("warning", "ambiguous_wording",
                            f"'{text[:90]}' fits sub-items {keys[0]} and {keys[1]} about equally; not taken as "
                            f"either's wording, {after}: number the sub-items in the plan", block.where))

    def _status_to_newest_entry(self, group: Group) -> None:
        """'Status: In progress' given once for an item above its dated entries is the item's current status: the
        newest entry's, when that entry states none of its own; never a round of its own with no words. Where the
        newest entry states another, both are kept, so the status reader sees two statuses and stores neither."""
        loose = [r for r in group.rounds if r.entry_date is None and r.status_raw and not r.texts]
        dated = [r for r in group.rounds if r.entry_date is not None]
        if not loose or not dated:
            return
        newest = max(dated, key=lambda r: r.entry_date)
        if not newest.status_raw:
            newest.status_raw = loose[-1].status_raw
        elif classify_status(newest.status_raw, self.reference).status != \
                classify_status(loose[-1].status_raw, self.reference).status:
            newest.status_raw = f"{newest.status_raw} / {loose[-1].status_raw}"
        group.rounds = [r for r in group.rounds if r not in loose]

    @staticmethod
    def _undated(name: str, text: str, where: str, issues: list[Issue]) -> None:
        issues.append(Issue("warning", "undated_entry",
                            f"{name}: an entry with no date among dated entries ('{text[:80]}'); its place in time "
                            "cannot be told, so it is not read as a round: give it a date in the plan", where))

    def _quotes_item(self, rest: str, item_id: str) -> bool:
        """Do the words after an item number quote the report ('7.1 - Evidence requirements: ...', '7.1 Processes
        should be put in place ...') rather than answer it ('Recommendation 12.4 (high-risk cases). Daily
        meetings review every case')? Only the report's own voice, 'should', says so."""
        return bool(re.match(r"^\s*[-–:]?\s*evidence", rest, re.I)) or _REPORT_VOICE.match(rest) is not None or (
            self.wording.score(item_id, _plain(rest)) >= QUOTE_SCORE and not _FORCE_VOICE.search(rest)
            and re.search(r"\b(should|must|ensure that|make sure)\b", rest, re.I) is not None)

    def _listed_quote(self, block: Block, found: tuple[list[str], str]) -> bool:
        """Under 'Recommendation received', is a numbered line the report's sub-item quoted ('11.1 Problem profiles
        using police data ...'), not the force's answer? A list item always is; a paragraph (a Word document often
        numbers its quoted sub-items by hand) when its words are not the force's: no 'we', no 'has been'; and no
        'is used' or date unless they hold the sub-item's own terms."""
        if block.kind == "list_item":
            return True
        ids, rest = found
        if block.kind != "paragraph" or not rest or _FORCE_VOICE.search(rest):
            return False
        return not _ANSWER_SIGNS.search(rest) or self.wording.score(ids[0], _plain(rest)) >= QUOTE_SCORE

    def _more_report_text(self, text: str, group: Group) -> bool:
        """While a section is still quoting the report, is this block more of the report's words?"""
        if not group.quoting or _FORCE_VOICE.search(text) or len(text) > 400:
            return False
        if _REPORT_VOICE.match(text):
            return True
        if _ANSWER_SIGNS.search(text) and not group.quoted:
            return False  # 'is used in every district', 'since January': the answer has begun
        low = _plain(text)
        keys = [str(group.rec_no)] + self.wording.items_of(group.rec_no) if group.rec_no else []
        return any(self.wording.score(k, low) > 0 for k in keys)

    def _quoted(self, text: str, rec_no: int | None, group: Group | None, paragraphs: bool = False):
        """('item', '7.1', score) or ('rec', 7, score) when a block quotes the report; None otherwise.

        A sub-item's wording counts only inside a recommendation already found (or when every term of it
        is there): a paragraph that happens to say 'action plan' and 'publish' is not recommendation 28.
        A report's own numbered paragraphs never quote anything."""
        if len(text) > 700 or (paragraphs and _PARAGRAPH_NUMBER.match(text)):
            return None
        low = _plain(text)
        if _REPORT_VOICE.match(text):
            # 'By 27 March 2025, ...' is surely a recommendation: one distinctive term, unrivalled, says which
            rec, score = self.wording.best_rec(low, cutoff=0.3)
            if rec is not None:
                # the recommendation's own text may already be inside its section; straight under a heading that
                # numbers its recommendation, the report's words are that recommendation's, whatever wording fits best
                if group is not None and (group.rec_no == rec or (
                        group.anchor == "heading" and group.rec_no is not None and not any(r.texts for r in group.rounds))):
                    return None
                return "rec", rec, score
        if rec_no is not None:
            item, score, second = self.wording.best_item(low, rec_no)
            if item is not None and score >= QUOTE_SCORE and score > second:
                return "item", item, score
        item, score, second = self.wording.best_item(low, None)
        if item is not None and score >= 1.0 and score > second and rec_of(item) != rec_no:
            return "item", item, score
        if (quoted := self._quotes_some_item(text)) is not None:
            return "item", *quoted  # a heading that is wholly a quotation, under a theme with no number
        return None

    def _quotes_some_item(self, text: str) -> tuple[str, float] | None:
        """(item, score) when a line is wholly in quotation marks ('“Include examples of online stalking in locally
        produced training ...”') and holds most of one sub-item's terms and more than any other's: the report quoted,
        whichever recommendation the section before was about."""
        if not _WHOLLY_QUOTED.match(text):
            return None
        item, score, second = self.wording.best_item(_plain(text), None)
        return (item, score) if item is not None and score >= QUOTE_SCORE and score > second else None

    def _apply(self, group: Group, slot, value: str, block: Block) -> None:
        """A label assigns its value (and, for update labels, what follows it) to the group."""
        kind = slot.field
        if kind == "update_text" and value and not slot.round_named and (inner := self._label(value)) is not None \
                and inner[0].field == "update_text" and inner[0].round_named:
            # 'Force update: UPDATE March 2025: 91 per cent ...': the round the words name, not the first round
            slot, value = inner
        group.reading = "update"
        group.pending = ""
        if kind in ("status", "owner", "update_date", "evidence") and not value:
            group.pending = kind  # <dt>Status</dt><dd>Complete</dd>, 'RAG:' above its word, the evidence quoted below
            if kind == "evidence":
                group.quoting, group.reading = True, "quote"
            return
        if kind == "update_text" and not slot.round_named and value and len(value.split()) <= 4 \
                and (existing := next((r for r in group.rounds if r.key == group.active[0]), None)) is not None \
                and existing.texts and not existing.status_raw and is_status_word(value, self.reference):
            existing.status_raw = value  # 'Current position: Delivered' under the round's words: its status, no words
            self._status_labels.add(slot.heading.strip(" :").lower())
            return
        if kind == "update_text" and not value and slot.heading.strip(" :").lower() in self._status_labels:
            group.pending, group.position_label = "status", True  # the same label empty: a status left blank
            return
        if kind == "update_text":
            if slot.round_named and group.title_line and len(group.rounds) == 1 and not group.rounds[0].labelled \
                    and group.rounds[0].texts == [group.title_line] and not group.rounds[0].status_raw:
                group.rounds.clear()  # 'R7.1  Stalking crimes are recorded correctly' above its rounds: a title
            if _PLANNED.match(slot.heading) and not (slot.round_named and slot.round_date):
                # 'What we will do' belongs with the first round's words ('What we committed to in November 2024:'
                # names its own round)
                group.active = (group.rounds[0].key, group.rounds[0].date) if group.rounds else group.active
            elif slot.round_named:  # 'Update March 2025:' opens a round for these items
                group.active = (slot.heading, slot.round_date)
            elif _CURRENT_LABEL.match(slot.heading):
                # 'Our current position' placed before the dated rounds: the newest words, whatever their place
                group.active = (CURRENT_KEY, None)
            elif (_BARE_UPDATE.match(slot.heading) or _DONE_LABEL.match(slot.heading)) and \
                    any(r.key == group.active[0] and r.texts for r in group.rounds):
                # ('What we have done' under 'What we will do': what was done since, later news too)
                # 'UPDATE:' after words already given this round: later news, a round of its own
                group.active = (f"Update {len(group.rounds) + 1} (undated)", None)
            group.quoting = False
            group.current(block).labelled = True
            if value:
                group.add(value, block)
        elif kind == "status":
            if value:
                # the round being read when the status comes (a round opened earlier under the same label is reused,
                # so the last in the list need not be it)
                active = next((r for r in group.rounds if r.key == group.active[0] and r.texts), None)
                if active is None and group.active[0] and group.active[1] is not None and \
                        not any(r.key == group.active[0] for r in group.rounds):
                    # 'Mawrth 2025 / March 2025', then 'Status: In progress', then the words: a dated round opened just
                    # now states its status before its words
                    active = group.current(block)
                target = active or (group.rounds[-1] if group.rounds else group.current(block))
                target.status_raw = value
        elif kind == "owner":
            if value:
                group.owner = (group.owner + "; " + value).strip("; ")
        elif kind == "update_date":
            day = parse_date(value) if value else None
            if day is not None and not group.entries and any(r.texts and r.date_raw for r in group.rounds):
                # a second 'Date: 27/03/2025' after a dated record's words: the next record of the same item, a round
                # of its own (a single 'Date:' below a form's words dates those words)
                group.active = (day.replace(day=1).strftime("%B %Y"), day.replace(day=1))
                group.current(block).date_raw = value
            elif value:
                (group.rounds[-1] if group.rounds else group.current(block)).date_raw = value
        elif kind in ("recommendation", "evidence"):
            group.quoting = True
            group.reading = "ignore" if _ASKED.match(slot.heading) and not value else "quote"  # the ask, not an answer
            group.asking = "label" if _ASKED.match(slot.heading) and not value else ""
        elif not value:
            group.reading = "ignore"  # 'Supporting documents:', 'Target date:' and what follows
