"""What one row says of one item's status in one round: the stated status cell, else the status its words
infer, and whether the two disagree.

A status column that says done beside words that say nothing was finished and that the work has not started,
is under way or will be finished later; a 'Not started' beside words saying the work began; an 'In progress'
beside 'the action is complete': neither reading is taken, the item is unknown and the conflict is said in
load_issues, quoting both. Words with their own done-phrase ('the policy was published') never overrule a done
column, whatever detail surrounds them.
"""
from __future__ import annotations

import datetime as dt
import re
import dataclasses
from dataclasses import dataclass

from ..reference import Reference
from ..vocabulary import DONE
from .infer import (_ITEM_ID, FIGURE, _sentence_at, GENERAL_ONLY, PARTNERS_PART, NOTHING_OF_PROGRESS, VAGUE_CHANGES, low_measure, NO_PROGRESS, NOTHING_OF_THE_ASK, _MONTH_INDEX, _SPAN_END, REST_AWAY as _REST_AWAY, DECIDED_NOT, DOUBTED_BY_OTHERS, NFA_CLOSED_WORDS, NOT_ACCEPTED, NOT_RELEVANT, WORK_LEFT, _month_end, _published, _starts_later, evidence, infer_status,
                    only_another_thing_done, only_others_work, step_done)
from .text import PLACEHOLDER as _PLACEHOLDER, clean_text, says_something, without_settled
from .dates import MONTHS, month_of, periods_in
from .key import COLOURS
from .status import NFA_CLOSED, StatusKey, StatusReading, classify_status, is_status_word

_PLAIN = 0.85
# a cell waiting for this round's words says nothing of its own ('Awaiting update')
_AWAITING_WORDS = re.compile(r"^\s*(awaiting|pending|no) (an |the )?(\w+ )?update\b|^\s*update (awaited|pending|to follow)\b", re.IGNORECASE)
# a status cell that only points at the update's words
_POINTER = re.compile(r"\b(tbc|tbd|to be confirmed|see|refer|per|as per|narrative|update|below|above|comments?|notes?)\b",
                      re.IGNORECASE)
# words that say work has begun: only these contradict 'Not started' (a plan for later agrees with it)
_BEGUN = re.compile(r"\b(begun|began|started|under ?way|being|in progress|on-?going|drafted|draft|consultation|piloted|"
                    r"trialled|developing|working|reviewing|scoping|so far|progress has)\b|\d\s?%", re.IGNORECASE)  # the inference tiers that state a stage outright ('not yet started', 'the action is complete')


# words that only say what the recommendation asks ('The recommendation asks forces to make sure...'): no answer
# words that accept the recommendation and say nothing of the work
_AGREED_ONLY = re.compile(r"\b(we|the force|force|chief officers?|the board|cog|this|rec(ommendation)?) (have |has |is |was )?"
                          r"(agreed|accepted|accepts|agrees|supports?)( to (do|take|deliver|implement|progress) (this|it|the))?\b"
                          r"|\brec(ommendation)? (accepted|agreed)\b", re.IGNORECASE)


def _after_round(text: str, as_of: dt.date | None) -> str:
    """The first date in words that falls after the round's month, when every date they give does: words written
    about a later day than the round's ('delivered on 12/05/2025' in a round of March 2025)."""
    if as_of is None:
        return ""
    found = periods_in(_SPAN_END.sub(" ", text))  # 'extended to March 2027' says when a span ends, not a day's work
    end = _month_end(as_of)
    return next((f"{d:%d/%m/%Y}" for d in found), "") if found and all(d > end for d in found) else ""


# words that say what will be done: a future step ('will be set up', 'we plan to') and no event that has happened
_FUTURE_STEP = re.compile(r"\b(will|shall|going to|plans? to|planning to|intends? to|intending to|is to be|are to be|"
                          r"(intention|aim|ambition|plan|hope) is to)\b",
                          re.IGNORECASE)


_DONE_SO_FAR = re.compile(r"\b(decided|agreed|(?<!\bare )(?<!\bis )(?<!\bbe )considered|concluded|appointed|held|took place|in post|in place|is now|are now|"
                          r"since)\b", re.IGNORECASE)


def _only_future(text: str, reference: Reference, as_of: dt.date | None = None) -> str:
    """The first future step in words that report nothing done ('A working group will be set up to review ...');
    '' when the words report an event or the future is a routine after done work ('will continue to be reviewed')."""
    from .infer import _PAST_EVENT, latest_segment

    words = latest_segment(text, as_of)  # 'UPDATE Nov 24: will appoint ... UPDATE Mar 25: in post since January'
    words = without_settled(words, reference.status_modifiers)  # 'will be reviewed annually' is no plan
    words = re.sub(r"\b(will|shall) (continue|remain)\b", "  ", words, flags=re.IGNORECASE)
    step = _FUTURE_STEP.search(words)
    return step.group(0) if step and not _PAST_EVENT.search(words) and not _DONE_SO_FAR.search(words) else ""


# ('Nov-24 update complete' alone; a log of them, 'Mar 25: Complete - six-month update sent', is 28.1's own work)
_UPDATE_WRITTEN = re.compile(r"^\s*([a-z]{3,9}[- ]?'?\d{2,4}\s+)?update (is |was |has been )?(complete|completed|done|written)\s*\.?\s*$",
                             re.IGNORECASE)
_DONE_MONTH = re.compile(rf"\s*(complete|completed|done|closed|achieved|delivered)\s*[(\[\-–—]?\s*(?P<month>{MONTHS})\b\.?\s*"
                         r"[)\]]?\s*", re.IGNORECASE)


def _last_month(month: str, as_of: dt.date) -> dt.date:
    """The latest first-of-month named by a month with no year, no later than the round's month."""
    number = _MONTH_INDEX[month.lower()[:3]]
    return dt.date(as_of.year if number <= as_of.month else as_of.year - 1, number, 1)


def _cell_starts_later(status_raw: str, as_of: dt.date | None) -> str:
    """A status cell whose done starts after the round ('BAU from Apr' in March): the words, or ''. A month with no
    year counts only when it is later in the round's own year ('BAU from 1 Feb' in March has begun)."""
    if as_of is None:
        return ""
    clause = _starts_later(status_raw, as_of)
    if clause and any(d > _month_end(as_of) for d in periods_in(clause)):
        return clause
    if (figures := _CELL_FROM_MM_YY.search(status_raw)) and \
            dt.date(2000 + int(figures.group("yy")), int(figures.group("mm")), 1) > _month_end(as_of):
        return figures.group(0)  # 'BAU (from 04/26)' in a round of March 2026
    yearless = _CELL_FROM_MONTH.search(status_raw)
    return yearless.group(0) if yearless and _MONTH_INDEX[yearless.group("month").lower()[:3]] > as_of.month else ""


_CELL_FROM_MM_YY = re.compile(r"\b(bau|business as usual|live|mandatory|mandated|in place|in force|in use|operational|complete|"
                              r"closed)\s*[(\[]?\s*((from|as of|wef|w\.e\.f\.?|by|due|on|in)\s+)?(?P<mm>0?[1-9]|1[0-2])/(?P<yy>2\d)\b(?![/\d])",
                              re.IGNORECASE)
_CELL_FROM_MONTH = re.compile(r"\b(bau|business as usual|live|mandatory|mandated|in place|in force|in use|operational)\s+"
                              r"(from|as of|wef|w\.e\.f\.?)\s+(\d{1,2}(st|nd|rd|th)?\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|"
                              r"sep|oct|nov|dec)[a-z]*\b(?!\s*,?\s*'?\d)", re.IGNORECASE)


# words that only believe the work done ('we think', 'we believe'): a done column beside them is not borne out
_BELIEF = re.compile(r"\b(we|the force|i) (think|believe|feel|assume|hope)\b|\b(is|are) (assumed|presumed|believed|thought) to be\b|"
                     r"\breportedly\b|\bno audit (yet|has been|so far)\b", re.IGNORECASE)


_RESTATES = re.compile(r"^\s*(the |this )?(recommendation|sub-?recommendation|action|requirement)s? (asks|requires|states|says|calls for|"
                       r"is for|sets out|wants)\b|^\s*(forces|chief constables|police forces) (should|must|are asked to)\b",
                       re.IGNORECASE)
