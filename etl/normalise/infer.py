"""A transparent reader that gives a status to an update with none stated, from its own words.

Rules are tried tier by tier; the first tier with a match decides, and the matched words are kept as
the evidence, so every inferred status can be checked by a person. Where nothing matches, the reader
abstains (the status stays unknown): bare words of intent ('will', 'currently') are not evidence,
because real plans keep their first 'we will' wording after an item is done. Order matters: 'not yet started'
must beat 'started', 'will be completed' must beat 'completed', 'working to embed into business as
usual' is still in progress.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass

from .dates import MONTHS, days_without_year, ended_year_for, periods_in
from .text import mend_slips, says_something, without_document_names, without_settled

_W = r"[\w'’-]+"  # one word
# a share of the work in words ('two-thirds complete', 'three quarters of the way through'): progress, not done
_FRACTION_DONE = (r"\b((one|two)[- ]thirds?|(one|three)[- ]quarters?|a (third|quarter)|(one|two|three|four)[- ]fifths?|half)"
                  r"( of the way)?[- ](complete|completed|done|finished|through|delivered|implemented|trained|in place)\b")
_DONE_VERBS = ("completed|implemented|delivered|published|introduced|rolled out|launched|updated|reviewed|adopted|"
               "established|agreed|signed off|approved|mandated|achieved|met|refreshed|revised|produced|presented|"
               "created|built|added|switched on|enabled|set up|issued|sent|briefed|installed|written|rewritten|"
               "trained|analysed|finished|awarded|signed|concluded|finalised|finalized|appointed|recruited|"
               "circulated|amended|configured|carried out|tested|shared|submitted|reissued|attended|passed(?!( on| over| back)? to\\b)|"
               "undertaken|received|in post|made mandatory|instructed|done|closed|given|held|hosted|run|made")


# the routine issues that follow done work ('later updates will be published on the same page'): no step of its own
_LATER_ISSUES = r"(?<!updates )(?<!update )(?<!reports )(?<!versions )(?<!results )(?<!minutes )(?<!figures )"


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# a meeting after a done-verb ('attended the VAWG Board', 'has attended the regional forum'): presence, not the work
# (not every meeting of what was joined: 'joined the panel and has attended every meeting since')
_MEETING_AFTER = (r"(?!\s+(the |a |an |our |its |their )?((?!every\b|each\b|all\b)[\w&'’-]+ ){0,5}(board|meeting|forum|"
                  r"conference|panel|group|committee|network)s?\b)")

TIERS: tuple[tuple[str, float, re.Pattern], ...] = (
    ("not_applicable", 0.9, _rx(
        r"\bnot applicable\b", r"\bdoes not apply\b", r"\bn/a\b", r"\bnot relevant to (this|our|the) force\b",
        r"\bno longer applicable\b", r"\bout of scope (for|of) (this|our|the) force\b", r"\bout of scope\b",
        r"\b(has been|was|is|been) superseded\b", r"^\s*(superseded|replaced|withdrawn)\b",
        r"\b(closed|has been|was|is|been)\W{1,3}(now )?overtaken by\b", r"\b(this|the) (action|item|recommendation|sub-recommendation|sub-item)s? (has been|was|is) withdrawn\b",
        r"^\s*not relevant\b", r"\bwithdrawn from (the|this|our) plan\b", r"\bdoes not apply to (us|this force|the force)\b", r"\bclosed as (superseded|not applicable|n/a)\b", r"\b(was|has been|have been|were) replaced by\b",
        r"\bno longer (being )?(pursued|required|needed|tracked) (by|as|for|here)\b(?<!tracked as)",
        # (not 'No longer needed now the system change is live': a stop-gap retired because the real change came)
        r"^\s*no longer (required|needed|necessary|applicable)\b(?!\s+(now|since|as|because|once)\b)", r"^\W*not (required|needed|necessary)\b\s*[-–—:.;,]",
        # 'this recommendation is addressed to police and crime commissioners rather than chief constables, so no force
        # action is required'
        # 'BTP ... has no PCC': a force with no commissioner has no commissioning to review with one
        r"\b(has|have) no (pcc|police and crime commissioner)\b",
        r"\b(addressed|directed|made) to (police and crime commissioners|pccs|the pcc|the npcc|the college|the home office)"
        r"\b[^.]{0,40}\b(rather than|not) (to )?(chief constables|the force|forces)\b", r"\bno (force|local) action (is )?(required|needed)\b", r"\b(removed|removes|remove) the need (for|to)\b",
        # 'No interim measure was required, as no change to our crime system was needed.': nothing to do here
        r"^\s*no (interim |local |separate |temporary )?(measures?|changes?|interim arrangements?|workarounds?|system changes?) "
        r"(was|were) (ever )?(required|needed|necessary)\b(?! any ?more)",  # ('is not needed any more': a stop-gap retired)
    )),
    # handed over to routine work: closed, and business[- ]as[- ]usual from now on
    ("bau", 0.9, _rx(
        r"\b(moved|transferred|handed over|passed|transitioned) (in)?to (business[- ]as[- ]usual|bau)\b",
        # 'absorbed into the standard annual CPD programme': part of the routine now
        r"\b(has been |have been |was |were |now )?(absorbed|incorporated|mainstreamed) into (the |our )?(standard|routine|normal|"
        r"core|mainstream|business[- ]as[- ]usual|bau)\b",
        # 'now a standing part of every course and no longer tracked as a separate action': routine work now
        r"\b(is )?no longer (tracked|monitored|reported( on)?) as an? ((separate|standalone|discrete|distinct) )?(action|item|workstream|"
        r"piece of work|project)\b", r"\bnow (business[- ]as[- ]usual|bau)\b",
        r"\b(established|embedded|adopted|running|continues) as (business[- ]as[- ]usual|bau)\b",
        r"\b(is|are) (now )?(business[- ]as[- ]usual|bau|routine practice|standard practice)\b", r"\bnow routine practice\b",
        r"\band (is|are) (now )?(business[- ]as[- ]usual|bau|routine)\b",
        r"\b(closed|complete|completed)\b.{0,140}?\b(business[- ]as[- ]usual|bau|routine practice|mainstreamed)\b",
        r"\b(business[- ]as[- ]usual|bau|routine practice)\b[^.]{0,90}?\b(closed|complete)\b",
        r"\b(has been|have been|is now|are now) (bau|business[- ]as[- ]usual)\b", r"[-–—:]\s*(bau|business[- ]as[- ]usual)\s*[.]?\s*$",
    )),
    # a plain statement that the action is closed or the requirement met outranks the detail around it
    ("complete", 0.9, _rx(
        r"\b(this |the )?(action|recommendation|requirement)s? (is |are |has been |have been )?(now )?(complete|completed|closed|met|discharged)\b",
        r"\baction closed\b", r"\b(we )?now (fully )?comply\b", r"\bfully compliant\b", r"\bwe (fully )?comply\b(?!\s+with\s+(most|some|part|many))",
        r"\b(now )?meet (it|this|this recommendation|the recommendation|the requirement) in full\b",
        r"^\s*(closed|complete|completed)\s*[-–—.:;]",
        # 'Recommendation 7.1 is met'; 'the Training Board closed this action'; 'agreed to close the action'
        r"\b(recommendation|sub-?recommendation|sub-?item|item|action) \d{1,2}\.\d{1,2} (is|has been) (now )?(fully )?"
        r"(met|complete|completed|closed|achieved|discharged)\b",
        r"\b(closed|signed off|discharged|discharges|closes) (this|the) (action|item|sub-?item|recommendation)\b",
        # 'The sub-item is therefore closed.'; '..., completing this action'; 'Job done – ...'
        r"\b(this |the )?(sub-?item|sub-?recommendation|item)s? (is|are|has been|have been) (therefore |thus |now |accordingly )?"
        r"(complete|completed|closed|met|discharged)\b",
        r"\b(action|recommendation|requirement)s? (is|are) (therefore|thus|accordingly) (complete|completed|closed|met|discharged)\b",
        r",\s*(completing|closing|discharging) (this|the) (action|item|sub-?item|recommendation)\s*[.]?\s*$",
        r"^\s*job done\b",
        r"\b(agreed|decided) to close (this|the) (action|item|sub-?item|recommendation)\b",
    )),
    ("in_progress", 0.85, _rx(  # partial compliance: some of it is in place, whatever is planned next
        r"\b(partially|partly) compl(y|ies|ied|iant)\b", r"\bcomply with (most|some|many) (aspects|parts|elements)\b",
    )),
    ("not_started", 0.85, _rx(
        r"\b(will|is due to|are due to|due to|scheduled to|planned to|set to) (begin|start|commence)\b",
        # 'To commence Q2 2025/26', 'Commences 05/01/26': the whole of the words a start still to come
        r"^\W*(to (begin|start|commence)|(begins|starts|commences))\s+(in |on |from )?(q[1-4]|\d|jan|feb|mar|apr|may|jun|jul|"
        r"aug|sep|oct|nov|dec|spring|summer|autumn|winter|next|the new)[^.;]{0,30}[.]?\s*$",
        r"\bbefore any work (begins|starts|can begin|can start)\b", r"\bawaiting\b.{0,80}\bbefore (deciding|any|we|work)\b",
        r"\bno decision\b.{0,40}\b(made|taken)\b",
        r"\b(has|have) not (yet )?been (commissioned|adopted|agreed|scoped|designed|requested|considered|written|set up|"
        r"reviewed|assessed|started|secured)\b",
        r"\bno \w+ (has|have) (yet )?(taken place|been (held|carried out|done))\b",
        r"\b(we|the force) (do|does) not (yet |currently )?(comply|monitor|record|use|offer|provide|meet)\b",
        r"\b(is|are) planned but\b", r"^\s*planned\b", r"\bno change\b.{0,40}\byet\b", r"\bnot yet due\b",
        # 'Needs assessment review planned.': a short note of a step planned, and nothing done ('Delivered as planned' is)
        r"^\W*(?![^.;]*\b\w+ed\b[^.;]*\b(planned|scheduled)\b)([A-Za-z][\w'’-]* ){1,4}(?<!\bas )(planned|scheduled)\W*$",
        r"\bbefore (starting|work (starts|begins))\b",
        r"\bnot (yet )?(been )?(started|begun|commenced)\b", r"\byet to (start|begin|commence|be started|be scoped)\b",
        r"\bno (work|action|progress) (has|have) (yet )?(been )?(started|taken|made|begun|commenced)\b",
        r"\b(no|none of the) [\w-]+( [\w-]+)? (has|have) (yet )?(begun|started|commenced|taken place)\b",
        # 'none of the four planned training sessions has taken place yet'; 'none of the staff have been trained'
        r"\bnone of (the |our |its |these )?([\w-]+ ){1,5}(has|have|had|was|were) (yet )?(been )?(begun|started|commenced|"
        r"taken place|held|run|delivered|trained|briefed|completed|attended|carried out)\b",
        r"\bno progress (to report|this period|yet|made|has been made)\b", r"\bno (work|action|activity) ([\w-]+ )?(yet|to date)\b", r"\b0\s?% (complete|done)\b",
        r"\bwork (will|is due to|is planned to) (start|begin|commence)\b", r"\bnot yet (been )?scoped\b",
        r"\bhas not been progressed\b", r"\bawaiting (allocation|an owner)\b",
        r"\bnothing (has|have) (yet )?(been done|started|begun|happened)\b", r"\bstill to (be )?(start|started|begin|scoped)\b",
        r"\b(still|yet) nothing (has |have )?(yet )?(been )?(done|started|begun|happened|commenced)\b",
        r"\bnothing (yet |so far )?(begun|started|commenced)\b",
        r"\b(has|have|had) not (yet )?(got|gotten) off the ground\b|\bnot (yet )?off the ground\b",
        r"\bnot (yet )?(been )?actioned\b", r"\bno activity\b", r"\bnot (yet )?(been )?(progressed|picked up)\b",
        r"\bnothing (has|have) (yet )?been (delivered|done|completed|implemented|achieved|put in place)\b",
        # 'nothing has been designed or built'; 'no training has been reviewed, written or delivered yet' (not 'no separate
        # profile has been produced', a part left)
        r"\bnothing (has|have) (yet )?been ([\w-]+(,| or| and) ){1,4}(delivered|done|completed|implemented|designed|built|written|"
        r"developed|produced|drafted|started|begun|run|held)\b",
        r"\bno (?!(separate|specific|dedicated|other|wider|further|equivalent|additional|new|more|extra)\b)([\w-]+ ){1,3}(has|have) "
        r"(yet )?been ([\w-]+,? ){0,3}(or |and )?(delivered|designed|built|written|developed|produced|drafted|started|begun)"
        r"( yet)?\b(?! (since|as|because|for|without|unless|except)\b)",
        r"\bno (work|action|activity) (has been |was |have been )?(yet )?(undertaken|done|carried out|taken)\b",
        r"\bnothing (has been |was )?(yet )?(done|undertaken)\b",
        # 'Victim feedback: nothing in place yet.'
        r"\bnothing (is |was )?(yet )?(in place|live|set up|established|agreed)( yet)?\b",
    )),
    ("in_progress", 0.8, _rx(  # progress towards BAU is progress, not BAU; partial compliance is progress
        r"\bworking (to|towards) (ensure|embed|make sure|achieve)\b",
        r"\b(delivery|roll-?out|training|implementation|launch|go-live) (starts|begins|will start|will begin|commences|is due)\b",
        r"\b(start|starts|begin|begins|commence|commences|go live|goes live|launch|launches) (in|on|from|next|later|after)\b",
        r"\bwill go live\b", r"\bgoes live (on|in|from|next)\b",
        r"\bdraft (\w+ )?(has been|is|was) (written|produced|prepared|drafted|completed)\b",
        r"^\s*(a |the )?draft\b", r"\bdraft ([\w-]+ ){0,3}(written|produced|prepared|completed|circulated|shared|submitted|agreed|done)\b",
        # ('draft information-sharing agreement circulating'; 'the draft is out for consultation')
        r"\bdraft ([\w-]+ ){0,3}(is |are )?(now )?(circulating|being circulated|out for (consultation|comment))\b",
        r"\b(with|sent to|submitted to) .{0,40}\bfor (quality assurance|approval|sign[- ]off|review|consultation)\b",
        # a delivery date that cannot be given is work not finished, whatever is 'embedded' around it
        r"\b(timeframe|timescale|date|delivery)s? .{0,60}(cannot|can['’]?t|could not|is not able to) (yet )?be (confirmed|given|set|agreed)\b",
        r"\b(to|towards) (embed|becom\w*|mov\w*) .{0,40}(business[- ]as[- ]usual|bau)\b",
        r"\bbefore (it|this) (becomes|moves to) (business[- ]as[- ]usual|bau)\b",
        r"\b(partially|partly) compl(y|ies|ied|iant)\b", r"\bcomply with (most|some) (aspects|parts)\b",
    )),
    ("bau", 0.85, _rx(
        r"\bbusiness[- ]as[- ]usual\b", r"\bbau\b", r"\b(is|are|now|fully|firmly) embedded (in|into|within|across)\b(?!\s+(the\s+|our\s+)?(culture|ethos|thinking|values|mindset|hearts|minds|force|organisation|organization|service)\b)",
        r"\b(is|are|forms?) (now )?part of (our )?(routine|normal|core|everyday|day-to-day) (business|practice|work)\b",
        r"\b(will|shall) (continue to )?be reviewed (annually|regularly|periodically|yearly|routinely)\b",
        r"\broutinely\b", r"\b(is|are) (now )?embedded(?= and\b|\s*[.;,]|\s*$)",
        r"\broutine (tasking|work|business)\b", r"(?<!\bassessed )(?<!\bgraded )(?<!\brated )(?<!\bclassed )(?<!\bclassified )\bas (standard|routine|standard practice)\b",
        r"\bas a matter of routine\b", r"\bstanding item\b", r"\bestablished (part|annual|process|practice|structure)\b",
        r"\b(forms? )?part of the (established|regular|annual|monthly|standard)\b", r"\bmainstreamed\b",
        r"\b(remains?|is|are) (our|the) standard\b", r"\bstandard (approach|practice)\b",
        r"\b(reviewed|refreshed|reported|checked|run|repeated|audited) (every|each) (year|quarter|month|week)\b",
    )),
    ("in_progress", 0.8, _rx(
        r"\b(is|are|being) (still )?being (developed|reviewed|updated|written|drafted|rolled out|implemented|completed|"
        r"considered|explored|scoped|finalised|piloted|procured|refreshed|revised)\b",
        r"\bin progress\b", r"\bprogressing\b", r"\bon-?going\b", r"(?<!kept )\bunder (review|development|consideration)\b",
        r"\bunder ?way\b", r"\bon order\b", r"\bout for consultation\b", r"\bin (final |further |user |acceptance )?testing\b",
        r"\b(has|have) begun\b", r"\bhalf (finished|complete|done)\b", r"\b(still|yet) (being|to be) \w+",
        r"\bslower than planned\b", r"\b(those|officers|staff) outstanding\b", r"\bremaining\b.{0,60}\bwill\b",
        r"\bwill (finish|be finished|be complete|complete) by\b", r"\broll-?out\b.{0,80}\bcontinues?\b",
        r"\bcontinues? (this|next) (year|month|quarter)\b", r"\bremaining (teams|officers|staff|districts|areas|units)\b",
        r"\bwill (follow|be extended|be approved|be sent|be rolled|be trained)\b", r"^\s*amber\b", r"\bon track\b",
        r"(?<!above )(?<!over )(?<!than )(?<!least )(?<![\d.,])[1-9]?\d(\.\d+)?\s?(%|per ?cent\b)",  # a share below 100% done is progress
        r"\bnot yet (fully )?(complete|completed|in place|implemented|finalised|live|published|agreed|signed off)\b",
        r"\bnot yet\b", r"\bnot (\w+ )?yet\b", r"\bnot (yet )?working\b",
        # a negated done-word is not done: 'has not been completed', 'not fully implemented', 'not satisfied'
        r"\b(has|have|is|are|was|were) not (yet )?(been )?(fully )?(complete|completed|implemented|delivered|met|"
        r"achieved|finished|in place|published|agreed|signed off)\b",
        r"\bnot (fully )?(complete|completed|implemented|met|achieved|in place)\b", r"\bnot (yet )?satisfied\b",
        r"(?<!nothing )(?<!\bno actions )(?<!\bno items )(?<!\bno issues )(?<!\bno tasks )(?<!\bno points )(?<!\bnone )"
        r"\bremains? (outstanding|open|in draft|to be|under|a priority)\b",
        r"\b(partially|partly) (complete|completed|implemented|in place|met)\b",
        r"\bawaiting\b", r"\bpending\b",
        r"\b(is|are|we are|we're) (still |currently |now )?(working|developing|reviewing|scoping|exploring|drafting|piloting|finalising|moving on)\b", r"\bstill considering\b",
        r"\b(still|currently) (agreeing|deciding|discussing|negotiating|confirming|determining|working out)\b",
        r"\bar y gweill\b",  # Welsh: under way
        r"\bmoving on to\b", r"\bin (discussion|discussions|talks|negotiation|negotiations|consultation) with\b",
        r"\bto scope\b", r"\b(has|have) been drafted\b", r"\b(has|have) not (yet )?been \w+",
        r"\b(is|are) (now )?with (the )?[\w ]{0,30}(team|unit|department|board|lead|panel) (for|to)\b",
        r"\bmore (sessions|training|courses|work|inputs|events) (is |are )?(planned|scheduled|to come|booked)\b",
        r"\b(a|one|two) (third|quarter)s? of\b", r"\b(about|around|roughly|nearly|almost) half\b",
        _FRACTION_DONE,
        r"\bothers? (are|is) (still )?\w+", r"\b(some|most) of the (actions?|work|items?|tasks?|recommendations?)\b",
        r"\bdue to (be )?(complete|completed|launch|go live|be published|be delivered|be implemented)\b",
        r"\b(going to|will|plans? to|intends? to|aims? to|expects? to) (complete|finish|deliver|implement|publish)\b",
        _LATER_ISSUES + r"\b(will|to) be (completed|delivered|launched|published|implemented|rolled out|introduced|finalised|agreed)\b",
        r"\b(planned|scheduled) for\b", r"\bhas started\b", r"\bhave started\b", r"\bstarted work\b",
        r"\b(is|are) (currently |still |now )?being \w+(ed|en|t)\b",
        # ('the changes it recommended are being made'; not 'referrals are now being made', a routine going on)
        r"\b(changes|amendments|improvements|alterations|updates|revisions|adjustments|corrections|"
        r"film|video|leaflet|guide|product)s?\b[^.;]{0,40}?\b(is|are) (currently |still )?being (made|done|put in place|"
        r"carried out|taken forward|produced)\b",
        # ('We have been working on this recommendation since it was published.')
        r"\b(has|have) been working (on|towards|to deliver|to implement) (this|the|it|these)\b",
        r"(?:^|[.;:]\s*)being (?!(considered|reviewed|monitored|discussed|explored|stalked|harassed|followed|assessed|"
        r"looked|watched|targeted|contacted)\b)\w+(ed|en|t)\b",  # ('Being progressed.'; 'Being considered.' says no more)
        r"\b(is|are) still (going on|under way|underway|in train)\b", r"\bfurther (work|analysis|activity) (is|are) (required|needed)\b",
        r"\bprogress has been made\b", r"\b(links|contact|connections|enquiries|approaches|introductions|initial contact) (has |have )?"
        r"(been |now been )?(made|established)\b", r"\bto progress (this|it|the)\b", r"\bin phases\b", r"\bphase (one|two|three|1|2|3)\b",
        r"\bin draft\b", r"\bin fieldwork\b", r"\bwork continues\b",
        r"\bv(ersion)?\s?0\.\d{1,2}\b",  # 'Problem profile v0.3': a draft's version number
        # 'continues under the VAWG delivery plan': the work goes on, elsewhere
        r"\bcontinues? (under|in|through|within|via|as part of) (the |our |a )?[\w'’ -]{0,30}(plan|programme|project|workstream)\b",
        # 'nobody has yet been appointed'
        r"\b(nobody|no-?one|no one|none) (has|have) (yet|so far) (been )?\w+",
        # 'Recruiting 2 DC posts; 1 appointed.': a tracker's line opening on the step under way
        # (not a noun: 'Scoping is scheduled for June', 'Recruiting investigators is a national challenge', 'scoping
        # meeting booked for 10 December')
        r"(?:^|(?<=[.;:]))\s*(recruiting|drafting|developing|scoping|procuring|piloting|finalising|building|writing)\b"
        r"(?![^.;]*\b(is|are|was|were|will|begins?|began|starts?|started|to begin|to start|complete|completed|done|"
        r"finished|closed|concluded|booked|scheduled|planned|arranged|due|follows?|to follow|to commence|commences?|once|"
        r"q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|"
        # (those words say it, and are the phrase to quote)
        r"under ?way|in progress|on-?going|continu\w*)\b)",
        r"\bso far\b", r"\b(is|are) developing\b",
        r"(?<!\bwas )(?<!\bwere )(?<!\bhad been )\b(still )?(awaited|waiting (for|on))\b", r"\b(is|are) (still )?(taking place|happening|being (held|carried out|undertaken))\b",
        r"\bto (find out|establish|assess|determine|check) (whether|if)\b", r"\bmeanwhile\b", r"\bin the meantime\b",
        # work left: the next step named, or something still to come after what was done
        r"(?<!further )(?<!nothing )\b(is|are) (still )?outstanding\b", r"\bnext steps?\b",
        r"\b(mid-?way|half-?way|part-?way)\b", r"\b(are|is) next\b", r"\b(due|scheduled|planned|expected) for completion\b",
        r"\b(is|are) (still )?continuing\b", r"\bcontinu(e|es|ing) to (develop|work|build|design|draft|review|scope|explore)\b",
        r"\b(partially|partly) (achieved|delivered|done|implemented|complete|completed|met)\b", r"\b(slipped|slippage|behind schedule|delayed|in flight)\b", r"\bstill in hand\b", r"\bin hand\b",
        r"\btarget (date|completion)\b", r"\b(booked|scheduled|planned|arranged) (for|in|on)\b",
        r"\b(largely|mostly|substantially|nearly|almost) (complete|completed|done|finished|delivered|in place)\b",
        r"\b(is|are) (still |currently |now )?(building|creating|writing|designing|preparing|updating|rewriting|procuring|"
        r"recruiting|delivering|testing|implementing|collating|analysing|mapping|gathering|rolling out)\b",
        r"\b(ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)([- ]\w+)? per ?cent\b",
        # a count short of all: 'delivered to 3 of 5 LPAs'
        r"\b(?P<count_n>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*) (of|out of) (the |our |its |their )?(?!(?P=count_n)\b)"
        r"(\d{1,3}(?:,\d{3})+|\d+)\b",  # a name: these patterns are joined
        r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))? (of|out of) "
        r"(the |our |its |their |the force['’]s )?\d+\b",  # 'Twenty-nine of the 31 assessors', 'Sixty of the force's 140'
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) (of|out of) (the |our |its |their )?"
        r"(planned |total )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        r"eighteen|nineteen|twenty|thirty|forty|fifty)\b",
        r"\bcompletion (is )?(expected|due|planned|scheduled|anticipated|forecast)\b",
        r"\b(unable|cannot|can['’]?t|could not|won['’]?t|will not) (yet )?(to )?(be )?(complete|completed|deliver|delivered|implement|implemented|close|closed|finish)\b",
        r"\b(task and finish|working|steering|project|commissioning) group (has been|was|is|have been) (set up|formed|established|convened)\b",
        r"\bterms of reference\b(?! (were|was|have been|has been|are now|is now) (agreed|approved|signed off|published|"
        r"finalised|finalized|rewritten|revised|updated|adopted|in place))", r"\b(still|yet) to \w+", r"\bin the (coming|next) (weeks|months|quarter|year)\b",
        r"\bnext (phase|stage|cohort)\b", r"\b(is|are) (planned|scheduled|booked|arranged) (for|in|to)\b",
        r"\b(has|have) been (asked|requested|invited|tasked)\b", r"\b(first|second|initial) (cohort|tranche|wave|phase|stage)\b",
        r"\bphase (one|two|1|2|i|ii)\b", r"\b(being|been) (trialled|piloted|tested)\b",
        # a step of the work that has not happened yet ('the audit of orders has not taken place yet')
        r"\b(has|have) not (yet )?(taken place|happened|been held|been run|been carried out)\b",
        r"\bin (design|development|production|preparation|the design stage)\b", r"\bstill with\b",
        # a finish put back: 'completion of this action has moved to December 2025'
        r"\b(completion|deadline|target date|delivery|go-?live|launch|end date)\b[^.;]{0,40}?\b(has |have |was |were |been )*"
        r"(moved|slipped|pushed (back|out)|put back|deferred|postponed|rescheduled|re-?profiled|extended)\b",
        # one part of the work not reached: 'no referrals monitored yet'
        r"\bno (?!(work|action|activity|progress)\b)([\w-]+ ){1,2}[\w-]+ed yet\b",
    )),
    ("complete", 0.8, _rx(
        # a done-verb in the perfect or past tense ('has been produced', 'were added'); the verbs are one list
        rf"\b(has|have) (now |all |also )?(now )?been (fully |successfully )?({_DONE_VERBS})\b",
        rf"\b(was|were) (fully |successfully )?({_DONE_VERBS})\b",
        r"\b(has|have) (now |all |also )?(attended\b" + _MEETING_AFTER + r"|completed|received|passed(?!( on| over| back)? to\b)|undertaken|finished|"
        r"appointed|recruited|trained|instructed|created|built|added|rewritten|set up|made)\b",
        # (a meeting attended is no work done: 'Digital forensics lead attended VAWG Board.')
        r"\b(attended\b" + _MEETING_AFTER + r"|appointed|instructed|received)\b(?! to\b)", r"\bbecame (mandatory|live|operational)\b",
        r"\bcompletion (stands at|is|of|reached) 100\s?%", r"\b(has|have) (now |all )?taken place\b", r"\bfinished (in|on|during|last)\b",
        # what people say of work finished ('done and dusted', 'got it over the line', 'finally put to bed', 'wrapped up',
        # 'up and running'): the modifiers undo them as they undo any done ('far from done and dusted', 'not yet put to bed')
        r"(?<!being )\b(done and dusted|over the line|put to bed|wrapped up|signed,? sealed(,? and delivered)?|ticked off)\b",
        r"\b(is|are|has been|have been) (now )?up and running\b",
        r"\b(is|are) (now )?(complete|completed|in place|live|established|operational|fully implemented)\b(?! of\b)",
        r"\bnothing (further|more|else) (is |remains )?(outstanding|to do|required)\b", r"\bno further action (is )?(required|needed|necessary)\b",
        r"\b(is|are) now mandatory\b", r"\b(is|are) (now )?mandated\b", r"\boperational (since|from)\b",
        r"\bnow in place\b(?! of\b)",
        r"\b(has|have) reviewed\b.{0,160}\bsatisfied\b", r"\b(is|are) satisfied (that|with (the|this) (new|revised|updated|changes?|process|approach))\b",
        r"\b(was|were) (completed|published|launched|introduced|delivered|implemented|rolled out|signed off|approved)\b",
        r"\bwent live\b", r"\bsigned off\b", r"\bcompleted\b", r"\bcomplete\b", r"\bfully implemented\b",
        r"\bin place\b(?! of\b)",  # ('a trial ... in place of a separate panel': instead of, not in place)
        r"\b(has|have) (now )?(introduced|achieved|delivered|implemented|published|adopted|established|launched|"
        r"carried out|configured|issued|installed|approved)\b",
        r"\b(has|have) (now )?been (carried out|configured|issued|sent|briefed|installed|written|trained|analysed|finished|set up|in post|awarded|signed)\b",
        r"\b(rollout|roll-out|work|training|implementation|project|programme|review|audit)s? (has |have )?(finished|concluded|ended)\b",
        r"\b(approved|published|issued|launched|signed off|implemented|introduced|awarded|signed) (in|on|from|during) (january|february|march|april|may|june|july|august|september|october|november|december|\d)",
        r"\b(was|were) (issued|sent|refreshed|carried out|configured|written|approved|installed|adopted|introduced|awarded|signed|concluded|finalised)\b",
        r"\b(requirement|recommendation|action)s? (is |are |has been |have been )?(fully )?met\b",
        r"\b(is|are) (now )?finished\b", r"\b(is|are) (now )?live\b",
        r"\b(is|are) now (referred|used|in use|given|offered|recorded|searchable|trained)\b",
        r"\b(officers|staff|we|the force|investigators) now (use|uses|record|records|refer|refers|receive|complete)\b",
        r"\b(has|have) concluded\b", r"\b(was|were) (submitted|reissued|sent)\b", r"\b(has|have) (written|responded) to\b",
        r"\b(is|are) now met\b", r"\b(has|have) been closed\b", r"^\s*done\b",
        r"\bnothing (is |remains )?(left to do|outstanding)\b", r"\bno (actions|items|issues|tasks|points) remain (outstanding|open)\b", r"\bnothing (further|more|else) is (due|outstanding|required)\b",
        # plain words for done: 'All done', 'done in Jan', 'E-learning - done', 'Sorted in March', 'Tranche 2 has landed'
        r"\ball done\b", r"\bdone (in|on|since|last|by|during) \w+", r"[-–—:]\s*done\b(?!\s+(by|through|via|as|when|at|every))",
        r"^\s*(all )?sorted\b(?! by)", r"\bsorted (in|on|since|last|during) \w+", r"\b(is|are|now|all) sorted\b(?! by)",
        r"\b(has|have) (now |all )?landed\b", r"\blanded (its|the|all|their)\b", r"\bno longer outstanding\b",
        r"\b(has|have) (all |now )?done the\b", r"\b(is|are) now in (every|all|each)\b",
        r"\b(has|have) been (operating|in operation|using it) since\b", r"\bbeen using (it|this|them) since\b",
        r"\b(was|were) embedded (in|into|within|across)\b",
        # the force's own account in the past tense ('We updated Niche', 'we audited 100 crimes and shared the findings')
        r"\b(we|the force)\s+(have\s+|has\s+)?(updated|audited|carried out|reviewed \w+ \w+ and issued|issued|amended|"
        r"created|built|set up|published|rolled out|put in place|co-designed|co-delivered|changed)\b",
        # a state that now holds ('is now allocated', 'are now tracked', 'now includes', 'live since January')
        r"\b(is|are) now (allocated|tracked|recorded|flagged|checked|screened|referred|assessed|included|required|offered|"
        r"stored|searchable|in use|held|kept|done)\b(?! (by|when|if|once|until|to be|through|as part)\b)",
        r"\b(has been|have been|is|are) live since\b",
        r"\b(was|were) (each |all |both )?(amended|updated|changed|rewritten|replaced)\b",
    )),
    # telegraphic updates, no auxiliary: 'Niche change request delivered', 'SPOC network established'
    ("complete", 0.7, _rx(
        r"^\s*(delivered|completed|published|implemented|established|launched|finished|done|achieved|closed)\b",
        r"[;,]\s*closed\s*[.]?\s*$",
        r"(?<!being )(?<!\bbe )(?<!\bis )(?<!\bare )\b(delivered|published|established|launched|switched on|finished|completed|"
        r"implemented|introduced|rolled out|awarded|"
        r"signed off|approved|issued|built|produced|refreshed|updated|trained|circulated|appointed|agreed(?! to)|added|enabled)"
        r"(?= (and|to|in|on|by|with|across|force-wide|for all|at)\b|\s*[,.;:\-–—]|\s*$)",
    )),
    # bare intent, when nothing above says anything was done or is under way: nothing has started yet
    ("not_started", 0.7, _rx(
        r"\bintends? to\b", r"\bplans? to\b", r"\b(is|are|remains?) (fully )?committed to\b",
        r"\b(we|and) will (consider|explore|write|review|scope|look at|add|develop|create|produce|deliver|introduce|implement|build|"
        r"establish|set up|commission|run|hold|design|draft|agree)\b",
        r"\bwill be (explored|considered|scoped|designed|requested|commissioned|reviewed|updated|revised|rewritten|written|"
        r"developed|produced|created|amended)\b", r"\b(is|are) to be designed\b",
        r"\bon the work ?plan\b",
        # a tracker's terse 'Audit planned.': the thing named, then only that it is planned
        # (the whole of the words, a round's label before it allowed: beside other news it is the routine after it)
        r"^\W*((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s']*(?:20)?\d\d\s*:\s*)?"
        r"(?!(as|was|were|is|are|not|all)\b)(an? |the )?(?=[A-Za-z])[\w-]+( (?!(as|was|were|is|are|not)\b)[\w-]+)? "
        r"(planned|proposed)\W*$",
    )),
)


# Real plans append later news to earlier text: "BTP will complete a profile. UPDATE: profile circulated".
_UPDATE_MARK = re.compile(r"\bupdate\s*(?:\([^)]*\))?\s*[:\-–]", re.IGNORECASE)


def latest_segment(text: str, as_of: dt.date | None = None) -> str:
    """The words after the last 'UPDATE:' or 'UPDATE March 2025:' marker, where a plan has appended one; else the
    whole text."""
    from .rounds import split_rounds

    parts = [p for p in split_rounds(text) if p.text.strip()]
    # a newest round that says nothing new ('UPDATE March 2025: no update.') leaves the round before it the latest words
    spoken = [p for p in parts if says_something(p.text)] or parts
    if len(parts) > 1 and len(spoken) == 1:
        return spoken[0].text
    parts = spoken
    if len(parts) > 1:
        dated = [p for p in parts if p.date]
        # markers that date themselves in another order ('UPDATE 12/03/2025: ... UPDATE 22/11/2024: ...'): the newest,
        # up to the round's month (an entry dated after the round was not written for it)
        if len(dated) == len(parts) - (not parts[0].marker) and dated:
            known = [p for p in dated if as_of is None or p.date <= as_of.replace(day=1)] or dated
            return max(enumerate(known), key=lambda n_p: (n_p[1].date, n_p[0]))[1].text
        return parts[-1].text
    entries = list(_DATED_ENTRY.finditer(text))
    if len(entries) >= 2:  # 'Nov 24: business as usual. Mar 25: reviewed. Sep 25: change not yet made.' in any order
        from .dates import month_of

        # 'Nov 24' is read as 'Nov-24'; the day of a month is never written this way in a log's margin
        from .dates import parse_date

        def when(written: str):
            if written[0].isdigit():  # '20/03/2026', '03/2026': the day kept, so two entries of one month keep their order
                return parse_date(written) or parse_date(f"01/{written}")
            return month_of(re.sub(r"[\s\-']+(?=\d\d$)", "-", written))

        dated = [(when(m.group("when").strip()), n, m) for n, m in enumerate(entries)]
        if all(d for d, _, _ in dated):
            # the newest entry of the round's time: a log read for March 2025 ends at its March 2025 entry
            known = [t for t in dated if as_of is None or t[0].replace(day=1) <= as_of.replace(day=1)] or dated

            def words_of(t):
                stop = entries[t[1] + 1].start() if t[1] + 1 < len(entries) else len(text)
                return text[t[2].end():stop].strip()

            # ('[Sept 2025] No change. [March 2025] SPO tracker in place ...': a newest entry that says nothing new leaves
            # the one before it the latest words)
            spoken = [t for t in known if says_something(words_of(t))] or known
            return words_of(max(spoken, key=lambda t: (t[0], t[1]))) or text
    parts = _UPDATE_MARK.split(text)
    return parts[-1] if len(parts) > 1 and parts[-1].strip() else text


# a dated entry at a line or sentence start: 'Nov 24:', 'March 2025 -', 'Sep 25:'
_DATED_ENTRY = re.compile(
    r"(?:^|(?<=[\n.;])\s*|(?<=[\n.;]\s))(?:update\s+)?\[?(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-']*"
    # ('[March 2025] Examples added ... [November 2024] Training content being reviewed.': a bracketed date opens one too)
    r"(?:20)?\d\d|\d{1,2}[/.]\d{1,2}[/.](?:20)?\d\d|\d{1,2}/20\d\d)(?:\]\s*[:\-–—]?\s*|\s*[:\-–—]\s+)", re.IGNORECASE)


@dataclass(frozen=True)
class Inference:
    status: str
    confidence: float
    phrase: str  # the deciding words as the reader saw them (contractions spelt out, routine verbs set aside)
    quote: str = ""  # the same words as the force wrote them: what a person is shown

    def __post_init__(self):
        if not self.quote:
            object.__setattr__(self, "quote", self.phrase)


# 'All new officers complete the College e-learning': a routine described in the present tense, not finished work
_PROCESS_VERB = re.compile(
    r"\b(officers|staff|students|recruits|supervisors|investigators|detectives|call handlers|they|we|who|everyone|"
    r"each \w+|every \w+|also|then|routinely|annually|regularly|always|monthly|weekly|usually|often)\s+(also\s+|now\s+then\s+)?(complete|completes)\b",
    re.IGNORECASE)
# where a done-word's sentence or clause ends: its doubts are read inside it only
_CLAUSE = re.compile(r"(?:[;!?\n]|(?<!\d)\.|\.(?!\d))+\s*|,?(?<!\ball)(?<!\banything)\s+\b(?:but|however|although|whereas|while)\b\s*|,\s+(?:so|which|meaning|and so)\b\s*",
                     re.IGNORECASE)
_CONTRAST_LEFT = re.compile(r"\b(but|although|though|however|whereas)\b[^.;]{0,120}?(\b(not|no|only|yet to|still|outstanding|awaiting|"
                            r"cannot|can't|unable|until|"
                            r"pending|remains? to|see|gaps?|weakness(es)?|shortfalls?|inconsisten\w*|missing|absent|lacking|nothing)\b|(?<![\d.])[1-9]?\d(\.\d+)?\s?(%|per ?cent))(?! (further|more|outstanding|remaining) (action|work|issues?))"
                            # 'Training complete for PPU; not for response.': done for one group, said not done for another
                            r"|[;,]\s*(but\s+)?not\s+(yet\s+)?(for|in|across|within|at)\s+(the\s+)?(?!publication\b)[\w-]+"
                            # 'Trainer-led sessions are complete; the e-learning element is not.'
                            r"|[;,]\s*(but\s+)?(the |our )?[\w -]{1,40}? (is|are|was|were|has|have) not( yet)?(?=\s*([.;]|$))",
                            re.IGNORECASE)
# 'complete for all response officers but investigators', 'every district bar one': all of a group save some, part done
_ALL_BUT = re.compile(r"\b(all|every|each)\s+([\w-]+\s+){1,3}(but|bar|except|save|apart from|other than)\s+(the\s+|for\s+)?"
                      r"(?!also\b|then\b|now\b|not\b)[\w-]+|\ball but (one|two|three|a few|a handful|[0-9]+) (of (them|these|those) )?(are|is|"
                      r"have|has|were)\b",
                      re.IGNORECASE)
_DOUBTING = ("negation", "future", "reversal", "exception", "scope", "question")


def _modifiers() -> tuple[tuple[str, re.Pattern], ...]:
    from ..reference import load_reference

    return load_reference().status_modifiers


def _weakened(text: str, start: int, end: int, modifiers, as_of: dt.date | None = None) -> set[str]:
    """A done-word whose own clause negates, postpones, reverses or limits it ('could not be completed',
    'will be completed by April', 'complete except for training'): not evidence of done."""
    bounds = [0] + [m.end() for m in _CLAUSE.finditer(text) if m.end() <= start]
    stop = next((m.end() for m in _CLAUSE.finditer(text, end)), len(text))
    clause = text[bounds[-1]:stop]
    clause, whole = without_settled(clause, modifiers), without_settled(text, modifiers)
    # 'changes that allow classifications to be recorded went live': a purpose, not a future
    clause = _PURPOSE_TO_BE.sub(lambda hit: " " * len(hit.group(0)), clause)
    # a reversal undoes a done wherever it is said ('signed off; however the board asked for it to be redone')
    kinds = {kind for kind, pattern in modifiers
             if kind in _DOUBTING and (any(not _STOPGAP_ENDED.search(whole[max(0, hit.start() - 60):hit.end()])
                                           for hit in pattern.finditer(whole)) if kind == "reversal"
                                       else pattern.search(clause))}
    if "future" in kinds and as_of and _PAST_EVENT.search(clause) and _only_past_deadlines(clause, modifiers, as_of):
        kinds.discard("future")  # 'detectives completed the enhanced day by August' in a round of September: done
    if "scope" in kinds and _WHOLE_FORCE.search(clause):
        kinds.discard("scope")  # 'began as a pilot and was adopted across the force': the whole force, said plainly
    # (an item number is no date: '10.1-10.4', '17.1/17.2' now fall inside a clause, which no longer ends at their dot)
    clause = _ITEM_ID.sub(lambda hit: " " * len(hit.group(0)), clause)
    if as_of and any(d > _month_end(as_of) for d in periods_in(clause)):
        kinds.add("future")  # 'was completed in June 2027' in a round of March 2025
    if re.match(r"[\s\w]{0,20}?\bfor\b", text[end:stop]) and ended_year_for(text[end:stop], as_of):
        # 'Complete for 2024/25.' in a round of March 2026: last year's, not this year's ('the profile for 2024/25 was
        # completed in May 2025' names what was done, not the year the done holds for)
        kinds.add("past_year")
    # 'training was delivered to all PPU officers in 2022': done before the recommendations were made is history,
    # not this work ('mandatory since 2022' is a state that still holds)
    dates = periods_in(clause)
    if dates and all(d.year < _published().year for d in dates) and not _CONTINUING.search(clause) \
            and not _PRESENT.search(clause):
        kinds.add("historic")
    return kinds


_BY_MONTH = re.compile(r"^by (the end of )?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


def _only_past_deadlines(clause: str, modifiers, as_of: dt.date) -> bool:
    """Is every future word in the clause a 'by <month>' at or before the round's month ('by August' in September)?"""
    hits = [hit.group(0) for kind, pattern in modifiers if kind == "future" for hit in pattern.finditer(clause)]
    if not hits:
        return False
    for hit in hits:
        month = _BY_MONTH.match(hit.strip())
        if not month:
            return False
        after = clause[clause.lower().find(hit.lower()) + len(hit):]
        dates = periods_in(hit + after[:12])
        if dates and any(d > _month_end(as_of) for d in dates):
            return False
        if not dates and _MONTH_INDEX[month.group("month").lower()[:3]] > as_of.month:
            return False
    return True


