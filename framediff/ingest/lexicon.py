"""The boilerplate lexicon: patterns for the furniture that saved news pages carry.

Each rule has a name (shown by ``framediff clean --show-removed``), a reason a reader
understands, and patterns written for the *kind* of furniture (membership appeals, app
prompts, cross-links), not copied from any one site. ``docs/how-it-decides.md`` lists them.

Two strengths: a *strong* pattern is enough on its own to mark a sentence as boilerplate;
a *weak* one (the outlet speaking to its readers: "we keep our reporting open …") only
counts inside a paragraph that already has a strong hit, because news prose quotes people
saying "we" and "you" all the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framediff.ingest.literals import LiteralFilteredSearch, split_branches


@dataclass(frozen=True)
class Rule:
    """A named boilerplate pattern and the reason shown when it removes text."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    # The alternatives ``pattern`` is made of, for ``any_sentence_rule``.
    alternatives: tuple[str, ...] = ()


def _rule(name: str, reason: str, *alternatives: str) -> Rule:
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    return Rule(name, reason, pattern, alternatives)


SENTENCE_RULES: tuple[Rule, ...] = (
    _rule(
        "appeal",
        "membership or donation appeal",
        # Addressed to the reader: an imperative at the start of the sentence, or the outlet
        # asking for itself. News prose reports donations all the time ("the average
        # donation was $27"), so the bare word is not evidence.
        r"^\W*(?:please\s+)?donate\b",
        r"\bdonate (?:now|today|here|online|once|monthly)\b",
        r"\b(?:by|through) making (?:a|any) (?:small |one-time |monthly )?(?:donation|contribution)\b",
        r"\bbecome an? (?:member|patron|supporter|subscriber|friend)\b",
        r"\bsupport (?:us|our (?:work|journalism|reporting|newsroom))\b",
        r"\bsupport independent (?:journalism|media|reporting)\b",
        r"^\W*(?:help )?support (?:the|our) [\w .’'-]{1,40}? by\b",
        r"^\W*join (?:us|our community)\b",
        r"\bor you could join our community\b",
        r"\bpatreon\b",
        r"\bpatrons?!",
        r"\bmake a (?:one-time |monthly |small )?(?:contribution|donation|gift) (?:now|today|here)\b",
        r"\bhelp us (?:produce|keep|continue|fund|grow|bring)\b",
        r"\breaders like you\b",
        r"\bcost of (?:one|a) cup of coffee\b",
        r"\byou could close this page\b",
        r"\bif you (?:value|appreciate|enjoy) (?:our|this) (?:work|journalism|reporting|article)\b",
        r"\bsee other ways to support\b",
    ),
    _rule(
        "newsletter",
        "newsletter or sign-up prompt",
        r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|a)\b.{0,40}\b(?:newsletter|briefing|digest|alerts?)\b",
        r"\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b",
        r"\bsubscribe (?:now|today|here)\b",
        r"\balready a subscriber\b",
        r"\bget (?:our|the) .{0,30}\b(?:newsletter|briefing)\b",
        # The pitch under a sign-up button: "Get the day's top stories in your inbox".
        r"^\W*(?:get|receive|have)\b.{0,60}\b(?:in|to|into) your inbox\W*$",
        r"\bdelivered (?:straight |directly |right )?to your inbox\b",
    ),
    _rule(
        "app",
        "app download prompt",
        r"\bdownload (?:the|our)\b.{0,60}\bapps?\b",
        r"\bnever miss a (?:story|thing|beat)\b",
        r"\bget the app\b",
        r"\bavailable on (?:the )?(?:app store|google play)\b",
    ),
    _rule(
        "follow",
        "social media prompt",
        r"\bfollow (?:us|him|her|them|me|our \w+)\b.{0,20}\b(?:on|at)\b.{0,10}\b(?:twitter|x|facebook|instagram|telegram|tiktok|linkedin|youtube|threads|bluesky|mastodon)\b",
        r"\blike us on facebook\b",
        r"\bshare (?:this|the) (?:article|story|post)\b",
    ),
    _rule(
        "republication",
        "republication or copyright credit",
        r"^\W*(?:first|originally) (?:published|appeared) (?:by|in|on|at)\b",
        r"\bthis (?:article|story|piece|report)\b.{0,60}\b(?:was |first |originally )+(?:published|appeared|posted)\b",
        r"\b(?:republished|reprinted) (?:with permission )?(?:from|by)\b",
        r"\breprinted with permission\b",
        r"\bcontent created by\b.{0,80}\bavailable without charge\b",
        r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}",
        r"\ball rights reserved\b",
        # AP's tail: "This material may not be published, broadcast, rewritten or
        # redistributed."
        r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
        # NYT print credit: "A version of this article appears in print on …"
        r"^\W*a version of this (?:article|story) appear(?:s|ed) in print\b",
    ),
    _rule(
        "wire-credit",
        "wire or staff credit (kept as metadata)",
        # CP, Global News, CTV: "— With files from Reuters and The Canadian Press"
        r"^\W*(?:with )?files from\b",
        # Reuters: "Reporting by Jane Doe in Ottawa; Editing by John Roe"
        r"^\W*(?:\(\s*)?(?:additional )?(?:reporting|writing|editing) by\b",
        # AP, CNN, Fox, NYT: "Associated Press writer Jane Doe contributed to this report.",
        # "CNN's Jane Doe contributed reporting."
        r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b",
        r"\bcontributed (?:additional )?reporting\b",
        r"^\W*(?:compiled|produced|edited) by [A-Z]",
    ),
    _rule(
        "continuation",
        "continuation marker: the article goes on after it",
        # "Story continues below advertisement" (Global News), "Article continues below"
        # (Postmedia), "Continued on next page", "(continued)", "Continued from Page A1".
        r"^\W*(?:the )?(?:story|article|text|report|content|post) continues (?:below|after|on (?:page|the next page|next page|[A-Z]?\d)|inside|overleaf)\b",
        r"^\W*\(?\s*(?:continued|cont'?d\.?)\s*\)?\W*$",
        r"^\W*\(?\s*continued (?:on|from|below|after|overleaf|inside)\b",
        r"^\W*continue reading\b(?: (?:below|the (?:main )?(?:story|article)|after (?:the )?(?:ad|advertisement)|here|on)\b)?",
        r"^\W*(?:keep|read on|scroll (?:down )?to (?:continue|keep) reading)\W*$",
        r"\byour article continues below\b",
    ),
    _rule(
        "ad-slot",
        "advertisement slot",
        r"^\W*(?:skip )?(?:advertisement|advertising|advert|ad|sponsored(?: content| post| links?)?|paid (?:post|content|partner content)|promoted(?: content)?)\W*$",
        r"\bthis advertisement has not loaded yet\b",
        # The placeholder a lazy-loaded slot or player prints until it fills.
        r"^\W*loading(?:\.\.\.|…)?\W*$",
        r"^\W*(?:article|story) content\W*$",
        r"^\W*(?:ad|advertisement) (?:feedback|choices)\W*$",
    ),
    _rule(
        "gallery",
        "photo or video gallery prompt",
        # "Click to play video: '…'" (Global News), "Open this photo in gallery:" (Globe and
        # Mail), "View image in fullscreen" (the Guardian), "Enlarge this image" (NPR).
        r"^\W*(?:click|tap) to (?:play|watch|expand|enlarge|view|open)\b",
        r"^\W*open this (?:photo|image|video) in (?:a )?(?:gallery|lightbox|fullscreen)\b",
        r"^\W*view (?:image|photo|video|gallery) in full ?screen\b",
        r"^\W*(?:enlarge|expand|zoom) (?:this )?(?:image|photo|picture)\b",
        r"^\W*(?:image|photo|picture|slide) \d+ (?:of|/) \d+\b",
        r"^\W*(?:hide|show|toggle|close) (?:caption|image|photo)s?\b",
        r"^\W*(?:photo gallery|view gallery|see gallery|play video|watch video|replay video|now playing|up next|video player is loading|swipe for more(?: photos)?)\b",
        r"^\W*(?:\d+\s+)?(?:photos|images|videos)\W*$",
        r"^\W*duration\s+\d+:\d{2}\b",
    ),
    _rule(
        "credit",
        "photo credit",
        r"^\W*(?:file )?(?:photo|image|picture|photograph|video|illustration|graphic|composite)s?(?: credit)?\s*(?::|\||/|by\b)",
        r"\b(?:getty images|shutterstock|ap photo|afp via getty)\b",
        r"^\W*(?:getty|istock(?:photo)?|handout|pool|file photo|supplied|submitted)\W*$",
        r"^\W*credits?\s*(?::\s|\.\.\.|…)",
    ),
    _rule(
        "cookie",
        "cookie or paywall notice",
        r"\bwe use cookies\b",
        r"\baccept (?:all )?cookies\b",
        r"\blog in to (?:continue|read)\b",
        r"\bthis content is (?:only )?(?:available )?for subscribers\b",
        r"\bsubscribe to (?:continue|keep) reading\b",
    ),
)