# the ask's own voice ('Investigators should pursue all reasonable lines of enquiry'): what ought to be, not what is
_OUGHT = re.compile(r"\b(should|ought to|(is|are) (expected|asked) to)\b", re.IGNORECASE)
# ('reviews each case to identify where an order should be sought': the ought in a clause of what is done)
_CLAUSE_BEFORE = re.compile(r"\b(where|when|whether|if|why|how|so that|in order|to (identify|decide|see|check|ensure|"
                            r"establish|confirm))\b", re.IGNORECASE)
# the recommendation accepted, and nothing else said ('We accept this recommendation.')
_ACCEPTED_ALONE = re.compile(r"^\W*(we|the force|the chief constable)\s+(fully\s+)?(accept|accepts|agree with|agrees with|"
                             r"support|supports)\s+(this|the)\s+(recommendation|sub-?recommendation|action)(\s+in full)?\W*$|"
                             # '28/11/2024 - Recommendation noted.'
                             r"^\W*(\d{1,2}/\d{1,2}/\d{2,4}\s*[-–—:]\s*)?(this |the )?recommendation (noted|accepted|agreed|"
                             r"acknowledged)\W*$", re.IGNORECASE)
# ('Stalking policy now states that arrest should be considered': a rule in force, reported)
_RULE_SAYS = re.compile(r"\b(policy|guidance|procedure|protocol|standard|template|form|app|training)\b[^.;]{0,40}\b(states?|says?|"
                        r"requires?|sets? out|makes? clear|stipulates?|tells?)\b", re.IGNORECASE)


def _only_the_ask(text: str) -> bool:
    """Words every sentence of which says what should be done, none what was: the ask put again, no answer."""
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+|\n", text) if s.strip(" .;")]
    return bool(sentences) and all((ought := _OUGHT.search(s)) and not _RULE_SAYS.search(s)
                                   and not _CLAUSE_BEFORE.search(s[:ought.start()]) for s in sentences)


@dataclass(frozen=True)
class Position:
    status: str
    source: str  # stated | inferred | none
    confidence: float | None
    evidence: str  # the words that decided it
    reading: StatusReading  # the status cell's own reading (percentage, doubts)
    conflict: str = ""  # set when the cell and the words disagree: stored unknown
    stale: str = ""  # set when the cell is dated to an earlier round and this round's words were taken instead



def _stale_stage(status_raw: str, reading: StatusReading, as_of: dt.date | None) -> str:
    """A stage short of done that the cell dates to an earlier round ('Not started (Nov-24)', 'Amber (Nov-24)' in a
    round of March 2025): the cell was left as it was; '' otherwise."""
    if as_of is None or reading.status not in ("in_progress", "not_started"):
        return ""
    return _dated_before(status_raw, as_of)


_MONTH_AT_END = re.compile(rf"(?:[-–—(,:]\s*|\s)({MONTHS})\.?\s+(2\d)\s*\)?\s*$", re.IGNORECASE)


_RAG_LETTER = {"g": "green", "a": "amber", "r": "red", "b": "blue"}


def _defined_here(status_raw: str, text: str) -> str | None:
    """What the words beside a bare colour say that colour means ('G' beside 'Green = within tolerance'), if they
    define it; None otherwise."""
    bare = status_raw.strip(" .").lower()
    colour = _RAG_LETTER.get(bare, bare)
    if not re.fullmatch(COLOURS, colour):
        return None
    found = re.search(rf"\b(?:{colour}|{colour[0]})\s*(?:=|means|denotes|:)\s*(?P<meaning>[^.;\n]{{3,80}})", text,
                      re.IGNORECASE)
    return found.group("meaning").strip() if found else None


def _dated_before(status_raw: str, as_of: dt.date | None) -> str:
    """The month a status cell dates itself to, when every date it gives is two months or more before the round's
    ('Complete - Nov 24' in a round of March 2026): what it says was so then; '' otherwise."""
    if as_of is None:
        return ""
    dates = periods_in(status_raw)
    if not dates and (tail := _MONTH_AT_END.search(status_raw)):
        # 'Complete - Nov 24': a month and two figures closing a status cell date it, read as a heading reads them
        dates = [month_of(f"{tail.group(1)} {tail.group(2)}")]
    before = dt.date(as_of.year - (as_of.month <= 2), (as_of.month - 3) % 12 + 1, 1)  # two months or more earlier
    return dates[0].strftime("%b %Y") if dates and all(d <= before for d in dates) else ""


def _has_status_words(raw: str, reference: Reference) -> bool:
    return any(pattern.search(raw) for pattern, _, _ in reference.status_rules)


# a figure set against the bar the force set for closing the action ('47 of 50 (target 85%)', '93% against the 90%
# required', '88% – above the 85% standard'): a result that meets its bar is the work done, not a part of it
_BAR = re.compile(r"(?:target|standard|threshold|bar|required|requirement|kpi|aim|goal|measure|criteria|criterion)"
                  r"[^.;%\d]{0,30}?(?P<bar>\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)|(?P<bar2>\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)"
                  r"\s*(?:[a-z]+\s+){0,2}(?:target|standard|threshold|bar|required|requirement)\b", re.IGNORECASE)
_SHORT = re.compile(r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)|\b(?P<done>\d+)\s*(?:of|out of|/)\s*(?P<all>\d+)\b",
                    re.IGNORECASE)
_SHORTFALL = re.compile(r"\b(below|short of|under|missed|not met|fell short|behind|outstanding|remaining|still to|yet to|"
                        r"not yet|except)\b", re.IGNORECASE)


def meets_its_bar(text: str) -> bool:
    """Does every figure the words give meet the one bar they state, with no shortfall said in words?"""
    bars = [float(m.group("bar") or m.group("bar2")) for m in _BAR.finditer(text)]
    if len(set(bars)) != 1 or _SHORTFALL.search(text):
        return False
    bar = bars[0]
    spans = [m.span() for m in _BAR.finditer(text)]
    figures = []
    for m in _SHORT.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue  # the bar itself
        if m.group("pct"):
            figures.append(float(m.group("pct")))
        elif int(m.group("all")) > 0 and int(m.group("done")) <= int(m.group("all")):
            figures.append(100 * int(m.group("done")) / int(m.group("all")))
    return bool(figures) and all(f >= bar for f in figures)


# done for a part only: 'complete for high-risk cases', 'complete for those officers who have undertaken it'
_BARE_QUARTER = re.compile(r"^\W*(complete|completed|done|closed|achieved|finished|met|delivered)[\s\-–—:,]*[(\[]?\s*q[1-4]\s*"
                           r"[)\]]?[\s.]*$", re.IGNORECASE)


_SUBSET_DONE = re.compile(
    # a done at one level below the force's ('closed at divisional level, but force-level assurance ...')
    r"\b(closed|complete|completed|done|delivered|signed off|achieved|implemented)\s+(only\s+)?(at|on)\s+(a\s+)?(divisional|"
    r"district|local|area|lpa|bcu|team|unit|departmental|basic command unit)\s+level\b|"
    r"\b(complete|completed|done|delivered|in place|live|achieved|implemented)\s+(only\s+)?(for|in|across|among)\s+"
    r"(those|the)\s+([\w-]+\s+){0,2}who\b|"
    r"\b(complete|completed|done|delivered|in place|live|achieved|implemented)\s+(only\s+)?(for|in)\s+"
    r"(high|medium|standard)[- ]risk\b|"
    r"\b(complete|completed|done|delivered|in place|live|achieved|implemented)\s+(only\s+)?(for|in)\s+(one|two|three|some|part|"
    r"half|the first)\b(?!\s+(and|to)\b)|"
    # one session for one unit and nothing more ('Training session delivered to the Public Protection Unit.')
    r"^\W*(a |one |single )?(training |awareness )?(session|input|briefing|workshop) (was |has been )?(delivered|given|held|"
    r"run) (to|for|with) (the )?[\w'’ -]{1,40}?\b(unit|team|department|hub|squad|desk)\W*$", re.IGNORECASE)