_WHOLE_FORCE = re.compile(r"\b(across|throughout) the (whole |entire )?(force|constabulary|organisation)\b|\bforce-?wide\b|"
                          r"\b(every|all) ((the )?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(districts?|divisions?|areas?|area commands?|"
                          r"bcus?|command units?|teams?|lpas?|local policing areas?|hubs?)\b"
                          r"(?!\s+(bar|but|except|save|apart from|other than)\b)",  # ('all districts bar one' is not)
                          re.IGNORECASE)
_CONTINUING = re.compile(r"\b(since|from|as of|as at) (the )?(\w+ )?(\d{4}|\d{1,2}(st|nd|rd|th)?|jan\w*|feb\w*|mar\w*|apr\w*|may|"
                         r"jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|autumn|winter)\b[^.;]{0,12}",
                         re.IGNORECASE)


# a state that holds now beside an old date ('made mandatory in 2023 and completion stands at 100%')
_PRESENT = re.compile(r"\b(now|stands?|currently|still|remains?|today|to date|continues?)\b", re.IGNORECASE)


def _published() -> dt.date:
    from ..reference import load_reference

    return load_reference().published


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


_CONTRACTIONS = ((r"\bcan['’]t\b", "cannot"), (r"\bwon['’]t\b", "will not"), (r"\b(\w+)n['’]t\b", r"\1 not"))
# words quoted from the recommendation or its evidence requirement ('completed training records') say nothing of
# the force's own position
_QUOTED = re.compile(r"(?:(?<=\s)|^|(?<=[(:]))['‘\"“]([^'’\"”]{12,}?)['’\"”](?=[\s.,;:)]|$)")


# a share that is a finding, not how far the work got ('the audit found 91% compliance', 'risk recorded in 94% of
# cases', 'accuracy was 96%'): blanked before reading, so it is neither progress nor work left
_PCT = r"(?P<n>\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent\b))"
_RESULT_SHARES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b(?:compliance|accuracy|satisfaction|compliant|accurate)(?: rate| level)?(?:\s+[\w-]+){{0,4}}?\s+(?:was|is|of|at|stood at|stands at|"
    rf"reached|rose to|improved to|fell to)\s+{_PCT}",
    rf"{_PCT}(?=\s+(?:compliance|compliant|accuracy|accurate|correct|correctly|satisfaction|satisfied|of\s+(?:the\s+)?"
    rf"(?:sampled |audited |checked |reviewed |eligible |relevant |new |recorded )?(?:stalking |harassment |domestic )?(?:cases|crimes|reports|records|calls|forms|files|victims|incidents|"
    rf"occurrences|investigations|applications|referrals)\b))"))


# a measure of how often the practice is followed, well short of whole ('compliance ... currently stands at 64%')
_MEASURE_AT = re.compile(r"\b(compliance|complian[ct]|accuracy|accurate|correctly (recorded|applied|classified|completed)|"
                         r"completion( rate)?( so far| to date)?|"
                         r"recorded correctly|applied correctly|usage|use)\b[^.;]{0,60}?\b(?P<figure>\d{1,2}(?:\.\d)?)\s?(%|per ?cent)",
                         re.IGNORECASE)
# or the share of cases the practice was found in ('VPS offer recorded in 74% of stalking crimes in the March audit')
_FOUND_IN = re.compile(r"\b(recorded|offered|completed|evident|present|given|applied|carried out)\s+in\s+"
                       r"(only\s+)?(?P<figure>\d{1,2}(?:\.\d)?)\s?(%|per ?cent)\s+of\b", re.IGNORECASE)


# or the share of cases that met it ('64% of the crimes recorded since April were screened within 24 hours')
_SHARE_MET = re.compile(r"(?<![\d.])(?P<figure>\d{1,2}(?:\.\d)?)\s?(%|per ?cent) of (the |all |our )?([\w-]+ ){0,5}?(crimes|"
                        r"cases|reports|records|victims|referrals|investigations|files|officers|staff)\b[^.;]{0,50}?\b(were|was|"
                        r"are|is|had been|have been) (\w+ ){0,2}?(screened|reviewed|completed|recorded|referred|assessed|"
                        r"trained|checked|allocated|offered|contacted|given)\b", re.IGNORECASE)


# the done-word as the verb of such a share short of all ('completed in 91% of sampled cases'; the figure may be blanked
# already, two or three places wide: '100%' is four, all of them)
# ('now recorded as a new crime in 80% of cases'; 'The SPO process was completed for 9 stalking cases in Q2': a count of
# cases the practice met, a measure of use, not the action done)
_HOW_OFTEN = re.compile(r"(?:(?!\band\b)[^.;()]){0,40}?\s(?:(in|for|on)\s+(only\s+)?((?!100\b)\d{1,2}(\.\d)?\s?(%|per ?cent)\s+of\b|"
                        r"\d[\d,]*\s+([\w-]+\s+){0,2}(cases|crimes|victims|reports|referrals|occasions|investigations|"
                        r"offenders|applications)\b)|(in|for|on) {4,5}of\b)", re.IGNORECASE)


# or counted ('An audit of 60 stalking cases found the screening tool completed in 41')
_FOUND_IN_COUNT = re.compile(r"\bof (?P<all>\d{1,4})\b[^.;]{0,80}?\b(recorded|offered|completed|evident|present|given|applied|"
                             r"carried out|used)\s+in\s+(only\s+)?(?P<some>\d{1,4})\b(?!\s*(%|per ?cent|/|of\b))",
                             re.IGNORECASE)


def low_measure(text: str) -> str:
    """A compliance or accuracy figure under three quarters beside a done: the practice is not yet the rule."""
    for hit in _FOUND_IN_COUNT.finditer(text):
        if int(hit.group("all")) and int(hit.group("some")) < 0.75 * int(hit.group("all")):
            return hit.group(0)
    for hit in [*_MEASURE_AT.finditer(text), *_FOUND_IN.finditer(text), *_SHARE_MET.finditer(text)]:
        if re.match(r"\s*(to|->|→)\s*\d", text[hit.end():]):
            continue  # 'risen from 71% to 88%': where it started, not where it stands
        if float(hit.group("figure")) < 75:
            return hit.group(0)
    return ""


# one step of the work reported done ('Scoping complete', 'the audit has been completed', 'Tender closed'): not the action
# itself, so the other words decide (and beside 'Not started' it is work begun)
_STEP_DONE = (r"(?:^|(?<=[.;:(\n,])|(?<=\band))\s*(?:the |our |an? |initial |first |baseline |this )?(dip[- ]?samples?|audits?|"
                    r"re-?audits?|scoping|design|testing|build|consultation|drafting|procurement|tender(ing)?|mapping|gap analysis|"
                    r"baseline|research|planning|analysis|uat|user (acceptance )?testing|self-assessment|evidence gathering|"
                    r"data collection|first draft|draft)( (exercise|work|phase|stage))?"
                    # 'the gap analysis against the national curriculum is complete': a step named more closely (never
                    # an audit or an analysis, which may be the work itself)
                    r"(?:(?:(?<=gap analysis)|(?<=scoping)|(?<=mapping)|(?<=design))\s+(?:against|of|for|into|on|across)\s+[^.;,]{1,50}?)?"
                    r"\s+(is |was |has been |have been |now )?"
                    r"(complete|completed|done|finished|closed|concluded)\b")
# a routine described, not work finished: 'a DASH form is completed by the attending officer in every case'
_ROUTINE_PASSIVE = (r"|\b(is|are) (completed|carried out|done|filled in|filled out|recorded|reviewed|checked|submitted)( (?!routinely|regularly|monthly|weekly|daily|quarterly|annually|as\b)[\w()-]+){0,4}? by "
                    r"(the |an? |each |every |all )?([\w-]+ ){0,3}(officers?|staff|supervisors?|sergeants?|investigators?|"
                    r"call handlers?|handlers?|teams?|units?|ppu|mash|analysts?|registrars?)\b"
                    # 'is completed at first contact', 'are reviewed within 24 hours': how the process runs
                    # 'Risk assessments are completed in line with policy.': what the policy says happens, not work done
                    r"|\b(is|are) (completed|carried out|done|undertaken|recorded) in (line|accordance) with (the |our |force |"
                    r"local )?(policy|procedure|guidance|process)\b"
                    r"|\b(is|are) (completed|carried out|done|filled in|filled out|recorded|reviewed|checked|submitted) (at|on|within|"
                    r"for|in) (the )?(first|every|each|all|initial|\d+ (hours|days))\b"
                    # a page's own metadata and a promise to keep readers told ('Last updated: 12 March 2025')
                    r"|\b(last|date( last)?|page last) (updated|reviewed|published|modified|edited)\b\s*:?"
                    r"|\bkeep (you|the public|victims|residents|everyone|people|partners) (updated|informed|posted)\b"
                    # release notes sent round: word of a release, not the release
                    r"|\brelease notes?\b[^.;]{0,30}\b(circulated|issued|published|sent|shared)\b|" + _STEP_DONE)
