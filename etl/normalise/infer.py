"""A transparent reader that gives a status to an update with none stated, from its own words.

Rules are tried tier by tier; the first tier with a match decides, and the matched words are kept as
the evidence, so every inferred status can be checked by a person. Where nothing matches, the reader
abstains (the status stays unknown): bare words of intent ('will', 'currently') are not evidence,
because real plans keep their first 'we will' wording after an item is done. Order matters: 'not yet started'
must beat 'started', 'will be completed' must beat 'completed', 'working to embed into business as
usual' is still in progress.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_W = r"[\w'’-]+"  # one word


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


TIERS: tuple[tuple[str, float, re.Pattern], ...] = (
    ("not_applicable", 0.9, _rx(
        r"\bnot applicable\b", r"\bdoes not apply\b", r"\bn/a\b", r"\bnot relevant to (this|our|the) force\b",
        r"\bno longer applicable\b", r"\bout of scope (for|of) (this|our|the) force\b", r"\bout of scope\b",
    )),
    # a plain statement that the action is closed or the requirement met outranks the detail around it
    ("complete", 0.9, _rx(
        r"\b(this |the )?(action|recommendation|requirement)s? (is |are |has been |have been )?(now )?(complete|completed|closed|met|discharged)\b",
        r"\baction closed\b", r"\b(we )?now (fully )?comply\b", r"\bfully compliant\b", r"\bwe (fully )?comply\b(?!\s+with\s+(most|some|part|many))",
        r"\b(now )?meet (it|this|this recommendation|the recommendation|the requirement) in full\b",
    )),
    ("in_progress", 0.85, _rx(  # partial compliance: some of it is in place, whatever is planned next
        r"\b(partially|partly) compl(y|ies|ied|iant)\b", r"\bcomply with (most|some|many) (aspects|parts|elements)\b",
    )),
    ("not_started", 0.85, _rx(
        r"\b(will|is due to|are due to|due to|scheduled to|planned to|set to) (begin|start|commence)\b",
        r"\bbefore any work (begins|starts|can begin|can start)\b", r"\bawaiting\b.{0,80}\bbefore (deciding|any|we|work)\b",
        r"\bno decision\b.{0,40}\b(made|taken)\b",
        r"\b(has|have) not (yet )?been (commissioned|adopted|agreed|scoped|designed|requested|considered|written|set up|"
        r"reviewed|assessed|started|secured)\b",
        r"\bno \w+ (has|have) (yet )?(taken place|been (held|carried out|done))\b",
        r"\b(we|the force) (do|does) not (yet |currently )?(comply|monitor|have|record|use|offer|provide|meet)\b",
        r"\b(is|are) planned but\b", r"^\s*planned\b", r"\bno change\b.{0,40}\byet\b", r"\bnot yet due\b",
        r"\bbefore (starting|work (starts|begins))\b",
        r"\bnot (yet )?(been )?(started|begun|commenced)\b", r"\byet to (start|begin|commence|be started|be scoped)\b",
        r"\bno (work|action|progress) (has|have) (yet )?(been )?(started|taken|made|begun)\b",
        r"\bwork (will|is due to|is planned to) (start|begin|commence)\b", r"\bnot yet (been )?scoped\b",
        r"\bhas not been progressed\b", r"\bawaiting (allocation|an owner)\b",
        r"\bnothing (has|have) (yet )?(been done|started|begun|happened)\b", r"\bstill to (be )?(start|started|begin|scoped)\b",
        r"\bnot (yet )?(been )?actioned\b", r"\bno activity\b", r"\bnot (yet )?(been )?(progressed|picked up)\b",
    )),
    ("in_progress", 0.8, _rx(  # progress towards BAU is progress, not BAU; partial compliance is progress
        r"\b(to|towards) (embed|becom\w*|mov\w*) .{0,40}(business as usual|bau)\b",
        r"\bbefore (it|this) (becomes|moves to) (business as usual|bau)\b",
        r"\b(partially|partly) compl(y|ies|ied|iant)\b", r"\bcomply with (most|some) (aspects|parts)\b",
    )),
    ("bau", 0.85, _rx(
        r"\bbusiness as usual\b", r"\bbau\b", r"\b(now |fully )?embedded (in|into|within|across)\b",
        r"\bpart of (our )?(routine|normal|core|everyday|day-to-day) (business|practice|work)\b",
        r"\b(will|shall) (continue to )?be reviewed (annually|regularly|periodically|yearly|routinely)\b",
        r"\broutinely\b", r"\b(is|are) embedded\b", r"\bpart of (our )?routine\b",
        r"\broutine (tasking|work|practice|business)\b", r"\bas (standard|routine|standard practice)\b",
        r"\bas a matter of routine\b", r"\bstanding item\b", r"\bestablished (part|annual|process|practice|structure)\b",
        r"\b(forms? )?part of the (established|regular|annual|monthly|standard)\b", r"\bmainstreamed\b",
        r"\b(remains?|is|are) (our|the) standard\b", r"\bstandard (approach|practice)\b", r"\bembedded\b",
        r"\b(reviewed|refreshed|reported|checked|run|repeated|audited) (every|each) (year|quarter|month|week)\b",
    )),
    ("in_progress", 0.8, _rx(
        r"\b(timeframe|timescale|date)s? .{0,60}cannot (yet )?be (confirmed|given|set)\b",
        r"\b(is|are|being) (still )?being (developed|reviewed|updated|written|drafted|rolled out|implemented|"
        r"considered|explored|scoped|finalised|piloted|procured|refreshed|revised)\b",
        r"\bin progress\b", r"\bon-?going\b", r"(?<!kept )\bunder (review|development|consideration)\b",
        r"\bunder ?way\b", r"\bon order\b", r"\bout for consultation\b", r"\bin (user )?testing\b",
        r"\b(has|have) begun\b", r"\bhalf (finished|complete|done)\b", r"\b(still|yet) (being|to be) \w+",
        r"\bslower than planned\b", r"\b(those|officers|staff) outstanding\b", r"\bremaining\b.{0,60}\bwill\b",
        r"\bwill (finish|be finished|be complete|complete) by\b", r"\broll-?out\b.{0,80}\bcontinues?\b",
        r"\bcontinues? (this|next) (year|month|quarter)\b", r"\bremaining (teams|officers|staff|districts|areas|units)\b",
        r"\bwill (follow|be extended|be approved|be sent|be rolled|be trained)\b", r"^\s*amber\b", r"\bon track\b",
        r"(?<!above )(?<!over )(?<!than )(?<!least )(?<![\d.,])[1-9]?\d(\.\d+)?\s?%",  # a share below 100% done is progress
        r"\bnot yet (fully )?(complete|completed|in place|implemented|finalised|live|published|agreed|signed off)\b",
        r"\bnot yet\b",
        # a negated done-word is not done: 'has not been completed', 'not fully implemented', 'not satisfied'
        r"\b(has|have|is|are|was|were) not (yet )?(been )?(fully )?(complete|completed|implemented|delivered|met|"
        r"achieved|finished|in place|published|agreed|signed off)\b",
        r"\bnot (fully )?(complete|completed|implemented|met|achieved|in place)\b", r"\bnot (yet )?satisfied\b",
        r"\bremains? (outstanding|open|in draft|to be|under|a priority)\b",
        r"\b(partially|partly) (complete|completed|implemented|in place|met)\b",
        r"\bawaiting\b", r"\bpending\b",
        r"\b(is|are) (currently )?(working|developing|reviewing|scoping|exploring|drafting|piloting|finalising)\b",
        r"\bdue to (be )?(complete|completed|launch|go live|be published|be delivered|be implemented)\b",
        r"\b(going to|will|plans? to|intends? to|aims? to|expects? to) (complete|finish|deliver|implement|publish)\b",
        r"\b(will|to) be (completed|delivered|launched|published|implemented|rolled out|introduced|finalised|agreed)\b",
        r"\b(planned|scheduled) for\b", r"\bhas started\b", r"\bhave started\b", r"\bstarted work\b",
        r"\b(is|are) being \w+(ed|en|t)\b", r"\bfurther (work|analysis|activity) (is|are) (required|needed)\b",
        r"\bprogress has been made\b", r"\bto progress (this|it|the)\b", r"\bin phases\b", r"\bphase (one|two|three|1|2|3)\b",
        r"\bin draft\b", r"\bwork continues\b", r"\bso far\b", r"\b(is|are) developing\b",
    )),
    ("complete", 0.8, _rx(
        r"\b(has|have) (now )?been (fully )?(completed|implemented|delivered|published|introduced|rolled out|launched|"
        r"updated|reviewed|adopted|established|agreed|signed off|approved|mandated|achieved|met|refreshed|revised)\b",
        r"\b(is|are) (now )?(complete|completed|in place|live|mandatory|established|operational|fully implemented)\b",
        r"\bnow in place\b",
        r"\b(has|have) reviewed\b.{0,160}\bsatisfied\b", r"\b(is|are) satisfied (that|with)\b",
        r"\b(was|were) (completed|published|launched|introduced|delivered|implemented|rolled out|signed off|approved)\b",
        r"\bwent live\b", r"\bsigned off\b", r"\bcompleted\b", r"\bcomplete\b", r"\bfully implemented\b",
        r"\bin place\b",
        r"\b(has|have) (now )?(introduced|achieved|delivered|implemented|published|adopted|established|launched|"
        r"carried out|configured|issued|installed|approved)\b",
        r"\b(has|have) (now )?been (carried out|configured|issued|sent|briefed|installed|written|trained|analysed)\b",
        r"\b(was|were) (issued|sent|refreshed|carried out|configured|written|approved|installed|adopted|introduced)\b",
        r"\b(requirement|recommendation|action)s? (is |are |has been |have been )?(fully )?met\b",
        r"\b(is|are) (now )?finished\b", r"\b(is|are) (now )?live\b",
        r"\b(is|are) now (referred|used|in use|given|offered|recorded|searchable|trained)\b",
        r"\b(officers|staff|we|the force|investigators) now (use|uses|record|records|refer|refers|receive|complete)\b",
        r"\b(has|have) concluded\b", r"\b(was|were) (submitted|reissued|sent)\b", r"\b(has|have) (written|responded) to\b",
        r"\b(is|are) now met\b", r"\b(has|have) been closed\b", r"^\s*done\b",
    )),
    # bare intent, when nothing above says anything was done or is under way: nothing has started yet
    ("not_started", 0.7, _rx(
        r"\bintends? to\b", r"\bplans? to\b", r"\bwe will (consider|explore|write|review|scope|look at|add)\b",
        r"\bwill be (explored|considered|scoped|designed|requested|commissioned)\b", r"\b(is|are) to be designed\b",
        r"\bon the work ?plan\b",
    )),
)


# Real plans append later news to earlier text: "BTP will complete a profile. UPDATE: profile circulated".
_UPDATE_MARK = re.compile(r"\bupdate\s*(?:\([^)]*\))?\s*[:\-–]", re.IGNORECASE)


def latest_segment(text: str) -> str:
    """The words after the last 'UPDATE:' marker, where a plan has appended one; else the whole text."""
    parts = _UPDATE_MARK.split(text)
    return parts[-1] if len(parts) > 1 and parts[-1].strip() else text


@dataclass(frozen=True)
class Inference:
    status: str
    confidence: float
    phrase: str


def infer_status(text: str) -> Inference | None:
    """Status, confidence and deciding phrase for an update text; None when the words say nothing."""
    if not text or not text.strip():
        return None
    text = latest_segment(text)
    for status, confidence, pattern in TIERS:
        match = pattern.search(text)
        if match:
            return Inference(status, confidence, match.group(0))
    return None