# what is done when only the first step is: the brief agreed, the draft written, the post advertised, the meeting called
_FIRST_STEP = re.compile(
    r"\b(terms of reference|tor|scope|scoping (document|paper)|project brief)\b[^.;]{0,40}?\b(agreed|signed off|"
    r"approved|drafted|written|set)\b|\b((?<!\bare )(?<!\bis )drafted|advertised|out to advert|scoped|shortlisted)\b|"
    # 'Review of capacity commissioned.', 'has been commissioned' (not 'our commissioned service')
    r"\b(?:(?:has|have) been|was|were)\s+commissioned\b|\bcommissioned\s*(?:[.;]|$|from\b|with\b)|"
    r"\binvitations? (sent|issued)\b|\b(audience|cohorts?|staff groups?|roles?) (identified|agreed|confirmed)\b|"
    r"\badded to (the |our )?([\w-]+ ){0,4}?(agenda|terms of reference|work ?plan|forward plan)\b|\b(checklist|template|form|questionnaire|survey|"
    r"module|package) (created|designed|built|drafted|written|developed)\b|\banalyst (assigned|appointed|allocated)\b|"
    # 'Digital evidence tool: procurement complete.', 'Leaflet reprint ordered': bought, not yet in use
    r"\b(procurement|tender(ing)?|purchase)( process| exercise)? (is |was |has been |now )?(complete|completed|finished|concluded|"
    r"closed|done)\b|\b(ordered|procured|purchased)\s*(?:[.;]|$)|"
    # 'Online safety advice page approved by the Chief Officer Group.': approved, not yet out
    r"\b(page|web ?page|leaflet|poster|advice|campaign|video|booklet)\b[^.;]{0,30}?\b(approved|signed off)\b|"
    # 'Meeting held with the CPS.': a meeting about the work, not the work
    r"^\W*(an? |the |initial |first |introductory |scoping )?(meeting|call|discussion|conversation)s? (held|took place|has taken "
    r"place|arranged) (with|between)\b[^.;]{0,60}[.;]?\s*$",
    re.IGNORECASE)
# what says the action itself is done, whatever first steps the words also name
_ACTION_DONE = re.compile(r"\b(action|recommendation|work|this) (is|has been|was) (now )?(complete|completed|closed|finished|"
                          r"delivered|signed off)\b|\b(is|are) (now )?(live|in use|in force|in place|embedded|published)\b|"
                          r"\b(delivered|rolled out|issued|published|launched|implemented) (to|across|in) (all|every)\b|"
                          r"\b(in use|live) (since|from)\b", re.IGNORECASE)


# a later step than the first: once any of these is said, the first step named beside it is history, not the position
_LATER_STEP = re.compile(r"\b(mandatory|mandated|in use|live|launched|began|begun|started|took|taking|running|runs|sits|meets|"
                         # (a supplier appointed is one more step of buying it, not the work in use)
                         r"met|held|(?<!supplier )(?<!provider )(?<!contractor )(?<!vendor )appointed|attended|delivered|"
                         r"completed|published|issued|signed|rolled out|offered|ran|(?<!to )(?<!will )run|conducted|carried out|"
                         r"embedded|in force|in place|approved|adopted|introduced|implemented|since|awarded|mobilised|mobilized|deployed|"
                         r"installed|in post)\b", re.IGNORECASE)


# a count of the people reached over all of them, written with a slash ('Trained 842/1,010 officers', '1,240/1,655
# frontline staff briefed'); not an audit's result ('Q2 sample: 44/50 correct') nor a reference ('Force Order 14/24')
_COVERAGE_COUNT = re.compile(rf"(?:\b(?:trained|briefed|attended|reached)\s+(?P<a>{FIGURE})\s*/\s*(?P<b>{FIGURE})\b|"
                             rf"(?<![\d/.,])(?P<c>{FIGURE})\s*/\s*(?P<d>{FIGURE})\s+([\w-]+\s+){{0,2}}?(officers|staff|"
                             r"investigators|supervisors|sergeants|call handlers|employees|people|detectives|constables)\b)",
                             re.IGNORECASE)
_AUDIT_RESULT = re.compile(r"\b(sample|audit|audited|dip|correct|compliant|compliance|accuracy|checked)\b", re.IGNORECASE)


def _coverage_short(text: str) -> str:
    for hit in _COVERAGE_COUNT.finditer(text):
        got, whole = (int(n.replace(",", "")) for n in (hit.group("a") or hit.group("c"), hit.group("b") or hit.group("d")))
        if 0 < got < whole and not _AUDIT_RESULT.search(_sentence_at(text, hit.start())):
            return hit.group(0)
    return ""


def _only_a_first_step(text: str) -> str:
    """The first step named as what was done ('Audit terms of reference signed off by the DCC', 'Allocation policy
    drafted', 'post advertised'), with nothing else saying a later step was taken or the action is finished; ''
    otherwise."""
    step = _FIRST_STEP.search(text)
    if not step or _ACTION_DONE.search(text):
        return ""
    rest = text[:step.start()] + " " + text[step.end():]
    return "" if _LATER_STEP.search(rest) else step.group(0)


_DONE_LATER = re.compile(r"\bwill be (complete|completed|finished|delivered|in place|closed)\b", re.IGNORECASE)
# ('Closed (see RAID log)': the closure rests on a risk log the plan does not hold; an evidence pack or appendix is
# the done's evidence, and stands)
_SEE_WORDS = re.compile(r"\b(see|refer to|per)\s+(the\s+)?(comments?|notes?|update|narrative|below)\b|"
                        r"\b(see|refer to|as per|per)\s+(the\s+)?(raid|risk|issues?|decision)s?\s+(log|register)\b",
                        re.IGNORECASE)


def _short_status_against(text: str, reference: Reference, as_of: dt.date | None) -> str:
    """A sentence of the words that is nothing but a status other than done ('Ongoing.', 'Not started.'), or words that
    are a RAG letter alone ('R' beside a 'G' column: the two ratings disagree)."""
    whole = text.strip(" .;!?")
    if len(whole) == 1 and classify_status(whole, reference, as_of).status in ("in_progress", "not_started"):
        return whole
    if re.fullmatch(r"([A-Za-z][\w'’ -]{0,40}:\s*)?no", whole, re.IGNORECASE):
        return whole  # 'Dedicated officers: No.' beside 'Complete': the words answer no
    pointed = re.match(r"^\s*(?P<said>[A-Za-z][A-Za-z ]{1,20}?)\s*[-–—:]\s*(see|refer to|as per)\b", text, re.IGNORECASE)
    if pointed and (re.fullmatch(r"outstanding|open|o/s|incomplete|not complete|not yet complete", pointed.group("said").strip(),
                                 re.IGNORECASE) or is_status_word(pointed.group("said"), reference, 30) and
                    classify_status(pointed.group("said"), reference, as_of).status in ("in_progress", "not_started")):
        return pointed.group("said")  # 'Outstanding - see March update.': a second status, then where the words are
    led = re.match(r"^\s*(?P<said>red|amber|not started|not yet started|in progress|incomplete|not complete|open)\s*[-–—:]\s+\S",
                   text, re.IGNORECASE)
    if led and classify_status(led.group("said"), reference, as_of).status in ("in_progress", "not_started"):
        return led.group("said")  # 'Green' beside 'Red – unit not resourced.': the words open with a rating of their own
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", text):
        words = sentence.strip(" .;!?")
        if words and len(words.split()) <= 2 and not re.search(r"\d", words) and is_status_word(words, reference, 30) \
                and not only_another_thing_done(words):  # ('Audit finished.': a step done, not a second status)
            status = classify_status(words, reference, as_of).status
            if status in ("in_progress", "not_started"):
                return words
    return ""


# the action itself handed to another unit or body (not to business as usual): where it went says nothing of done
_HANDED_AWAY = re.compile(r"\b(action|item|this|it|work|responsibility|recommendation|ownership)\s+(has been |has |was |is |now )*"
                          r"(transferred|handed( over)?|passed( over)?|moved|reassigned|delegated)\s+to\b"
                          r"(?!\s+(the\s+)?(bau|business as usual|business-as-usual|routine|standing|normal))"
                          # 'handed to the regional user group to take forward'; 'the victim service, which has taken over
                          # this action'
                          r"|\b(handed|passed|given|transferred)( over)? to [\w ,&'’-]{3,60}? to take (it |this )?forward\b"
                          r"|\b(has|have) taken over (this|the) (action|item|work|recommendation)\b"
                          # 'SPO monitoring is now the responsibility of the Offender Management Unit': moved, whoever does it
                          # ('Weekend notification now sits with the duty sergeant, closing the gap' is the work done)
                          r"|\b(is|are) now (the )?(responsibility|remit) of\b"
                          # 'now a matter for the new Public Protection Command, which will set its own policy'
                          r"|\b(is|are) now (a matter|one) for\b"
                          # 'Transferred to the Office of the PCC.'; 'is a matter for the CPS Area to arrange'
                          r"|(?:^|/)\W*(transferred|handed over|passed|reassigned) to\b|\b(is|are) (a matter|one) for the\b"
                          # 'Recommendation 22 is for the NPCC.'; 'Referral monitoring is the responsibility of the PCC'
                          r"|\b(is|are) for the (npcc|college|home office|pcc|opcc|commissioner|cps|national)\b"
                          r"|\b(is|are) the responsibility of the\b",
                          re.IGNORECASE)