# words that name something else done: a case or a meeting closed, a complete list or update (an adjective), work
# received from others; blanked before reading, so they are no done of the item's own
_NOT_THE_WORK = re.compile(
    r"\b(case|cases|investigation|investigations|meeting|meetings|enquiry|incident|ticket|referral|crime|crimes)\b"
    r"(\s+(that|which)\s[^.;,]{0,50}?)?\s+(was|were|has been|have been|got)\s+closed\b"
    r"|\bclosed (its|the|their|a|our|this) ([\w-]+ )?(meeting|session|consultation|case|investigation|enquiry)s?\b"
    r"|\b(a|an|the)\s+complete\s+(?=(list|set|picture|review|update|record|overview|search|copy|history|breakdown|"
    r"rewrite|redesign|overhaul|analysis|account|record)\b)"
    r"|\b(which|that) (we|the force) received\b"
    # 'The training was well received': how it was liked, not that it was given
    r"|\b(was|were|has been|have been) (very |extremely |generally )?(well|positively|warmly|badly|poorly) received\b"
    # 'victims are kept updated': a state the ask describes, not an update made
    r"|\bkept (up to date|updated|informed)\b"
    # 'reminders issued to response teams': a nudge after a shortfall, not the work
    r"|\breminders?\s+((have|has)\s+been\s+|were\s+|was\s+)?(issued|sent|circulated|given|e-?mailed)\b"
    # a national product out ('APP published', 'the revised statutory guidance has been issued'): not the force's work
    r"|\b(the )?(national |college['’]?s? |npcc |revised |new |updated )*(app|authorised professional practice|statutory "
    r"guidance|national guidance|home office guidance)\s+(was |were |has been |have been |now |finally )*(published|issued|"
    r"released|updated|out)\b"
    # 'the service they have received': what victims were given, not the force's work on the item
    r"|\b(service|support|help|care|treatment|information|advice)\s+((that|which)\s+)?(they|victims?|he|she|you|the victim)"
    r"\s+(have |has |had )?received\b"
    # 'the Deputy Chief Constable has been appointed as the strategic lead': who governs the work, not the work
    r"|\b(has been|have been|was|were|is|are|now)\s+(appointed|named|nominated|confirmed)\s+as\s+(the\s+)?(force['’]?s?\s+)?"
    r"(strategic|executive|chief officer|senior responsible|senior|portfolio|gold|overall|accountable)\s+(lead|owner|sponsor|officer)\b"
    # a count of forms or tasks done in a period ('we had 412 SSTs completed last quarter'): throughput, not the work
    r"|\b(had|saw|received|recorded|processed|there (were|have been))\s+\d[\d,]*\s+([\w-]+\s+){0,2}(completed|done|"
    r"submitted|made|carried out)\b"
    # 'The ISAC service received 61 referrals': a count of what came in, not the work
    r"|\b(received|handled|dealt with|took|answered)\s+\d[\d,]*\s+([\w-]+\s+){0,2}(referrals?|calls?|reports?|requests?|"
    r"queries|enquiries|contacts?)\b"
    # 'we have obtained 34 full SPOs and 12 interim SPOs': orders counted are outcomes, not the work
    r"|\b(obtained|secured|been granted|were granted|granted|applied for)\s+\d[\d,]*\s+([\w-]+\s+){0,2}(spos|isos|orders|"
    r"stalking protection orders)\b"
    # 'has set up a Stalking Improvement Board chaired by an ACC': who oversees the work, not the work
    r"|\b(set up|established|formed|created|convened|launched) (a|an|the|our) ([\w-]+ ){0,3}(improvement|delivery|oversight|"
    r"programme|steering|governance|gold) (board|group|committee)\b"

    # 'we have made early identification one of the key themes of our plan': a priority named, not the work
    r"|\b(made|make|making) [\w -]{1,40}? (one of )?(the |our )?(key |main |top |central )?(themes?|priorit(y|ies)|focus|"
    r"areas? of focus) (of|in|for)\b"
    # 'Since the action plan was published': when, not what was done
    r"|\bsince (the|our|this) ([\w-]+ ){0,2}(plan|report|recommendations?|super-?complaint|update|review) (was|were) "
    r"(published|issued|received|made)\b"
    # 'The Local Criminal Justice Board received a presentation on stalking': a board told, not the work done
    r"|\b(board|group|committee|panel|forum|partnership|meeting|lcjb)\s+(received|was given|were given|heard)\s+(a|an)\s+"
    r"(presentation|briefing|update|report|paper)\b"
    # 'In the last financial year, 1,140 stalking screening forms were submitted': a count of forms, not the action
    r"|\b(in |during |over )?(the )?(last|previous|past) (financial |calendar )?(year|quarter|month|twelve months|12 months),?"
    r"\s+\d[\d,]*\s+([\w-]+\s+){0,3}(forms?|referrals?|reports?|assessments?|applications?|cases|crimes|checks|"
    r"notifications?|submissions?)\s+(were|have been|had been)\s+(submitted|completed|made|recorded|received|processed|"
    r"carried out|done)\b"
    # what people answered in a survey ('78% of victims said they were satisfied with the information they were given'):
    # a result, not the force's work
    r"|\b(said|reported|told us|felt|agreed|stated|rated|responded)( that)? (they|he|she)( had)? (were|was|had been|felt|"
    r"had|received)\b[^.;]*" + _ROUTINE_PASSIVE, re.IGNORECASE)


def step_done(text: str) -> str:
    """A step of the work reported done ('The audit was completed in January'): '' when none is."""
    hit = _STEP_DONE_RX.search(text)
    return hit.group(0).strip() if hit else ""


_STEP_DONE_RX = re.compile(_STEP_DONE, re.IGNORECASE)


def only_others_work(words: str) -> bool:
    """Words that report another body's work and nothing of the force's own ('National SPO guidance written by the
    College and circulated to forces')."""
    # ('..., which the force has noted.': the force's reading of another's work is none of its own)
    own = re.sub(r",?\s*which (the force|we|the constabulary) (has|have) (noted|welcomed|acknowledged|received|read)\b", "", words,
                 flags=re.IGNORECASE)
    return bool(_OTHERS_WORK.search(words)) and not _OWN_WORK.search(own)


def only_another_thing_done(words: str) -> bool:
    """Words that are wholly a step or another thing reported done ('Audit finished', 'Tender closed'): not a status of
    the action, whichever way they read."""
    hit = _NOT_THE_WORK.search(words)
    return bool(hit) and not (words[:hit.start()] + words[hit.end():]).strip(" .;:,!-–—")


# a letter's or an e-mail's sign-off ('Kind regards, Det Supt M. Okafor.'): who wrote it, not what was done
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:kind|best|warm|many) )?(?:regards|thanks|thank you)\b[,.]?[^\n]{0,80}$|"
                       r"(?:^|(?<=[.!?])\s+)yours (?:sincerely|faithfully)\b[^\n]{0,80}$", re.IGNORECASE)
# a decision not to act ('the Chief Constable has decided not to create a separate unit ... discharged'): some readers
# take it as done, some as not applicable; neither is known from the words ('a record of every decision not to apply'
# for an order is a routine kept, not such a decision)
DECIDED_NOT = re.compile(r"\b(decided|(?<!every )(?<!each )(?<!any )(?<!all )decision( was)?( taken)?|chose|opted) not to\b|\bnot to proceed\b|"
                         # 'The region is producing one problem profile for all four forces, so we won't write our own.'
                         r"\b(we|the force|the constabulary) (will not|won['’]t|shall not|do not need to|need not) (write|produce|"
                         r"develop|build|create|run|deliver|commission|set up) (our|its|an?) own\b|"
                         # 'Regional approach not pursued.'
                         r"\b(approach|option|proposal|model|idea|scheme|plan)\s+(was |is |has been )?not (being )?(pursued|"
                         r"progressed|taken forward|adopted)\b|"
                         # 'the force will not introduce a separate stalking allocation policy'
                         r"\b(will|shall) not (be )?(introduce|introducing|adopt|adopting|create|creating|implement|develop|establish|"
                         r"set up|pursue|take forward)\b|"
                         r"^\W*not (adopting|adopted|introducing|introduced|pursuing|proceeding)( with)?( it| this| the [\w -]{1,30})?"
                         r"\W*$|"  # 'Not adopting.' and nothing more
                         r"^\W*(\d{1,2}\.\d{1,2}\s*)?not pursued\b|\b(action|item|recommendation|this|it) (was |is |has been |will )?"
                         r"not (be )?pursued\b|"
                         r"\bnot (being )?taken forward\b|\b(will|would) not (be )?(take|taken|taking) (this|it) forward\b|"
                         r"\b(decided|concluded|agreed) that no (further )?(action|change|work) (is|was) (needed|required|necessary)\b|"
                         # 'closed as the force considers current arrangements sufficient': nothing changed for the ask
                         r"\b(considers?|considered|deems?|deemed|judges?|judged|believes?|assessed)\s+(that\s+)?(the\s+|its\s+|our\s+)?"
                         r"(current|existing|present)\s+(arrangements|processes|practice|provision|policy|policies|approach)\s+"
                         r"(are\s+|is\s+|to be\s+|as\s+)?(sufficient|adequate|appropriate|satisfactory|enough|fit for purpose)\b"
                         # 'The force is satisfied this recommendation is met by existing arrangements elsewhere in the
                         # plan.': a claim that names nothing done
                         r"|\b(met|covered|addressed|satisfied) by (the )?(existing|current) (arrangements|processes|practice|"
                         r"provision)( elsewhere( in (the|this|our) plan)?)?\W*$",
                         re.IGNORECASE)


# someone else's doubt about the force's done ('the panel was not persuaded that ...', 'Internal audit could not verify
# the force's reported position', 'Members challenged the force's assessment'): the done is not known
DOUBTED_BY_OTHERS = re.compile(
    r"\b(was|were|is|are|remains?|remained) not (yet )?(persuaded|assured|convinced|satisfied)\b|"
    r"\bseek (further|more|additional) (evidence|assurance)\b|"
    r"\b(challenged|questioned|disputed|queried) (the )?(force['’]s )?(assessment|rating|self-assessment|position|claim|"
    r"reported position|rag)\b|"
    # 'Closed by the Strategic VAWG Board against the recommendation of the action owner'
    r"\bagainst the (recommendation|advice|wishes|view|views|objection)s? of\b|"
    r"\b(members|the panel|councillors|the committee|the commissioner|auditors?|internal audit)\s+(questioned|challenged|"
    r"disputed|queried)\b|"
    r"\b(could not|cannot|was unable to|were unable to|unable to|has not been able to) (verify|confirm|validate|evidence|"
    r"substantiate)\b|"
    # ('the assurance review was unable to find the evidence to support that')
    r"\b(could not|was unable to|were unable to|unable to|did not|failed to) (find|locate|see) (the |any |sufficient )?evidence\b|"
    r"\bno evidence (was|could be|has been) found\b", re.IGNORECASE)
# the recommendation itself refused ('Recommendation not accepted by the Chief Officer Group', 'Rec not accepted in
# full'): a closure that rejects the ask, not a decision about an option it asks the force to weigh
NOT_ACCEPTED = re.compile(r"\b(recommendation|rec|action|it|this)\.?\s+(was |is |has been |were )?not (been )?accepted\b|"
                          r"\bnot accepted (in full|by)\b|"
                          # the force's proposal for the work turned down ('Proposal rejected by the OPCC')
                          # (not an order applied for: 'no application was refused' counts the courts' decisions)
                          r"(?<!\bno )\b(proposal|bid|business case|funding request|request)s?\s+(was |were |has been |have been )"
                          r"(rejected|refused|turned down|not (approved|supported|funded))\b|"
                          r"(?<!\bno )\b(proposal|bid|business case)s?\s+(rejected|refused|turned down)\b", re.IGNORECASE)


def _prepare(text: str, as_of: dt.date | None = None) -> str:
    """The newest words, contractions spelt out, quotations blanked and routine verbs set aside."""
    text = without_document_names(_SIGN_OFF.sub("", latest_segment(mend_slips(text), as_of)))
    text = _NOT_THE_WORK.sub(lambda m: " " * len(m.group(0)), text)
    for pattern, spelt in _CONTRACTIONS:
        text = re.sub(pattern, spelt, text, flags=re.IGNORECASE)
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for pattern in _RESULT_SHARES:
        text = pattern.sub(lambda m: m.group(0)[: m.start("n") - m.start()] + " " * len(m.group("n"))
                           + m.group(0)[m.end("n") - m.start():], text)
    return _PROCESS_VERB.sub(lambda m: m.group(0)[: m.start(3) - m.start()] + "attend" + m.group(0)[m.end(3) - m.start():], text)


# the recommendation itself set aside ('no longer considered relevant to the force', 'not applicable to us'): beside a
# done-word, a closure that says nothing of the work done
NOT_RELEVANT = re.compile(r"\b(recommendation|action|item|sub-?item|measure|it|this)\s+(is|was|has been|were)\s+(now\s+)?"
                          r"(no longer|not)\s+(considered\s+|deemed\s+|thought\s+)?(relevant|applicable)\b"
                          r"|\bnot (relevant|applicable) to (the|this|our|us|[\w-]+ (police|constabulary))( force)?\b"
                          # 'Interim SPOs are rarely needed in our area, so this action has been closed'
                          r"|\b(rarely|seldom|not|never) (needed|required|used|sought)\b[^.;]{0,40}\b(so|therefore|and)\b[^.;]{0,40}"
                          r"\bclosed\b", re.IGNORECASE)


# another body's work and nothing of the force's own ('The College has rewritten the module ... available to forces since
# July'; 'National SPO guidance written by the College'; 'HMICFRS dip-sampled ...'; 'Probation's own clinic reviews ...')
_OTHER_BODY = (r"(the )?(college( of policing)?|hmicfrs|(his majesty['’]s )?inspectorate|npcc|national policing lead|home office|"
               r"iopc|ministry of justice|regional organised crime unit|rocu|commissioner|national [\w-]+ (team|unit|body|programme)|"
               r"(office of the )?police(,)? (fire )?and crime commissioner|(o)?pcc|cps( area)?|crown prosecution service|"
               r"probation( service)?|(commissioned )?(isac|advocacy|victim support|support|victims['’]?) service|"
               r"(county |city |district |borough )?council|local authorit(y|ies)|community safety partnership|health board)")
# bodies beyond the force and its commissioner whose announcements, funding and adoptions are theirs alone ('The Deputy
# Mayor's office announced ...'; 'The ICB has secured funding ...'; 'The region has adopted ...'): what the PCC
# commissions or funds, or a charity delivers to the force's own officers, is the force's response, and stays so
_ANOTHER_AUTHORITY = (r"(the )?((deputy )?mayor['’]?s office( for policing( and crime)?)?|mopac|(deputy )?mayor|icb|integrated care "
                      r"board|nhs( england)?|home office|ministry of justice|government|local criminal justice board|lcjb|region|"
                      r"regional [\w-]+( [\w-]+)? (board|network)|victims['’]? commissioner|domestic abuse commissioner)")
_OTHERS_WORK = re.compile(r"^[\s\W]*" + _OTHER_BODY + r"(['’]s? (own )?office|['’]s? [\w'’ -]{0,40}?(panel|board|"
                          r"team|unit|group))?\s+((has|have|had)\s+)?(now\s+)?(rewritten|written|delivered|produced|issued|"
                          r"released|dip-?sampled|published|launched|circulated|appointed|trained|completed|reviewed|audited|"
                          r"inspected|examined)\b"
                          r"|^[\s\W]*" + _ANOTHER_AUTHORITY + r"(['’]s? (own )?office)?\s+((has|have|had)\s+)?(now\s+)?(announced|"
                          r"secured|set up|adopted|confirmed|endorsed|provided|funded|commissioned|published|issued|launched)\b"
                          # 'The OPCC is leading this work.': whose the work is, nothing of the force's own
                          r"|^[\s\W]*" + _OTHER_BODY + r"\s+(is|are|has been|have been)\s+(now\s+)?(leading|taking forward|"
                          r"responsible for|in charge of|progressing|owning)\s+(on\s+)?(this|the)\s+([\w-]+\s+)?(work|action|item|"
                          r"recommendation|commissioning|review)\b[^.;]*[.!]?\s*$"
                          # 'The College's advice on the screening tool has been circulated to supervisors.': another body's
                          # product passed on, nothing of the force's own done with it
                          r"|^[\s\W]*" + _OTHER_BODY + r"['’]s?\s+(advice|guidance|briefing|toolkit|products?|materials?|"
                          r"e-?learning|app)\b[^.;]{0,80}?\b(has|have)\s+been\s+(circulated|forwarded|shared|passed on|sent|"
                          r"e-?mailed)\b[^.;]*[.!]?\s*$"
                          r"|^[\s\W]*" + _OTHER_BODY + r"['’]s? [\w'’/ -]{1,60}? (was|were|has been|have been) (published|issued|"
                          r"completed|produced|released)\b"
                          r"|\b(met|covered|addressed|satisfied) by " + _OTHER_BODY + r"['’]s?\b"
                          # ('Delivered nationally by the College of Policing.')
                          r"|\b(written|produced|issued|published|delivered|circulated|rewritten|dip-?sampled)( nationally| centrally)? by "
                          + _OTHER_BODY +
                          r"\b|^[\s\W]*(probation|the cps|the probation service)['’]s own\b"
                          # a national product passed on or pointed to ('National guidance circulated to all staff via the
                          # Weekly Orders.'; 'Information for victims is available on the national ... website.')
                          r"|^\W*(the )?national (guidance|app|toolkit|advice|briefing|products?|materials?)\b[^.;]{0,40}\b(circulated|"
                          r"forwarded|shared|passed on|sent|e-?mailed)\b[^.;]*\W*$"
                          r"|^[^.;]*\b(is|are) (now )?available (on|from|through|via) (the )?national\b[^.;]*\W*$"
                          # training given to a partner's own people ('... delivered training for the ISAC provider's
                          # staff'): theirs, not the force's officers'
                          r"|^[^.;]*\b(training|briefings?|sessions?|workshops?|input)\b[^.;]{0,40}\b(for|to) (the )?([\w-]+ ){0,3}"
                          r"(provider|service|partner|agency|charity|council|hospital|nhs trust)['’]s? (own )?(staff|workers|"
                          r"employees|advocates|team|volunteers)\b[^.;]*\W*$", re.IGNORECASE)
_OWN_WORK = re.compile(r"\b(we|us|the force|the constabulary|this force|force-?wide)\b|\bour( [\w-]+){1,4} (was|were|has|have|is|"
                       r"are|had)\b|"
                       # ('Our training, delivered by the Suzy Lamplugh Trust, has been completed by every investigator.')
                       r"\b(completed|attended|undertaken|passed) by (every|all|each) (of )?(our )?\w+", re.IGNORECASE)
# 'Closed – no further action by the force': in police use a matter ended, which says nothing of the work done
NFA_CLOSED_WORDS = re.compile(r"\bclosed\W{1,4}(no further action|nfa)\b|\bclosed\b[^.;]{0,40};\s*no further action "
                              r"(recorded|taken|noted)\b"
                              # 'closed at the February board as the lead officer has moved to another role': closed
                              # for a reason that is not the work done
                              r"|\bclosed\b[^.;]{0,60}\b(as|because|since)\b[^.;]{0,80}\b(moved to (another|a new) (role|post|"
                              r"job)|left the (force|organisation)|retired|is now covered by|now sits with|superseded by)\b"
                              # 'action closed by the Public Protection Board. No reason recorded.'
                              r"|\bclosed\b[^.;]{0,60}[.;]\s*no (reason|rationale|explanation) (was |is )?(recorded|given|stated)\b"
                              # 'cannot monitor referral numbers, so this item has been closed': closed as not doable
                              r"|\b(cannot|can ?not|can['’]t|unable to|not able to|not possible to)\b[^.;]{0,120}(\b(so|therefore|"
                              r"and)\b[^.;]{0,40}|[.;]\s*(the |this )?(action |item )?(is |has been |was )?(now )?)\bclosed\b"
                              # 'we have considered the recommendation. What happens next: no further action.'
                              r"|\b(considered|noted) (the|this) (recommendation|action|item|sub-?item)s?\b[^;]{0,80}\bno "
                              r"further action\b"
                              # 'Referral data ... is not shared with the force. No further action.': nothing done because it
                              # cannot be, then closed
                              r"|\bnot (shared|available|provided|held|recorded|collected|given)\b[^.;]{0,80}[.;]\s*no further "
                              r"action\b"
                              # 'Business case declined; action closed.', 'Provider contract ended; action closed.': closed
                              # because the work stopped or was refused
                              r"|\b(cancelled|abandoned|discontinued|stopped|ended|declined|rejected|withdrawn|not (approved|"
                              r"funded|agreed))\b[^.;]{0,20}[;,]?\s*(and |so )?(the )?(action|item|recommendation)? ?(was |is |"
                              r"has been |now )?closed\b",
                              re.IGNORECASE)
# what must or should be done, said as the only sentence ('Training relating to stalking must be reviewed and updated in
# line with the findings of the report.'): the ask, not what was done
_OBLIGATION = re.compile(r"^(?![^.;]*\b(is|are|was|were|has|have|had|we|our|intends?|plans?|will|but|however|whether)\b)"
                         r"[^.;]{0,120}\b(must|should)\s+be\s+\w+(ed|en|t)\b[^.;]*[.]?\s*$",
                         re.IGNORECASE)  # (the modal the only verb: nothing said done or begun anywhere in it)
_IMPERATIVE = re.compile(r"^[\s\W]*(complete|implement|deliver|ensure|introduce|review|embed) (the|a|an|all|every|each)\b(?![^.;]{0,80}"
                         r"\b(is|are|was|were|has|have)\b)", re.IGNORECASE)
# a line giving one numbered point its status ('Point 3 – Closed – business as usual')
_POINT_STATUS = re.compile(r"(?im)^\s*(?:[a-z ]{0,20}\s)?(?:point|part|action|item|step)\s*\d{1,2}[a-z]?\s*[-–—:]\s*(?P<said>[^\n]{2,40})$")
_BARE_ID_LINE = re.compile(r"(?m)^\s*\d{1,2}\.\d{1,2}\s*$")


# "'Processes should be put in place...' - agreed": the recommendation accepted, its quotation blanked
# words that say nothing of how far the force's own work has got: a meeting held and nothing more ('A meeting was
# held.'); a reply to a survey; what a national body published
NO_PROGRESS = re.compile(
    # an outcome counted ('Arrests were made in 142 stalking cases last year'): nothing of the action's own progress
    r"^[\s\W]*(\d[\d,]*\s+)?(arrests|charges|convictions|cautions|orders|spos|stalking protection orders|prosecutions)\s+"
    r"(were|have been|was|has been)\s+(made|granted|obtained|secured|issued|brought|achieved)\b[^.;]*[.!]?\s*$|"
    r"^[\s\W]*(a |an |the )?(meeting|workshop|discussion|call|briefing session)s? (was|were|has been|have been) "
    r"(held|arranged|convened)[\s.!]*$|"
    # 'Discussions have taken place.': talk, nothing of how far the work has got
    r"^[\s\W]*(initial |early |some |further )?(discussions?|conversations?|talks|meetings?|engagement)( with [\w ]{1,40}?)? "
    r"(has|have) (now )?(taken place|been held|happened|occurred|begun|started)[\s.!]*$|"
    # a thing still under a review that goes on within a wider change ('Investigative capacity is subject to ongoing
    # review as part of the Op Horizon change programme'): nothing done for the ask is said
    r"^[^.;]*\bsubject to (an? )?(ongoing|continuing|further|wider) review\b[^.;]{0,20}\b(as part of|within|under|through)\b"
    r"[^.;]*[.!]?\s*$|"
    # evidence or a return sent to a national body ('Evidence has been submitted to the NPCC lead.'): a return, nothing of
    # how far the work has got (the force's written response sent to the NPCC is 27.1's work itself)
    r"^[\s\W]*(the |our )?(evidence|return|data)s? (has|have|was|were) (now )?(been )?(submitted|"
    r"sent|provided|returned|given) to (the )?(npcc|national|college|home office|hmicfrs|iopc)\b[^.;]*[.!]?\s*$|"
    r"\b(responded|replied|contributed|written back) to (the|a|an) ([\w'’-]+ ){0,3}(survey|questionnaire|request for information|"
    r"consultation|data return|return|letter|e-?mail|request|correspondence)\b[^.;]*[.!]?\s*$|"
    r"^[\s\W]*(the )?(npcc( lead)?|national policing lead|college of policing|college|home office|hmicfrs|iopc|cps|"
    r"ministry of justice|government)\b[^.;]{0,20}\b(has|have|had)\s+(now\s+)?(published|issued|released|produced|"
    r"launched|updated|revised)\b[^;]*$|"
    # a consortium's work for all its members ('The national Athena consortium has delivered the change for its member
    # forces'): nothing of this force's own use
    r"^[\s\W]*(the )?([\w-]+ ){0,3}consortium\b[^.;]{0,40}\b(has|have|had|was|were)\b[^;]*\bfor (its|all|the) "
    r"(member|partner|participating) forces\b[^;]*$|"
    # background about the complaint or the report itself; thought given to what the recommendation means
    r"^[\s\W]*the (super-?complaint|(investigation |inspection |super-?complaint )?report|investigation)\s+(was|were|has been|"
    r"have been) (made|published|submitted|lodged|issued|brought|received)\b|"
    r"\bconsideration (has been|was|have been) given to what (this|the) recommendation (means|requires)\b|"
    # something run once and again ('delivered last year and again this year'): a recurring activity, not the action
    r"\b(last|previous|a) (year|month|quarter)\b[^.;]{0,30}\band again\b|"
    # one senior officer at a national event ('The Head of Risk attended the national screening tool workshop.'):
    # presence, nothing of the force's own work (officers trained at a workshop is the work itself)
    r"^[\s\W]*(the |our )?(head|lead|director|manager|chief|superintendent|chief inspector|inspector|sro|"
    r"senior responsible officer|force lead|analyst)\b[\w ,'’()-]{0,40}? (has )?attended (the|a|an) (national|regional|"
    r"college|npcc|home office)\b[^.;]{0,60}\b(workshop|seminar|conference|event|webinar|masterclass|forum|meeting|"
    r"roadshow)s?\W*$|"
    # what was done before the report ('The force has delivered training on stalking in the past.'): history, not the
    # response
    r"^[^.;]*\b(has|have|had)\s+(previously\s+)?(delivered|provided|run|held|given|done|carried out|offered|contributed|"
    r"supported|helped)\b[^.;]*\bin the "
    r"past\W*$|"
    # a course made available ('The training went live on the learning platform in January'), with nothing said of
    # anyone having taken it: the output, not the officers trained
    r"^[^.;]*\b(training|course|e-?learning|module|package|input|briefing)s?\b[^.;]{0,60}?\b(went live|has gone live|"
    r"have gone live|is (now )?live|are (now )?live|was launched|were launched|has been launched|have been launched|"
    r"was made available|has been made available|is (now )?available|was uploaded|has been uploaded)\b"
    r"(?! (to|for) (all|every)\b)(?![^;]*\b(complete[ds]?|completion|trained|attended|undertaken|taken|done|passed|mandatory|"
    r"mandated|\d+\s?%|per ?cent|of (the )?(two|three|four|five|six|\d+)|compliance|compliant|audit|audited|in use|being used|"
    r"used by|attendance)\b)"
    r"[^;]*$",
    re.IGNORECASE)
# words that count outcomes, or say who works with whom, or that partners do it, and nothing of the force's own work
# for the ask ('The force has obtained 14 SPOs this year.'; 'The analytical team have been working closely with public
# protection.'; 'Victim feedback is collected by partners.')
NOTHING_OF_THE_ASK = re.compile(
    r"^[\s\W]*((the force|we|the constabulary)\s+)?((has|have)\s+)?(obtained|secured|made|issued|granted|achieved)\s+\d[\d,]*\s+"
    r"(spos?|stalking protection orders|orders|arrests|charges|prosecutions|convictions)\b[^.;]*[.!]?\s*$|"
    r"^[^.;]*\b(has|have) been working (closely |together |jointly )?(with|alongside)\b[^.;]*[.!]?\s*$|"
    r"^[^.;]*\b(is|are) (collected|gathered|done|carried out|provided|run|delivered|managed) by (our |the )?partners?\b"
    r"[^.;]*[.!]?\s*$|"
    # an outcome among victims or offenders moved ('Repeat victimisation has fallen by a fifth.'): a result, not the work
    r"^[^.;]*\b(repeat victimisation|re-?offending|repeat offending|victim satisfaction)\b[^.;]{0,30}\b(has|have|is|are)\s+"
    r"(now\s+)?(fallen|risen|increased|decreased|dropped|gone (up|down)|doubled|halved|improved|reduced|down|up)\b[^.;]*[.!]?\s*$|"
    # a form's 'What we did:' that names only a practice that goes on as before, and nothing left ('What we did:
    # investigations continue to be overseen by supervisors. What is left: business as usual.'): nothing new done
    r"^\W*what we did\s*[:–-]\s*[^.;]{0,100}?\bcontinues? to (be )?\w+[^.;]*[.;]\s*what is left\s*[:–-]\s*(nothing|none|n/?a|"
    r"nil|business as usual|bau)\W*$|"
    # a priority declared ('The Commissioner has made tackling violence against women and girls one of the
    # organisation's top priorities.'): what matters, nothing done
    r"^[^.;]{0,120}\bone of (the|our|its|their|the organisation['’]s|the force['’]s) (top |key |main |highest )?priorities\b"
    r"[^.;]*[.!]?\s*$|"
    # counts of orders and their breaches alone ('At the end of the period 19 SPOs were in force and 4 breaches had been
    # recorded.'): what the orders came to, not the work of monitoring or applying for them
    r"^[^.;]*?\b\d[\d,]*\s+(spos?|stalking protection orders|orders|breaches|arrests|charges)\s+(were|was|are|is|had been|have "
    r"been|has been)\s+(in force|recorded|made|obtained|granted|issued|live|active)\b(\s+and\s+\d[\d,]*\s+[\w ]{1,30}?\s+"
    r"(were|was|had been|have been|has been)\s+(recorded|made|obtained|granted|issued|breached|charged))?[\s.!]*$",
    re.IGNORECASE)
