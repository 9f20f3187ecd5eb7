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


@dataclass(frozen=True)
class Rule:
    """A named boilerplate pattern and the reason shown when it removes text."""

    name: str
    reason: str
    pattern: re.Pattern[str]


def _rule(name: str, reason: str, *alternatives: str) -> Rule:
    return Rule(name, reason, re.compile("|".join(alternatives), re.IGNORECASE))


SENTENCE_RULES: tuple[Rule, ...] = (
    _rule(
        "appeal",
        "membership or donation appeal",
        r"\bdonat(?:e|es|ing|ion|ions)\b",
        r"\bbecome an? (?:member|patron|supporter|subscriber|friend)\b",
        r"\bsupport (?:us|our (?:work|journalism|reporting|newsroom)|independent (?:journalism|media|reporting))\b",
        r"\bjoin (?:us|our community)\b",
        r"\bpatreon\b|\bpatrons?!",
        r"\bmake a (?:contribution|donation|gift)\b",
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
        r"\bthis (?:article|story|piece) (?:was|first|originally) (?:originally |first )?(?:published|appeared)\b",
        r"\brepublished (?:with permission )?(?:from|by)\b",
        r"\breprinted with permission\b",
        r"\bcontent created by\b.{0,80}\bavailable without charge\b",
        r"^\W*(?:©|\(c\)|copyright)\s*\d{4}",
        r"\ball rights reserved\b",
    ),
    _rule(
        "credit",
        "photo credit",
        r"^\W*(?:photo|image|picture|photograph|video|illustration|graphic)s?(?: credit)?\s*(?::|\||/|by\b)",
        r"\b(?:getty images|shutterstock|ap photo|reuters/|afp via getty)\b",
        r"^\W*credits?:\s",
    ),
    _rule(
        "cookie",
        "cookie or paywall notice",
        r"\bwe use cookies\b",
        r"\baccept (?:all )?cookies\b",
        r"\blog in to (?:continue|read)\b",
        r"\bthis content is (?:only )?(?:available )?for subscribers\b",
    ),
)

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
    r"sign up(?: now| today)?|join us|log ?in|sign in|advertisement|skip to (?:main )?content)"
    r"[.!:|]?",
    re.IGNORECASE,
)

CROSS_LINK = re.compile(
    r"^\W*(?:read|read more|read also|also read|related|see also|more|more on this|"
    r"watch|listen|recommended|most read|trending|editor'?s picks?|you may also like|"
    r"further reading)\s*(?::|»|>>|>|—|–|\|)",
    re.IGNORECASE,
)

BYLINE = re.compile(
    r"^\W*(?i:by|author|written by|words by|reporting by)\s*:?\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})?)\W*$",
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
DATELINE = re.compile(
    rf"^\W*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>{_DATE})"
    r"(?:\s*(?:[-–—|,@]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