_ROUTINE_HOME = re.compile(r"\b(bau|business as usual|business-as-usual|routine|standing|core business|day-to-day)\b",
                           re.IGNORECASE)
_BARE_PCT = re.compile(r"\s*\d{1,3}(\.\d+)?\s?%\s*")
_MEASURES = re.compile(r"\b(compliance|accuracy|satisfaction|attrition)\s+(rate|level|figure|score|for|of|in|at|was|stands|"
                       r"stood|is(?!\s+(now\s+)?(reported|monitored|checked|reviewed|audited|tracked|measured)))\b|"
                       r"\b(recording|data|victim|survey|audit)\s+(compliance|accuracy|satisfaction)\b|"
                       r"\b(conversion|charge|arrest|detection|recording|satisfaction|compliance) rate\b", re.IGNORECASE)
# the cell's own figure found again in the words as a result ('100%' beside 'Stalking crimes reviewed in March: 100%
# compliant with the Home Office Counting Rules.'): the cell copies a measure, not how far the action has got
_RESULT_PCT = re.compile(r"(?<![\d.])(?P<figure>\d{1,3}(\.\d+)?)\s?(%|per ?cent) (compliant|compliance|accurate|accuracy)\b",
                         re.IGNORECASE)


_NO_CELL = re.compile(r"^\s*(no|n|✗|✘|x|not started|not done|outstanding|o/s|0|nil|none|pending|tbc)\s*$", re.IGNORECASE)


def _table_gap(text: str) -> str:
    """A table pasted into the words (two lines or more of cells parted by '|'), one of whose cells says no: the row
    that says it ('South | Yes | No'), else ''."""
    rows = [line for line in text.splitlines() if line.count("|") >= 1 and len(line.split("|")) >= 2]
    if len(rows) < 2:
        return ""
    return next((row.strip() for row in rows[1:] if any(_NO_CELL.match(cell) for cell in row.split("|")[1:])), "")


# a decision reached by weighing the thing up: where the ask was to consider it, the decision is the work
_WEIGHED = re.compile(r"(?<!\bnot )\b(consider(ed|ing|ation)?|review(ed|ing)?|assess(ed|ment)?|evaluat\w*|options? appraisal|"
                      r"appraised|weighed)\b", re.IGNORECASE)


# a part of the work and its own rating in the words ('Training for call handlers: Red.')
_PART_RATED = re.compile(r"(?:^|(?<=[.;\n]))\s*(?P<part>[A-Z][\w ,'’&/()-]{2,60}?)\s*[:\-–—]\s*(?P<rating>red|amber|green|blue|"
                         r"not started|in progress|on track|complete|completed|delayed|at risk)\s*(?:[.;]|$)", re.IGNORECASE)