_ACCEPTED = re.compile(r"^[\s\W]*(\d{1,2}/\d{1,2}/\d{2,4}\s*[-–—:]\s*)?((this |the )?(recommendation|action) )?(agreed|accepted|noted|"
                       r"supported|acknowledged)[\s.!]*$|"
                       # 'Agreed by the Chief Officer Group on 20 November 2024 as part of the force response.'
                       r"^[\s\W]*(agreed|accepted|noted|supported|acknowledged) (by|at) (the )?[\w ]{0,40}?(group|board|cog|meeting)\b"
                       r"( on [\w ]{1,20}?)?( as part of (the|our) (force['’]?s? )?(response|plan|action plan))?[\s.!]*$|"
                       r"\b(this |the )?recommendation (is |has been |was )?(agreed|accepted|supported|noted|acknowledged)\b[\s.!]*$|"
                       # 'The force is satisfied that it has considered the recommendation and responded accordingly.'
                       r"^[\s\W]*(the force|we|the constabulary)( is| are)? ((satisfied|content|confident) that (it|we) )?(has|have) "
                       r"(now )?(considered|reviewed|noted|responded to) (the|this) recommendation( and (has )?(responded|acted)"
                       r"( to it)?( accordingly| appropriately)?)?[\s.!]*$|"
                       # 'This recommendation has been reviewed and the force's position has been agreed.': what position,
                       # and what was done, it does not say
                       r"^[\s\W]*(this |the )?(recommendation|action|item|sub-?item)( has been| was)? (reviewed|considered|"
                       r"discussed)( by [\w ]{1,40}?)?,? and (the |our )?(force['’]?s? )?position (on it )?(has been|was|is) "
                       r"(agreed|confirmed|settled|set|determined)[\s.!]*$|"
                       # 'Discussed at VAWG board - agreed.': agreed to what, and what was done, it does not say
                       r"^[\s\W]*(discussed|presented|raised|tabled|considered) (at|by|with) (the )?[\w ]{0,40}?(board|group|"
                       r"meeting|panel|committee|cog)\s*[-–—:,;]?\s*(and )?(agreed|approved|accepted|noted|supported)[\s.!]*$|"
                       # 'The relevant lead has been made aware of this recommendation.': who knows of it, nothing done
                       r"^[^.;]*\b((has|have) been|was|were|is|are) (now )?(made aware|informed|notified|sighted|told) (of )?(this|the) "
                       r"(recommendation|action|item|sub-?item|report)\b[^.;]*[\s.!]*$",
                       re.IGNORECASE)


# partners' share of the work done ('Our partners have completed their part of this work.'): nothing of the force's own
PARTNERS_PART = re.compile(r"^[^.;]*\bpartners?\b[^.;]{0,40}\b(completed|finished|done|delivered)\b[^.;]{0,10}\b(their|its) "
                           r"(own )?(part|parts|share|element|elements|side|bit|actions?)\b[^.;]*\W*$", re.IGNORECASE)


# words that only say general arrangements stand ('MAPPA arrangements are well established in the force area';
# 'Strong partnership links.'), or that they are another body's ('MAPPA arrangements are a matter for the Responsible
# Authority and are already in place'), nothing of stalking or of the force's own work for the ask
GENERAL_ONLY = re.compile(r"^[^.;]*\b(is|are) (a matter|matters|the responsibility|a responsibility) (for|of) (the )?"
                          r"(mappa )?(responsible authority|probation( service)?|prison( service)?|partners?|local authorit(y|ies)|"
                          r"councils?|[\w ]{0,20}(authority|service|agency))\b[^.;]*\W*$|"
                          r"^\W*[\w' -]{2,40}? (is|are) (a|an|the) (statutory|national|multi-agency|legal|"
                          r"formal|local) [\w -]{0,30}?(arrangement|framework|process|duty|requirement|body|mechanism|"
                          r"partnership|forum)s?\b[^.;]{0,60}\.?\s*$|"  # 'MAPPA is a statutory arrangement led by ...'
                          r"^\W*(?:[\w'’-]+\s+){0,5}?(arrangements|links|partnerships?|relationships|(multi-agency |partnership "
                          r")?working|governance|structures)\s+(?:with\s+[\w' -]{1,30}\s+)?(are|is|remains?)\s+(now\s+)?(well[- ]established|"
                          r"established|in place|strong|robust|good|effective|embedded|mature)\b[^.;]{0,40}\.?\s*$|"
                          r"^\W*(strong|good|robust|effective|established|mature)\s+[\w' -]{1,40}\.?\s*$|"
                          # 'We have a strong investigative capability.'
                          r"^\W*(we|the force|the constabulary) (has|have) (a |an )?(very )?(strong|good|robust|effective|"
                          r"well[- ]established|established|mature|sound)\s+[\w' -]{1,40}\.?\s*$", re.IGNORECASE)


# changes said to be made and not named ('A number of changes have been made to improve how we investigate stalking.'):
# whether they are what the item asks is not said, however much the words name stalking
VAGUE_CHANGES = re.compile(r"^\W*(a number of|some|several|various|many|a range of|a series of)\s+(changes|improvements|steps|"
                           r"actions|measures)\s+(have|has)\s+been\s+(made|taken|introduced|put in place)\b[^.;]{0,80}\.?\s*$",
                           re.IGNORECASE)


# a reversal that says the item is another's (not one undone in time): it holds wherever in a log it is said
_POINTS_AWAY = re.compile(r"duplicat|double|\bsee\b|merged|amalgamated|combined|transferred|handed|passed|referred|escalated|"
                          r"sits with|covered|national", re.IGNORECASE)
# the national template's own labels at the start of a text: what follows is what is asked, not what was done
_TEMPLATE_LABEL = re.compile(r"^\W*(\d{1,2}\.\d{1,2}\s*[-–:]?\s*)?(evidence requirements?( of progress)?(\s*/\s*completion)?|evidence required|"
                             r"what (the report|the recommendation|is|was) asks?|sub-?recommendation|recommendation( text| received)?)"
                             r"\s*[:\-–]", re.IGNORECASE)
# the report's own ask, restated at the start of the words ('By 27 March 2025, chief constables should ensure ...')
_REPORT_ASK = re.compile(r"^\W*(by [^,.;]{3,30},?\s+)?(all )?(chief constables|forces|police forces|the force|forces in england "
                         r"and wales)\s+(should|must|are to|are required to)\b[^.;]*[.;]?", re.IGNORECASE)
# an evidence requirement copied into the words ('Confirmation that a SPOC is in place.'): what is asked for, not
# that it was given
_REQUIREMENT = re.compile(r"(evidence|confirmation|proof|assurance|documentation) that\b(?!.*\b(has|have) been (received|provided|"
                          r"submitted|uploaded|given|obtained|supplied|sent)\b)[^.;]*[.]?|(evidence|confirmation|proof|records?|"
                          r"documentation) (of|showing)\b(?![^.;]*\b(is|are|was|were|has|have|had)\b)[^.;]*[.]?", re.IGNORECASE)
_BARE_EDIT = re.compile(r"(updated|reviewed|refreshed|noted|amended|revised|edited|approved|agreed|signed off|discussed|considered)\W*", re.IGNORECASE)
_ITEM_ID = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?!\d|\.\d)")
_SEE_ATTACHED = re.compile(r"^\W*(please\s+)?(see|refer to)\s+(the\s+)?(attached|enclosed|accompanying|appended|linked)\s+"
                           r"[\w -]{0,30}?\b(document|report|paper|file|annex|appendix|spreadsheet|evidence|pack)s?\b[^.;]*\.?\s*$",
                           re.IGNORECASE)
# a thing only said to have been looked at ('Training has been reviewed.'), a consideration given, a lead named or a bare
# figure under its label: nothing says how far the work has got
NOTHING_OF_PROGRESS = re.compile(r"^\W*[\w'’ -]{1,40}? (has|have|was|were) (now )?been (reviewed|looked at|considered|discussed)"
                            # ('The problem profile work has been reviewed by the board.')
                            r"( (by|at) (the |our )?[\w'’ -]{1,50}?\b(board|group|panel|committee|meeting|cog|forum|team))?\W*$|"
                            # 'Risk assessment was discussed at the September Public Protection Board and actions were
                            # agreed.': talked of and steps agreed, nothing of them done
                            r"^[^.;]*\b(was|were|has been|have been) (considered|discussed|noted|looked at|raised) (by|at) (the )?"
                            r"[\w'’ -]{0,60}?\b(board|group|panel|committee|meeting|cog|forum)\b,? and (the )?(actions?|next steps|a "
                            r"way forward|an? action plan|recommendations) (were|was|have been|has been) (agreed|set|identified|"
                            r"noted)\W*$|"
                            # 'Considered.' alone: something was weighed, nothing of what came of it ('Discussed at the
                            # MASIP board.')
                            r"^\W*(considered|discussed|noted|raised|looked at|explored)( (by|at) (the )?[\w'’ -]{0,50}?\b(board|"
                            r"group|panel|committee|meeting|cog|forum|smb))?\W*$|"
                            # 'Home Office Annual Data Requirement return submitted.'; 'Progress to be monitored by the
                            # Strategic VAWG Board.'; 'The 56-day deadline ... has passed.': a return, who watches, a date
                            r"^[\s\W]*([\w'’-]+ ){0,5}(return|submission)s? (has been |was |now )?(submitted|sent|made)\W*$|"
                            r"^\W*(progress|delivery|this|it|the action|implementation|the work)( (is|will be))?( to be)? (monitored|"
                            r"overseen|tracked|governed|reported on|reported) (by|through|via|at|to) [^.;]*\W*$|"
                            r"^[^.;]*\bdeadline\b[^.;]*\b(has|have) (now )?passed\W*$|"
                            # '7.2 is complete; for this item please see the Niche section.': another item's done, and a
                            # pointer for this one
                            r"^[^;]*\b\d{1,2}\.\d{1,2}\b[^;]*\b(is|are|was|were|has been) (now )?(complete|completed|done|closed|"
                            r"delivered)\b[^;]*[;.]\s*for this (item|sub-?item|action|recommendation),? (please )?(see|refer to)\b[^;]*$|"
                            # 'A paper was presented to the Chief Officer Group.'; 'Referred to the MAPPA SMB.': put to a
                            # board, nothing of what it decided or what was done
                            r"^[\s\W]*(a |an |the |our )?([\w-]+ ){0,3}?(paper|proposal|business case|briefing note|options "
                            r"paper|report)s? (was|were|has been|have been) (presented|submitted|taken|tabled) (to|at) (the |our )?"
                            r"[\w'’ -]{0,50}?\b(board|group|meeting|committee|panel|forum|cog|smb)\b\W*$|"
                            r"^\W*((this|the) (action|item|matter|recommendation) (has been |was |is )?)?(now )?(referred|escalated) to "
                            r"(the )?[\w'’& -]{1,50}\W*$|"
                            # 'Plan shared with the NPCC.'; 'Action plan available on request.': not published
                            r"^\W*(the |our )?(action |stalking |force )?plan (is |has been |was )?(now )?(available on request|"
                            r"(shared with|submitted to|sent to|provided to) [\w'’ -]{1,40})\W*$|"
                            # 'The risk policy has been updated where required.': whether anything was needed, or done,
                            # for stalking it does not say
                            r"^\W*[\w'’ -]{1,40}? (has|have|was|were) (now )?been (updated|amended|revised|changed|"
                            r"reviewed)( and (updated|amended|revised))? (where|as|if|when) (required|necessary|needed|"
                            r"appropriate)\W*$|"
                            # 'The force does not hold data on this.': nothing known, let alone done
                            r"^[^.;]*\b(does|do|did) not (currently |yet )?(hold|have|collect|record|keep) (any )?(data|information|"
                            r"figures|records|statistics)( (on|about|for) (this|it|that))?\W*$|"
                            # 'Consideration has been given by the organisation to the searchability of records.'
                            r"^[^.;]*\bconsideration\s+(has been|was|is being|had been)\s+given\b[^.;]*[.;]?\s*$|"
                            # 'The Head of Public Protection has been appointed as the lead for this recommendation.': who
                            # leads it, nothing of the work
                            r"^\W*(the\s+)?[\w ,'’-]{2,60}?\s+(has been|have been|was|is)\s+(appointed|named|nominated|"
                            r"identified)\s+as\s+(the\s+)?(lead|owner|senior responsible officer|sro|single point of contact)"
                            r"(\s+for\s+(this|the)\s+(recommendation|action|item|work|sub-?item))?\W*$|"
                            # 'Hours of stalking training delivered in 2024/25: 2,940.': a figure under its label, nothing
                            # of how far the work asked for has got
                            # (a count, not a share: 'E-learning completion: 81%.' says how far it has got)
                            r"^\W*(?![^:]*\b(progress|status|completion|complete|rag|compliance|coverage)\b)[A-Za-z][^:.;]{2,90}:"
                            r"\s*\d[\d,.]*\s*\.?\s*$|"
                            r"^\W*[\w'’ -]{1,40}? (was|were) (reviewed|looked at|considered|discussed)\W*$|"
                            # 'The Commissioner has been briefed on the force's analysis ...': a senior body told, nothing
                            # done (officers briefed on their powers is the work itself)
                            r"^\W*(the )?(chief constable|(office of the )?(police(,)? (fire )?and crime )?commissioner|o?pcc|"
                            r"chief officer (team|group)|(executive|strategic|delivery|scrutiny) (board|group|panel)|board|"
                            r"committee|executive|deputy chief constable|dcc|acc)\b[\w'’ ,-]{0,30}? (has|have) been briefed"
                            r"( (on|about)\b[^.;]*)?\.?\s*$|"
                            # 'Considering SST alongside DASH.': a thought, nothing yet of the work or a decision
                            r"^\W*(considering|exploring)\b[^.;]*[.;]?\s*$|"
                            # 'A review was carried out.': of what, and what it found, it does not say
                            r"^\W*(a|an|the) (review|audit|check|assessment|exercise|scoping exercise|piece of work)( "
                            r"of (this|the) (action|item|recommendation|area))? (was|has been|had been) (carried out|"
                            r"undertaken|completed|done|conducted)\W*$|"
                            # 'The action was reviewed at the Gold group, which agreed the status shown.': a status
                            # said elsewhere, nothing of the work here
                            r"^\W*(the |this )?(action|item|recommendation|sub-?item)( has been| was) (reviewed|discussed|"
                            r"considered) (at|by) [^.;]{1,60}?,? (which|and|who) (agreed|confirmed|approved|noted) the "
                            r"(status|rating|rag|position)( shown| above| given| below)?\W*$", re.IGNORECASE)
_POINTS_ELSEWHERE = re.compile(r"\b(see|as) (above|below|previous|earlier|item|rec)|\bas per\b", re.IGNORECASE)


# two statuses and nothing else ('Completed – ongoing.', 'Complete/in progress'): which holds is not said
_TWO_STATUSES = re.compile(r"^\W*(complete|completed|done|closed|achieved)\s*[-–—/,;:]?\s*(ongoing|on-going|in progress|open|"
                           r"not started)\W*$|^\W*(ongoing|in progress|open)\s*[-–—/,;:]\s*(complete|completed|done|closed)\W*$|"
                           # ('Ongoing / BAU.': either; 'Ongoing – BAU' is a routine that goes on, read by the status words)
                           r"^\W*(ongoing|on-going|in progress|open)\s*/\s*(bau|business as usual)\W*$",
                           re.IGNORECASE)


def infer_status(text: str, modifiers=None, as_of: dt.date | None = None) -> Inference | None:
    if _TWO_STATUSES.match(text or ""):
        return None
    inferred = _infer(text, modifiers, as_of)
    if inferred is None or not inferred.phrase:
        return inferred
    return dataclasses.replace(inferred, quote=_as_written(inferred.phrase, text, as_of))


def _as_written(phrase: str, text: str, as_of: dt.date | None = None) -> str:
    """The force's own words for a phrase found in the reader's rewritten copy of the newest segment ('has not'
    for 'hasn't', 'attend' for a routine 'complete'): the stretch of the original that lines up with it."""
    original = latest_segment(text, as_of)
    if phrase in original:
        return phrase
    prepared = _prepare(text, as_of)
    start = prepared.find(phrase)
    if start < 0:
        return phrase
    end = start + len(phrase)
    begin = stop = None
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(None, prepared, original, autojunk=False).get_opcodes():
        # the start lies in the block it opens (a0 <= start < a1), the end in the block it closes (a0 < end <= a1)
        if begin is None and a0 <= start < a1:
            begin = b0 + (start - a0) if tag == "equal" else b0
        if stop is None and a0 < end <= a1:
            stop = b0 + (end - a0) if tag == "equal" else b1
    if begin is None or stop is None or stop <= begin:
        return phrase
    while begin > 0 and (original[begin - 1].isalnum() or original[begin - 1] in "'’"):
        begin -= 1  # whole words: "haven't started", not "n't started"
    while stop < len(original) and (original[stop].isalnum() or original[stop] in "'’"):
        stop += 1
    return original[begin:stop].strip() or phrase


def _infer(text: str, modifiers=None, as_of: dt.date | None = None) -> Inference | None:
    """Status, confidence and deciding phrase for an update text; None when the words say nothing.

    A done (complete or business[- ]as[- ]usual) is taken only from words that are not weakened in their own clause
    (data/reference/status_modifiers.csv, as for a status cell); a verb of routine ('officers complete the
    course') is not a done-word."""
    if not text or not text.strip():
        return None
    low = low_measure(latest_segment(text, as_of))  # read before the figures are blanked as findings
    text = _prepare(text, as_of)
    if _BARE_NO_ACTION.fullmatch(text.strip(" .;!")):
        return None  # 'No further action required.' and nothing else: nothing of what was done, or whether it was needed
    if _NOTHING_LEFT.fullmatch(text.strip(" .;!")):
        return Inference("complete", 0.9, text.strip(" .;!"))  # 'No further work is required on this sub-item.'
    if _ACCEPTED.search(text):
        return None  # the force accepts the recommendation: that says nothing of how far the work has got
    if PARTNERS_PART.match(text):
        return None  # the partners' part done, nothing of the force's own
    if NO_PROGRESS.search(text) or NFA_CLOSED_WORDS.search(text):
        return None  # a meeting held, a survey answered, a national body's product: nothing of the force's own work
    if NOTHING_OF_THE_ASK.match(text):
        return None  # outcomes counted, a team working with another, partners' work: nothing of the force's own
    if GENERAL_ONLY.match(text) and not re.search(r"stalk", text, re.IGNORECASE) or VAGUE_CHANGES.match(text):
        return None  # 'MAPPA arrangements are well established in the force area.': how things stand in general
    if len(set(_ITEM_ID.findall(text))) > 1 and _BARE_ID_LINE.search(text):
        return None  # '25.1 Complete / 25.2' a line each: a sub-item listed with no words, so whose the status is is not told
    if _IMPERATIVE.match(text):
        return None  # 'Complete the stalking screening tool for every report.': the ask, not a status
    if _OBLIGATION.match(text.strip()):
        return None  # 'Provision must be reviewed and updated in line with the report.': the ask, not a status
    points = {" ".join(m.group("said").lower().split()) for m in _POINT_STATUS.finditer(text)}
    if len(points) >= 2:
        return None  # 'Point 2 – Complete' / 'Point 4 – Not started': each point's own, no one status for the whole
    if (ask := _REPORT_ASK.match(text)):
        text = " " * len(ask.group(0)) + text[ask.end():]  # 'By 27 March 2025 chief constables should ...': the ask
        if not text.strip():
            return None
    if _TEMPLATE_LABEL.match(text) or _REQUIREMENT.fullmatch(text.strip()):
        return None  # 'Evidence requirements of progress/completion: ...': the template's question, not its answer
    if _SEE_ATTACHED.match(text):
        return None  # 'Please see the attached document for details of the training delivered.': the words are elsewhere
    if _BARE_EDIT.fullmatch(text.strip()) or NOTHING_OF_PROGRESS.match(text):
        return None  # 'Updated.': something was edited, nothing says what or how far the work has got
    if len(set(_ITEM_ID.findall(text))) > 1 and _POINTS_ELSEWHERE.search(text):
        return None  # 'Complete for 7.1. 7.2 - see above': words for two items, one of them pointing away
    modifiers = _modifiers() if modifiers is None else modifiers
    said = _SAID_STATUS.search(text)
    # the routine after a done ('Ongoing monitoring through the quarterly audit'): no status of its own
    settled = without_settled(text, modifiers)
    for status, confidence, pattern in TIERS:
        for match in pattern.finditer(text):
            if status not in ("complete", "bau") and not settled[match.start():match.end()].strip():
                continue
            if status in ("complete", "bau") and said and not _SAID_DONE.match(said.group("said")):
                return None  # '450 of 450 trained (100%) - Status: Red': the words and their own status disagree
            if status in ("complete", "bau"):
                if NOT_RELEVANT.search(text):
                    return None  # 'Closed by the board; the recommendation is no longer considered relevant'
                if only_others_work(text):
                    # 'National SPO guidance written by the College': another body's done, not the force's (with a step
                    # of the force's still to come, 'a first workshop is booked', the work is under way)
                    if pending := _pending(text, modifiers):
                        return Inference("in_progress", 0.7, pending)
                    continue
                if _CONTRAST_LEFT.search(text, match.end()) or _ALL_BUT.search(_sentence_at(text, match.start())):
                    # 'switched on in February, although the search is not working yet': part done, part not
                    return Inference("in_progress", 0.75, match.group(0))
                weakened = _weakened(text, match.start(), match.end(), modifiers, as_of)
                if weakened and weakened <= {"exception", "scope"}:  # 'complete except for the north': part done
                    return Inference("in_progress", 0.75, match.group(0))
                if weakened:
                    continue
                figure = _FIGURE_AFTER.match(text, match.end())
                if figure and float(figure.group(1)) < 100:
                    return None  # 'This item is complete (50%).': the word and its own figure disagree
                part = _part_of_whole(_sentence_at(text, match.start()))
                short = part.group(0) if part else _short_count(text) or _sample_short(_sentence_at(text, match.start())) \
                    or _headcount(_sentence_at(text, match.start())) \
                    or _fewer_than_named(text, match.start()) or _whole_first(_sentence_at(text, match.start())) \
                    or low  # 'Risk assessments are completed in 72% of stalking cases'
                if short and not REST_AWAY.search(text):
                    # 'Three of the five requirements have been met'; 'the first of three audits is complete'
                    return Inference("in_progress", 0.75, short)
                if _HOW_OFTEN.match(text, match.end()):
                    continue  # 'The risk tool was completed in 91% of sampled cases': how often, a finding, not the work
                if DECIDED_NOT.search(text) or NOT_ACCEPTED.search(text) or DOUBTED_BY_OTHERS.search(text):
                    return None
                pending = _pending(text, modifiers)
                if pending:  # 'completed for the PPU; roll-out to CID is expected to conclude in Q1 2026'
                    return Inference("in_progress", 0.7, pending)
                if _starts_later(text, as_of):
                    return None  # 'This action is complete; the system change goes live in May.': done and not done
                if _later_event(text, modifiers, as_of):
                    return None  # 'the survey was launched on 01/10/2025 ... Complete.' in a round of September 2025
                if as_of and len(text) <= 60 and any(d > _month_end(as_of) for d in days_without_year(text, as_of)):
                    return None  # 'Done 14/04 – JB.' in a round of March: a day after it
                if as_of and any(_month_end(as_of) < d <= _month_end(as_of) + dt.timedelta(days=61)
                                 for d in days_without_year(_sentence_at(text, match.start()), as_of)):
                    # 'approved by the Chief Officer Group on 19 April.' in a round of March: a day just after the
                    # round, in its own sentence (a day many months on is last year's: 'on 12 December' in March)
                    return None
            begun = next((hit for hit in _BEGUN_ELSEWHERE.finditer(text)
                          if not _WAITS_FOR.search(text[max(0, hit.start() - 60):hit.start()])
                          and not re.match(r"\s+to\b", text[hit.end():])), None)  # ('have written to the board')
            if status == "not_started" and begun:
                # 'The kiosk pilot has finished but funding for more kiosks has not yet been agreed': a next step not
                # begun, after work that was done
                return Inference("in_progress", 0.7, begun.group(0))
            return Inference(status, confidence, match.group(0))
    return None


# the whole of the words says no work is left ('There are no outstanding actions against 10.2.', 'Nothing further is
# required for this item'); a bare 'No action required' may mean nothing was ever needed, so it is not one
_NOTHING_LEFT = re.compile(
    # (a bare 'No further action required', with nothing of what was done or of this item, may be a first answer
    # that nothing is needed: it is left to the other words)
    r"(there (is|are) )?no (further|more|outstanding|remaining|other) (work|actions?|tasks?|steps?)( (is|are))?"
    r"( (required|needed|necessary|outstanding|remaining|left))?( (on|for|against|under) [\w .-]{1,30})(?<!required)|"
    r"(there (is|are) )?no (outstanding|remaining) (work|actions?|tasks?|steps?)( (is|are))?"
    r"( (required|needed|necessary|outstanding|remaining|left))?|"
    r"nothing (further |more |else )?(is |remains )?(outstanding|required|needed|left to do|to do)"
    r"( (on|for|against|under) [\w .-]{1,30})?", re.IGNORECASE)


_BARE_NO_ACTION = re.compile(r"(?:[\w ,'’&-]{1,40}:\s*)?no further action (is )?(required|needed|necessary)( at this (time|stage))?", re.IGNORECASE)


# a figure straight after a done-word ('complete (50%)', 'done - 60%')
_FIGURE_AFTER = re.compile(r"\s*[(\[,:\-–—]?\s*(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)\s*[)\]]?(?!\s*(?:of|compliance|compliant|"
                           r"target|threshold|against|above|of cases))", re.IGNORECASE)


# work done or begun, said beside a step not yet started: the item is under way
# ('work will start once the supervisor package has been delivered': what the start waits for, not work done;
# 'nothing has been delivered yet', 'None of the three sessions has been delivered': nothing done)
_WAITS_FOR = re.compile(r"\b(once|when|until|till|after|before|as soon as|provided|if|nothing|none|no|not|never)\b[^.;,]*$",
                        re.IGNORECASE)