def _search_all(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


# Every alternative of every rule in two searches: those anchored at the start of the text,
# in one pattern (the engine rejects every other position at once), and the rest, each tried
# only where a word it requires occurs (``literals.py``): one alternative after another at
# every word boundary, the pattern of them all took most of the time of cleaning.
_LEAD = r"^\W*"


def _anchored_search(alternatives: list[str]) -> re.Pattern[str]:
    """The alternatives anchored at the start of a text, in one pattern that matches a text
    exactly when one of them does: those opening with ``^\\W*`` share it, so the engine
    skips the leading marks once and not once for each alternative (a quarter less time)."""
    # An alternative with a top-level "|" is left whole: its other branches have no lead.
    leads = [a.startswith(_LEAD) and len(split_branches(a)) == 1 for a in alternatives]
    led = [a[len(_LEAD) :] for a, lead in zip(alternatives, leads, strict=True) if lead]
    others = [a for a, lead in zip(alternatives, leads, strict=True) if not lead]
    shared = [f"{_LEAD}(?:{'|'.join(led)})"] if led else []
    return _search_all(shared + others)


_ANCHORED = _anchored_search(
    [a for r in SENTENCE_RULES for a in r.alternatives if a.startswith("^")]
)
FLOATING = LiteralFilteredSearch(
    [a for r in SENTENCE_RULES for a in r.alternatives if not a.startswith("^")]
)


def any_sentence_rule(sentence: str, floating: LiteralFilteredSearch = FLOATING) -> bool:
    """Whether some rule of ``SENTENCE_RULES`` matches ``sentence``: a pattern made of
    alternatives matches exactly when one of them does. ``floating``: ``FLOATING``, or
    ``FLOATING.within(text)`` for a sentence of ``text``."""
    return _ANCHORED.search(sentence) is not None or floating.search(sentence)


# Rules whose evidence is the start of the line itself (a prompt, a marker), strong enough to
# remove a line that quotes a video's title: "Click to play video: 'Ottawa mayor says …'".
LINE_PROMPT_RULES = frozenset({"gallery", "continuation", "ad-slot"})

# The outlet addressing its readers in its own voice; only counts beside a strong hit.
WEAK_APPEAL = re.compile(
    r"(?=.*\b(?:we|our|us)\b)(?=.*\b(?:you|your|readers?|journalism|reporting|"
    r"support|community|information|materials|newsroom)\b)",
    re.IGNORECASE,
)
CLICK_HERE = re.compile(r"\bclick(?:ing)? here\b", re.IGNORECASE)

# Button labels of membership widgets, which saved pages glue to the first words of the
# article ("Become a member Support us just onceKyiv will discuss …"). Matched only at the
# start of a line, one after another.
BANNER_PHRASES = re.compile(
    r"\s*(?:become an? (?:member|patron|supporter|subscriber)|"
    r"support us(?: (?:just )?once| monthly| today| now)?|"
    r"donate(?: now| today| once| monthly)?|subscribe(?: now| today)?|"
    r"sign up(?: now| today)?|join us|log ?in|sign in|advertisement|skip to (?:main )?content|"
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?)"
    r"[.!:|]?",
    re.IGNORECASE,
)