def _parts_rated(text: str, reference: Reference, as_of: dt.date | None) -> str:
    """Two parts or more rated in the words, one of them short of done: the part that is ('' when none)."""
    # (a dated entry's label, 'Mar 26 - Complete. Sep 25 - In progress.', is a log of the one item, not its parts)
    rated = [hit for hit in _PART_RATED.finditer(text) if not month_of(hit.group("part")) and not re.search(
        r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", hit.group("part"), re.IGNORECASE)]
    if len(rated) < 2:
        return ""
    short = [hit.group(0).strip() for hit in rated
             if classify_status(hit.group("rating"), reference, as_of).status not in DONE]
    return short[0] if short else ""


# what was done, cut back ('SPOC numbers reduced from 12 to 4'): what the done stood on is smaller now
_CUT_BACK = re.compile(r"\b(numbers?|posts?|officers|staff|spocs?|champions?|capacity|establishment|team|advocates?|isacs?|"
                       r"hours|funding)\b[^.;]{0,25}?\b(reduced|cut|fell|dropped|decreased|halved|withdrawn)\s+(from\s+\d+\s+to\s+\d+|"
                       r"by\s+\d+|to\s+\d+)\b", re.IGNORECASE)
# weighed or noted in passing, nothing said of what came of it ('considered as part of the PIP2 uplift')
_CONSIDERED_ONLY = re.compile(r"\b(considered|discussed|looked at|explored|noted|raised|reflected)\s+(as part of|within|under|"
                              r"alongside|in the context of)\b|"
                              # or by a board, and nothing of what it decided ('This recommendation was considered by
                              # the Strategic Vulnerability Board.')
                              r"^[^.;]*\b(was|were|has been|have been)\s+(considered|discussed|noted|looked at)\s+(by|at)\s+"
                              r"(the\s+)?[\w'’ -]{0,50}?\b(board|group|panel|committee|meeting|cog|forum)\W*$", re.IGNORECASE)
# the thing asked not there now ('The PCC does not currently commission a stalking-specific service')
_NOT_CURRENTLY = re.compile(r"\b(does|do|did|is|are)\s+not\s+(currently|at present|presently)\b|\b(is|are)\s+not\s+yet\s+"
                            r"(in place|available|commissioned|funded|live)\b|\bdoes not (yet )?(commission|have|provide|fund|offer)\b|"
                            # 'The published plan is currently unavailable because of the website migration.'
                            r"\b(is|are)\s+(currently |temporarily |now )?(unavailable|offline|suspended|paused|on hold)\b",
                            re.IGNORECASE)
# the practice the item asks for not always followed ('Victims are not always told about support services';
# 'Investigations are not always thorough'): a done beside it is not shown
_NOT_ALWAYS = re.compile(r"\b(is|are|was|were|has|have|do|does)\s+not\s+(yet\s+)?(always|consistently|routinely|reliably|"
                         r"uniformly)\b|\b(is|are|remains?)\s+(still\s+)?(inconsistent|patchy|variable|mixed)\b|"
                         r"\binconsistently\s+(applied|used|recorded|followed|completed|done)\b|"
                         # checks only when needed where a regular practice is asked ('Audits take place as required.')
                         r"\b(audits?|reviews?|checks?|dip[- ]?samples?|assurance)\s+(take place|takes place|are (done|carried out|"
                         r"completed|conducted|held)|is (done|carried out|completed|conducted)|happens?)\s+(only\s+)?(as and when|as|"
                         r"when|where|if) (required|needed|necessary|appropriate)\b", re.IGNORECASE)
# a result still short, said of an outcome rather than of the work: no done
_SHORTFALL = re.compile(r"\b(remains?|is still|are still|continues? to be|stays?) (lower|below|behind|short of|under|"
                        r"worse|an area of concern|a concern|of concern)\b", re.IGNORECASE)
# the panel, clinic or service the item is about closed down or ended ('Panel closed. Cases now go to MARAC.')
_SERVICE_ENDED = re.compile(r"\b(panel|clinic|service|scheme|hub|forum|pilot)s?\s+(was |were |has been |have been |is |now )?"
                            r"(closed|closed down|disbanded|stood down|decommissioned|ended|stopped|discontinued)\b",
                            re.IGNORECASE)
# a thing offered or made available, nothing said of its use ('the training had been 'offered' to all officers')
# (training only: an offer of referral or support to victims is the practice itself)
_OFFERED_ONLY = re.compile(r"\b(training|course|e-?learning|input|module|sessions?|package|cpd)\b[^.;]{0,40}?\b((has|have|had) "
                           r"been|was|were|is|are) (now )?['‘\"]?(offered|made available)['’\"]?", re.IGNORECASE)
# an audit or sample that found cases where the practice asked for was not followed
_AUDIT_GAPS = re.compile(r"\b(audit|sample|dip[- ]?sample|review|inspection)\b[^.;]{0,80}?\bfound\s+(\d+|some|several|a number|"
                         r"cases|crimes|files|records)\b[^.;]{0,20}?\b(where|in which|that|with)\b[^.;]{0,80}?\b(not|no|never|"
                         r"without|missing|absent)\b", re.IGNORECASE)
_DONE_SAID = re.compile(r"\b(is|are|was|were|has been|have been) (now )?(done|complete|completed|delivered|in place)\b",
                        re.IGNORECASE)
_NAME_ONLY = r"(?![^.;]*\b(and|which|who|where|with|since|from|through|via|meets?|runs?)\b)[^.;]{0,60}\W*$"  # a holder, no more
_NO_LONGER_OURS = re.compile(r"\bno longer (owns|leads( on)?|holds|has ownership of|responsible for) (this|the) (action|item|work|"
                             r"recommendation)\b|"
                             # or said only to sit with someone now ('Assurance of stalking sits with the Force Audit
                             # Team.'; 'This is now owned by the Public Protection Unit.'): who holds it, not what was done
                             r"^\W*[\w'’ -]{0,50}?\b(sits|rests|lies) with\b" + _NAME_ONLY + "|"
                             r"^\W*[\w'’ -]{0,50}?\b(is|are) now (owned|held) by\b" + _NAME_ONLY + "|"
                             # ('Closed at the Gold Group; the action is now owned by the regional VAWG board.')
                             r"\b(the |this )(action|item|recommendation|work) (is|are) now (owned|held|led) by (the |a )?(regional|national|"
                             r"partner|partnership|multi-agency)\b",
                             re.IGNORECASE)
# a choice of one thing over another ('decided not to adopt the tool: our own form already asks the same questions';
# 'instead, stalking champions have been trained'): the decision is the answer
# a decision held only for now ('Decision taken not to adopt the SST at this time'): not the consideration settled
_FOR_NOW = re.compile(r"\b(at this (time|stage|point)|for now|for the time being|at present|currently)\b", re.IGNORECASE)
_REASONED = re.compile(r"\b(because|since|given that|instead|already|as (our|the|it|we))\b", re.IGNORECASE)  # a reason given
# the force's own policy followed, said of nothing else ('Allocation is in line with the force's Investigation
# Allocation Policy'): whether that policy meets the ask is not said
_IN_LINE_WITH = (r"^[^.;]*\b(is|are) (done |carried out |managed |made |undertaken |delivered |dealt with |handled |"
                 r"processed |assessed |investigated )?(in line with|"
                 r"in accordance with|according to|as per|compliant with) ")
_OWN_POLICY_ONLY = re.compile(_IN_LINE_WITH + r"(the force['’]s|our|force|the|existing|current) (own |existing |current )?"
                              r"([\w-]+ ){0,3}(policy|procedure|guidance|process|policies|procedures|processes)\W*$|"
                              # or with the law or a national body's guidance ('SPOs are managed in line with
                              # legislation'; 'Screening is done in accordance with APP'; 'delivered as per the College')
                              + _IN_LINE_WITH + r"(the )?(legislation|law|statute|statutory guidance|app|authorised professional "
                              r"practice|college( of policing)?|national guidance|national standards?|home office guidance)"
                              r"( guidance| app| standards?)?\W*$", re.IGNORECASE)
# a trial said and nothing after it: a trial is not the thing adopted
_TRIAL_ONLY = re.compile(r"^[^.;]*\b(was|were|has been|have been) (trialled|trialed|piloted|tested)\b[^.;]*\.?\s*$", re.IGNORECASE)
# words that only send the reader to another body's document ('Please refer to the joint force and OPCC response
# published on the OPCC website', 'Closed on the tracker; see the NPCC return'): nothing of the force's work is said here
# (a pointer to its own previous update or covering report is left to stand with its status)
_ELSEWHERE_ONLY = re.compile(
                             # ('Actions moved to the 2026/27 Public Protection Plan.', '• moved to VAWG tracker'): the
                             # work went to another plan; what became of it is that plan's
                             r"^\W*(?:(?:the\s+)?(?:actions?|work|item|this|it|remaining\s+\w+)\s+(?:has\s+been\s+|have\s+been\s+|was\s+|"
                             r"were\s+|now\s+)?)?(?:moved|transferred|carried\s+(?:over|forward)|rolled\s+over|migrated)\s+(?:to|into|onto)\s+"
                             r"(?:the\s+|our\s+)?[\w/'’ -]{0,50}?\b(?:plan|tracker|programme|log|register|workstream)\b[^.;]{0,40}\W*$|"
                             r"^\W*(?:(?:closed|complete|completed|done)\s+(?:on|in)\s+(?:the\s+)?(?:tracker|system|log|database)"
                             r"\s*[;,.:–—-]?\s*)?(?:please\s+)?(?:see|refer\s+to|as\s+per|detailed\s+in|set\s+out\s+in|covered\s+in)\s+"
                             r"(?:the\s+)?[^.;]{0,60}?\b(?:opcc|pcc|npcc|commissioner|college|joint|partner|partnership)['’]?s?\b"
                             r"[^.;]{0,60}?\b(?:response|return|update|report|website|plan|submission|page|letter|minutes|paper|"
                             r"document)s?\b[^.;]{0,60}?\W*$|"
                             # ('Mar-26: see separate MAPPA update from probation.'): a separate document's words, none here
                             r"^\W*(?:[a-z]{3}[- ]?\d{2}\s*:\s*)?(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?separate\s+[^.;]{0,60}?"
                             r"\b(?:update|report|response|return|plan|paper|submission)s?\b[^.;]{0,40}\W*$|"
                             # or to a wider plan the work went into ('Please refer to the Public Protection Improvement
                             # Plan for this item'): the work is that plan's, not shown done here
                             r"^\W*(?:please\s+)?(?:see|refer\s+to|as\s+per|detailed\s+in|set\s+out\s+in|covered\s+(?:in|by|under))"
                             r"\s+(?:the\s+|our\s+)?(?:new\s+|wider\s+|force(?:['’]s)?\s+)?[\w'’ -]{0,50}?\b(?:improvement|delivery|"
                             r"action|transformation|change|vawg|strategic)\s+(?:plan|programme|strategy)\b(?:\s+for\s+(?:this|the)\s+"
                             r"(?:item|action|recommendation|sub-?item|work)|"
                             # ('Refer to the VAWG delivery plan for risk assessment updates.')
                             r"\s+for\s+(?:the\s+|our\s+)?[\w'’ -]{0,40}?\b(?:updates?|progress|details|information)"
                             r"(?:\s+(?:on|of|about)\s+(?:this|the|it)(?:\s+(?:item|action|recommendation|work))?)?)?"
                             # ('See the VAWG Delivery Plan, section 4.')
                             r"(?:\s*[,(–—-]?\s*(?:section|part|chapter|page|para(?:graph)?|theme|priority)\s+[\w.]{1,6}\)?)?\W*$",
                             re.IGNORECASE)
# words that only point to another item's answer, nothing more ('Refer to recommendation 16.', 'See our response to
# 10.1.', 'Online stalking is addressed under 18.'): no words of this item's work (a pointer that says how the other item
# covers this one, 'see 10.1 - the same package', stands with its status)
_ITEM_POINTER = re.compile(r"^\W*(?:please\s+)?(?:(?:see|refer\s+to|as\s+per|covered\s+(?:under|by|in))\s+(?:our\s+|the\s+)?"
                           r"(?:(?:response|update|answer|entry)\s+(?:to|for|under|at|against)\s+)?|[\w '’]{0,40}?\b(?:is|are)"
                           r"\s+(?:addressed|covered|dealt\s+with|picked\s+up)\s+(?:under|by|in)\s+)(?:rec(?:ommendation)?\.?\s*)?"
                           r"\d{1,2}(?:\.\d{1,2})?(?:\s+(?:response|update|answer|section|above|below))?\W*$", re.IGNORECASE)
# or only to the force's own document ('Please refer to the force crime recording policy.'): not shown done here (a
# pointer to the evidence, an appendix or the narrative of a covering report keeps its done: that is where the evidence is)
_DOCUMENT_POINTER = re.compile(r"^\W*(?:please\s+)?(?:see|refer\s+to|as\s+per)\s+(?:the\s+|our\s+)?(?:force(?:['’]s)?\s+)?"
                               r"(?![^.;]*\b(?:evidence|appendix|annex|closure|narrative|covering|portal|folder)\b)"
                               # ('See attached action log.'): the log is elsewhere, not shown here
                               r"[\w'’ -]{0,40}?\b(?:policy|report|strategy|procedure|guidance|minutes|paper|return|log|"
                               r"tracker|commentary)s?\W*$",
                               re.IGNORECASE)
# a bare closure ('Closed') beside words that only point elsewhere ('Refer to 11.1.') or say it was looked at: closed,
# but not shown done here
_CLOSURE_ONLY = re.compile(r"^\W*((ar gau|wedi cau)\s*/\s*)?closed(\s*/\s*(ar gau|wedi cau))?\W*$", re.IGNORECASE)  # and in Welsh
# (said in both languages too: 'Gweler y cynllun gwella. See the improvement plan.')
_POINTER_ONLY = re.compile(r"^(?:\W*(?:please\s+)?(?:see|gweler|refer\s+to|as\s+per|covered\s+(?:by|under|in))\b"
                           r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?[.;]?\s*){1,2}\W*$|"
                           # or say only that it was looked at ('Pathway reviewed.')
                           r"^\W*[\w'’ -]{1,40}?\s(reviewed|considered|discussed|noted|looked at|explored)\W*$|"
                           # or that it is covered somewhere already, and no more ('Powers are already covered in
                           # existing training.')
                           r"^\W*[\w'’ -]{1,40}?\s(is|are)\s+(already\s+)?covered\s+(by|under|in|within)\b[^.;]{0,60}\W*$",
                           re.IGNORECASE)


def _points_elsewhere(status_raw: str, text: str, said) -> str:
    """A done beside words that only send the reader elsewhere (another item, another body's document, a wider plan, the
    force's own policy or report): the pointer, else ''. Nothing of this item's work is said beside the done."""
    words = " ".join(text.split())
    if away := _ITEM_POINTER.match(words):
        return away.group(0)
    if (away := _ELSEWHERE_ONLY.match(words)) and not _ITEM_ID.search(text):
        return away.group(0)
    if said.done:
        return ""
    if (away := _DOCUMENT_POINTER.match(words)) or (_CLOSURE_ONLY.match(status_raw) and (away := _POINTER_ONLY.match(words))):
        return away.group(0)
    return ""


# what something covers, listed, with stalking not among it ('Our VAWG assessment covers domestic abuse, rape and serious
# sexual offences'): the words do not show the ask met
_COVERS_OTHERS = re.compile(r"\b(covers?|cover(ed|ing)|includes?|includ(ed|ing)|addresses|deals with)\b[^.;]{0,40}\b(domestic abuse|"
                            r"rape|sexual offences|harassment|violence against women|vawg|child abuse|exploitation)\b",
                            re.IGNORECASE)
_INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
# what the report asks forces to consider, not to do (the stalking screening tool, dedicated stalking officers or teams):
# only there is a decision not to adopt it, weighed or with its alternative, the consideration done
_CONSIDER_ASK = re.compile(r"\b(screening tool|the tool|sst|s-?dash|dash|dedicated|(specialist|separate|standalone|stand-alone) "
                           r"(stalking )?(officers?|teams?|units?|posts?|roles?)|"
                           r"stalking (officers?|teams?|units?|posts?|coordinators?|co-ordinators?|advisers?|advisors?))\b",
                           re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\bnot to (adopt|use|introduce|create|purchase|buy|procure)\b|\binstead\b|\balready\b",
                          re.IGNORECASE)


# words that only say the thing matters or will go on mattering ('Victim feedback is important to us and we will
# continue to listen'; 'Online stalking is a growing concern'): no work said done
_VALUE_ONLY = re.compile(r"\b(is|are|remains?) (very |extremely |really |particularly |so )?(important|vital|essential|"
                         r"a (growing |key |significant |real |serious |top |force |major )?(concern|priority|focus))\b|"
                         r"\bwe (will|shall) continue to\b|\b(is|are|remains?) (fully )?committed to\b|"
                         r"\b(is|are) (a|an) (very |really )?(important|key|vital|essential|central) (part|element|aspect|"
                         r"priority|tool|focus)\b|\b(is|are) taken (very |extremely |really )?seriously\b|"
                         r"\b(we|the force|the constabulary|the organisation|the service) (values?|recognises?|recognizes?|welcomes?|"
                         r"acknowledges?|understands?|appreciates?)\b|\bmatters? to us\b|\btakes? [^.;]{0,30} seriously\b|"
                         r"\b(is|are) (highly |greatly |really |very )?valued\b|"
                         r"\bone of (the|our|its|their|the organisation['’]s|the force['’]s) (top |key |main |highest )?priorities\b",
                         re.IGNORECASE)


def _only_values(text: str) -> str:
    """The words' one or two sentences all say only that the thing matters: the first such phrase, else ''."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", " ".join(text.split())) if s.strip(" .")]
    hits = [_VALUE_ONLY.search(s) for s in sentences]
    return hits[0].group(0) if sentences and len(sentences) <= 3 and all(hits) else ""


# a routine said in one short sentence, nothing of the work the item asks for ('The policy is reviewed regularly.',
# 'Audits are undertaken.', 'Training continues to be reviewed.'): a done beside it is not borne out
_ROUTINE_ONLY = re.compile(r"^\W*(?:the |our |all |each |every )?[\w'’ -]{1,40}?\s+(?:is|are|continues? to be|will continue to be)\s+"
                           r"(?:regularly |routinely |annually |periodically |also )?(?:reviewed|undertaken|considered|discussed|"
                           r"monitored|looked at|carried out|kept under review)(?:\s+(?:regularly|routinely|annually|yearly|"
                           r"periodically|as (?:required|needed|necessary)|case by case|on a case[- ]by[- ]case basis|where "
                           r"(?:appropriate|needed|relevant)|when (?:needed|required)))?\W*$", re.IGNORECASE)
# a course put up for staff and nothing more ('Package launched on the learning platform in December.'): nothing of
# anyone having taken it
_ONLY_PUT_UP = re.compile(r"^(?!.*\b(complet\w*|trained|attended|undertaken|mandatory|mandated|\d+\s?%|per ?cent|all (officers|"
                          r"staff)|every)\b)[^.;]*\b(training|course|e-?learning|module|package|input)s?\b[^.;]{0,40}?\b(launched|"
                          r"went live|uploaded|made available|published) (on|to|via) (the )?([\w-]+ ){0,2}(platform|system|hub|"
                          r"portal|intranet|site|lms)\b[^.;]*\.?\s*$", re.IGNORECASE)
# words about domestic abuse services alone ('IDVA referrals are made for all high-risk domestic abuse victims'): whether
# stalking victims have what the item asks for is not said
_DOMESTIC_ONLY = re.compile(r"\b(idvas?|domestic abuse|domestic violence)\b", re.IGNORECASE)
# stalking cases taken to the domestic abuse conference, said alone ('Stalking cases are discussed at MARAC.'): neither a
# stalking panel nor a decision not to have one is said
_MARAC_ONLY = re.compile(r"^(?!.*\b(agreed|decided|decision|instead|chose|chosen|extended|rather than|in place of|panel|masp|"
                         r"masip|clinic)\b)(?!.*\d)[^.;]*\b(discussed|heard|considered|go|goes|referred|taken) (at|through|via|by|to) (the )?"
                         r"(local |force )?marac\b[^.;]*\.?\s*$", re.IGNORECASE)


# a share short of the whole ('91 per cent', '140 of 152') whose remainder the words say cannot take part now: away
# on leave, absent, seconded. Beside a done column, the share is everyone there is; the words alone stay a share.
_SHARE = re.compile(r"\d\s?(%|per ?cent)|\bper ?cent\b|\b\d+ (of|out of)\b", re.IGNORECASE)

def read_position(status_raw: str, text: str, reference: Reference, as_of: dt.date | None = None,
                  key: StatusKey | None = None) -> Position:
    status_raw = clean_text(status_raw)  # '&nbsp;', '<p>Complete</p>'
    if _PLACEHOLDER.match(status_raw):
        status_raw = ""  # 'Choose an item.': the template's drop-down never filled in; the words decide
    reading = classify_status(status_raw, reference, as_of, key)
    if (when := _stale_stage(status_raw, reading, as_of)) and text.strip():
        # 'Not started (Nov-24)' beside this round's 'fully delivered, all SPOCs trained': the cell speaks for the round
        # it is dated to, the words for this one
        inferred = infer_status(text, reference.status_modifiers, as_of)
        if inferred and inferred.status in DONE and inferred.confidence >= _PLAIN:
            return Position(inferred.status, "inferred", inferred.confidence, inferred.quote, reading,
                            stale=f"the status column says '{status_raw.strip()[:60]}', dated {when}, before this "
                                  f"round; this round's words say '{inferred.quote[:60]}', which were taken")
    if not status_raw.strip() or _AWAITING_WORDS.match(status_raw) or (
            reading.status == "unknown" and _POINTER.search(status_raw) and not _has_status_words(status_raw, reference)):
        # no status, or a cell that only points at the words ('TBC - see update'): the words decide
        inferred = infer_status(text, reference.status_modifiers, as_of)
        if inferred:
            return Position(inferred.status, "inferred", inferred.confidence, inferred.quote, reading)
        return Position("unknown", "none", None, "", reading)
    if reading.status in DONE and NFA_CLOSED.fullmatch(status_raw.strip()) and not says_something(text):
        # alone, 'Closed (no further action)' does not say the work was done: words beside it may
        doubted = dataclasses.replace(reading, status="unknown", doubt=f"status '{status_raw.strip()[:60]}' closes the "
                                      "item with 'no further action', which does not say the work was done; stored as "
                                      "unknown")
        return Position("unknown", "stated", 1.0, status_raw, doubted)
    if reading.status in DONE and (written := _UPDATE_WRITTEN.match(status_raw)):
        # 'Nov-24 update complete': the round's update was written, which says nothing of the work
        doubted = dataclasses.replace(reading, status="unknown", doubt=f"status '{status_raw.strip()[:60]}' says "
                                      f"'{written.group(0)}', that the update was written, not that the work was done; "
                                      "stored as unknown")
        return Position("unknown", "stated", 1.0, status_raw, doubted)
    if reading.status in DONE and as_of and (month := _DONE_MONTH.fullmatch(status_raw)) and \
            _last_month(month.group("month"), as_of) < _published().replace(day=1):
        # 'Complete (Jan)' in a round of November 2024: January of that year was before the report, and January of the
        # next is still to come; either way not this round's done
        doubted = dataclasses.replace(reading, status="unknown", doubt=f"status '{status_raw.strip()[:60]}' names a month "
                                      "with no year that is either before the report or still to come; stored as unknown")
        return Position("unknown", "stated", 1.0, status_raw, doubted)
    if reading.status in DONE and _BARE_QUARTER.fullmatch(status_raw) and not says_something(text):
        # 'Complete (Q2)' alone: a quarter with no year may be the one just gone or the next (a calendar year's or a
        # financial year's), so the done may still be to come; words beside it that say it was done decide
        doubted = dataclasses.replace(reading, status="unknown", doubt=f"status '{status_raw.strip()[:60]}' names a quarter "
                                      "with no year, which may be still to come; stored as unknown")
        return Position("unknown", "stated", 1.0, status_raw, doubted)
    position = Position(reading.status, "stated", 1.0, status_raw, reading)
    if reading.status in DONE and _SEE_WORDS.search(status_raw) and not says_something(text):
        # 'Complete (see comments)' where the comments say nothing: the done rests on words that are not there
        return Position("unknown", "stated", 1.0, status_raw, reading,
                        f"the status '{status_raw.strip()[:60]}' points to words that say nothing "
                        f"('{' '.join(text.split())[:60]}'); stored as unknown")
    if reading.status in DONE and (starts := _cell_starts_later(status_raw, as_of)):
        # 'Ongoing – BAU from Apr' in a round of March: the done is still to come, whatever the words say
        doubted = dataclasses.replace(reading, status="unknown", doubt=f"status '{status_raw.strip()[:60]}' gives a done "
                                      f"that starts later ('{starts[:40]}') than the round of {as_of:%B %Y}; stored as unknown")
        return Position("unknown", "stated", 1.0, status_raw, doubted)
    if reading.status == "unknown" or not text.strip():
        return position
    if (meaning := _defined_here(status_raw, text)) is not None and \
            classify_status(meaning, reference, as_of).status != reading.status:
        # 'G' beside 'Green = within tolerance': the words give the colour their own meaning, not the default's
        return Position("unknown", "stated", 1.0, status_raw, reading,
                        f"the status column says '{status_raw.strip()[:30]}' and the words beside it define that as "
                        f"'{meaning[:60]}'; stored as unknown")
    if reading.status in DONE and _BARE_PCT.fullmatch(status_raw) and (measure := _MEASURES.search(text) or next(
            (hit for hit in _RESULT_PCT.finditer(text) if re.sub(r"[^\d.]", "", status_raw) == hit.group("figure")), None)):
        # '100%' beside 'Crime recording compliance for stalking in latest audit.': the figure is a result, not how far
        # the action has got
        return Position("unknown", "stated", 1.0, status_raw, reading,
                        f"the status column says '{status_raw.strip()}' and the words say it measures "
                        f"'{measure.group(0)}', a result rather than progress; stored as unknown")
    said = evidence(text, reference.status_modifiers, as_of)
    inferred = said.inferred
    if reading.status == "complete" and inferred and inferred.status == "bau" and inferred.confidence >= 0.9:
        return Position("bau", "stated", 1.0, status_raw, reading)  # 'Closed' beside 'now routine practice'
    if reading.status in DONE and inferred and inferred.status == "not_applicable" and inferred.confidence >= _PLAIN \
            and not _INSTEAD.search(text):  # ('... cannot apply as written. Instead, victims are referred ...': done another way)
        # 'Closed' beside 'superseded by the national approach': closed because it no longer applies
        return Position("not_applicable", "stated", 1.0, status_raw, reading)
    against = ""
    if reading.status in DONE and inferred and inferred.status == "not_started":
        against = inferred.phrase  # 'Complete' beside 'delivery to officers has not started'
    elif reading.status in DONE and inferred and inferred.status == "in_progress" and WORK_LEFT.search(inferred.phrase) \
            and not meets_its_bar(text):
        against = inferred.phrase  # 'Completed in full' beside 'the permanent fix is outstanding'
    elif reading.status in DONE and inferred and inferred.status in ("in_progress", "not_started") and \
            _DONE_LATER.search(inferred.phrase):
        against = inferred.phrase  # 'Complete' beside 'training will be complete by December 2025; 58% trained'
    elif reading.status in DONE and (step := _only_a_first_step(text)):
        against = step  # 'Complete' beside 'Terms of reference agreed; analyst assigned': a first step, not the action
    elif reading.status in DONE and (short := _short_status_against(text, reference, as_of)):
        against = short  # 'Complete' beside 'Complete. Ongoing.': the words give a second status of their own
    elif reading.status in DONE and (count := _coverage_short(text)) and not _REST_AWAY.search(text):
        against = count  # 'Green' beside 'Trained 842/1,010 officers.': a count of people short of its whole
    elif reading.status in DONE and (gap := _table_gap(text)):
        against = gap  # 'Complete' beside a table pasted into the words with 'No' in its cells: some of it not done
    elif reading.status in DONE and (subset := _SUBSET_DONE.search(text)):
        against = subset.group(0)  # 'Complete' beside 'complete for high-risk cases' or 'for those officers who have'
    elif reading.status in DONE and inferred and inferred.status in ("in_progress", "not_started") and \
            (when := _dated_before(status_raw, as_of)):
        against = f"{inferred.phrase}; the status is dated {when}"  # 'Complete - Nov 24' beside 2026's 'being redesigned'
    elif reading.status in DONE and said.reversed:
        against = said.reversed  # 'Closed' beside 'reopened following the inspection'
    elif reading.status in DONE and PARTNERS_PART.match(" ".join(text.split())):
        against = "the partners' part only"  # 'Complete' beside 'Our partners have completed their part of this work.'
    elif reading.status in DONE and only_others_work(text):
        against = "another body's work"  # 'Complete' beside 'National SPO guidance written by the College': not the force's
    elif reading.status in DONE and (nfa := NFA_CLOSED_WORDS.search(text)):
        against = nfa.group(0)  # 'Closed' beside 'closed at the March board; no further action recorded': not the work
    elif reading.status in DONE and not said.done and (short := _SHORTFALL.search(text)) and not _DONE_SAID.search(text):
        against = short.group(0)  # 'Green' beside 'arrest rates for stalking remain lower than for other offences'
    elif reading.status in DONE and (away := _points_elsewhere(status_raw, text, said)):
        against = away  # 'Complete' beside 'Refer to recommendation 16.' or 'Please refer to the joint force and OPCC
        # response'; 'Closed' beside 'Refer to the Victims' Code compliance report.': no words of this item's work
    elif reading.status in DONE and GENERAL_ONLY.match(" ".join(text.split())) and not re.search(r"stalk", text, re.I):
        against = "general arrangements only"  # 'Green' beside 'Strong partnership links.': nothing of the ask's work
    elif reading.status in DONE and (vague := VAGUE_CHANGES.match(" ".join(text.split()))):
        against = vague.group(0)  # 'Complete' beside 'A number of changes have been made ...': which, not said
    elif reading.status in DONE and not said.done and (other := NOTHING_OF_THE_ASK.match(" ".join(text.split())) or
                                                       NOTHING_OF_PROGRESS.match(" ".join(text.split()))):
        against = other.group(0)  # 'Complete' beside 'The force has obtained 14 SPOs this year.': not the ask's work
    elif reading.status in DONE and not said.done and (trial := _TRIAL_ONLY.match(" ".join(text.split()))):
        against = trial.group(0)  # 'Complete' beside 'Early screening was trialled in the Force Control Room.'
    elif reading.status in DONE and not said.done and (routine := _ROUTINE_ONLY.match(" ".join(text.split()))):
        against = routine.group(0)  # 'Green' beside 'The policy is reviewed regularly.': a routine, not the work shown
    elif reading.status in DONE and not said.done and (other := _DOMESTIC_ONLY.search(text)) and \
            not re.search(r"stalk|\bisacs?\b|\bspos?\b|\bmas[i]?ps?\b|\bpanel\b", text, re.IGNORECASE):
        against = other.group(0)  # 'Complete' beside 'IDVA referrals are made for all high-risk domestic abuse victims'
    elif reading.status in DONE and not said.done and (other := _MARAC_ONLY.match(" ".join(text.split()))):
        against = other.group(0)  # 'Complete' beside 'Stalking cases are discussed at MARAC.': no panel, no decision said
    elif reading.status in DONE and (none := not said.done and NO_PROGRESS.search(text) or
                                     _ONLY_PUT_UP.match(" ".join(text.split()))):
        against = none.group(0)  # 'Green' beside 'Package launched on the learning platform': nothing of its take-up
    elif reading.status in DONE and not said.done and (value := _only_values(text)):
        against = value  # 'Complete' beside 'Online stalking is a growing concern.': nothing said done
    elif reading.status in DONE and (parts := _parts_rated(text, reference, as_of)):
        against = parts  # 'Green' beside 'Training for supervisors: Amber. Training for call handlers: Red.'
    elif reading.status in DONE and (low := low_measure(text)):
        against = low  # 'Complete' beside 'compliance with included-classification recording currently stands at 64%'
    elif reading.status in DONE and (cut := _CUT_BACK.search(text)):
        against = cut.group(0)  # 'Green' beside 'Stalking SPOC numbers reduced from 12 to 4 following restructure'
    elif reading.status in DONE and not said.done and (thin := _CONSIDERED_ONLY.search(text) or _NOT_CURRENTLY.search(text)):
        # 'Green' beside 'capability considered as part of the PIP2 uplift'; 'Complete' beside 'The PCC does not currently
        # commission a stalking-specific service': nothing done for the ask is said
        against = thin.group(0)
    elif reading.status in DONE and (gone := _NO_LONGER_OURS.search(text)):
        against = gone.group(0)  # 'Closed' beside 'the force no longer owns this action': given away, whoever does it
    elif reading.status in DONE and (doubted := DOUBTED_BY_OTHERS.search(text)):
        against = doubted.group(0)  # 'Green' beside 'the panel was not persuaded that needs assessments happen'
    elif reading.status in DONE and (gaps := _AUDIT_GAPS.search(text) or _NOT_ALWAYS.search(text)):
        # 'Complete' beside 'an audit of 50 crimes found 11 where stalking had not been recorded' or 'Victims are not
        # always told about support services': the practice asked for is not yet the rule
        against = gaps.group(0)
    elif reading.status in DONE and (ended := _SERVICE_ENDED.search(text)):
        against = ended.group(0)  # 'Closed' beside 'Panel closed. Cases now go to MARAC.': the thing ended, not the work done
    elif reading.status in DONE and (refused := NOT_ACCEPTED.search(text)):
        against = refused.group(0)  # 'Closed' beside 'Recommendation not accepted by the Chief Officer Group': not the work
    elif reading.status in DONE and (declined := DECIDED_NOT.search(text)) and (
            _FOR_NOW.search(text) and not _REASONED.search(text) or not _CONSIDER_ASK.search(text) or
            not _WEIGHED.search(text) and not _ALTERNATIVE.search(text)):
        # 'Closed' beside 'the board decided not to build the field': closed, not done ('Considered; decided not to
        # adopt the tool' is the consideration asked for, done)
        against = declined.group(0)
    elif reading.status in DONE and (moot := NOT_RELEVANT.search(text)):
        against = moot.group(0)  # 'Closed' beside 'the recommendation is no longer considered relevant': closed, not done
    elif reading.status in DONE and not said.done and (covers := _COVERS_OTHERS.search(text)) and \
            not re.search(r"stalk|\bspos?\b|\bisacs?\b|\bsst\b", text, re.IGNORECASE):
        against = covers.group(0)  # 'Green' beside 'Our VAWG assessment covers domestic abuse, rape ...': stalking not named
    elif reading.status in DONE and (own := _OWN_POLICY_ONLY.match(" ".join(text.split()))):
        against = own.group(0)  # 'Green' beside 'Allocation is in line with the force's policy': not that it meets the ask
    elif reading.status in DONE and not said.done and (_RESTATES.search(text) or _only_the_ask(text)):
        against = "only what the recommendation asks"  # a done column beside a restatement: nothing answers it
    elif reading.status in DONE and _ACCEPTED_ALONE.match(text):
        against = "the recommendation accepted, and nothing more"  # 'Green' beside 'We accept this recommendation.'
    elif reading.status in DONE and not said.done and _AGREED_ONLY.search(text):
        against = _AGREED_ONLY.search(text).group(0)  # 'Complete' beside 'we have agreed to do this': accepted, not done
    elif reading.status in DONE and not said.done and (late := _after_round(text, as_of)):
        against = late  # 'Complete' beside 'input to all control room staff on 12/05/2025' in a round of March 2025
    elif reading.status in DONE and said.later:
        against = said.later  # 'Complete' beside 'training programme completed 01/04/2026' in a round of September 2025
    elif reading.status in DONE and said.pending:
        against = said.pending  # 'Complete' beside 'go-live is expected on 1 May 2025'; 'Southern division to follow'
    elif reading.status in DONE and not said.done:
        # a done column whose words say nothing was finished, and that the work has not started, is under way,
        # or will be finished later
        if inferred and inferred.status in ("not_started", "in_progress") and not (
                inferred.status == "in_progress" and WORK_LEFT.search(inferred.phrase) and meets_its_bar(text)):
            against = inferred.phrase
        elif said.doubted_done:
            against = said.doubted_done
        elif (scope := next((hit.group(0) for kind, pattern in reference.status_modifiers if kind == "scope"
                             for hit in [pattern.search(text)] if hit and not only_another_thing_done(hit.group(0))), "")):
            against = scope  # 'Complete' beside 'compulsory for several staff groups': words that cover a part only
        elif (plan := _only_future(text, reference, as_of)):
            against = plan  # 'Action Complete' beside 'a working group will be set up to review ...': only a plan
        elif (offered := _OFFERED_ONLY.search(text)):
            against = offered.group(0)  # 'Complete' beside 'the training had been offered to all officers': not taken
        elif (belief := _BELIEF.search(text)):
            against = belief.group(0)  # 'Green' beside 'we think all staff have had the input, but ...': not known
        elif (away := _HANDED_AWAY.search(text)) and not _ROUTINE_HOME.search(f"{status_raw} {text}"):
            against = away.group(0)  # 'Green' beside 'Action transferred to the joint PPU.': moved, not done here
    elif reading.status == "not_started" and inferred and (
            inferred.status in DONE or inferred.status == "in_progress" and _BEGUN.search(inferred.phrase)):
        against = inferred.phrase  # 'Not started' beside words saying the work began or finished (not 'will follow')
    elif reading.status == "not_started" and (step := step_done(text)):
        against = step  # 'Not started' beside 'The audit was completed in January': a step of the work is done
    elif reading.status == "not_applicable" and said.done and not (
            re.search(r"supersed|replaced|disodli", status_raw, re.IGNORECASE) and
            re.search(r"\b(stood down|ended|withdrawn|replaced|no longer (needed|required|necessary))\b", text, re.IGNORECASE)):
        # ('Superseded' beside 'the interim logs were stood down once the field went live': replaced, as it says)
        against = said.done  # 'N/A' beside 'training delivered to all staff'
    elif reading.status == "in_progress" and inferred and inferred.status == "complete" and inferred.confidence >= 0.9:
        against = inferred.phrase  # 'In progress' beside 'the action is complete'
    if against and reading.status in DONE and _SHARE.search(against) and _REST_AWAY.search(text):
        against = ""  # 'Action complete' beside '91 per cent have completed; the rest are on long-term leave': all there
    if against:
        words = " ".join(text.split())
        conflict = (f"the status column says '{status_raw.strip()[:60]}' but the update says "
                    f"'{words[:140]}{'...' if len(words) > 140 else ''}' ('{against[:60]}'); stored as unknown")
        return Position("unknown", "stated", 1.0, status_raw, reading, conflict)
    return position