_BEGUN_ELSEWHERE = re.compile(r"\b(pilot|trial|first phase|phase one|first stage)s? (has |have )?(now )?(finished|ended|"
                              r"completed|concluded|run|begun|started)\b|\b(has|have) (been )?(bought|purchased|piloted|"
                              r"trialled|introduced|delivered|drafted|written|built)\b", re.IGNORECASE)


# a part of a counted whole: 'three of the five', 'the first of three', 'two thirds of the actions', '3 of 5'
_PART_COUNT = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(of|out of)\s+(the\s+|our\s+)?(two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty)\b(?<!\bone of the two)(?<!\bone of two)|"
    r"\bthe (first|second|third|fourth) (\w+ )?of (two|three|four|five|six|\d+)\b|"
    r"\b(around |about |roughly |nearly |almost )?((one|two)[- ]thirds?|(one|three)[- ]quarters?|half|a (third|quarter)) of "
    r"(the |our )?(?!them\b|it\b)\w+|"
    r"\b(?P<done_n>[1-9]\d*)\s+(of|out of)\s+(the\s+|our\s+)?((around|about|approximately|roughly|some|nearly|almost|c\.)\s*)?"
    r"(?!(?P=done_n)\b)(?P<total>\d+)\b(?!\s*%)|"
    # 'Eighteen of the planned 22 stalking champions': a count of those planned
    r"\b(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|[1-9]\d?)\s+(of|out of)\s+the\s+"
    r"(planned|intended|proposed|expected|agreed|required)\s+\d{1,3}\b|"
    # 'for 3 in every 4 stalking victims', 'nine in ten': a share, the rest not yet
    r"\b([1-9]|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(every\s+)?([2-9]|10|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b(?!\s*(days?|weeks?|months?|years?|hours?)\b)|"
    # '410/560 trained': a count over its whole, beside what was done (not a date such as '7/4')
    r"\b[1-9]\d{0,3}(?:,\d{3})*\s*/\s*[1-9]\d{0,3}(?:,\d{3})*\b(?=\s*(trained|complete|completed|done|delivered|staff|officers|attended|signed|"
    r"closed|actions|briefed|in place))",
    re.IGNORECASE)


# a count as it is written, thousands with commas or not ('842', '1,010'); position.py counts with it too
FIGURE = r"\d{1,3}(?:,\d{3})+|\d{1,4}"
_COUNT_SLASH = re.compile(rf"(?<![\d/.,])(?P<a>{FIGURE})\s*/\s*(?P<b>\d{{1,3}}(?:,\d{{3}})+|\d{{2,4}})(?![\d/,])")


# 'An audit of 60 files ... found the checklist completed in 49': a sample and the part of it that met the practice
_SAMPLE_OF = re.compile(r"\b(audit|sample|review|check|dip[- ]?sample)s?\s+of\s+(?P<n>\d{1,4})\s+([\w-]+\s+){0,2}?(files|crimes|"
                        r"cases|records|reports|investigations|calls|incidents|referrals)\b[^.;]*?\bin\s+(?P<m>\d{1,4})\b"
                        r"(?!\s*(days?|weeks?|months?|hours?|per ?cent|%|/|\.\d))", re.IGNORECASE)


def _sample_short(sentence: str) -> str:
    hit = _SAMPLE_OF.search(sentence)
    return hit.group(0) if hit and int(hit.group("m")) < int(hit.group("n")) else ""


def _short_count(text: str) -> str:
    """'Northern Command 412/412, Southern Command 198/377': a count over its whole short of it (a whole above 12 is
    no month, so this is no date); '' when there is none."""
    for hit in _COUNT_SLASH.finditer(text):
        got, whole = int(hit.group("a").replace(",", "")), int(hit.group("b").replace(",", ""))  # ('842/1,010')
        if whole == got + 1 or (got <= 12 and 20 <= whole <= 40):
            continue  # 'FY24/25', '25/26': a year; '03/25', 'Minute 7/25': a month or a number and its year
        if 12 < whole < 1900 and 0 < got < whole:
            return hit.group(0)
    return ""


_COUNTS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                       "fifteen sixteen seventeen eighteen nineteen twenty".split())}

# a headcount with no whole ('we have trained more than 1,900 officers and staff', '640 officers have completed the
# course'): how many so far, not that everyone has; unless the sentence says the count is all of them
_PEOPLE = r"(officers|staff|people|colleagues|supervisors|investigators|detectives|call handlers|call-handlers|recruits|" \
          r"students|student officers|personnel|employees|managers|sergeants|inspectors|spocs|champions)"
_HEADCOUNT = re.compile(r"\b(trained|briefed|upskilled|reached|delivered to|put through|attended by|completed by)\s+"
                        r"(more than |over |nearly |almost |around |about |some |approximately |roughly |c\.\s?)?"
                        r"\d[\d,]*\+?\s+([\w-]+\s+){0,2}" + _PEOPLE + r"\b|"
                        r"\b(more than |over |nearly |almost |around |about |some |approximately )?\d[\d,]*\+?\s+([\w-]+\s+){0,2}"
                        + _PEOPLE + r"\s+(((have|has|had)\s+(now\s+)?(been\s+)?)(trained|briefed|completed|attended|done)|"
                        r"completed|attended|undertook|received)\b",
                        re.IGNORECASE)
_WHOLE_COUNT = re.compile(r"\b(all|every|each|whole|entire|full|100 ?%|100 per ?cent|everyone|everybody)\b", re.IGNORECASE)


_SOME_DONE = re.compile(r"(?<!\ball )(?<!\bevery )(?<!\bboth )(?<!\bother )(?<!\bremaining )(?<![\d.,])\b(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(list(_COUNTS)[1:]) +
                        r")\s+(of them\s+|of which\s+)?(are|were|have been|has been|is|have|has)\s+"
                        r"(now\s+)?(in place|in post|trained|appointed|recruited|live|complete|completed|done|signed|operational|"
                        r"filled|confirmed|agreed|signed up|joined|responded|replied|attended|closed|addressed|resolved|fixed)\b",
                        re.IGNORECASE)

# the verb before its count ('acting on its eleven recommendations and have completed six')
_DONE_COUNT = re.compile(r"\b(have|has|had)\s+(now\s+|so far\s+)?(completed|closed|implemented|addressed|actioned|delivered|"
                         r"resolved|discharged)\s+(?P<n>\d{1,3}|" + "|".join(list(_COUNTS)[1:]) + r")\b(?!\.\d|[\d%/])(?!\s*(per|of)\b)",
                         re.IGNORECASE)


# the whole named first ('Of our 142 sergeants, 97 have completed the module'): a count short of it
_WHOLE_FIRST = re.compile(r"\bof (the |our |its |their |all )?(?P<whole>\d[\d,]*)\s+([\w'’-]+\s+){0,3}?" + _PEOPLE +
                          r"\s*,?\s+(?P<part>\d[\d,]*)\s+(have|has|had|were|are)\b", re.IGNORECASE)


def _whole_first(sentence: str) -> str:
    hit = _WHOLE_FIRST.search(sentence)
    if hit and int(hit.group("part").replace(",", "")) < int(hit.group("whole").replace(",", "")):
        return hit.group(0)
    return ""