CROSS_LINK = re.compile(
    r"^\W*(?:(?:read|read more|read also|also read|read next|related|see also|more|more on this|"
    r"watch|listen|recommended|most read|most popular|trending|trending now|popular now|"
    r"top stories|latest|latest news|editor'?s picks?|you may also like|you might also like|"
    r"further reading|in case you missed it|icymi|don'?t miss|related (?:stories|articles|"
    r"coverage|content|links?|videos?|reading|topics)|more (?:from|on) [\w .&'’-]{1,40}?|"
    r"also on [\w .&'’-]{1,40}?)\s*(?::|»|>>|>|—|–|\|)"
    r"|(?:also on|more from|more on) [\w.&'’-]+(?: [\w.&'’-]+){0,4}\W*$"
    # A widget's heading alone on a line: the links under it are gone or follow.
    r"|(?:most read|most popular|most viewed|trending(?: now)?|popular now|top stories|"
    r"recommended(?: for you| stories| reading)?|related (?:stories|articles|coverage|content)|"
    r"you (?:may|might) also like|more stories|latest stories|more videos|"
    r"related|related (?:topics|tags|links)|more on this story|more on this topic|topics|tags)\W*$)",
    re.IGNORECASE,
)
# A widget's heading alone on a line, under which a site lists links: headlines of other
# stories or topic tags, one to a line (BBC "Related Topics" and "More on this story", the
# "Most read" and "Top stories" boxes of most sites).
WIDGET_HEADING = re.compile(
    r"^\W*(?:most read|most popular|most viewed|trending(?: now)?|popular now|top stories|"
    r"recommended(?: for you| stories| reading)?|related(?: stories| articles| coverage| "
    r"content| topics| tags| links)?|you (?:may|might) also like|more stories|latest stories|"
    r"more videos|more on this(?: story| topic)?|topics|tags|read more|see also|"
    r"more from [\w .&'’-]{1,40}?|also on [\w .&'’-]{1,40}?)\W*$",
    re.IGNORECASE,
)

