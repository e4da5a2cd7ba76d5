"""Cleaning free text from plans: markup left in exports, odd whitespace, entities."""
from __future__ import annotations

import html
import re

from rapidfuzz.distance import DamerauLevenshtein

# a tag name ends at a space, a slash or the bracket: an address in brackets (<j.smith@kent.police.uk>) is text
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:[\s/][^<>]{0,200})?>")
_BR = re.compile(r"<\s*(br|/p|/li|/div)\s*/?\s*>", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_BLANKLINES = re.compile(r"\n\s*\n+")


# struck-out words pasted with their markup ('<s>In progress</s> Complete', '~~In progress~~ Complete'): deleted text
_STRUCK = re.compile(r"<(s|del|strike)\b[^<>]*>.*?</\1\s*>|~~[^~\n]+~~", re.IGNORECASE | re.DOTALL)
# UTF-8 read as Windows-1252 (a web page pasted into a spreadsheet): the usual pairs and triples made whole again
_MOJIBAKE = {"â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€“": "–", "â€”": "—", "â€¦": "…",
             "â€‹": "", "â€¢": "•", "Â\xa0": " ", "Â ": " ", "â€": "”"}


def clean_text(value: object) -> str:
    """Strip markup and entities, fold runs of spaces, keep paragraph breaks as single newlines."""
    if value is None:
        return ""
    text = str(value)
    if "â€" in text or "Â" in text:
        for broken, whole in _MOJIBAKE.items():
            text = text.replace(broken, whole)
    if "<" in text or "~~" in text:
        text = _STRUCK.sub(" ", text)
    if "<" in text:
        text = _BR.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _SPACE.sub(" ", text)
    text = _BLANKLINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def one_line(text: str) -> str:
    return " ".join(text.split())


def latin1(text: object) -> str:
    """Text for a PDF's built-in fonts (Latin-1 only): dashes and curly quotes made plain, the rest '?'."""
    plain = str(text).replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'").replace("\u2019", "'")
    return plain.encode("latin-1", "replace").decode("latin-1")


# a template's prompt never filled in ('Choose an item.', 'Select status', 'Dewiswch statws / Select status'): no words
PLACEHOLDER = re.compile(r"^\W*(\(blank\)|choose an item|select (from (the )?(list|drop-?down|menu)|an (item|option)|status|one)|"
                         r"please (select|choose)( (an? )?(option|status|item))?|click (or tap )?here to enter( text)?|"
                         r"(insert|enter|add) (the )?(status|rag|rating|text)( here)?|pick from (the )?list|"
                         r"-+\s*select\s*-+|dewiswch( statws| eitem| opsiwn)?)(\s*/\s*(select|choose)( an?)?( status| item| "
                         r"option)?)?\W*$", re.IGNORECASE)


# words that say there is nothing new this round: the earlier round's words still stand
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A carried-forward head ('No further update', 'As above', 'See previous update', 'Unchanged'), after a round's own label
# ('UPDATE SEP-25: ...'), then up to three tails, in any order, each saying only where the standing words are, since when,
# or when the work is due ('As above – no change since the initial response.'; 'No further update – see Part C.').
_NO_UPDATE_HEAD = (
    # a round's own label before it ('UPDATE SEP-25: No further update.')
    rf"((update|progress update|position)\s+{_MONTH}[-. ]*(20)?\d\d\s*[:–—-]\s*)?"
    r"((comments?|notes?|remarks?)\s*:\s*(none|nil|n/?a|-)|(no|nil)\s+(further\s+|new\s+|additional\s+)?(update|updates|change|"
    r"changes|progress to report|comment|comments)|nothing (new|further|more|else) to (report|add|update)|no entries( yet)?|"
    r"to be confirmed|tbc|tbd|(update |response |details |more )?to follow|dim diweddariad( pellach)?|dim newid|"
    # 'See previous update.', 'As above.', 'As per last update': the earlier words stand
    r"(please )?(see|as per|refer to|as in|same as)( the| our)? (previous|last|earlier|prior|above|preceding)"
    r"( update| entry| round| response| comment| report| position)?s?|as (above|before|previously reported|previous)|"
    r"unchanged( since( the)? last (update|round|report))?|"
    # 'See March 2025 entry – no further change.': the round it names stands
    rf"(please )?(see|as per|refer to|as in)( the| our)? {_MONTH}"
    r"\s+(20)?\d\d\s+(update|entry|round|response|position|return)(\s*[;,–—-]\s*no (further |other )?"
    r"(change|changes|update|progress))?)"
    r"(\s+(submitted|provided|given|received|reported|recorded|made|to report))?"
    r"(\s+(this|for this|since( the)? last|at this)\s+(round|period|quarter|time|update|report|point|stage|entry|submission))?")
_NO_UPDATE_TAIL = (
    # 'No further update since September 2025.'; '... since the initial response'
    r"\s+since\s+(the\s+|our\s+)?(\w+\s+)?20\d\d(\s+(update|round|report|position|plan|response|return|submission))?|"
    # '... from the March position', 'since the initial response'
    rf"\s+(from|since)\s+(the\s+|our\s+)?({_MONTH}|initial|first|original|last|previous|earlier)(\s+(20)?\d\d)?\s+"
    r"(position|update|round|report|plan|response|return|submission|entry)|"
    rf"\s+since\s+{_MONTH}(?!\w)|"
    r"\s+since\s+(the\s+|our\s+)?(initial|first|original|last|previous|earlier|november|march|september)\s+"
    r"(response|update|round|report|plan|submission|return|entry)|"
    # 'No further update – see the September 2025 update under the earlier numbering.'
    r"\s*[–—-]\s*see\s+(the\s+)?(\w+\s+)?(20\d\d\s+)?(update|entry|round|table|above|below|response|submission)\b[^.;]*|"
    # '... – see Part C.': a later part of the document holds the news
    r"\s*[–—-]\s*see\s+(part|section|annex|appendix)\s+[a-z0-9]{1,3}\b|"
    rf"\s*[–—-]\s*see\s+(the\s+)?{_MONTH}(\s+(20)?\d\d)?|"
    # '... – position as reported in November 2024'; '...; closed at March 2025': the earlier round stands
    r"\s*[–—-]\s*(the\s+)?position\s+as\s+(reported|stated|given|set out|recorded)\s+(in|at)\s+(the\s+)?[\w ]{3,20}?|"
    rf"\s*[;,–—-]\s*(closed|completed)\s+(at|in)\s+(the\s+)?{_MONTH}\s+(20)?\d\d(\s+(update|round|report))?|"
    # 'No further update – action remains as above.'; '... - position as at 19/11/2024 stands.'
    r"\s*[;,–—-]\s*(the\s+)?(action|position|status|item|work)\s+(remains|stands|is unchanged)(\s+as\s+((described|set out|"
    r"stated)\s+)?(above|before|previously reported|reported))?|"
    r"\s*[–—-]\s*(the\s+)?position\s+(as\s+at|of|from)\s+[\w/ ]{3,20}?(\s+stands)?|"
    # '... – interim process continues as set out above'
    r"\s*[;,–—-]\s*(the\s+)?[\w ]{2,30}?\s+(continues|remains|stands)\s+as\s+((described|set out|stated)"
    r"(\s+(above|before|previously))?|above|before|previously reported)|"
    # '... – position as above.'
    r"\s*[;,–—-]\s*(the\s+)?position\s+as\s+(above|before|previously reported|reported|stated)|"
    # '... – remains complete.', '...; still closed': the earlier status stands
    r"\s*[;,–—-]\s*(it\s+|the\s+action\s+|this\s+)?(remains|still|stays)\s+(complete|completed|closed|delivered|achieved|"
    r"in place|embedded|business as usual|bau|open|in progress|on track)|"
    # a second carried-forward phrase ('As above – no change.')
    r"\s*[;,–—-]\s*no\s+(further\s+|other\s+)?(change|changes|update|updates|progress)|"
    # Welsh: '... – mae'r broses yn parhau fel y disgrifiwyd' (continues as described)
    r"\s*[;,–—-]\s*[\w'’ ]{2,40}?\s+yn parhau fel y (disgrifiwyd|nodwyd)|"
    # 'No update - due September 2025.'; 'Dim diweddariad - dyddiad cau Medi 2025.': when it is due
    r"\s*[–—-]\s*(due|expected|deadline|target(ed)?|dyddiad cau|disgwylir)\s+(by\s+|in\s+|erbyn\s+)?[\w ]{3,20}?")
_NO_UPDATE = re.compile(rf"^\W*(n/?a\W*)?{_NO_UPDATE_HEAD}(?:{_NO_UPDATE_TAIL}){{0,3}}\W*$", re.IGNORECASE)


# words that only send the reader to other items ('See 10.5a and 10.5b.', 'Now reported as 12.4a and 12.4b below.',
# 'From March 2025 this action is reported as 10.5a and 10.5b.'): this item's round says nothing of its own
_IDS = r"(?:items?\s+|actions?\s+|sub-?items?\s+|rec(?:ommendation)?s?\.?\s+)?\d{1,2}\.\d{1,2}[a-z]?"
_ONLY_POINTER = re.compile(r"^\W*(?:please\s+)?(?:from\s+\w+\s+\d{4},?\s+)?(?:this\s+(?:action|item|sub-?item)\s+is\s+)?(?:now\s+)?"
                           r"(?:see|refer\s+to|as(?:\s+per|\s+for|\s+at)?|same\s+as|see\s+(?:the\s+)?update\s+(?:at|for|under)|(?:reported|recorded|tracked|covered|captured)\s+(?:as|under|in|by|at)|"
                           r"merged\s+(?:with|into)|split\s+into|superseded\s+by|replaced\s+by)\s+"
                           rf"{_IDS}(?:\s*(?:,|and|&|/)\s*{_IDS})*(?:\s+(?:below|above))?"
                           # '... – screening of related crimes is tracked there': one clause on why, nothing more
                           r"(?:\s*[–—-]\s*[^.;]*)?\W*$",
                           re.IGNORECASE)


# a note about who holds the action, not about the work ('Action owner changed following the PVP restructure.',
# 'Reassigned to DI Khan.'): a list's history records it as an entry, but it is no round
_ONLY_OWNER = re.compile(r"^\W*(?:(?:action|recommendation|item)\s+)?(?:owner(?:ship)?|lead)\s+(?:has\s+been\s+|was\s+)?"
                         r"(?:changed|updated|transferred|reassigned|moved|handed\s+over)\b[^.;]*\W*$"
                         r"|^\W*(?:action\s+)?(?:re-?assigned|transferred|handed\s+over)\s+to\s+[^.;]*\W*$", re.IGNORECASE)


# 'This is covered by the daily review described under 12.2 and 12.4.': one sentence that hands the item to others
_COVERED_ELSEWHERE = re.compile(r"^\W*(?:this|it|this\s+(?:action|item|sub-?item|work))\s+(?:is|has\s+been|will\s+be)\s+"
                                r"(?:covered|dealt\s+with|addressed|answered|picked\s+up|included|captured|tracked|reported|met)\b"
                                rf"[^.;]{{0,80}}?\b(?:under|in|at|by|with|through)\s+{_IDS}(?:\s*(?:,|and|&|/)\s*{_IDS})*"
                                r"(?:\s+(?:below|above))?\W*$", re.IGNORECASE)


_TRAILING_STATUS = re.compile(r"(?:^|(?<=[.;!?]))\s*(?:(?:b?rag\s+)?(?:status|rating)|b?rag)\s*[:\-–]\s*[\w /'’-]{1,30}\.?\s*$",
                              re.IGNORECASE)


# a document named in the words ('Closure Report (Complete) - Rec 25.docx', 'Action Complete Form v2 attached', 'See
# Appendix D - Action Complete log'): a status word in a document's title is its name, not the action's status
_DOCUMENT_NAME = re.compile(
    r"^\W*[^.;\n]{1,80}\.(?:docx?|xlsx?|pdf|pptx?|msg|odt|csv)\W*$"  # a cell that is one file's name
    r"|[\w()&'’-]+\.(?:docx?|xlsx?|pdf|pptx?|msg|odt|csv)\b"  # a file name
    r"|\baction[ -]complete\s+(?:form|log|report|template|certificate|checklist)s?\b(?:\s+v\d+(?:\.\d+)?)?"
    # 'Closure Report (Complete)': the report's own state in its title ('closure paper to April Board' is a step to come)
    r"|\b(?:closure|completion|close-?out|sign-?off)\s+(?:form|log|report|template|certificate|checklist)s?\s*"
    r"\(\s*(?:complete|completed|final|signed)\s*\)",
    re.IGNORECASE)


def without_document_names(text: str) -> str:
    """The words with the documents they name blanked (spaces kept, so places in the words still line up)."""
    return _DOCUMENT_NAME.sub(lambda hit: " " * len(hit.group(0)), text)


def only_points_elsewhere(text: str | None) -> bool:
    """'Covered under 12.4 – see the daily review': the words send the reader to another item and say nothing more."""
    return bool(_ONLY_POINTER.match((text or "").strip()) or _COVERED_ELSEWHERE.match((text or "").strip()))


# a closure carried forward into a later round ('Closed in March 2025 – no further update.'): the round it was closed
# in stands, this one says nothing new
_CARRIED_CLOSURE = re.compile(r"^\W*(closed|completed|complete|discharged|signed off|finished)\s+(in|on|since|from)?\s*"
                              r"(\d{1,2}(st|nd|rd|th)?\s+)?([a-z]{3,9}\.?\s+(20)?\d\d|\d{1,2}/\d{1,2}/\d{2,4}|q[1-4]\s+20\d\d)\s*"
                              r"[–—\-:;,.(]\s*(no|nil)\s+(further|new|more)\s+(update|updates|change|changes|action)( required| needed)?"
                              r"\W*$"
                              # 'No further update – action completed in September 2025.': the round it closed in stands
                              r"|^\W*(no|nil)\s+((further|new)\s+)?(update|updates|change|changes)\s*[-–—:;,.(]\s*((the|this)\s+)?"
                              r"(action|item|work|recommendation)?\s*(was\s+|has been\s+|is\s+)?(completed|complete|closed|finished|"
                              r"discharged|signed off|business as usual|bau)\s+((in|on|since|from)\s+)?(\d{1,2}(st|nd|rd|th)?\s+)?([a-z]{3,9}\.?\s+(20)?\d\d|"
                              r"\d{1,2}/\d{1,2}/\d{2,4})\W*$"
                              # 'Closed - see six-month update.', 'As per September update - no change.': the round named
                              # holds the words
                              r"|^\W*((closed|complete|completed|finished|discharged)\s*[-–—:,;.]?\s*)?(see|as per|refer to|"
                              r"as in)\s+(the\s+|our\s+)?((?!the\s|our\s|this\s)[\w-]+\s+){1,2}(update|round|entry|response|return)s?\b"
                              r"(\s*[-–—:,;(]\s*(no (change|changes|further update)|unchanged)\)?)?\W*$", re.IGNORECASE)


def says_something(text: str | None) -> bool:
    """Words, not an empty cell or a placeholder ('-', '–', '.', '•', 'No further update', 'N/A - no update'): a
    round with nothing said is no round."""
    words = _TRAILING_STATUS.sub("", (text or "")).strip(" -–—.·•_\t\n\xa0")  # 'No update. Status: Amber.'
    # every line a placeholder, in one language or two ('Dim diweddariad.' over 'No update.')
    # (or one sentence after the other: 'Dim diweddariad. No update.')
    parts = [part for part in re.split(r"\n|\s/\s|(?<=[.!?])\s+(?=[A-Z])", words)
             if part.strip(" -–—.·•_\t\xa0")]  # 'Dim diweddariad / No update'
    # (or the whole, its lines joined, where a cell's line breaks are only where its words wrapped: 'Closed in March
    # 2025 – no' over 'further update.')
    return bool(words) and not (all(_says_nothing(part) for part in parts) or _says_nothing(" ".join(words.split())))


def _says_nothing(part: str) -> bool:
    return bool(_NO_UPDATE.match(part) or _CARRIED_CLOSURE.match(part) or _ONLY_POINTER.match(part)
                or _COVERED_ELSEWHERE.match(part) or _ONLY_OWNER.match(part) or PLACEHOLDER.match(part))




# The words a status is written in, with their other forms, so that a slip of the keys ('Compelte', 'Implmented',
# 'in progess', 'bussiness') reads as the word meant. One slip only (a letter missed, doubled, swapped or wrong),
# in words of seven letters or more, with the first letter right: 'incomplete' and 'uncompleted' are other words.
_STATUS_VOCABULARY = frozenset("""
complete completed completes completing completely completion completions implemented implement implements
implementing implementation achieved achieve achieves achieving achievement delivered deliver delivers delivering
delivery deliveries finished finish finishes finishing business businesses progress progressed progressing
progresses started starting outstanding ongoing embedded embedding commenced discharged partially
""".split())
# real words one slip from a status word, which are what they say
_NOT_SLIPS = frozenset("compete competed competes competing completer achiever deliverer starred starter starters "
                       "embedder ongoings commence commences commended stating startled starved starving discharge "
                       "discharges implementer busyness".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0]{5,}[A-Za-z]")


def mend_slips(text: str) -> str:
    """Status words mistyped by one letter put right ('Compelted' -> 'Completed', 'C0mplete' -> 'Complete'), each
    in the case it was written in; every other word as it stands."""
    def mend(match: re.Match) -> str:
        word = match.group(0)
        lower = word.lower().replace("0", "o")
        if lower in _STATUS_VOCABULARY or lower in _NOT_SLIPS:
            return word if "0" not in word else _cased(lower, word)
        near = [w for w in _STATUS_VOCABULARY if w[0] == lower[0] and abs(len(w) - len(lower)) <= 1
                and DamerauLevenshtein.distance(w, lower, score_cutoff=1) <= 1]
        if len(near) > 1:  # 'Completee': 'complete' with a letter doubled, not 'completes' with one changed
            near = [w for w in near if lower.startswith(w) or w.startswith(lower)]
        return _cased(near[0], word) if len(near) == 1 else word
    # a word broken over a line by a PDF's wrapping ('pl-\nanned', 'com-\nplete'): one word again
    text = _BROKEN_WORD.sub("", text)
    return _WORD.sub(mend, text)


_BROKEN_WORD = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")


def _cased(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def without_settled(words: str, modifiers) -> str:
    """The words with what confirms a done blanked, in place ('next review due in 2026', 'no further action'): the
    routine that follows done work is neither a step still to come nor a plan. Every settled rule is matched on the
    words as written, so one rule's blank never hides a longer phrase another would take ('subject to periodic
    review')."""
    spans = [hit.span() for kind, pattern in modifiers if kind == "settled" for hit in pattern.finditer(words)]
    chars = list(words)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# words only Welsh uses, and words only English uses, often enough to tell a short text's language
_WELSH_WORDS = frozenset("""y yr yn ac mae wedi gan ein eu ei bod cael gyda ym yng mewn hefyd sydd bydd nid nad dim fel hyn
hwn hon ddim drwy trwy i'r o'r wrth pob ydym rydym byddwn stelcio heddlu ar gyfer dioddefwyr swyddogion cwblhau hyfforddiant
diweddariad statws argymhelliad erbyn ymateb wedi'i gwblhau gwblhawyd cwblhawyd rhannol ddechrau heb cyfieithiad ddilyn
waith fod wedi'u yw eto bellach oedd roedd maent ydynt hyd yma bob neu rhwng canfu achos achosion cymryd cyhoeddi
canfyddiadau ymchwiliadau dioddefwr swyddog ond dros gall gallu oes sy ni heb ers tan pan os felly eisoes nawr rhai
llawer holl mwy gwneud eich a'r y'r ydy""".split())
_ENGLISH_WORDS = frozenset("""the and of to is are we have has will for with by this that was were been from be it our
update status recommendation but can not or all in on as an they their its which who now new each every more than over
under after before since until into about there these those also only some per cent officers staff victims stalking
complete completed training""".split())


def is_welsh(text: str) -> bool:
    """Words written in Welsh: more of Welsh's own small words than of English's ('Mae 58 y cant o swyddogion wedi
    cwblhau ...'), so a bilingual plan's two versions of one update can be told apart."""
    return language_of(text) == "cy"


def language_of(text: str) -> str:
    """'cy' for words written in Welsh, 'en' for words written in English, '' for too few words to tell ('x', 'Met')."""
    words = re.findall(r"[a-zâêîôûŵŷ']+", (text or "").lower())
    welsh = sum(w in _WELSH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if len(words) >= 2 and (welsh >= 2 and welsh > english or welsh == 1 and english == 0 and (
            len(words) <= 4 or any(w in ("y", "yr", "yn", "mae", "wedi") for w in words))):
        return "cy"  # ('y', 'yr', 'yn' are words only Welsh has)
    # no English small words at all, and words shaped as Welsh ones are ('ffigurau', 'atgyfeirio', 'darparwr')
    shaped = sum(bool(_WELSH_SHAPE.search(w)) for w in words)
    if english == 0 and len(words) >= 4 and shaped >= 0.3 * len(words):
        return "cy"
    return "en" if english >= 1 else ""


_WELSH_SHAPE = re.compile(r"dd|^rh|^ll|wy|yw|au$|^gw|^cy|ae$|'r$|'w$")