def _fewer_than_named(text: str, at: int) -> str:
    """'recruiting 12 stalking champions; eight are in place': a count done below the number named before it in the
    same sentence (a semicolon does not end it); '' when there is none."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [n for n in (text.find(". ", at), text.find("\n", at)) if n != -1]
    sentence = text[start:min(ends) if ends else len(text)]
    after = text[min(ends) + 1:] if ends else ""
    if (follow := _SOME_DONE.match(after.lstrip())) is not None:
        # 'a Stalking Lead role in every BCU (12 posts). Nine are filled.': the count said in the next sentence
        sentence = f"{sentence}. {follow.group(0)}"
    for hit in [*_SOME_DONE.finditer(sentence), *_DONE_COUNT.finditer(sentence)]:
        done = hit.group("n").lower().replace(",", "")
        done_n = int(done) if done.isdigit() else _COUNTS[done]
        # (a number that names something, 'recommendation 12', '10.1', is no count; '2,140' is one number)
        named = [int(n.replace(",", "")) if n[0].isdigit() else _COUNTS[n.lower()] for n in
                 re.findall(r"(?<![\d.,])(?<!recommendation )(?<!rec )(?<!action )(?<!item )(?<!actions )\b(\d{1,3}(?:,\d{3})*|" +
                            "|".join(list(_COUNTS)[1:]) + r")\b(?![.\d])", sentence[:hit.start()], re.IGNORECASE)]
        if any(n > done_n for n in named):
            return hit.group(0)
    return ""


def _headcount(sentence: str) -> str:
    hit = _HEADCOUNT.search(sentence)
    return hit.group(0) if hit and not _WHOLE_COUNT.search(sentence) else ""



# the rest of a share accounted for ('the rest are on long-term leave', 'the remaining tenth are new joiners who take it in
# their first month'): all who could have done it have
REST_AWAY = re.compile(r"\b(the|all) (rest|remainder|remaining( \d+)?( \w+)?|others?|(\d+|few) (others|remaining))"
                       r"( \w+)? (are|is|were|being) (currently |all )?(on |absent\b|off\b|away\b|seconded\b|new )"
                       r"([\w-]+ ){0,3}?(leave|sick|sickness|absence|absent|maternity|paternity|secondment|seconded|career break|"
                       r"restricted duties|suspended|suspension|joiners|starters|recruits)\b", re.IGNORECASE)


def _part_of_whole(sentence: str):
    """The first 'three of the five' in a sentence that counts less than the whole ('three of three' is all)."""
    for hit in _PART_COUNT.finditer(sentence):
        numbers = re.findall(r"\b(\d+|" + "|".join(_COUNTS) + r")\b", hit.group(0).lower())
        values = [int(n) if n.isdigit() else _COUNTS[n] for n in numbers]
        if len(values) == 2 and values[0] >= values[1]:
            continue
        return hit
    return None


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds position `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [n for n in (text.find(". ", at), text.find("; ", at), text.find("\n", at)) if n != -1]
    return text[start:min(ends) if ends else len(text)]


# a status the words give themselves ('... - Status: Red.', 'RAG status: Amber', 'Overall status Amber: ...'); and those
# of them that say done
_SAID_STATUS = re.compile(r"\b(?:(?:rag\s+)?status\s*[:\-–]|(?:overall|current)\s+(?:rag\s+)?(?:status|rating)(?:\s+is)?\s*[:\-–]?)\s*(?P<said>red|amber|green|blue|not started|in progress|on track|"
                          r"complete|completed|closed|bau|business as usual|open|ongoing|delayed|at risk)\b", re.IGNORECASE)
_SAID_DONE = re.compile(r"green|blue|complete|completed|closed|bau|business as usual", re.IGNORECASE)


# words that say part of the work is still left, whatever else is done
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
                r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
WORK_LEFT = re.compile(_FRACTION_DONE + r"|\b(" + _NUMBER_WORDS + r") (of|out of) (the |our )?(two|three|four|five|six|seven|"
                       r"eight|nine|ten|eleven|twelve|twenty)\b(?<!\b(one) of the two)|\b(outstanding|partially|partly|still to|yet to|not yet|remains? to be|remains? open|still (being|awaited|waiting)|awaiting|still (agreeing|deciding|discussing|negotiating|confirming|determining|working out|going on|under way|underway)|"
                       r"largely|mostly|substantially|virtually|nearly|almost|all but|"
                       r"pending|draft|ar y gweill)\b|\bv(ersion)?\s?0\.\d{1,2}\b|\b(?P<done_n>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*) (of|out of) (the |our )?(?!(?P=done_n)\b)"
                       r"(\d{1,3}(?:,\d{3})+|\d+)\b|(?<![\d.])[1-9]?\d(\.\d+)?\s?(%|per ?cent)|\b(ninety|eighty|seventy|sixty|fifty|forty|thirty|"
                       r"twenty)([- ]\w+)? per ?cent\b",
                       re.IGNORECASE)


# words that say this work still has a step to come, wherever they stand in the newest update: a done-phrase beside
# them is part of the work ('Complete for the Public Protection Unit. Roll-out to CID is expected to conclude in Q1
# 2026'; 'the first audit was completed ... and is being repeated'). A review cycle after the work is done is not
# such a step (status_modifiers.csv 'settled', blanked first).
PENDING = re.compile(
    # a later group named after what was done ('the module will be offered to all PPU staff next'); a part at an early
    # stage ('the printed leaflet is at the design stage'); the rest still to be settled ('other teams TBC')
    r"\bwill be (offered|extended|rolled out|opened up|made available|delivered|given) to\b[^.;]{0,60}?\bnext\b|"
    # sessions for the next groups being arranged; a step that continues or runs on ('analysis continues', 'will run until
    # summer 2026'); work with a partner towards a next step; a review still being led; a closure after a step to come
    r"\b(now )?(arranging|scheduling|booking|planning) (further |more )?(sessions|training|inputs|courses|briefings|workshops) "
    r"(for|with)\b|"
    r"\b(analysis|work|drafting|development|delivery|roll-?out|testing|implementation|recruitment|consultation|mapping|"
    r"write-?up|writing)( and ([\w-]+ ){0,2}?(analysis|work|drafting|development|delivery|roll-?out|testing|write-?up|writing|"
    r"mapping|consultation))? (continues|continue|continuing|is continuing|are continuing|is ongoing|are ongoing|remains? ongoing)\b(?!\s+(as|under|within|through|in)\s+(business|bau|routine|normal|"
    r"standard|day-to-day|part))|"
    r"\bwill (run|continue|last) (until|into|through|to the end of)\b|"
    # what is still to do, under its own label ('What is left: train response officers to use it'); a decision still to
    # be taken ('a decision will be made at the next chief officer group'); a consideration still going on ('The force
    # continues to consider the merits of specialist roles'); first meetings held to shape a thing ('Initial meetings
    # ... have taken place to shape the panel'); a Welsh sentence in the future ('Bydd yr hyfforddiant yn cael ei
    # gyflwyno ym mis Mai': the training will be delivered in May)
    # a clause that ends on a step still going on ('briefing to offender managers continuing'); more dates to come ('two
    # sessions delivered, with further dates agreed'); a step still to take place ('the recommissioning, which is to
    # take place in 2025/26'); meetings held to discuss a thing, the thing not yet done ('Meetings have been held with
    # the Probation Service to discuss perpetrator management')
    r"\b(briefings?|training|delivery|roll-?out|recruitment|engagement|consultation|work)\b[^.;]{0,40}?\b(continuing|"
    r"still ongoing)\s*(?=[.;]|$)|"
    r"\bwith (further|more|additional) (dates|sessions|courses|inputs|cohorts|workshops) (agreed|planned|booked|scheduled|"
    r"arranged|to follow)\b|"
    r"\b(which|that) (is|are) (yet )?to take place\b|"
    # a roll-out still to be phased in ('Implementation across the three BCUs will be phased from April'); a thing still
    # under a review that goes on ('subject to ongoing review as part of the change programme'); an agreement expected
    # later ('we expect an agreed funding model by the autumn')
    r"\bwill be phased\b|\bphased (in |roll-?out |implementation )?(from|over|between|across)\b|"
    # changes asked for and not yet said made ('Survey tested with 12 survivors; changes to wording requested by the ISAC')
    r"\b(changes?|amendments?|revisions?|edits?)( to (the )?[\w ]{1,30}?)? (were |have been |has been )?(requested|suggested|"
    r"asked for|sought)\b(?![^.;]{0,60}\b(have|has) (now )?been (made|completed|done|implemented|actioned)\b)|"
    r"\bsubject to (an? )?(ongoing|continuing|further|wider) review\b|"
    r"\b(we|the force|the constabulary|partners) (expect|anticipate|hope|aim) (to have |to agree |to see )?(an? |the )?"
    r"[\w -]{0,60}?\bby (the )?(spring|summer|autumn|winter|end of|next|new year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b(discussions?|meetings?|conversations?|talks) (have|has) (now )?(been held|taken place)\b[^.;]{0,80}?\b(to discuss|"
    r"regarding|about|on)\b|"
    # a part not yet done, whatever else is said done ('Action complete; the problem profile has not yet been
    # commissioned.'); new work the item still needs ('see the 2026 update for the new work required')
    r"\b(has|have) not (yet )?been (commissioned|started|begun|sent( out)?|delivered|completed|published|agreed|signed( off)?|"
    r"appointed|recruited|implemented|rolled out|introduced|carried out|undertaken|launched|procured)\b|"
    r"\b(new|further|additional|more) work (is |was )?(now )?(required|needed|identified)\b|"
    r"\bwhat is (left|outstanding|still to do)\s*[:–-]\s*(?!(nothing|none|n/?a|nil|no further|no more|business as usual|bau)\b)\w|"
    r"\b(a|the|our) (final )?decision (will be|is to be|is due to be|is expected to be|has yet to be|is yet to be) (made|taken|"
    r"reached)\b|"
    r"\bcontinues? to (consider|explore|weigh)\b|"
    r"\b(initial|first|early|preliminary|introductory|scoping) (meetings?|discussions?|conversations?|talks|workshops?) "
    r"[^.;]{0,60}?(have|has) (now )?(taken place|been held|happened|occurred)\b|"
    r"(?:^|[.;/]\s*)bydd(an|wn|ant)?\s+[^.;/]{0,60}\b(ym mis|erbyn|yn ystod|yn cael ei)\b|"
    # the rest moved or done in phases over months ahead ('Moving existing cases will happen in phases over six months');
    # a group brought in from a later time ('medium and standard risk will be included from April'); a trial kept
    # before it is made permanent ('It will be reviewed before the format is made permanent'); work still going on
    # ('distribution is still going on'); a review the item was folded into ('Being reviewed as part of the wider
    # orders work')
    r"\bwill (happen|take place|be (done|carried out|completed|moved|migrated|transferred|delivered|rolled out))\s+(in (phases|"
    r"stages|tranches|waves)|over (the )?(next |coming )?(\w+|\d+) (weeks|months|years))\b|"
    rf"\bwill be (added|included|brought in|covered|extended|moved across|phased in)\s+(from|by|after|once|when|later|next|"
    rf"in (({MONTHS})\b|spring|summer|autumn|winter|20\d\d|phase|due course))\b|"
    r"\bbefore (the [\w -]{1,30}? (is|are) )?(made|making (it|this|them)|it is made|it becomes|becoming|it is adopted as|"
    r"adopting it as) (permanent|routine|business as usual|bau|standard( practice)?)\b|"
    r"\b(is|are) still (going on|under way|underway|in train)\b|"
    r"(?:^|[.;:]\s*)being \w+(ed|en|t) (as part of|under|within|alongside|through) (the |a |our )?(wider|broader|new|national|"
    r"larger|separate|overall)\b|"
    r"\b(are|is) (now |currently )?working (with|alongside) [^.;]{1,50}? to (share|agree|develop|build|introduce|set up|"
    r"establish|create|extend|design|implement|embed|improve|routinely)\b|"
    r"\b(is|are) (now )?(leading|conducting|carrying out|undertaking|running) (a|an) (review|audit|analysis|evaluation)\b|"
    r"\bafter which (the action|it|this|the item|the recommendation) (will|can|may|could|should) (be )?(closed|close|signed off|"
    r"sign off|marked complete)\b|"
    r"\b(go|goes|going) out next (week|month)\b|"
    # a system change only asked for ('Change raised with the supplier'); a part being redone or still being made
    # ('the leaflet being reprinted'); a further group later in the year ('rollout to wider PPU later in 2025')
    r"\b(system )?change( request)? (has been |was )?(raised|logged|submitted) (with|to)\b|"
    # a trial with the decision after it; words with another team for the last step ('is with Corporate
    # Communications for publishing')
    r"\b(long-term|final|permanent|substantive) decision (will be|is to be|to be|is due to be) (made|taken)\b|"
    r"\bfor an? (three|six|nine|twelve|\d{1,2})[- ]month (trial|pilot)\b|"
    r"\b(is|are) (now )?with [^.;]{1,40}? for (final |further )?(checks?|checking|review|comments?|consultation)\b|"
    r"\b(is|are) (now )?with [^.;]{1,40}? for (publishing|publication|approval|sign-?off|signing|ratification|"
    r"agreement|translation)\b|"
    r"\b(is|are) (now |still )?with the (design|print|web|digital|communications|comms|legal|translation|policy) (team|unit)\b|"
    r"\b((is|are) (still |now |currently )?)?being (reprinted|rewritten|redrafted|reissued|revised|amended|re-?designed|"
    r"printed|translated|built|tested)\b|"
    r"\blater (in|this) (the )?(year|month|spring|summer|autumn|winter|20\d\d)\b|"
    r"\b(is|are) (still |now |currently )?(at|in) (the |an? )?(early )?(design|drafting|planning|scoping|development|"
    r"procurement|build|testing|approval|tender(ing)?) (stage|phase)\b|"
    r"\b(other|remaining|rest of the|further) [\w ]{0,30}?\b(tbc|tba|tbd|to be confirmed|to be arranged)\b|"
    # a terse plan's part still to name or date ('ISAC input agreed; FL TBD.'; 'Delivered N + E LPAs; S + W by 06/25.'):
    # a clause of no verb but a date or a 'TBD' to come
    r"(?:^|[;.]\s*)(?![^;.]*\b(delivered|completed|done|trained|finished|achieved)\b)[\w +&/-]{1,30}?\s+(tbc|tba|tbd)\s*\.?\s*$|"
    r"(?:^|;\s*)(?![^;.]*\b(delivered|completed|done|trained|finished|achieved|was|were|has|have|had)\b)[\w +&/-]{1,30}?\s+"
    r"by \d{1,2}/\d{2}(\d{2})?\s*\.?\s*$|"
    # the next step named after what was done ('Next we'll add data from health'); a part still to be settled ('platform
    # TBC', 'go-live date to be confirmed')
    r"(?:^|[.;:!?]\s*)next,?\s+(we['’]ll|we will|we plan to|we intend to|we are going to|we're going to|the force will)\b|"
    r"\b(platform|date|venue|supplier|provider|timescales?|timeline|go-?live|launch date|start date|funding|budget|"
    r"location|system|vendor)\s+(still\s+)?(tbc|tba|tbd|to be confirmed|to be agreed|to be decided)\b|"
    r"\b(expected|expects?|expecting|due|scheduled|planned|anticipated|on track|aiming|aims?|hope|hoping|set|forecast) to (conclude|complete|"
    r"finish|go live|launch|report|close|sign|approve|agree|open|start|begin|join|decide|follow|be (completed|finished|delivered|rolled out|implemented|live|concluded|closed|signed off))\b|"
    r"\b(go-?live|completion|closure|roll-?out|delivery|conclusion|sign-?off|launch|implementation|fix|solution|upgrade|"
    r"patch|enhancement)\b"
    r"(?:(?!\b(?:was|were|been|is|are) (?:completed|complete|finished|delivered|done)\b)[^.;]){0,60}?\b(is |are )?"
    r"(expected|due|scheduled|planned|anticipated|forecast|booked|pending)\b|"
    r"\banticipate[sd]? (closure|completion|completing|closing|finishing|closing)\b|"
    r"\b(remaining|outstanding|other|rest of the) ([\w-]+ )?(sessions?|districts?|divisions?|areas?|teams?|officers|staff|cohorts?|"
    r"units?|groups?|elements?|parts?|phases?|stages?|work|courses?|modules?|sites?|hubs?)\b[^.;]{0,40}?\b((are|is) (still |now )?"
    r"(booked|scheduled|planned|due|expected|to be|being|awaiting|pending|outstanding|in progress)|will (be|take|follow|complete|"
    r"receive|attend|go)|remains? (to|outstanding|open))\b|"
    # 'Completion will be reported after the 31 December deadline'; 'will be added in phase two'
    r"\b(awaits|await|pending) (the |a |an )?\w+|"
    # a step still to explore or develop ('opportunities ... will be explored'; 'the force will explore a panel'); a
    # finish still to come ('all staff will have attended by the end of the year')
    r"\bwill (be )?(explore|explored|scope|scoped|develop|developed|design|designed)\b|"
    r"\bwill have (been )?(attended|completed|finished|received|trained|delivered|done)\b|"
    # a change asked of the system's supplier ('we have asked the supplier to add included classifications'), or
    # held back until something is made ('before changes are made'): still to come
    r"\basked (the |our )?([\w-]+ ){0,2}(supplier|vendor|provider|developers?|contractor|software company)s? to\b"
    r"(?![^.;]{0,100}\b(it|this|which|the (field|change|classification)s?) (was|were|has been|have been|went|is now)\b)|"
    r"\bbefore (the |any )?(changes?|amendments?|updates?) (are|is|can be) (made|agreed|implemented)\b|"
    # a step kept before closing ('tested in the June audit before the action is closed'); options still weighed by
    # someone ('the PCC is considering options'); a fix still to come ('a fix is expected in the next release'); no
    # means to do the work ('there is no resource to screen'); what is still wrong ('some challenges remain')
    r"\bbefore (the |this )?(action|item|recommendation|sub-?item) (is|can be) (closed|signed off|discharged)\b|"
    r"\b(is|are) (still )?(considering|weighing|exploring|looking at) (the |its |their )?options\b|"
    r"\b(is|are) expected (in|with|from) (the )?next\b|"
    r"\bno (resource|resources|capacity|funding|budget|staff) (to|for)\b|"
    r"\b(does|do|did) not have (the |any |enough |sufficient )?(funding|resources?|budget|capacity|money)\b|"
    r"\bno (funding|budget|resources?|capacity) (is |was |has been )?(available|agreed|secured|identified|allocated)\b|"
    # no means to do the work ('Early screening is not something we can resource at present'); a check still done by
    # hand beside what is automated; work still being added; a change still only requested; a first approval
    r"\b(not something we can|cannot|can ?not|can['’]t|unable to|not able to) (resource|fund|afford|staff|support)\b|"
    r"\bnot something (we|the force|the constabulary) (can|could|is able to|are able to) (currently |yet |presently )?"
    r"(do|deliver|achieve|implement|provide|offer|introduce|measure|monitor|report on|record|count|track|capture)\b|"
    r"\bstill (checked|done|carried out|recorded|managed|handled|completed) (manually|by hand|on paper|on a sample basis)\b|"
    r"\b(are|is) still (adding|updating|testing|rolling out|training|working on|building|developing)\b|"
    r"\b(it |system |an? |the )?(it |system )?change (has been |was )?requested\b|"
    r"\b(post|posts|role|roles|business case|framework|proposal|model|structure|design)s? (has been |have been |was |were |is |"
    r"are )?(now )?(approved|agreed|signed off)\b(?![\s\S]*\b(live|in place|in post|filled|recruited|delivered|implemented|"
    r"in use|running|published|appointed|started|now)\b)|"
    # a part left undone, said in so many words ('no separate profile covering non-domestic stalking has been produced')
    r"\bno (separate|specific|dedicated|other|wider|further|equivalent) [\w -]{1,60}? (has|have) (yet )?been (produced|done|"
    r"completed|delivered|developed|created|written|put in place|agreed)\b|"
    # a stop-gap while the real thing is made ('issued as an interim step while the policy itself is revised')
    r"\bwhile (the |our |a |its )?([\w-]+ ){0,7}?(is|are) (still )?(being )?(revised|reviewed|rewritten|redrafted|developed|"
    r"updated|finalised|agreed|built|procured|written|completed|carried out|undertaken|concluded|finished|evaluated)\b|"
    # a thing held until it is delivered ('to chase the provider monthly until delivered'): not delivered yet
    # (the participle alone: 'blocks other courses until it is done' is how a process runs, not a step to come)
    r"\bun?till? (delivered|completed|resolved|fixed|installed|received)\b|"
    # the rest of a thing still to be answered or done ('the remaining recommendations will be answered by the end of
    # the month'); a part that goes live only with a system still to come ('text link to go live with the new SMS system')
    r"\bthe (remaining|other|outstanding) [^.;]{0,60}?\b(will|are to|is to) be\b|"
    r"\b(to go|goes|will go|due to go|set to go) live (with|alongside|when|once|as part of)\b|"
    # talks still going on ('Discussions with OPCC continuing.')
    r"\b(discussions?|talks|negotiations?|conversations?|engagement)\b[^.;]{0,40}?\b(are |is )?(still )?(continuing|ongoing|"
    r"on-going|continue)\b|"
    # a further group still to come ('Medium-risk cases will be added from October.')
    r"\b(cases|crimes|victims|reports|referrals|areas?|teams?|cohorts?|groups?|districts?|divisions?|officers|staff)\s+will "
    r"be (added|included|brought in|covered|moved across)\b|"
    r"\bnot (currently |yet |presently |at present )?(possible|feasible|achievable)\b|"
    # 'Policy review outstanding.': a named step left, in a tracker's few words
    r"\b(review|audit|training|policy|sign-?off|approval|update|change|fix|guidance|procedure|module|input|evaluation|"
    r"testing)s?\s+(still\s+)?outstanding\b|"
    # a step set down after an 'ACTION:' label ('ACTION: add stalking specific information to the website')
    # (after words of what was done; an 'ACTION:' opening the words is the action's own name)
    r"[.;]\s+ACTION\s*:\s*(add|update|create|develop|deliver|review|publish|train|write|agree|produce|introduce|implement|"
    r"set up|establish|build|design|roll out|brief|monitor|audit|ensure|explore|consider|obtain|secure|recruit)\b|"
    r"\b(made|making|make) (significant|good|considerable|real|some|steady|excellent|great|further) progress\b|"
    # a trial whose future is still to be decided ('monitoring how many applications it supports before deciding
    # whether to make it permanent'); a change asked for through others ('A request has been made through the user
    # group'); partners still being worked with to set something up
    r"\b(before|then) (deciding|we decide|a decision (is|will be) (made|taken)) (whether|if)\b|"
    r"\b(decide|decision on|deciding) whether to (make it|keep it|continue|extend|adopt|roll)\b|"
    r"\b(change |a )?request (has been|was|is) (made|submitted|raised|sent|logged|lodged)\b(?![^.;]{0,60}\b(and|which) "
    r"(was|has been) (agreed|approved|made|delivered|completed|implemented)\b)|"
    r"\b(are|is) (also )?working with\b[^.;]{0,80}\bto (set up|establish|create|develop|build|agree)\b|"
    r"\b(challenges|issues|problems|gaps|difficulties) remain\b|"
    # a letter asking another body to act ('We have written to CPS asking to set up a joint review'): the ask sent
    r"\b(written|wrote|emailed|e-mailed) to [\w ,&'’-]{1,40}? (asking|to ask|requesting)\b|"
    # work paused or held until another body's product comes ('until revised statutory guidance is issued')
    r"\buntil (the )?([\w-]+ ){0,5}(is|are|has been|have been) (issued|published|released|available|agreed|approved|"
    r"finalised|received|in place)\b|\bstill (outstanding|o/s|to (come|do|be done))(?![\w/])|"
    # some way still to go; done only on a condition; a step the force is still to take before closing; a decision
    # still to be made by someone else; a first document of a project, not the project
    r"\b(still )?(some|a long|a little|a short|a fair|quite a) way to go\b|\bnot (quite )?there yet\b|"
    r"\bdisagree(s|d)?\b|\b(does|did) not (accept|agree)\b|"
    r"\bwould (be|have been) (complete|completed|finished|done|in place|delivered|closed)\b[^.;]{0,80}\bif\b|"
    r"\b(is|are) (yet |still )?to (complete|finish|deliver|close|carry out|undertake|conduct|run|hold)\b|"
    r"\bbefore (the action |it |this |we )?(can |could )?(be )?(closing|closed|close|closure|signed off|sign-?off|signing (it )?off|"
    r"marked (as )?complete)\b|"
    r"\b(audit|review|check|test|dip[- ]?sample|evaluation)s?\s+to\s+(confirm|test|check|see|establish|assure|measure)\b|"
    # a tracker's words for work not yet whole: outcomes still tracked, partial compliance, the rest moved elsewhere, a
    # decision still due, an option appraised, the action still amber, the thing it waits on still to be finalised
    r"\b(outcomes?|benefits?) (are |is )?(being|to be|not yet|yet to be) (tracked|realised|realized|measured|evidenced|seen)\b|"
    r"\bpartial(ly)? (compliance|compliant|comply|complies|met|meets)\b|"
    r"\b(remaining|outstanding|rest of the) (action|work|element|item|activity)s?\b[^.;]{0,40}?\b(has |have |was |were |is |are )?"
    r"(moved|transferred|passed|handed)\b|"
    r"\b(decision|outcome|approval|answer|verdict)s?\b[^.;]{0,40}?\b(is |are )?(now )?(expected|due|awaited|pending)\b|"
    r"\boptions? (appraisal|paper|analysis)\b|\bterms of reference\b[^.;]{0,60}\b(agreed|approved|signed off|drafted)\s*[.!]?\s*$|"
    r"\b(action|item|it|this|rag|status) (remains?|is still|stays) (amber|red|open|in progress|on track)\b|"
    r"\bbefore (the |our |this |a |any )?(new |revised |updated |final )?(policy|guidance|procedure|plan|strategy|protocol|"
    r"document|process|toolkit|package|course|contract|agreement)s? (is|are|can be|has been) (finalised|finalized|agreed|"
    r"approved|signed off|published|implemented|launched)\b|"
    r"\b(transferred|passed|handed( over)?|sent|moved|assigned|allocated)\b[^.;]{0,40}?\bfor (completion|delivery|"
    r"implementation|sign-?off)\b|"
    r"\b(equipment|kit|devices?|licences?|software|laptops?|kiosks?|phones?|cameras?)\b[^.;]{0,30}\b(has been|have been|was|"
    r"were|been|is|are) (ordered|procured|on order)\b|"
    r"\byet to (consider|review|agree|approve|see|confirm|verify|sign|accept)\w*\b|"
    r"\b(status|closure|completion|position) will be (confirmed|agreed|decided|verified|reviewed)\b|"
    r"\b(project initiation document|pid|business case|project (plan|brief|mandate))s? (has been |have been |was |is )?"
    r"(completed|approved|agreed|signed off|drafted|written|submitted)\b|"
    r"(?<![\w/])o/s(?![\w/])|\b(exc|excl)\.\s|"  # a tracker's shorthand: 'resp o/s', 'Comp. exc. CID'
    # 'Other 3 districts Q2', '2 more cohorts booked', 'Last 2 teams booked', 'consultation now'
    r"\b(other|remaining|last|final)\s+(\d+|two|three|four|five|six)\s+(districts?|areas?|teams?|stations?|divisions?|commands?|"
    r"cohorts?|units?|hubs?|sites?|sessions?|courses?|groups?)\b|\b(\d+|two|three|four) more (cohorts?|sessions?|teams?|courses?|"
    r"districts?|areas?|stations?)\b|\bconsultation (now|under way|ongoing|open|in progress)\b|\b(now |currently )?(out )?(to|in|"
    r"for) consultation\b|"
    # a reminder sent ('written to every supervisor reminding them to use it'): a prompt, not the practice in place
    r"\b(reminding|reminded)\s+(them|staff|officers|supervisors|recorders|everyone|all|colleagues)\b|"
    # in place but little used ('live on Niche but take-up low (41%)'): the use the item asks for still to come
    r"\b(take-?up|uptake|usage|use|compliance)\s+(is |was |remains |still |has been )*(low|poor|limited|patchy|inconsistent)\b|"
    r"\b(low|poor|limited|patchy) (take-?up|uptake|usage|compliance)\b|"
    r"\b(now|currently|still) (producing|preparing|drafting|developing|writing|building|finalising|designing|recruiting)\b|"
    r"\bwill (publish|issue|launch|send|circulate|upload) (it|this|them|the \w+)( \w+)? (next|shortly|soon|in the coming|by|on)\b|"
    r"\b(first|initial)\s+\w+\s+(go|goes|will go) (out|live)\b|\binterviews? (are |is |will be )?(in|on|scheduled|planned|booked|"
    r"due)\b|\b(completion|compliance) (deadline|date) (of|is)\b|"
    r"\b(the\s+)?(\w+\s+){0,3}(areas?|divisions?|districts?|commands?|bcus?|teams?|hubs?|sites?|units?)\s+(will|are due to|is due to)\s+"
    r"(adopt|follow|receive|go live|move|switch|transfer|start|begin|join|be (added|included|brought|trained|covered))\b|"
    # a need still unmet ('it still needs funding for a fourth post')
    r"\bstill (needs?|requires?|seeks?|seeking|lacks?|has to|have to)\b|"
    # a closure still waiting on someone's acceptance ('before the item is accepted as complete')
    r"\bbefore (the |this )?(item|action|recommendation|sub-?item) (is|can be) (accepted|agreed|signed off|confirmed) as "
    r"(complete|completed|closed|done)\b|"
    # a next step named ('Next: sign-off at Policy Board 14/10/25'); a post filled and lost again
    r"(?:^|\n|[.;]\s)\s*next( steps?)?\s*[:\-–]\s*\S|\bre-?advertised\b|\b(candidate|appointee|post-?holder) (withdrew|has withdrawn|"
    r"left|resigned)\b|\b(remain|remains|are still|is still)\s+outstanding\b|"
    r"\bcompletion (rates? |figures? |levels? )?will be (reported|confirmed|known|measured|published)\b|"
    r"\bwill be (added|included|extended|rolled out|introduced|brought in|covered)\b[^.;]{0,30}?\b(in|during|as part of) "
    r"(the )?(phase|stage) (two|2|three|3|four|4)\b|"
    r"\b(first|initial|final) (report|results?|findings|evaluation|review|audit|return)s? (is |are )?(due|expected|"
    r"scheduled|planned)\b|"
    # a decision or an answer still to come ('decision expected in July'); a drafter still at work
    r"\b(decision|outcome|approval|response|answer|verdict)s? (is |are )?(now )?(expected|due|awaited|pending)\b|"
    r"\bstill (drafting|writing|working on|developing|preparing|building|finalising|finalizing|testing|designing|discussing|"
    r"running)\b|"
    # a step due later, a confirmation still owed, a decision put back ('the form change is due in the June release';
    # 'OPCC to confirm'; 'the decision was put back to the September board')
    r"\b(is|are) (now )?due (in|on|by|for|with)\b|"
    # work still owed in plain words ('still need to chase the last few'; 'just the write-up left'; 'want to do all of
    # March's cases before we call it finished'); a sign-off or confirmation still to come
    r"\bstill (need|needs|have|has|got|want|wants) to\b|\b(just|only) (the |a |our )?[\w' -]{1,40}? (left|remaining|to go|"
    r"outstanding)\b(?!\s+(is|are) (to )?(keep|keeping|maintain|maintaining|monitor|monitoring|review|reviewing|refresh|upkeep))|"
    r"\bbefore (we|i|they|the board|it) (can )?(call|mark|declare|class|consider|sign|close)\b|"
    r"\b(to go|will go|going|goes|due to go)\b[^.;]{0,70}?\bfor (final |formal )?(sign-?off|approval|ratification|agreement|"
    r"decision|endorsement)\b|\b(confirmation|sign-?off|assurance|evidence|validation|verification)s? (is |are )?(still )?(awaited|"
    r"pending|outstanding|expected|to follow)\b|\bnot,?( however,?| yet,?| as yet,?)* been (independently |formally )?"
    r"(verified|confirmed|validated|evidenced|checked|assured)\b|\bnot (yet )?(proved|proven|been) possible\b|"
    r"\bstill (missing|absent|lacking|not)\b|\bremedial (plan|work|action)s?\b|"
    # others still to be enrolled; a decision not yet made; a tender still open; work on hold; more work needed; a
    # problem that persists; a pilot that ended with nothing adopted
    r"\bwill be (enrolled|invited|booked|assigned|required to)\b|"
    # a step named for a later month ('roll-out from May'); a paper that goes to a later board; a group only just
    # formed; a close made while still waiting; early results mixed; an action still open
    r"\b(roll-?out|go-?live|launch|delivery|implementation|training|(?:first|initial|opening) (?:dates?|sessions?|courses?|"
    r"cohorts?|workshops?|briefings?|inputs?))\s+(?:(?:are|is|will be) )?(?:booked |scheduled |planned |set )?"
    r"(from|in|during|for|starts?|begins?)\s+(" + _MONTH_NAMES +
    r"|next|the (spring|summer|autumn|new year))\b|"
    r"\b(paper|report|business case|proposal)s?\s+(goes|go|will go|is going)\s+to\s+(the\s+)?[\w-]+(\s[\w-]+)?\s+(board|group|"
    r"meeting|panel|committee|forum)\b|"
    r"\b(task and finish|working|steering|project|implementation|commissioning) group\b[^.;]{0,20}\b(formed|set up|established|"
    r"convened|created)\b|\bwhile (we |the force )?(wait|await|are waiting|are awaiting)\b|"
    r"\b(early |initial |first )?results? (are|is|were|was) (mixed|variable|inconsistent|patchy)\b|\bmixed results\b|"
    r"(?<!\bwhich )(?<!\bthat )\b(is|are|remains?) still open\b|"
    r"\bshortlisting\b|\binterview panel\b|"
    # not yet usable; back records still being converted; nothing agreed; others to follow at a later session; a
    # business case or paper submitted
    r"\bbefore (the )?[\w ]{0,30}?(can|could) (use|access|rely on|go live with)\b|"
    r"\b(conversion|migration|back-?record|backlog|catch-?up|cleansing)\b[^.;]{0,40}\bcontinues?\b|"
    r"\bnothing (has been|was|is|has yet been) (yet )?(agreed|decided|signed|confirmed|approved|settled)\b|"
    r"\bfollows? (in|at|on|from|during) (the )?(next|coming|following|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d)|"
    r"\b(business case|options? paper|proposal|bid)s?\b[^.;]{0,50}?\b(has been|have been|was|is) (submitted|drafted|"
    r"written|sent)\b|"
    # staff reminded to do it; a field being made mandatory
    r"\b(staff|officers|supervisors|investigators|recorders|teams?|everyone|colleagues) (have|has) been reminded\b|"
    r"\b(is|are) being made (a |an )?(mandatory|compulsory|required)\b|"
    # a stand-in while the post is filled; something still being built or shared for comment; a measure brought in
    # to raise a figure; a paper seeking approval
    r"\b(permanent|substantive) (role|post|appointment|postholder|lead)\b[^.;]{0,30}\b(is|are|being|will be) (advertised|"
    r"recruited|sought|filled|appointed)\b|\bwhile the (permanent|substantive)\b|\bunder construction\b|"
    r"\b(first|initial|early) (version|draft|cut)\b[^.;]{0,60}\bfor (comment|feedback|consultation|review)\b|"
    r"\bto (raise|improve|increase|boost|lift) (it|this|them|compliance|performance|the rate|rates|completion|take-?up)\b|"
    r"\bseeking (approval|agreement|sign-?off|funding|a decision|endorsement)\b|"
    # work still at an early stage or not yet tested; talks that go on; a policy left as it was 'for now'; options
    # still weighed; one part of several met
    r"\bstill at the (design|planning|scoping|drafting|early|initial|proposal|development|testing|pilot) stage\b|"
    r"\b(testing|work|delivery|implementation|roll-?out|the pilot|training) (has|have) not (yet )?(begun|started|commenced)\b|"
    r"\b(discussions?|talks|conversations|consideration|deliberations?) (will|are set to|are due to) continue\b|"
    r"\bremains? in (force|place|use) for now\b|\bfor the time being\b|"
    r"\boptions?\b[^.;]{0,40}\b(discussed|considered|explored|weighed|appraised)\b|"
    r"\b(meets|met|covers|covered|completes|completed|delivers|delivered|addresses|addressed) the first (part|element|"
    r"half|limb|stage|strand)\b|"
    # someone put in charge of the work, a meeting still to hold, a scoping step, a plan to deliver later, a start
    # barely made: first steps, not the action
    r"\b(appointed|assigned|identified|nominated|named)\s+to\s+(lead|oversee|coordinate|take forward|drive|deliver|scope|"
    r"develop)\b|\b(meeting|workshop|session|call|discussion|visit)s? (is|are|has been|have been) (now )?(planned|scheduled|"
    r"arranged|booked|being arranged)\b|\b(initial |first )?scoping (meeting|exercise|session|work|phase)s?\b|"
    r"\b(action |project |work ?stream )?owner (has been |was )?(identified|appointed|assigned|agreed)\b|"
    r"\bplan (is|has been put|was put|has been) (now )?in place to\b|\b(barely|only just|hardly) (started|begun|got going|"
    r"under ?way)\b|"
    # 'Sessions for the western BCU are booked for April': a part of the force still to be reached
    r"\b(sessions?|courses?|training|inputs?|briefings?|workshops?|cohorts?|dates|roll-?out)\s+for\s+(the\s+)?[\w'’ -]{1,40}?\s+"
    r"(are|is|have been|has been)\s+(now\s+)?(booked|scheduled|planned|arranged)\b|"
    # the first of a series held with the rest still to come ('the first clinic was held this week; further clinics are
    # planned monthly'); a document cleared by lawyers or governance, a check before it goes out
    r"\bthe first\b[^.;]{0,60}\b(was|were|has been|have been) (held|run|delivered)\b[^.]{0,40}?[;,.]\s*(and )?(further|more|"
    r"the next|subsequent|the remaining|other)\b[^.;]{0,40}\b(are |is |will be )?(planned|scheduled|booked|arranged|due|to "
    r"follow)\b|"
    r"\b(was|were|has been|have been) (approved|cleared|signed off|checked) by (the )?(force(['’]s)? )?(legal|legal services|"
    r"legal team|solicitors?|force solicitor|information governance|data protection( officer)?|dpo|procurement|hr|finance)\b"
    r"[^.;]{0,40}[.!]?\s*$|"
    # a post still being filled ('job advert closes 10 October'; 'interviews are booked')
    r"\b(job )?advert(isement)?s? (closes|closing|is open|is live|went out|has gone out|has been placed)\b|"
    r"\brecruitment (is )?(open|under ?way|in progress|has (begun|started)|campaign)\b|"
    r"\binterviews? (are |is )?(booked|scheduled|planned|due|arranged|being held|take place|will be held)\b|"
    # an extension still to come ('we intend to extend it to medium risk'); others left on the old way; watched until
    # it holds ('monitoring it weekly until it is stable')
    r"\b(intend|intends|plan|plans|aim|aims|hope|hopes|want|wants|expect|expects) to (extend|expand|widen|broaden|apply|"
    r"roll) (it|this|them|the \w+)?\b|\b(remain|remains|stay|stays|still) on the (old|previous|existing|legacy|former) "
    r"(process|system|form|way|arrangements?|approach|model)\b|\buntil (it|this|they|the \w+) (is|are|has|have) (stable|"
    r"settled|sustained|consistent|bedded in|embedded)\b|"
    # an action kept open, the next period's work named, a milestone missed, testing or go-live booked
    r"\b(stay|stays|remain|remains|kept|keep|be kept|left) open\b|\bnext (period|steps?|quarter)\s*[:\-–]|"
    r"\b(tolerance exceeded|exception report|go-?live (was |has been )?missed|missed (its|the) (deadline|date|go-?live|"
    r"milestone))\b|\b(uat|testing|go-?live|launch|training|delivery)\b[^.;]{0,20}?(?<!\bas )\b(booked|scheduled|planned)\b|"
    r"\b(go-?live|launch|delivery) (is |on |in )?w/c\b|"
    r"\bwill be (re-?)?\w+(ed|en) (by|before|in|during) (the end of )?(" + _MONTH_NAMES + r"|next|20\d\d|q[1-4]|spring|"
    r"summer|autumn|winter)\b|\bnot (yet )?confirmed whether\b|"
    r"\b(has|have) not (yet )?(confirmed|decided|committed)\b|\bbids? (close|closes|are due)\b|\bout to tender\b|"
    r"\btender (is )?(open|live|out)\b|\bon hold\b|\b(further|more) (work|action|training|activity|effort) (is |are )?"
    r"(needed|required)\b|\bremains? (poor|inadequate|inconsistent|low|weak|variable|patchy|a concern|an issue)\b|"
    r"\b(full |further |new )?(review|audit|inspection)s? (has been|have been|was|were) (ordered|requested|called for)\b|"
    r"\bpilot (has )?(ended|finished|concluded|closed)\b(?![^.]*\b(adopted|rolled out|extended|implemented|force-?wide|"
    r"across the force|made permanent|mainstreamed)\b)|\b(the )?rest (by|in|from|later|next|to follow)\b|"
    # a paper on its way to a board ('Business case to COG in April.'; 'the options paper is going to the June board')
    r"\b(paper|report|business case|proposal|options paper|policy|draft)s?\s+(is\s+|are\s+)?(going|due|scheduled|set)\s+to\s+"
    r"(go\s+to\s+)?(the\s+)?((?-i:[A-Z]{2,6})\b|[\w-]+(\s[\w-]+)?\s+(board|group|meeting|panel|committee|forum))|"
    r"\b(paper|report|business case|proposal|options paper|policy|draft)s?\s+to\s+(the\s+)?((?-i:[A-Z]{2,6})|[\w-]+(\s[\w-]+)?\s+"
    r"(board|group|meeting|panel|committee|forum))\s+(in|on|at)\s+(the\s+)?(" + _MONTH_NAMES + r"|next\s+\w+)\s*[.;]?\s*$|"
    # a step said to be due with no verb ('Contract award due October'); a span still running ('sessions run until July')
    r"\b(due|expected) (in |on |by |for )?(" + _MONTH_NAMES + r"|next (week|month|quarter|year)|"
    r"later this|the (end|start) of|early|mid|q[1-4]\b|spring|summer|autumn|winter)|"
    r"\b(sessions?|training|courses?|inputs?|roll-?out|delivery|pilot|trial|work|programme|recruitment)\b[^.;]{0,30}?\b(runs?|"
    r"continues?|lasts?|goes on|(is|are) running|will run) (until|till|to|through|into)\b|"
    r"\bwork (continues|is continuing|goes on|carries on|is ongoing)\b[^.;]{0,40}?\bto (agree|develop|finalise|finalize|deliver|"
    r"complete|draft|design|build|embed|implement|establish|secure|put|get|bring|set)\b|"
    # a done on a condition still to be met ('closed on the basis that the remaining sessions are delivered in May')
    r"\b(on the (basis|understanding|condition) that|on condition that|provided that|providing that|as long as)\b|"
    # until something is in place ('until the service is commissioned, victims are referred to ...')
    r"\buntil (the|a|an|this|our|its) [\w -]{1,40}? (is|are|has been|have been) (commissioned|in place|live|agreed|signed|"
    r"approved|appointed|recruited|running|operational|available|launched|built|delivered|published)\b|"
    # a step with another body ('the policy is with legal services for final review'); a post still being filled
    r"\b(is|are) (now |currently |still )?with (the )?[\w' ]{1,40}? for (final |further |their )?(review|approval|"
    r"sign-?off|checking|comment|consultation|agreement|ratification)\b|"
    r"\b(being|to be) (re-?advertised|advertised)\b|\bstill (returns?|shows?|produces?|gives?|miss(es)?|fails?|lacks?)\b|(?:^|[.;]\s*)[\w ]{1,30}? to confirm\s*(?:$|[.;])|\b(put|pushed) back\b|\bheld over\b|"
    r"\bwill (appear|be published|go live|be released|launch|be available|be shared|be uploaded|be issued)\b[^.;]{0,60}?"
    r"\bafter\b|"
    # a body set up for work still ahead ('a working group has been set up to design the audit'); a condition
    # ('subject to funding being confirmed'); a step the words name for later ('the training will be designed over
    # the summer', 'the first audit takes place in June', 'dates have been set for June')
    r"\b(group|panel|board|forum|team)\b[^.;]{0,90}?\b(set up|formed|established|convened|commissioned) to (take (this|the|it|"
    r"our) ([\w-]+ )?forward|progress|deliver|lead|oversee|drive|implement|design|develop|"
    r"consider|scope|draft|write|produce|look at|explore|plan)\b|"
    r"\bsubject to (?:(?:the |a |an )?(?:final|formal|full|further|board|chief officer|cog|executive|senior) )?(funding|approval|sign-?off|agreement|confirmation|ratification|the outcome|a decision|budget|audit|"
    r"assurance|evaluation|validation|verification|"
    # ('approved subject to legal review'): a clearance still to come
    r"(legal|union|staff side|independent|external|equality) (review|advice|clearance|consultation|check)|"
    r"(the )?business case|[\w-]+ (being |is )?(confirmed|agreed|approved|signed off|secured))\b|"
    # ('subject to the new screening role being funded by the PCC')
    r"\bsubject to (the |a |an |our )?([\w-]+ ){1,4}(being|is|are) (funded|confirmed|agreed|approved|signed off|secured|"
    r"recruited|appointed|completed|delivered|in place|filled|procured|signed|ratified)\b|"
    # ('subject to ACC sign-off'): someone's clearance still to come, never the routine after it ('subject to annual review')
    r"\bsubject to (the |a |an |our )?(?!(annual|regular|periodic|routine|ongoing|quarterly|monthly|yearly)\b)([\w-]+ ){1,3}"
    r"(sign-?off|approval|agreement|ratification|clearance)\b(?![^.;]{0,40}\b(was|were|has been|have been|now) (given|"
    r"received|obtained|granted|secured|confirmed)\b)|"
    # (not the routine after it: 'later updates will be published on the same page')
    # ('The two remaining command areas (Western and Coastal) adopt the checklist in April 2026'): a part still to follow
    r"\bremaining ([\w-]+ )?(teams|districts|areas|units|commands|divisions|forces|sites|hubs)\b(\s*\([^)]{0,40}\))?\s+(will\s+)?"
    r"(adopt|follow|join|go live|start|begin|move|transfer|switch|come on board)\b|"
    # ('the detective course will be updated at its next revision', 'non-domestic stalking will be added from January'):
    # a part still to change, never the routine ('the page will be updated each quarter')
    # (a thing of the work named before it, never people kept informed: 'how often they will be updated')
    r"\b(course|module|policy|procedure|guidance|process|section|chapter|form|template|package|training|system|checklist|"
    r"toolkit|leaflet|field|cases|stalking|crimes|offences|districts|areas|teams)( [\w-]+){0,5}?\s+will be (updated|revised|"
    r"amended|added|extended)\b(?![^.;]{0,40}\b(each|every|annually|regularly|routinely|quarterly|monthly|again|as (needed|"
    r"required|necessary)|when(ever)?|if)\b)|"
    + _LATER_ISSUES + r"\bwill be (designed|developed|written|delivered|built|launched|rolled out|introduced|run|held|drafted|produced|"
    r"procured|recruited|set up|implemented|published|agreed|trained|briefed|issued|commissioned|awarded|tendered|"
    r"signed|appointed|advertised)\b|"
    # ('it is sitting in our test environment while a defect affecting crime transfers is fixed')
    r"\b(sitting|sits|is|are|remains?) in (our |the )?(test|testing|uat|staging|pre-?production)( environment| system)?\b|"
    r"\bwhile (a |the |an )?[\w -]{0,40}?\b(is|are) (being )?(fixed|resolved|investigated|repaired|addressed|rectified)\b|"
    # ('Repeat behaviour will be addressed in the next policy revision')
    # (not a check to come after it: 'the screening will be included in the next internal audit cycle')
    r"\bwill be (addressed|covered|included|dealt with|picked up) (in|at|through|during) the next\b(?!\s+([\w-]+\s+)?"
    r"(audit|review|inspection|assurance|dip[- ]?sample|check))|"
    # ('Ref. monitoring - TBC once 14.4 complete.'): to start when something else is done
    r"\b(tbc|to be confirmed|to follow|starts?|begins?|will (start|begin))\s+once\b|"
    # ('Delivery to officers begins in the next training cycle')
    r"\b(begins?|starts?|commences?) (in|with|from|at) the next ([\w-]+ ){0,2}(cycle|round|year|quarter|phase|term|intake|"
    r"cohort|programme)\b|"
    r"\b(first|initial|pilot|opening|next) [\w-]+( [\w-]+)? (takes place|will take place|is (due|planned|scheduled|booked)|"
    r"will be held|is to be held|runs in|starts in|begins in)\b|"
    r"\b(dates?|sessions?|courses?|training|inputs?|workshops?) (have|has) been (set|booked|scheduled|arranged|planned|fixed) "
    r"(for|in)\b|"
    # a step handed out at a meeting ('an action for the audit team to draft a methodology')
    r"\ban action (was |has been )?(set |given |placed |raised )?(for|on) [^.;]{1,40}? to (draft|write|develop|produce|"
    r"review|design|agree|prepare|complete|deliver|create|scope)\b|"
    r"\bto follow\b|\bbeing (repeated|redone|re-?run|revisited|re-?audited|re-?done|re-?drafted|re-?written)\b|\bprogressing\b|"
    r"\b(will be required|will need|will have|are required|is required) to (complete|attend|undertake|finish)\b|"
    r"\bfurther (consideration|work|analysis|review|action|activity|training|sessions?) (will|is|are|to)\b|"
    # a decision still to come ('needs further consideration'; 'asked the board to look at it again in 2025')
    r"\b(needs?|requires?|merits?|needing|requiring) (further|more) (consideration|work|review|discussion|analysis|thought)\b|"
    r"\b(look at|consider|review|revisit) (it|this|the (matter|recommendation|item|issue)) (again|further)\b|"
    r"\b(deferred|postponed|put on hold|paused)\b|"
    # a step named as still to be taken ('a delivery plan is to be developed'; 'scoping meeting to be arranged')
    r"\bto be (arranged|developed|agreed|delivered|implemented|written|drafted|published|launched|introduced|rolled out|"
    r"established|set up|created|built|procured|bought|recruited|appointed|commissioned|designed|tested|piloted|"
    r"confirmed|finalised|finalized|scheduled|organised|organized|held|undertaken|carried out|progressed|explored|scoped)\b|"
    r"\bto be (?!(reviewed|monitored|audited|checked|refreshed|repeated|reported|tested)\s+(annually|quarterly|monthly|"
    r"yearly|regularly|every|each)\b)\w+(ed|en)\b|\bto be (built|run|held|set up|made|sent|put in place|brought in)\b|"
    # work going on now ('findings being implemented'); a state that holds ('crimes are being recorded') is not
    r"\b(amendments?|changes?|revisions?|updates?|improvements?|edits?|corrections?) (is |are )?(now |still )?being made\b|"
    # changes still to go to a board for approval ('Amendments ... will go to the Policy Board in April'); a summary of
    # done work going to a board is the routine after it ('A summary will go to the next board.')
    r"\b(amendments?|changes?|revisions?|drafts?|proposals?|business case|options)\b[^.;]{0,60}?\bwill (go|be taken|be "
    r"presented|be submitted|be put) (to|before) (the |a |an )?[\w'’ -]{0,40}?\b(board|panel|committee|group|cog|meeting)\b|"
    r"\bbeing (implemented|introduced|rolled out|embedded|delivered|developed|written|drafted|built|progressed|finalised|"
    r"finalized|considered|updated|tested|piloted|trialled|planned|scoped|designed|arranged|agreed|procured|recruited|"
    r"established|set up|prepared|revised|amended|explored|worked on|worked through|addressed|taken forward|discussed|negotiated|"
    # (not what a rule stops: 'stops a crime being finalised without an assessment')
    r"mobilised|mobilized|re-?designed|re-?developed|re-?built|re-?worked|overhauled|restructured|refreshed)\b"
    r"(?!\s+(without|unless|until)\b)|"
    r"\b(is|are) (now |currently |still )?(mobilising|mobilizing|working through|running a tender)\b|"
    # a product under review ('Training content being reviewed by the Cyber Crime Unit'): its work goes on (crimes or
    # cases 'being reviewed' by supervisors are a routine, not named here)
    r"\b(content|materials?|package|policy|policies|guidance|procedures?|toolkit|slides|sop|draft|pathway|protocol|"
    r"strategy|course|module|leaflet|training) (is |are )?(now |currently |still )?being (reviewed|adapted|tailored)\b|"
    # a second version still made ('we are adapting a shorter version for response officers'); a roll-out after a pilot
    # ('has finished and we are now rolling it out across the force')
    r"\b(we|they) (are|'re|’re) (now |currently |still )?(adapting|tailoring|rolling (it|this|them) out|rolling out|extending "
    r"(it|this|them))\b|"
    # waiting on something before the work can finish ('we are still waiting for the Niche release')
    r"\b(still )?(waiting (for|on)|awaiting)\b|\b(dependent|depends|contingent|conditional) (up)?on\b|"
    # a publication only booked ('Web publication booked with Corporate Communications.'); a group 'set up to take
    # forward' the work; a proposal only endorsed ('Regional MASIP proposal endorsed by the Regional Strategic VAWG Board')
    r"\b(publication|publishing|upload|web ?page|go-?live)\b[^.;]{0,20}?\b(booked|scheduled|planned|arranged)\b|"
    r"\b(group|task[- ]and[- ]finish group|board|panel|team|working group)\b[^.;]{0,60}?\b(set up|established|formed|"
    r"convened) to (take forward|progress|oversee|deliver|drive|look at|consider|develop|review)\b|"
    r"\b(proposals?|business case|options|plans?)\b[^.;]{0,40}?\b(endorsed|ratified|supported) (by|at)\b|"
    # ('**Subject to IT confirming the change has been deployed'): a done that waits on a confirmation
    r"\bsubject to ([\w-]+ ){0,3}(confirm|confirming|confirmation|approval|sign[- ]?off|testing|funding|agreement|deployment|"
    r"verification|assurance)\b(?!,? which (was|has been|were|had been) (given|received|obtained|granted|confirmed|secured))|"
    # a draft gone back ('rewritten following legal feedback and is back with the legal team'); a date moved on ('the
    # go-live date ... has now moved to June'); work started again after a pause; a recruitment still running ('the
    # recruitment process is running'); 'work on this sub-item continues'; a stand-in 'while we recruit'
    r"\b(is|are) (now )?back with (the |our )?\b|"
    # a part still missing ('the questions are not on the system yet', after contractions are spelt out); what is left
    # named ('just the CID sign-off to get'); sent on for someone else's step ('Sent to Lisa to update.'); a post's job
    # description gone to HR; a delivery that resumes later; a part with another team and due later ('is with the ICT
    # team and due in the spring'); sessions that run on past the round ('running through April and May'); a workshop
    # that agreed only the shape of the work
    r"\b(is|are|has|have) not\b[^.;]{0,50}\byet\b|"
    r"\b(just|only) (the |a |one |our )?(?!things?\b)[\w -]{1,30}? (to get|to go|to come|to finish|to sign)\b|"
    r"\bsent to [\w'’ -]{1,30}? (to|for) (update|review|check|sign[- ]?off|approval|comment|amend|finalis|complet)\w*\b|"
    r"\bjob description\b[^.;]{0,30}\b(went|sent|gone|submitted|is with)\b|"
    r"\b(resumes?|restarts?|recommences?|will resume|will restart) (in|from|on|after|next|once)\b|"
    r"\b(is|are) (now |currently |still )?with (the |our )?[\w -]{1,25}? (team|department|unit|supplier|vendor|provider)\b[^.;]{0,30}"
    r"\b(due|expected|planned|scheduled)\b|"
    r"\bdue (in|by) (the )?(spring|summer|autumn|winter|new year)\b|"
    r"\b(running|runs) (through|until|till|into|to the end of) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(now|currently) working (on|through) the (actions|recommendations|findings)\b|"
    r"\bagreed the (shape|scope|outline|principles|approach|design) of\b|"
    r"\bplaces (were|have been|are|had been) (offered|made available) (to|for)\b|"  # offered, not shown taken up
    r"\b(except|apart from|other than|save) (in|for|at) (our |the )?[\w -]{1,40}?\b(where|which|who)\b[^.;]{0,60}\b(continues|"
    r"remains|still|until|not yet)\b|"
    # other languages' versions still to come ('Welsh, Polish and Urdu versions with translators'; 'being translated')
    r"\b(versions?|copies|translations?|leaflets?|editions?)\b[^.;]{0,20}\b(are |is )?(still )?(with|at) (the |our )?"
    r"(translators?|translation( service)?|printers?)\b|\b(being|awaiting|to be|yet to be) translated\b|"
    r"\b(go-?live|launch|completion|delivery|implementation|start)( date)?\b[^.;]{0,40}\b((has|have) (now )?(moved|slipped)|"
    r"(has|have) (now )?been (moved|pushed back|put back|deferred|delayed|rescheduled|re-?scheduled)|now (moved|slipped)) "
    r"(to|until|into)\b|"
    r"\b(has|have|was|were) (now )?(restarted|resumed|recommenced)\b|"
    r"\b(recruitment|procurement|tender|consultation|selection|vetting)( process| exercise| campaign)? (is|are) (now |currently |"
    r"still )?(running|under ?way|open|live|ongoing|in progress)\b|"
    r"\bwork (on|for) (this|the) (sub-?item|item|action|recommendation|sub-?recommendation)\b([^.;]|\.(?=\d)){0,40}\bcontinues\b|"
    r"\bwhile (we|the force|the constabulary) (recruit|appoint|advertise|fill|find|source)\w*\b|"
    # no word back from whoever holds the work ('we have not had an update from them')
    r"\b(have|has) not (yet )?(had|received|heard|been given)\b[^.;]{0,30}?\b(update|confirmation|response|reply|back|evidence)\b|"
    r"\bno (update|confirmation|response|reply|evidence) (has been |was |yet )?(received|given|provided|seen)\b|"
    r"\bon track\b|\bcontent with (the )?progress\b|\bprogress(ing)? (well|as planned|to plan)\b|"
    r"\b(more|further) (work )?to (do|be done)\b|\blater (this|in the|next) (year|month|quarter|spring|summer|autumn|"
    r"winter)\b|"
    # a group still to be reached ('supervisors will get extra training'; 'existing staff to receive the input')
    r"\b(supervisors|sergeants|inspectors|officers|staff|teams?|detectives|investigators|call handlers|recruits|students|"
    r"managers|leaders|colleagues)\b[^.;]{0,40}?\b(will|to) (get|receive|attend|be given|be trained|be briefed|complete|"
    r"undertake|do|take|sit|finish|start|begin|follow)\b|"
    # a future step tied to an event ('the force will adopt any national products when they are released')
    r"\bwill\b[^.;]{0,80}?\b(when|once|as soon as)\b|"
    # the work itself said to be under way ('work is in progress to translate the leaflet')
    r"\b(work|activity|action|project|programme|development|implementation|delivery|roll-?out|translation) (is|are|remains?) "
    r"(still )?(in progress|under ?way|being progressed)\b|"
    # nothing more to do, but only for now ('no further action required at this stage')
    r"\bno further (action|work|activity)\b[^.;]{0,30}?\b(at this (stage|time|point)|for now|for the time being|at present)\b|"
    # money, posts and partners: agreed only in principle; a bid or a change request put in; a post empty, advertised
    # or filled by someone who has a start date still; a partner still at work on its part
    r"\bin principle\b|\bin the new year\b|"
    r"\b(training|work|roll-?out|delivery|recruitment|implementation|conversion|testing)\b[^.;]{0,40}?(?<!\bwill )\bcontinues\b"
    r"(?!\s+(each|every|annually|yearly|as part of|as (bau|business as usual)|for (new|all new)|on induction|through))|"
    r"\btargets?\b[^.;]{0,30}\b(not met|missed|not achieved|not reached|not yet met)\b|"
    r"(?<!\bfollowing )(?<!\bafter )(?<!\bsince )\b(final |formal )?(sign-?off|closure|approval|ratification)\s+(is |will be )?(at|by|from|with|due at|planned (at|for))\s+"
    r"(the\s+)?(next\s+|[A-Za-z]+\s+)?(board|meeting|panel|committee|gold group|gold|cog|slt)\b|\bover the (next|coming|following) (few )?(days?|weeks?|months?|quarters?|year)\b|"
    r"\bwill be (switched|turned) on\b|\bwill be (enabled|activated|deployed|installed|migrated|made live)\b|"
    r"\b(discussions?|talks|conversations|negotiations?|engagement)\b[^.;]{0,60}\b(continue|continues|are continuing|is "
    r"continuing|ongoing)\b|\b(position|update|evidence|information|figures?|data|return)s?\s+(has |have )?(not|never)\s+"
    r"(yet\s+)?(been\s+)?(supplied|provided|received|given|shared)\b|\bstill rolling\b|"
    r"\b(trained|briefed|attended|completed (the|their|this) (training|course|module|e-?learning|package|input))\b[^.;]{0,40}"
    r"\bso far\b|"
    r"\b(we are|we're|we have been|now|currently) (now )?(extending|expanding|widening)\b|"
    r"\b(force|partner) [a-z]\b[^.;]{0,40}\b(adopting|to adopt|will adopt|following|to follow|yet to)\b|\b(expected|due|scheduled|planned|set) (to )?(go |be )?live\b|\b(to|will) (begin|start|commence|restart|resume)\b|"
    r"\b(business case|options? paper|proposal|bid|change request|cr|request)s?\b[^.;]{0,50}?\b((has been|have been|was|is|"
    r"are|were) )?(?<!had been )(submitted|raised|logged|lodged)\b(?![^.;]{0,40}\b(approved|granted|awarded|accepted|successful|"
    r"delivered|implemented|completed)\b)|\b(cr|change request|request|bid)s? (has|have) (gone|been put) in\b|"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(vacant|vacancy|vacancies|unfilled)\b(?![^.;]{0,40}\b(filled|recruited to|appointed|covered)\b)|"
    r"\bstart(ing)? dates?\b|"
    r"\b(advert(isement)?s?|job descriptions?)\b[^.;]{0,20}\b(drafted|written|placed|live|out|published|prepared|being)\b|"
    r"\b(currently |now |being |is |are |were |was |been )advertised\b(?![^.;]{0,60}\b(appointed|filled|in post|started|"
    r"recruited)\b)|"
    r"\bstill (reviewing|considering|assessing|evaluating|consulting|negotiating|recruiting|scoping|collating|analysing|"
    r"analyzing|gathering|exploring|looking|checking|chasing|progressing|reconciling|mapping|implementing|rolling out|"
    r"delivering|embedding|piloting|trialling|procuring)\b|"
    r"\b(under|in) (discussion|consideration|negotiation|development)\b|"
    r"\b(work|activity|improvement work|remedial work|project|programme|implementation|delivery|roll-?out|recruitment|"
    r"procurement|testing|build)\s+(is |are |remains? )?(now |still |currently )?(under ?way|in progress|ongoing|in train)\b|"
    r"\b(cannot|can ?not|could not|is not|are not) yet\b|"
    # a draft out for others to read, a change sent back, a product at the printers, a member still to join
    r"\b(sent|submitted|shared|circulated|passed|referred) (to [\w ,&'’-]{1,50} )?for (comment|comments|consultation|review|approval|"
    r"sign-?off|signature|signing|ratification|agreement|feedback)\b|\bahead of (its )?(publication|approval|sign-?off|launch)\b|"
    r"\b(is|are) (going|working) through ([\w ]{1,30} )?(approval|sign-?off|governance|consultation)\b|"
    r"\bexpressions of interest (have been |were |are being )?(invited|sought|requested)\b|\b(have|has) advertised for\b|"
    r"\bbefore (turning|switching) it on\b|\bbefore (it|they) (goes?|go) live\b|\b(will|to) cascade\b|"
    r"\bcomes? into (use|force|effect) (after|from|when|once)\b|\b(will be|to be) added to [\w ]{1,40}? later\b|"
    r"\bin the next (round|cohort|phase|tranche|wave) of\b|"
    r"\bfailed (its |the )?(testing|tests?|uat|qa|acceptance( testing)?)\b|\b(gone|sent|went|passed) back to the "
    r"(supplier|vendor|developers?|provider)\b|\b(is |are )?with the (print|printing) (unit|team)\b|\bat the printers\b|"
    r"\bbefore (it is |they are )?issued? to\b|"
    r"\broll-?out\b(?![^.;]{0,30}\b(completed|complete|finished|done|delivered)\b)[^.;]{0,60}\b(in|by|during|from) "
    r"(q[1-4]|the (spring|summer|autumn|winter|new year))\b|"
    r"\b(ready|due|set|scheduled) to (deliver|start|begin|roll (it )?out|go live|launch)\b|"
    r"\b(will be|to be) (presented|reported|taken|submitted) to (the )?[\w ]{0,40}?(board|meeting|group|cog|panel|committee)\b|"
    r"\bno progress (has been |was )?made\b|"
    # the rest of a roll-out still to go ('to continue to roll out ... through 2025', 'continues through the summer')
    r"\bcontinu(e|es|ing) (to roll(ing)? out|the roll-?out)\b|\bcontinues? (through|into|over|until|during) (the )?(summer|spring|"
    r"autumn|winter|year|quarter|coming|next|rest of)\b|"
    # someone at work on it, said after what was done ('Working group has met twice and is mapping current practice')
    r"\b(and|which|who|that) (is|are) (currently |now |still )?(mapping|reviewing|scoping|drafting|writing|developing|building|"
    r"designing|testing|preparing|exploring|considering|procuring|recruiting|delivering|rolling out|meeting)\b|"
    r"\b(our|the|their|a) [\w -]{0,30}?(lead|team|group|board|unit|manager|officer|sergeant|inspector) (is|are) (currently |now |still )?"
    r"(meeting|exploring|considering|mapping|reviewing|scoping|drafting)\b|"
    # a step for a later meeting; sessions booked; the first of a series held
    r"\bto be (reviewed|considered|discussed|agreed|approved|presented|tabled) (at|by) (the )?(next |[a-z]+ )?[\w ]{0,30}?"
    r"(board|meeting|group|cog|panel|committee)\b|\b(bcus?|districts?|teams?|sessions?|courses?|cohorts?|dates?|inputs?|areas?|"
    r"divisions?|workshops?)( are| is| have been| has been| now)? booked\b|\bthe first (joint |multi-agency |regional |of (the |our )?)?"
    r"(workshop|session|meeting|cohort|course|input|event|clinic|panel|training day|briefing|conference) "
    r"(took place|was held|has been held|has taken place|ran)\b|\b(post|role|vacancy|position)s? (has been |have been |was |is |now )?"
    r"(advertised|out to advert)\b|\bbacklog (has |had )?(since )?(built up|grown|developed)\b|"
    r"\bnot (every|all) [\w'’ -]{1,40}? (is|are|has|have) (yet|been)\b|"
    # the force itself says it cannot do the thing ('The force cannot monitor referral numbers because ...')
    r"\b(we|the force|the constabulary|the service) (cannot|can ?not|(are|is|have been|has been) (unable|not able) to) "
    r"(?!be (overstated|underestimated)\b)\w+|"
    # someone still at work on it ('the Data Quality team are reconciling them'; 'now implementing')
    r"\b(we|they|the [\w -]{0,30}?(team|unit|department|group|board|supplier|vendor|provider|contractor|lead|force)) (are|is) "
    r"(currently |now |still |actively )?(reconciling|working on|developing|building|drafting|writing|preparing|finalising|"
    r"finalizing|testing|scoping|exploring|considering|mapping|collating|analysing|analyzing|designing|recruiting|procuring|"
    r"negotiating|consulting|planning|updating|rewriting|amending|revising|fixing|resolving|investigating|validating|"
    r"cleansing|correcting|migrating|configuring|progressing|implementing|rolling out|piloting|trialling|looking (at|into))\b|"
    r"\b(now|currently) (implementing|rolling out|embedding|piloting|trialling|testing|procuring|mobilising|consulting|"
    r"scoping|mapping|collating|reconciling)\b|"
    r"\bbeing (collated|gathered|analysed|analyzed|compiled|reconciled|validated|cleansed|corrected|migrated|configured|"
    r"fixed|resolved|investigated|chased|followed up)\b|"
    # a next step named in a tracker's few words ('QA next', 'front counter next', 'UAT next month', 'rollout Q1',
    # 'Interviews w/c 14/10', 'the rest is scheduled', 'in test', 'Testing TBC')
    r"(?:^|[.;,]\s*|\band\s+|\bthen\s+)[\w/&' -]{1,40}?\bnext\s*(week|month|quarter|round)?\s*(?:[.;]|$)|"
    r"\b(roll-?out|go-?live|launch|delivery|implementation|training|uat|testing|interviews?|qa|sign-?off|release|"
    r"deployment)\s+(is |are |will be )?(due |planned |scheduled |booked |set )?(in |for |from |by |on )?q[1-4]\b|"
    r"\bthe rest (of (it|them|the [\w-]+) )?(is|are) (still )?(scheduled|booked|planned|due|to follow|outstanding|pending|"
    r"in progress|being)\b|"
    r"\b(in|into) (test|testing|uat|user acceptance testing|pre-?prod(uction)?|the test environment)\b|"
    r"\b(testing|go-?live|dates?|roll-?out|start|training|delivery|release|uat|timescales?|timelines?|completion|award)\s+"
    r"(is |are )?(still )?(tbc|tba|to be confirmed|to be agreed)\b|"
    # a step to come in a later release ('the mobile app update follows in the summer release')
    r"\bfollows? (in|at|on|from|during) (the )?(spring|summer|autumn|winter|new year|next|coming|later)\b|"
    r"(?<!\ball )(?<!\bthe last )\b(remaining|outstanding|final|last) (step|action|element|part|task|piece of work|dependency)s?\b"
    r"(?![^.;]{0,160}\b(complete|completed|done|finished|closed|delivered|met)\b)|"
    # a release put back; the later cohorts still to run ('Cohorts 5 to 8 run between October and January'); a team
    # still working it into the package; a decision leaned towards and not yet taken
    r"\b(release|go-?live|launch|delivery|roll-?out|implementation|change|fix|upgrade|training|module)\b[^.;]{0,30}\b(delayed|"
    r"postponed|deferred|put back|slipped|pushed back)\b(?![^.;]{0,120}\b(went live|gone live|launched|is live|was delivered|"
    r"completed|in place|now live)\b)|"
    r"\b(cohorts?|sessions?|courses?|tranches?|waves?|phases?)\s+\d+\s*(?:to|-|–|and)\s*\d+\s+(run|runs|will|are (due|scheduled|"
    r"planned|booked)|take place|follow)\b|"
    r"\b(are|is) (now |currently |still )?(incorporating|integrating|building|adding|embedding|writing) (it|them|this|these|"
    r"the [\w -]{1,30}?) (into|in)\b|"
    r"\bminded to\b|\bbefore (a|the) final decision\b|"
    # a challenge that remains; approval asked before the work can finish; a flag used unevenly; a remedy running
    r"\b(remains?|is still|are still) (a |an )?(significant |real |ongoing |key )?(challenge|problem|gap)\b|\bbefore (this |the )?(work|action|item|recommendation)? ?(can|could) be (completed|closed|finished|signed off)\b|"
    r"\b(is|are) asked to (approve|agree|endorse|sign off)\b|"
    r"\b(applied|used|recorded|completed|followed|done) (unevenly|inconsistently|patchily|sporadically)\b|"
    r"\b(reminder|improvement|awareness|communications?|comms) campaign (is|has been|was) (now )?(running|launched|under ?way|"
    r"in progress|planned)\b|"
    # a step held 'before any delivery'; a closure a board will
    # decide; a part that 'will follow'; the old way still used until a change; a draft with a panel or board
    r"\bbefore any (delivery|roll-?out|training|implementation|go-?live|use)\b|"
    r"\b(will|is to|is due to|are to|are due to) (decide|consider|agree|approve|confirm) (on )?(the )?(its )?(closure|closing|"
    r"sign-?off|whether to close)\b|"
    r"(?<!evaluation )(?<!evaluations )(?<!review )(?<!audit )(?<!check )\bwill follow\b(?!\s+(the|this|our|these|that|its|their|a|an|national|college|force|guidance|policy|procedure|process|"
    r"app|it|them|up)\b)|"
    r"\b(is|are) still\b[^.;]{0,80}?\buntil\b|"
    r"\b(is|are) (now |still |currently )?with (the )?[\w'’ -]{0,40}?\b(panel|board|committee)\b(?! (meeting|minutes))|"
    # a paper held by a person or the commissioner ('The problem profile is with the Head of Intelligence'; 'a business
    # case for permanent funding is with the PCC'): awaiting their word
    r"\b(is|are) (now |still |currently )?with (the |our )?(head|director|chief|deputy|assistant|acc|dcc|chief constable|"
    r"chief officers?|command team|pcc|opcc|commissioner|sro|senior responsible officer|finance)\b(?! (and|as) )|"
    # the rest still being arranged ('has delivered the input to the investigation teams and is now scheduling the
    # control rooms'); work handed on to be finished ('handed to the PPU to finish as part of business as usual')
    r"\b(is|are) (now|currently) (scheduling|arranging|booking|organising|organizing)\b|"
    r"\b(handed|passed|transferred|given)( over)? to\b[^.;]{0,60}?\bto (finish|complete|take forward|progress|deliver|conclude)\b|"
    # a part still to be added later ('they will be added to the response officer package in the next refresh')
    r"\bwill be (added|included|built|written|incorporated|inserted|embedded) (in|into|to)\b(?![^.;]{0,60}?\b(audit|review|"
    r"inspection|assurance|monitoring)\b)[^.;]{0,60}?\b(next|later|future|forthcoming|upcoming)\b|"
    # what is left moved to another plan rather than done ('the remaining audit findings will be dealt with through the
    # Improvement Plan'; 'response officer element carried forward to the next plan')
    r"\b(findings|actions?|recommendations?|work|elements?|issues|gaps|points)\b[^.;]{0,30}?\bwill be (dealt with|"
    r"addressed|taken forward|picked up|managed|tracked|progressed|carried forward|delivered|taken) (through|in|under|via|"
    r"by|as part of|within)\b|\bcarried (forward|over) (to|into) (the )?(next|new|following|20\d\d)\b|"
    # the first result still to come ('the first analysis will go to the June board'); people still being allocated;
    # gaps still to close; a remedy under way ('an improvement plan is in place')
    r"\b(first|initial) ([\w-]+ ){0,2}?(analysis|results?|findings|report|evaluation|review|data|figures) (will|is due to|"
    r"is expected to|are due to|are expected to|is to|are to)\b|"
    r"\b(are|is) (now |currently )?being (allocated|assigned|recruited|appointed|trained|briefed|rolled out|introduced|"
    r"set up|established|implemented|embedded|developed|drafted|written|procured|commissioned)\b|"
    r"\b(briefed|briefing|reminded|retrained|retraining) ([\w-]+ )?on the (identified |remaining )?gaps\b|"
    # (the figure itself is blanked before this is read: 'compliance ... is at 84% and an improvement plan is in place')
    r"\b(compliance|accuracy)\b[^.;]{0,60}?\b(is|stands|remains) at\b[^.;]{0,70}?\b(improvement|recovery|remedial|"
    r"remediation) plan\b|"
    # ('Victims' Code audit: 93% compliance. Improvement plan continues.')
    r"\b(improvement|recovery|remedial|remediation|action) plan (continues|is continuing|remains (open|live|in place)|is ongoing|"
    r"ongoing)\b|"
    # a step starting next month; a draft due for sign-off; a change that takes effect once something else is done;
    # other teams or areas that follow in a later period ('neighbourhood teams follow in Q1 2026/27')
    r"\b(starts?|begins?|commences?|launches|runs?) (next|in the next|the following) (month|week|quarter|term|year)\b|"
    r"\bfrom (the )?(next|following|coming) (month|quarter|year|financial year|round|period)\b|"
    # a part that goes live on a later month written as figures ('S Div go-live 04/26')
    # (a month and a year only: '19/05/25' is a day, and a go-live on a day is read by its date)
    r"\b(go[- ]live|goes live|going live)\s+(in\s+|from\s+)?(0?[1-9]|1[0-2])/\d{2}\b(?![/.]?\d)|"
    # a change still in a supplier's later release ('the change will be in the October release')
    r"\bwill be (in|part of|included in|delivered in) (the |a |its )?([\w-]+ ){0,2}(release|update|version|upgrade|build|"
    r"patch|drop)\b|"
    r"\bdue for (sign-?off|approval|ratification|agreement|endorsement|installation|delivery|go-?live|launch|roll-?out|"
    r"implementation|completion|publication|fitting|testing)\b|"
    # a check to be done again because of a doubt ('compliance to be re-audited after concerns raised by the advocacy
    # service'): what was closed is in question
    r"\bto be re-?(audited|assessed|reviewed|tested|examined|checked|inspected|visited)\b|"
    r"\b(takes?|will take|comes? into) effect (once|when|after|from)\b|"
    r"\b(teams?|areas?|divisions?|districts?|officers|staff|units?|sites?|stations?|lpas?|bcus?|hubs?)\s+(to\s+)?follow\s+"
    r"(in|from|by|during|later|next)\b|"
    # a one-off where the item asks for a regular practice ('A one-off audit of 50 stalking crimes was completed')
    r"\ba one-?off (audit|dip[- ]?sample|review|check|exercise|survey)\b[^.;]*[.;]\s*(its |the )?(findings|results)? ?will\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """What an update's words say of done, for setting beside a status column: a done-phrase standing on its
    own, a done-phrase its clause weakens ('completed by 30 June 2025'), and the reader's own inference."""

    done: str
    doubted_done: str
    inferred: Inference | None
    reversed: str = ""  # 'reopened', 'in error', 'to be redone': whatever was done is undone
    pending: str = ""  # a step of this work still to come ('go-live is expected on 1 May'; 'Southern division to follow')
    later: str = ""  # something reported done on a date after the round's ('completed 01/04/2026' in September 2025)