# Section names that sites print as a label or a breadcrumb above or inside an article
# ("Business", "Local News", "News › Canada › Manitoba"), gathered from the section menus of
# wire services, broadsheets, tabloids and local papers. A line of these alone is a label.
_SECTION_NAMES = """
    business sports sport opinion opinions politics world local news health
    entertainment lifestyle life money tech technology science arts culture travel
    weather video videos photos live trending breaking editorial editorials analysis
    commentary features markets economy nation national metro style food books music
    movies obituaries letters podcasts newsletters sponsored related top stories home
    latest breaking us u.s. international environment climate education crime courts
    justice society region regional provincial city state
"""
SECTION_WORDS = frozenset(_SECTION_NAMES.split())
# A breadcrumb's separators ("News › Canada", "Home / World / Europe").
BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:›|»|>|/|\||•|·)\s*")

# Calls to action: a short line of button text that begins with an imperative. Such a line
# is furniture when it has no finite verb of its own ("Sign up", "Watch:", "Listen to this
# article", "Share this article", "Report an error"); "Watch the premier said" has one.
CTA_VERBS = frozenset(
    [
        "sign",
        "subscribe",
        "register",
        "log",
        "login",
        "share",
        "tweet",
        "email",
        "e-mail",
        "print",
        "bookmark",
        "follow",
        "watch",
        "listen",
        "read",
        "view",
        "see",
        "click",
        "tap",
        "download",
        "join",
        "donate",
        "comment",
        "comments",
        "reply",
        "report",
        "skip",
        "expand",
        "load",
        "learn",
        "copy",
        "gift",
        "unlock",
        "continue",
        "upgrade",
        "visit",
    ]
)
# Finite verbs and auxiliaries whose presence makes a short line a sentence, not a button.
FINITE_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "does",
        "did",
        "do",
        "said",
        "says",
        "told",
        "tells",
        "asked",
        "asks",
        "added",
        "adds",
        "wrote",
        "writes",
        "warned",
        "warns",
        "called",
        "calls",
        "noted",
        "notes",
        "insisted",
        "claimed",
    ]
)
# Share-button rows: network names and button labels alone on a line.
SHARE_BUTTONS = re.compile(
    r"^\W*(?:(?:share|share on|share via|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|"
    r"flipboard|telegram|email|e-mail|print|comments?|copy link|link copied|tweet|messenger|"
    r"bluesky|threads|sms|more)\b\W*){1,10}$",
    re.IGNORECASE,
)

# News agencies and wire services, as credited in bylines and tail lines, with the name
# the wire field gets. A bare agency line ("The Canadian Press") is a wire credit too.
WIRES: dict[str, str] = {
    r"(?:the )?associated press|AP": "The Associated Press",
    r"(?:thomson )?reuters": "Reuters",
    r"(?:the )?canadian press|CP": "The Canadian Press",
    r"agence france[- ]presse|AFP": "Agence France-Presse",
    r"bloomberg(?: news)?": "Bloomberg",
    r"(?:the )?press association|PA(?: media)?": "PA Media",
    r"united press international|UPI": "United Press International",
    r"deutsche presse-agentur|dpa": "dpa",
    r"postmedia news|postmedia": "Postmedia News",
    r"canwest news service": "Canwest News Service",
    r"tribune news service|tribune content agency": "Tribune News Service",
    r"mcclatchy(?: news service| washington bureau)?": "McClatchy",
    r"(?:australian associated press|AAP)": "Australian Associated Press",
    r"agencia efe|EFE": "EFE",
    r"kyodo(?: news)?": "Kyodo News",
    r"xinhua(?: news agency)?": "Xinhua",
    r"interfax": "Interfax",
    r"states newsroom": "States Newsroom",
    r"kaiser health news|KFF health news": "KFF Health News",
    r"(?:the )?daily caller news foundation": "Daily Caller News Foundation",
}
_WIRE_ALTERNATIVES = "|".join(f"(?:{k})" for k in WIRES)
WIRE_NAME = re.compile(rf"(?<![\w'’-])(?:{_WIRE_ALTERNATIVES})(?![\w'’-])", re.IGNORECASE)
# An acronym (AP, CP, PA, AFP …) counts only in capitals: "ap" or "pa" in prose is no credit.
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")