def evidence(text: str, modifiers=None, as_of: dt.date | None = None) -> Evidence:
    if not text or not text.strip():
        return Evidence("", "", None)
    modifiers = _modifiers() if modifiers is None else modifiers
    words = _prepare(text, as_of)
    done = doubted = ""
    for status, _, pattern in TIERS:
        if status not in ("complete", "bau"):
            continue
        for match in pattern.finditer(words):
            if re.search(r"\bbeing\s+$", words[max(0, match.start() - 8):match.start()], re.IGNORECASE):
                continue  # 'is being completed by the regional team': work going on, no done
            if _weakened(words, match.start(), match.end(), modifiers, as_of):
                doubted = doubted or match.group(0)
            else:
                done = done or match.group(0)
    reversal = next((hit.group(0) for kind, pattern in modifiers if kind == "reversal"
                     for hit in pattern.finditer(words) if not _STOPGAP_ENDED.search(words[max(0, hit.start() - 60):hit.end()])),
                    "") or next(
        (hit.group(0) for kind, pattern in modifiers if kind == "reversal"  # 'Sep 25: duplicates 14.3' in an older entry
         for hit in pattern.finditer(text) if _POINTS_AWAY.search(hit.group(0))), "")
    return Evidence(done, doubted, infer_status(text, modifiers, as_of), reversal,
                    _pending(words, modifiers) or _starts_later(words, as_of), _later_event(words, modifiers, as_of))


# a stop-gap ended because the real change arrived ('the interim marker has been withdrawn', 'the old paper form was
# replaced'): the thing withdrawn is not this work, so it undoes nothing
_STOPGAP_ENDED = re.compile(r"\b(interim|temporary|stop-?gap|workaround|old|previous|legacy|paper|manual)\b[^.;,]{0,40}?"
                            r"\b(has been|have been|was|were|is|are|being)\s+(withdrawn|replaced|superseded|retired|switched off)\b",
                            re.IGNORECASE)


# a finished event: with a date after its round's, the words were not written for that round (or the date is wrong)
_PAST_EVENT = re.compile(r"\b(was|were|has been|have been|had been|went live|completed|delivered|launched|implemented|"
                         r"introduced|rolled out|trained|published|approved|signed off|finished|began|started|commenced|"
                         r"issued|released)\b", re.IGNORECASE)


# ('to' only where a time follows it: 'extended to March 2027', never 'delivery to officers starts in April 2025')
_SPAN_END = re.compile(r"\b(to(?=\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|"
                       r"summer|autumn|winter|q[1-4]\b|next|financial|year))|until|till|through|up to|expir\w*|ending|ends?|runs? to)"
                       r"\s+(the )?(end of )?[^,;.]{0,25}", re.IGNORECASE)
_AND = re.compile(r",\s+and\b\s*", re.IGNORECASE)


def _later_event(words: str, modifiers, as_of: dt.date | None) -> str:
    """The first clause that reports something done on a date after the round's month ('Training programme completed
    01/04/2026' in a round of September 2025); '' when none does. Plans ('due in April 2026') and review cycles are
    not events."""
    if as_of is None:
        return ""
    words = without_settled(words, modifiers)
    future = [pattern for kind, pattern in modifiers if kind == "future"]
    end = _month_end(as_of)
    starts = sorted({0, *(m.end() for m in _CLAUSE.finditer(words)), *(m.end() for m in _AND.finditer(words))})
    for start, stop in zip(starts, starts[1:] + [len(words)]):
        clause = words[start:stop]
        dated = _SPAN_END.sub(" ", clause)  # 'the contract has been extended to March 2027': when it ends, not happened
        if any(d > end for d in periods_in(dated)) and _PAST_EVENT.search(clause) \
                and not any(p.search(clause) for p in future):
            return clause.strip()
    return ""


# a state that holds from a date ('BAU from 1 April', 'mandated from January'): with a later date, still to come
# (with what is made mandatory named: 'mandatory use from 1 May'; a step named by its noun: 'fieldwork from April')
_STATE_FROM = (r"bau|business as usual|in place|(?:mandatory|mandated|compulsory)(?: use| usage| completion| recording)?|"
               r"operational|in force|in use|fieldwork|roll-?out|delivery|implementation|recruitment|testing")
# a step that starts, in the present or future tense ('delivery to officers begins in April 2025'; 'the new process will
# go live on 1 May'): with a date after the round's month it is still to come in that round
_STARTS = re.compile(r"\b((" + _STATE_FROM + r") (from|as of|with effect from)|"
                     r"begins?|starts?|starting|commences?|commencing|launch(es)?|goes live|go[- ]live|going live|live from|opens|"
                     r"kicks? off|closes|"
                     # 'Western LPA sessions run in October': sessions set for a month
                     r"(sessions?|courses?|inputs?|cohorts?|briefings?|workshops?) (run|runs|take place|takes place)|"
                     r"(runs?|running) from|(will )?becomes? (mandatory|compulsory)|(will )?meets? for the first time|"
                     # 'the service is recommissioned for three years from 1 October 2025': a date given in full
                     r"from(?=\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                     r"\.?\s+\d{4})|"
                     r"goes (out |to )|moves? (to|across|over)|will be available|available (to [\w ]{1,30} )?from|"
                     r"(will|is due to|are due to) (take place|happen|follow|move|switch|transfer)|takes? place|"
                     # 'Response officers will use it from June': others who take it up later
                     r"(will|are due to|are to) (use|adopt|receive|get|join|start using|have access to)|joins?|"
                     r"(will|to) (introduce|implement|launch|roll out|bring in)|"
                     r"(takes|take|comes|come) (into )?(effect|force)|effective (from|on)|(will|is due to|are due to|is set to|"
                     r"are set to|is scheduled to|are scheduled to|is planned to|to) (begin|start|commence|launch|go live|open|run|"
                     r"take place|be delivered|be rolled out))\b", re.IGNORECASE)


# 'to commence Apr 25', 'go-live Sept 26': a tracker's month and two-figure year (a day of the month is written first)
_MONTH_YY = re.compile(r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<yy>2[4-9])\b(?![\d/:]|\.\d|\s*(?:st|nd|"
                       r"rd|th)\b)", re.IGNORECASE)


_MONTHS_RX = rf"({MONTHS})\b\.?"  # a month named alone, as dates.py spells it (one group: the month)
_YEARLESS_SPAN = re.compile(rf"\b{_MONTHS_RX}\s*[-–]\s*{_MONTHS_RX}(?!\s*'?\d)", re.IGNORECASE)


# a tracker's month and year in figures ('CPD day 05/25'), never a count ('3/7') nor a day and month ('14/03/2025')
_MM_YY = re.compile(r"(?<![\d/.,])(?P<mm>0[1-9]|1[0-2])/(?P<yy>2[4-9])(?![\d/])")


def _month_short_year(clause: str) -> list[dt.date]:
    return [_month_end(dt.date(2000 + int(m.group("yy")), _MONTH_INDEX[m.group("month").lower()[:3]], 1))
            for m in _MONTH_YY.finditer(clause)] + [_month_end(dt.date(2000 + int(m.group("yy")), int(m.group("mm")), 1))
                                                    for m in _MM_YY.finditer(clause)]


def _starts_later(words: str, as_of: dt.date | None) -> str:
    """The first clause in which a step starts on a date after the round's month ('Delivery begins in April 2025' in
    a round of March 2025); '' when none does."""
    if as_of is None:
        return ""
    end = _month_end(as_of)
    starts = sorted({0, *(m.end() for m in _CLAUSE.finditer(words))})
    for start, stop in zip(starts, starts[1:] + [len(words)]):
        clause = words[start:stop]
        if (intake := _INTAKE.search(clause)) and _MONTH_INDEX[intake.group("month").lower()[:3]] > as_of.month:
            return clause.strip()
        if _TERSE.fullmatch(clause.strip(" .;,")) and any(
                d > end for d in periods_in(clause) + _month_short_year(clause)):
            return clause.strip()  # 'All PPU DCs trained. Response PCs Jan-Mar 26.': a group set for a later period
        if _TERSE.fullmatch(clause.strip(" .;,")) and (span := _YEARLESS_SPAN.search(clause)) and \
                1 <= (_MONTH_INDEX[span.group(2).lower()[:3]] - as_of.month) % 12 <= 6 and \
                (_MONTH_INDEX[span.group(1).lower()[:3]] - as_of.month) % 12 <= 6:
            return clause.strip()  # 'cohorts 2-4 Jan-Mar' in a round of November: the months ahead, no year needed
        if not _STARTS.search(clause):
            continue
        if any(d > end for d in periods_in(_SPAN_END.sub(" ", clause)) + _month_short_year(clause)):
            return clause.strip()
        # 'goes live in May', no year: a start still to come is in the next May after the round (its own month is
        # left, it may have been this one)
        yearless = _YEARLESS_START.search(clause)
        if yearless and _MONTH_INDEX[yearless.group("month").lower()[:3]] != as_of.month:
            return clause.strip()
    for hit in _PLACED.finditer(words):
        # a step placed at a time after the round ('prioritised for the April sprint', 'neighbourhood teams scheduled for
        # Q1 2026', 'Award expected end of January'); a check planned for later ('an evaluation is planned for spring
        # 2026') is the routine after the work, not a step of it
        if _LATER_CHECK.search(_sentence_at(words, hit.start())):
            continue
        when = hit.group("when")
        dates = periods_in(when)
        month = _BARE_MONTH.match(when)
        if any(d > end for d in dates) or (not dates and month and _MONTH_INDEX[month.group(1).lower()[:3]] != as_of.month):
            return hit.group(0)
        season = re.match(r"(spring|summer|autumn|winter)\b(?!\s*'?\d)", when, re.IGNORECASE)
        if not dates and season and _SEASON_START[season.group(1).lower()] > as_of.month:
            return hit.group(0)  # 'Contract award is expected in the summer' in a round of March: still to come
    for hit in _BEGUN_STEP.finditer(words):
        # a step of the work begun in the round's own month and not said finished ('analysis started 3 March' in a
        # round of March, 'training ... started this month'): under way, not done (an earlier start says nothing)
        when = hit.group("when")
        if re.search(r"\b(complete|completed|finished|done|in post|in place)\b", _sentence_at(words, hit.start()),
                     re.IGNORECASE):
            continue  # 'Recruitment is complete: the coordinator started on 2 September'
        dates = periods_in(when)
        named = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", when, re.IGNORECASE)
        if _THIS_MONTH.search(when) or (dates and dates[0].year == as_of.year and dates[0].month == as_of.month) or (
                not dates and named and _MONTH_INDEX[named.group(1).lower()] == as_of.month):
            return hit.group(0)
    for hit in _SEASON_AT.finditer(words):
        # 'officers receive the input at the summer CPD days' in a round of March: a season still to come this year
        sentence = _sentence_at(words, hit.start())
        if _LATER_CHECK.search(sentence) or re.search(r"\b(refresher|annual|yearly|every)\b", sentence, re.IGNORECASE):
            continue  # a refresher or a check each summer is the routine after the work
        season = _SEASON_START[hit.group("season").lower()]
        # (a season still ahead, or the present one when the words say it is still to come: 'will move across in the
        # spring' in March)
        # (the clause the season is in: 'training has reached the PPU, with response officers booked onto the summer
        # CPD days' has a past of its own before the comma)
        at = hit.start() - (words.find(sentence) if sentence in words else 0)
        clause = sentence[max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at)) + 1:]
        if (season > as_of.month or season == as_of.month and _WILL.search(sentence)) and _NOT_YET.search(clause) \
                and not _PAST_EVENT.search(clause) \
                and not _TOLD_PAST.search(clause) and not re.search(r"\d{4}|'\d\d\b", sentence[hit.end():hit.end() + 12]):
            return sentence.strip()
    for start, stop in zip(starts, starts[1:] + [len(words)]):
        # a tracker's clause of who and when, no verb ('frontline from Oct' after 'training for FCR complete'); a first
        # session or check still ahead ('first audit in April'): a part still to come
        clause = words[start:stop].strip(" .;,")
        hit = _GROUP_FROM.match(clause) if not (_FINITE.search(clause) or _ROUTINE_AFTER.search(clause)) else None
        first = _FIRST_AT.search(clause)
        hit = hit or (first if first and not clause[first.end():].strip() else None)  # ('... in January found ...': past)
        if hit and _ahead(hit, as_of):
            return clause
    for hit in _WEEK_OF.finditer(words):
        # 'UAT w/c 20/1', 'Interviews w/c 14/10': a week booked; after the round's date it is still to come
        if (day := _week_of(hit, as_of)) is not None and day > as_of:
            return hit.group(0)
    for start, stop in zip(starts, starts[1:] + [len(words)]):
        clause = words[start:stop]
        # a deadline after the round ('wider staff via NCALT by Jun', 'by the end of 2025'): a step still to come,
        # unless the clause reports it done ('all were trained by January')
        by = _BY_WHEN.search(clause)
        if by and not _PAST_EVENT.search(clause) and not _TOLD_PAST.search(clause) and (
                any(d > end for d in periods_in(by.group("when"))) or (
                    not periods_in(by.group("when")) and (month := _BARE_MONTH.match(by.group("when")))
                    and _MONTH_INDEX[month.group(1).lower()[:3]] != as_of.month)):
            return clause.strip()
    return ""


_SHORT_MONTHS = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+'?(?P<year>20\d\d|\d\d)\b)?"
_GROUP_FROM = re.compile(r"^(?:the\s+)?[A-Za-z][\w&/'’-]*(?:\s+[\w&/'’-]+){0,3}?\s+from\s+" + _SHORT_MONTHS + r"\s*$", re.IGNORECASE)
_FIRST_AT = re.compile(r"\bfirst\s+(audit|meeting|session|panel|review|course|cohort|input|dip[- ]?sample|report|clinic|survey|"
                       r"inspection|training|event|workshop|sitting|cpd day)s?\s+(is\s+|will be\s+|takes place\s+|due\s+)?(in|on|"
                       r"due|planned for|scheduled for|booked for|set for|at the end of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                       + _SHORT_MONTHS, re.IGNORECASE)


_ROUTINE_AFTER = re.compile(r"\b(refresher|annual|yearly|every|each|review|re-?audit|audit|dip[- ]?sample|evaluation)s?\b",
                            re.IGNORECASE)  # 'refresher from Oct': the routine after the work, not a part of it


def _ahead(hit: re.Match, as_of: dt.date) -> bool:
    """A month (and year, if given) after the round's: with no year, one of the next six months."""
    month = _MONTH_INDEX[hit.group("month").lower()[:3]]
    if hit.group("year"):
        year = int(hit.group("year"))
        return dt.date(year + 2000 if year < 100 else year, month, 1) > as_of
    return 1 <= (month - as_of.month) % 12 <= 6


_WEEK_OF = re.compile(r"\bw/?c\.?\s*(?:(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?![/.]\d)|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>"
                      r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*,?\s*'?\d))", re.IGNORECASE)


def _week_of(hit: re.Match, as_of: dt.date) -> dt.date | None:
    """The day a 'w/c' (week commencing) gives, in the year that puts it nearest the round's date."""
    try:
        day = int(hit.group("d") or hit.group("d2"))
        month = int(hit.group("m")) if hit.group("m") else _MONTH_INDEX[hit.group("month").lower()[:3]]
        dates = [dt.date(as_of.year + shift, month, day) for shift in (-1, 0, 1)]
    except ValueError:
        return None
    return min(dates, key=lambda d: abs((d - as_of).days))


_PLACED = re.compile(r"(?<!\bas )\b(expected|due|scheduled|planned|anticipated|forecast|booked|prioriti[sz]ed|earmarked|slotted|"
                     r"pencilled|targeted)\s+(?:(?:in|for|by|on|at|from|during)\s+)?(?:the\s+)?(?:end of\s+|early\s+|mid[- ]?\s*|"
                     r"late\s+)?(?P<when>(?:" + _MONTH_NAMES + r"|q[1-4]|spring|summer|autumn|winter)\b[^,;.]{0,12}|"
                     r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_NAMES + r")\b[^,;.]{0,8})", re.IGNORECASE)
_BEGUN_STEP = re.compile(r"\b(analysis|training|delivery|roll-?out|consultation|recruitment|testing|pilot|build|development|"
                         r"mapping|scoping|drafting)\b[^.;]{0,40}?\b(has\s+)?(started|began|begun|commenced)\s+(on\s+|in\s+)?"
                         r"(?P<when>this (month|week)|last week|today|recently|\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?(\s+\d{4})?|"
                         r"[a-z]{3,9}(\s+\d{4})?)(?![^.;]{0,80}\b(completed|finished|concluded|ended|closed|done|attended|"
                         r"delivered|trained|now|in place|live)\b)", re.IGNORECASE)
_THIS_MONTH = re.compile(r"^(this (month|week)|last week|today|recently)$", re.IGNORECASE)
_SEASON_AT = re.compile(r"\b(at|in|during|over|through|onto|on to|for) the (?P<season>spring|summer|autumn|winter)\b", re.IGNORECASE)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_WILL = re.compile(r"\b(will|shall)\b", re.IGNORECASE)
# a verb of what is still to happen or happens by routine ('officers receive the input at the summer CPD days')
_NOT_YET = re.compile(r"\b(will|shall|(is|are) (due|to|planned|scheduled|booked)|booked|receive|receives|runs?|takes? place|attends?|"
                      r"gets?|starts?|begins?|goes|go)\b", re.IGNORECASE)
_LATER_CHECK = re.compile(r"\b(evaluation|review|re-?audit|audit|dip[- ]?sample|inspection|assurance check|health check)s?\b",
                          re.IGNORECASE)
_TOLD_PAST = re.compile(r"\b(did|was|were|had|managed|hoped|missed|went)\b", re.IGNORECASE)
_BY_WHEN = re.compile(r"\bby\s+(the\s+)?(end\s+of\s+)?(?P<when>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH_NAMES +
                      r")[a-z]*(?:\s+'?\d{2,4})?|q[1-4](?:\s+\d{4})?|(?:spring|summer|autumn|winter)(?:\s+\d{4})?|20\d\d)"
                      r"(?=\s*(?:[,;.)]|$|and\b|with\b|for\b|at\b|to\b|via\b))", re.IGNORECASE)
_BARE_MONTH = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*,?\s*'?\d)", re.IGNORECASE)


# a start in so many words with a month and no year ('goes live in May', 'begins from June')
_YEARLESS_START = re.compile(r"\b((?:" + _STATE_FROM + r")(?: as of| with effect)?|"
                             r"goes live|go live|live(?= from)|runs?(?= from)|running(?= from)|goes to(?: the)?|"
                             r"(?:sessions?|courses?|inputs?|cohorts?|briefings?|workshops?) (?:run|runs|take place|takes place)|"
                             r"(?:will )?becomes? (?:mandatory|compulsory)|(?:will )?meets? for the first time|begins?|starts?|commences?|launch(?:es)?|opens|kicks? off|takes effect|"
                             r"comes into (?:effect|force)|will (?:begin|start|commence|launch|go live|open|run|take place|be "
                             r"delivered|be rolled out)|will be available|available|"
                             r"will (?:use|adopt|receive|get|join|start using|have access to)(?: it| them| this| the [\w-]+)?|joins?)"
                             r"(?:\s+(?:work|operating|delivery|the service|its work|"
                             r"to [\w ]{1,30}?))?\s+(?:(?:in|from|on|during|at the start of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>january|february|"
                             r"march|april|may|june|july|august|september|october|november|december)\b(?!\s*,?\s*'?\d)",
                             re.IGNORECASE)
# 'for every new student officer from the September intake': the first intake to have it, its month with no year
# a tracker's few words with no verb (no 'was', 'is', nothing ending '-ed'): a name and a time, as a schedule is written
_TERSE = re.compile(r"(?!.*\b(\w+ed|is|are|was|were|has|have|had|been|being|will|done|met|complete|held|run|sent|made|given|"
                    r"taught|built|set|put|led|seen|kept|review|reviews|audit|audits|refresh|refresher)\b)[\w/&'’ -]{2,60}",
                    re.IGNORECASE)
_INTAKE = re.compile(r"\bfrom (?:the )?(?P<month>january|february|march|april|may|june|july|august|september|october|"
                     r"november|december) (?:intake|cohort|term|course|entry)\b",
                             re.IGNORECASE)
_MONTH_INDEX = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


# an action-plan line that names who is to do what ('L&D to map the curriculum against the learning outcomes.', 'Force
# to ensure victims are kept updated', 'DCI Smith to review by June'): a step still to take, at a sentence's start
_ACTION_TO = re.compile(r"(?:^|(?<=[.;:!?\n])\s*|(?<=\bACTION:)\s*)\s*(?:[-•*▪]\s*)?(?:(?:the|our|each|every|all) )?(?:(?![A-Z][a-z]*ed\b)[A-Z][\w&/'’-]*"
                        r"(?: (?:of |and |for )?[A-Z][\w&/'’-]*){0,4}(?: (?:team|lead|leads|unit|department|board|group))?|"
                        r"(?:[a-z]+ ){0,2}(?:team|lead|leads|unit|department|officers?|supervisors?|managers?|board|group))"
                        r"\s+(?:will\s+)?to\s+(?:be\s+)?(?:map|ensure|review|"
                        r"develop|deliver|consider|implement|introduce|update|produce|create|establish|explore|scope|design|"
                        r"commission|appoint|recruit|roll out|set up|agree|complete|publish|embed|monitor|engage|work with|"
                        r"liaise|provide|identify|undertake|conduct|audit|refresh|write|draft|amend|launch|seek|assess|arrange|"
                        r"include|build|train|brief|share|issue|evaluate|check|carry out|finalise|confirm|present|submit|"
                        r"source|procure|obtain|secure|test|pilot|trial|revise|align|capture|add|amend|map out|go to|"
                        r"return to|come back to)\b")


_FINITE = re.compile(r"\b(was|were|is|are|has|have|had|been)\b", re.IGNORECASE)


def _pending(words: str, modifiers) -> str:
    words = without_settled(words, modifiers)
    # (before an 'ACTION:' label the words are the ask or the situation; the step, if any, is after it)
    labelled = list(re.finditer(r"\bACTION\s*:", words))
    action = _ACTION_TO.search(words, labelled[-1].end() if labelled else 0)
    if action and not _FINITE.search(re.split(r"[.;!?\n]", words[action.end():], maxsplit=1)[0]):
        # 'L&D to map the curriculum': whoever is named, the step is to come ('Processes to ensure staff use it were
        # set out in February' has a verb of its own: a purpose, said of work done)
        return action.group(0).strip()
    for hit in PENDING.finditer(words):
        if hit.group(0).lower().startswith("to be") and _PURPOSE.search(words[max(0, hit.start() - 60):hit.start()]):
            continue  # 'changes that allow classifications to be recorded'; 'will continue to be reported'
        if re.search(r"outstanding|remaining", hit.group(0), re.IGNORECASE) and re.search(r"\b(no|nothing|none|neither|nor)\b[^.;]{0,40}$",
                                                             words[:hit.start()], re.IGNORECASE):
            continue  # 'no actions remain outstanding': settled, not a step still to take
        return hit.group(0)
    return ""


_PURPOSE_TO_BE = re.compile(r"\b(allow|allows|allowing|enable|enables|enabling|permit|permits)\b[^.;]{0,40}?\bto be \w+",
                            re.IGNORECASE)
# before 'to be ...': a purpose or a routine, not a step still to take
_PURPOSE = re.compile(r"\b(allow|allows|allowing|enable|enables|enabling|permit|permits|able|ensure|ensures|so that|in order|"
                      r"continue|continues|continued|nothing|no more|not need|need not|needs? not)\b[^.;]{0,40}$", re.IGNORECASE)