def wire_of(text: str) -> str | None:
    """The wire service ``text`` credits, by the name the wire field uses, or None."""
    for match in WIRE_NAME.finditer(text):
        found = match.group(0)
        if len(found) <= 4 and not _ACRONYM.match(found) and found.lower() not in {"dpa", "efe"}:
            continue
        for pattern, name in WIRES.items():
            if re.fullmatch(pattern, found, re.IGNORECASE):
                return name
    return None


# A capitalised word of a name or an organisation, and the small words names carry.
_CAP = r"(?:[A-Z][\w'’.&-]*|Mc\w+|d[e']\w*|van|von|de|la|le|du|da|di|al|el|bin|of|the|and|for)"
_ORG_WORD = (
    r"(?:News|Press|Times|Post|Star|Herald|Journal|Gazette|Tribune|Sun|Mail|Globe|Media|"
    r"Network|Service|Agency|Radio|Television|TV|Daily|Wire|Online|Magazine|Chronicle|"
    r"Observer|Guardian|Independent|Telegraph|Examiner|Record|Review|Bulletin|Citizen|"
    r"Province|Leader|Free Press|Standard|Express|Mirror|Register|Dispatch|Courier|Inquirer|"
    r"Sentinel|Spectator|Nation|Monitor|Beacon|Caller|Breitbart|HuffPost|Politico|Axios|CNN|"
    r"CBC|BBC|CTV|NPR|ABC|CBS|NBC|Fox|MSNBC|Reuters|Bloomberg|AP|CP|AFP)"
)
# An outlet's name: capitalised words ending in a word outlets' names end in ("… News",
# "… Star", "CBC"), or a wire service.
ORG = rf"(?:(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){{0,4}}{_ORG_WORD}|(?i:{_WIRE_ALTERNATIVES}))"
# A staff role after the name: "Staff Reporter", "Ottawa Bureau Chief", "Senior Writer".
_ROLE = (
    r"(?:(?:[A-Z][a-z]+\s+){0,3}(?:Reporter|Writer|Correspondent|Editor|Columnist|"
    r"Contributor|Journalist|Bureau Chief|Producer|Staff))"
)

_NOT_NAME = (
    r"(?!(?:Staff|Senior|Chief|Political|National|Foreign|Contributing|Special|Freelance|"
    r"Associated|Canadian|The|Reporter|Writer|Correspondent|Editor|Columnist)\b)"
)
_NAME2 = (
    rf"[A-Z][\w'’.-]+(?:\s+{_NOT_NAME}(?:[A-Z][\w'’.-]+|van|von|de|la|le|du|da|di|al|el|bin))"
    r"{1,3}?"
)
BYLINE = re.compile(
    r"^\W*(?i:by|author|written by|words by|reporting by|author of the article)\s*:?\s+"
    rf"(?P<name>(?:{_NAME2}|[A-Z][\w'’.-]+)(?:\s*(?:,\s*)?(?:and|&)\s*(?:{_NAME2}|[A-Z][\w'’.-]+))?)"
    rf"(?:\s*(?:,|\||·|•|—|–|-|\bfor\b|\bof\b)?\s*(?:(?P<org>{ORG})|{_ROLE}))*\W*$",
)
# Reuters' closing credit names the reporter first: "(Reporting by Jane Doe in Ottawa;
# Editing by John Roe)", "Writing by Jane Doe". "Additional reporting by" names a
# contributor, not the author, and editors are not authors.
REPORTING_BY = re.compile(
    rf"^\W*(?:\(\s*)?(?i:reporting|writing) by\s+(?P<name>{_NAME2}(?:\s*(?:,|and|&)\s*{_NAME2})*)",
)
# A byline without "By": a name and an outlet or a role ("Jane Doe, The Associated Press",
# "JANE DOE Associated Press", "Jane Doe · CBC News", "Jane Doe Staff Reporter").
_SEP = r"\s*(?:,|\||·|•|—|–|-)\s*"
NAME_AND_ORG = re.compile(
    rf"^\W*(?P<name>{_NAME2}(?:\s*(?:,\s*)?(?:and|&)\s*{_NAME2})?)"
    rf"(?:{_SEP}(?P<org>{ORG})|\s+(?P<wire>(?i:{_WIRE_ALTERNATIVES}))|(?:{_SEP}|\s+){_ROLE})"
    rf"(?:{_SEP}(?:(?P<org2>{ORG})|{_ROLE}))?\W*$",
)
# A photo or video credit: "Darryl Dyck/The Canadian Press", "THE CANADIAN PRESS/Darryl
# Dyck", "(AP Photo/John Locher)", "Jane Doe via Getty Images", "Jane Doe for The New York
# Times", "File/Getty Images - image credit".
_CREDIT_BODY = (
    rf"(?:{_CAP}(?:\s+{_CAP}){{0,5}}\s*/\s*{_CAP}(?:\s+{_CAP}){{0,5}}"
    rf"(?:\s*/\s*{_CAP}(?:\s+{_CAP}){{0,5}})*"
    rf"|{_CAP}(?:\s+{_CAP}){{0,4}}\s+via\s+{_CAP}(?:\s+{_CAP}){{0,5}}"
    rf"|{_CAP}(?:\s+{_CAP}){{0,4}}\s+for\s+{ORG})"
    r"(?:\s*[-–—]\s*image credit)?"
)
PHOTO_CREDIT = re.compile(
    r"^\W*(?:(?:file )?(?:photo|image|picture|photograph|video|illustration|composite)"
    rf"(?: credit)?\s*(?::|by)\s*)?\(?\s*{_CREDIT_BODY}\s*\)?\W*$"
)
# The same credit at the end of a caption line: "… in Ottawa on Monday. (Jae C. Hong/The
# Associated Press)" or "… on March 3.Spencer Colby/The Canadian Press". The stop before
# the credit is part of the match (only the "credit" group is used), not a look-behind: a
# pattern that opens with a character lets the engine skip to where the character occurs.
# Text that every form of the credit holds ("Jane Doe/AP", "Jane Doe via Getty Images",
# "Jane Doe for The New York Times"): a line with none of them is not searched.
CREDIT_BODY_NEEDS = ("/", "via", "for")
TRAILING_CREDIT = re.compile(
    r"[.!?)”\"]\s*(?P<credit>(?:(?i:photograph|photo|image|picture|credit|composite)s?"
    rf"\s*:\s*)?\(?\s*{_CREDIT_BODY}\s*\)?\W*)$",
)

# "OTTAWA (CP) —", "WASHINGTON (AP) —": the wire in the dateline of the first paragraph.
WIRE_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'’-]{1,40}\((?P<wire>[A-Za-z .-]{2,30})\)\s*[-—–]")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
DATE = re.compile(_DATE, re.IGNORECASE)
DATELINE = re.compile(
    rf"^\W*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>{_DATE})"
    r"(?:\s*(?:[-–—|,@]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
# A line of publication times: "Published Mar 03, 2024 • Last updated 2 hours ago • 3 minute
# read" (Postmedia), "Posted: Mar 03, 2024 4:00 AM EST | Last Updated: 2 hours ago" (CBC).
# A live blog's entry stamp alone on a line: a clock time, perhaps its zone ("10:58 p.m.
# ET", "14:05 BST", "9.30am"). A sentence of the story is never only a time.
CLOCK_LINE = re.compile(
    r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4}T|GMT|UTC)?\W*$",
    re.IGNORECASE,
)
TIMESTAMP_LINE = re.compile(
    r"^\W*(?:published|updated|posted|last updated|first published)\b\s*:?\s*"
    # Each word is taken whole (++), and the date may end a word ("12:30pm"): a word that
    # could be cut anywhere made the match try every cut, seconds on one long line (found
    # by fuzzing, docs/reliability.md).
    r"(?:on\s+)?(?:[\w,:.]++\s*){0,12}?"
    r"[\w,:.]*?(?:\d{4}|ago|[ap]\.?m\.?\b|\d+ min(?:ute)?s? read)"
    r"(?:\s*+[|•·,]?\s*+(?:(?:last )?updated|\d+ min(?:ute)?s? read|[\w,:.]++))*\W*$",
    re.IGNORECASE,
)
