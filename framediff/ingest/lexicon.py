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

from framediff.ingest.literals import LiteralFilteredSearch, split_branches
from framediff.ingest.reader_rules import READER_RULES
from framediff.ingest.rules import Rule, rule
from framediff.ingest.site_rules import SITE_RULES

# An agency or an outlet as a credit line names it: capitalised words, or an acronym
# ("AFP", "FRANCE 24", "Associated Press"). The shape, not the list of wires in
# ``credit_lines``: that list in every rule made the lexicon slow to compile.
_AGENCY = r"(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|de)){0,3})"

_PAGE_RULES: tuple[Rule, ...] = (
    rule(
        "appeal",
        "membership or donation appeal",
        # Addressed to the reader: an imperative at the start of the sentence, or the outlet
        # asking for itself. News prose reports donations all the time ("the average
        # donation was $27"), so the bare word is not evidence.
        r"^\W*(?:please\s+)?donate\b",
        r"\bdonate (?:now|today|here|online|once|monthly)\b",
        r"\b(?:by|through) making (?:a|any) (?:small |one-time |monthly )?(?:donation|contribution)\b",
        r"\bbecome an? (?:member|patron|supporter|subscriber|friend)\b",
        r"\bconsider becoming an? (?:member|patron|supporter|subscriber)\b",
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
        # "In a time of … misinformation, quality journalism is more crucial than ever."
        # Written so that each holds a long literal: a pattern is searched only where its
        # literal is (``literals.py``), and "journalism" alone is in many stories.
        r"\bjournalism is more (?:crucial|important|vital|essential|needed) than ever\b",
        r"\bjournalism has never been more (?:crucial|important|vital|essential|needed)\b",
        r"^\W*by (?:subscribing|becoming a member|donating), you (?:can )?help\b",
        # "Support HKFP: Help safeguard …", "… keep HKFP free for all readers by supporting
        # our team", "Our newsroom depends on its audience of readers to power our journalism".
        r"^\W*support (?-i:[A-Z][\w&’'-]*)(?: (?-i:[A-Z][\w&’'-]*)){0,2}\s*:",
        r"\bfree for all readers\b",
        r"\bby supporting our (?:team|newsroom|journalism|work)\b",
        r"\bour newsroom depends on\b",
        r"\bto power our journalism\b",
    ),
    rule(
        "newsletter",
        "newsletter or sign-up prompt",
        # "Subscribe to our newsletter", "to News24's newsletters"; "the alerts" only as an order.
        r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|a|[\w-]+['’]s)\b.{0,40}\bnewsletters?\b",
        r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|[\w-]+['’]s)\b.{0,40}\b(?:briefings?|digest|alerts?)\b",
        r"^\W*(?:sign up|subscribe|register) (?:for|to) (?:the|a)\b.{0,40}\b(?:briefings?|digest|alerts?)\b",
        r"\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b",
        r"\bsubscribe (?:now|today|here)\b",
        r"\balready a subscriber\b",
        r"\bget (?:our|the) .{0,30}\b(?:newsletter|briefing|news alerts?)\b",
        r"^\W*sign up (?:here|now|today|below|free)\W*$",
        # A newsletter box's heading: "Independent.ie Newsletters".
        r"^\W*(?:[\w.&'’-]+ ){0,3}newsletters?\W*$",
        # An offer after the button's words: "Sign up now and get a 10 per cent discount".
        r"^\W*(?:sign up|subscribe) (?:now|today) and (?:get|save|enjoy)\b",
        # The paper's own: "Subscribe to The Indus Review: print …", "… e-paper and read …".
        r"^\W*subscribe (?:now )?to (?:our |(?-i:(?:the |The )?[A-Z][\w'’.&-]*))(?:(?![.!?]).){0,60}?"
        r"(?::|\b(?:and (?:get|read|receive|enjoy)|to get access|e-?paper|print edition|digital edition)\b)",
        # The small print of a sign-up form: "By providing an email address. I agree to the
        # Terms of Use and acknowledge that I have read the Privacy Policy."
        r"^\W*by (?:providing|entering|submitting) (?:an|your) email(?: address)?\b",
        r"\bi agree to the (?:terms of (?:use|service)|privacy policy)\b",
        r"^\W*by (?:signing up|subscribing|registering|clicking)\b.{0,80}\byou (?:agree|accept|consent)\b",
        # The pitch under a sign-up button: "Get the day's top stories in your inbox".
        r"^\W*(?:get|receive|have)\b.{0,60}\b(?:in|to|into) your inbox\W*$",
        r"\bdelivered (?:straight |directly |right )?to your inbox\b",
        # A sign-up box's messages once pressed: "Thank you for signing up!", "Submitting...",
        # "Sorry, there seem to be some issues. Please try again later."
        r"^\W*thank you for (?:signing up|subscribing)\W*$",
        r"^\W*submitting\W*$",
        r"^\W*sorry, there seems? to (?:be|have been) (?:some|an?) (?:issues?|problems?|errors?)\b",
    ),
    rule(
        "app",
        "app download prompt",
        r"\bdownload (?:the|our)\b.{0,60}\bapps?\b",
        r"\bnever miss a (?:story|thing|beat)\b",
        r"\bget the app\b",
        # "Sign up for push alerts and have the best news … delivered directly to your phone".
        r"^\W*sign up for (?:push )?(?:alerts|notifications)\b",
        # "Find The Irish Times on WhatsApp and stay up to date".
        r"^\W*find [\w .&'’-]{1,30}? on (?:whatsapp|telegram|google news|instagram|tiktok)\b",
        # The outlet's podcast: "Our In The News podcast is now published daily – Find the
        # latest episode here".
        r"^\W*our [\w .&'’-]{1,40}? podcast is\b.{0,60}\bepisode\b",
        r"\bavailable on (?:the )?(?:app store|google play)\b",
        # The sign-off South Asian sites print under every story: "Catch all the Business
        # News, Market News … on Live Mint", "Catch the latest news and updates on …".
        r"^\W*catch (?:all )?the (?:latest )?\b.{0,120}\b(?:news|updates)\b.{0,60}\bon\b",
        # "Get Latest India News along with Latest News and Top Headlines …" (Hindustan Times).
        r"^\W*get (?:the )?latest\b.{0,80}\b(?:news|headlines|updates)\b",
        r"^\W*(?:stay|keep) (?:up to date|updated|informed) (?:with|on)\b.{0,60}\b(?:news|stories|updates|headlines)\b",
    ),
    rule(
        "follow",
        "social media prompt",
        r"\bfollow (?:us|him|her|them|me|our \w+)\b.{0,20}\b(?:on|at)\b.{0,10}\b(?:twitter|x|facebook|instagram|telegram|tiktok|linkedin|youtube|threads|bluesky|mastodon)\b",
        r"\blike us on facebook\b",
        # The outlet by name: "Follow KT on WhatsApp Channels", "Follow Sky News on X".
        r"^\W*follow [\w .&'’-]{1,30}? on (?:whatsapp|telegram|google news|x|twitter|facebook|instagram|tiktok|youtube|threads|bluesky)\b",
        # "Join ST's WhatsApp Channel …", "Join our Telegram channel", "WhatsApp: Join the …
        # channel": an imperative at the start ("residents who join the WhatsApp group" is news).
        r"^\W*join (?:our|the|[\w-]+['’]s) (?:[\w-]+ ){0,3}(?:whatsapp|telegram|viber|signal)"
        r"(?: and (?:whatsapp|telegram|viber|signal))? (?:channels?|communit(?:y|ies))\b",
        r"^\W*(?:whatsapp|telegram|viber)\s*:\s*join\b",
        r"\bshare (?:this|the) (?:article|story|post)\b",
        # A podcast's or programme's links: "Listen to the episode via Yle Areena, Spotify or
        # Apple Podcasts."
        r"^\W*listen to (?:the|this|our) (?:full )?(?:episode|podcast|programme|program|interview)\b.{0,40}\b(?:spotify|apple podcasts|podcasts|areena|sounds)\b",
    ),
    rule(
        "republication",
        "republication or copyright credit",
        r"^\W*(?:first|originally) (?:published|appeared) (?:by|in|on|at)\b",
        r"\bthis (?:article|story|piece|report|content)\b.{0,60}\b(?:was |first |originally )+(?:published|appeared|posted)\b",
        # The outlet on how the story was made: "This news story has been written and
        # carefully fact-checked by an external editorial team" (swissinfo), and the
        # syndication notes of Indian sites: "this story has not been edited by NDTV staff
        # and is published from a syndicated feed".
        r"^\W*this (?:news )?(?:article|story|piece|report) has been (?:written|produced|generated|translated)\b",
        r"\bhas not been edited by [\w .&'’-]{1,30}? staff\b",
        r"\b(?:published|auto-generated|generated) from a syndicated (?:news )?feed\b",
        r"\b(?:republished|reprinted) (?:with permission )?(?:from|by)\b",
        r"\breprinted with permission\b",
        # A non-profit's free licence ("Republish this story for free under …") and its name.
        r"^\W*republish this (?:story|article|piece|investigation|report)\b",
        r"^\W*creative commons licen[cs]e\b",
        # Who paid: "This investigation was supported by the Water Accountability Fund." ("This
        # project was funded by" is news of a project.)
        r"^\W*this (?:story|article|investigation|report|reporting|series|coverage) (?:was|is) "
        r"(?:(?:produced|made|published|reported) )?(?:with (?:the )?support (?:from|of)|"
        r"supported by|funded by|in partnership with) (?-i:(?:the |The )?[A-Z])(?:(?![,;]).){0,80}$",
        r"\bcontent created by\b.{0,80}\bavailable without charge\b",
        r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}",
        # The holder without a year, alone: "© Nation Media Group", and "Copyright PUNCH."
        # with its full stop (a subheading, "Copyright Wars", has none).
        r"^\W*(?:©|\(c\))\s*(?-i:(?:[A-Z][\w'’.&-]*|and|of|the)(?:\s+(?:[A-Z][\w'’.&-]*|and|of|the)){0,5})\W*$",
        # The holder, then the years: "© Český rozhlas 1997–2025".
        # Only "©": "(c) it conflicted with the Electoral Act 2022." is a legal list's item.
        r"^\W*©\s*(?!\d)\w(?:(?![.!?]).){0,60}?\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\W*$",
        r"^\W*copyright\s*(?:©\s*)?(?-i:(?:[A-Z][\w'’&-]*|and|of|the)(?:\s+(?:[A-Z][\w'’&-]*|and|of|the)){0,5})\.\W*$",
        # The site disclaiming the pages it links to, as a sentence of its own (the BBC's
        # "The BBC is not responsible for the content of external sites."); a company
        # arguing it is not responsible for a site is news, and says more.
        # "\A", not "^": the pattern is searched only in a sentence holding its literal,
        # not tried at the start of every line with the anchored ones.
        r"\A\W*(?:the )?[\w.&'’-]+(?: [\w.&'’-]+){0,3} (?:is|are) not responsible for the content of external (?:sites|websites|internet sites)\W*$",
        r"\ball rights reserved\b",
        # AP's tail: "This material may not be published, broadcast, rewritten or
        # redistributed."
        r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
        # NYT print credit: "A version of this article appears in print on …"
        r"^\W*a version of this (?:article|story) appear(?:s|ed) in (?:the )?print\b",
    ),
    rule(
        "wire-credit",
        "wire or staff credit (kept as metadata)",
        # CP, Global News, CTV: "— With files from Reuters and The Canadian Press"
        r"^\W*(?:with )?files from\b",
        # Reuters: "Reporting by Jane Doe in Ottawa; Editing by John Roe"
        r"^\W*(?:\(\s*)?(?:additional )?(?:reporting|writing|editing) by\b",
        # The sources of a story, alone on its last line, each a capitalised name (no ASCII lower
        # case letter first): "Source: ČTK, Czech Radio".
        r"^\W*sources?\s*:\s*(?-i:(?![a-z\d_])\w[\w.&'’-]*)(?:,?\s+(?:and\s+)?(?-i:(?![a-z\d_])\w[\w.&'’-]*)){0,5}\W*$",
        # AP, CNN, Fox, NYT: "Associated Press writer Jane Doe contributed to this report.",
        # "CNN's Jane Doe contributed reporting."
        r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b",
        r"\bcontributed (?:additional )?reporting\b",
        # RFI's "(with newswires)"; Kyodo's sign-off "==Kyodo"; ProPublica's and the
        # Register's "Rosa Whitcombe contributed research.", "Contributing: Marcus Dietz".
        r"^\W*\(\s*with (?:newswires|agencies|wires)\s*\)\W*$",
        r"^\W*==\s*(?-i:[A-Z][\w.&'’-]*)\W*$",
        r"\bcontributed (?:additional )?research\W*$",
        r"^\W*contributing\s*:\s*(?-i:[A-Z])",
        r"^\W*(?:compiled|produced|edited) by:?\s+[A-Z]",
        # South Asian papers: "(With inputs from PTI)", "With agency inputs".
        r"^\W*\(?\s*with (?:additional )?inputs? from\b",
        r"^\W*\(?\s*with (?:agency|wire) inputs\b",
        # "(FRANCE 24 with AFP)", "(RFI, with AP and Reuters)": the outlet and the wires it
        # drew on.
        rf"^\W*\(\s*[\w .&'’-]{{1,30}}?,? with {_AGENCY}(?:(?:,| and) {_AGENCY})*\s*\)\W*$",
        # In capitals, as Daily Sabah prints it: "DAILY SABAH WITH AA".
        r"^\W*(?-i:[A-Z][A-Z0-9 .&'’-]{1,30}) (?-i:WITH) (?-i:[A-Z]{2,5})(?:(?:,| AND) (?-i:[A-Z]{2,5}))*\W*$",
        # Euronews: "Additional sources • AFP".
        rf"^\W*(?:additional )?sources?\s*[•:|–—-]\s*{_AGENCY}(?:\s*(?:,|&|and)\s*{_AGENCY})*\W*$",
        # Al Jazeera: "Source: Al Jazeera and news agencies".
        r"^\W*sources?\s*:\s*[\w .&,'’-]{0,60}\b(?:news agencies|agencies|wires|wire services)\W*$",
        # DW's sign-off: the writers' and editors' initials, then the wires ("sdi/rm (AFP,
        # dpa, Reuters)").
        r"^\W*[a-z]{2,4}(?:/[a-z]{2,4})+\s*\([\w .,&'’/-]{2,60}\)\W*$",
        # The wire and its editor's initials (swissinfo's "Keystone-SDA/ts").
        r"^\W*(?-i:[A-Z][A-Za-z-]{1,20})(?:\s*/\s*(?-i:[a-z]{1,4}))+\W*$",
    ),
    rule(
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
    rule(
        "ad-slot",
        "advertisement slot",
        r"^\W*(?:skip )?(?:advertisement|advertising|advert|ad|sponsored(?: content| post| links?)?|paid (?:post|content|partner content)|promoted(?: content)?)\W*$",
        r"\bthis advertisement has not loaded yet\b",
        # The placeholder a lazy-loaded slot or player prints until it fills.
        r"^\W*loading(?:\.\.\.|…)?\W*$",
        r"^\W*(?:article|story) content\W*$",
        r"^\W*(?:ad|advertisement) (?:feedback|choices)\W*$",
    ),
    rule(
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
    rule(
        "caption",
        "image caption or credit, under the label a screen reader reads out",
        # Saved with the page: the BBC's "Image caption, <caption>", "Image source, Getty
        # Images", "Media caption, <caption>". The label governs its whole line.
        r"^\W*(?:image|media|video|audio) (?:caption|source|description)\s*,",
        # The label of the picture at the top of the page: "Header image: …" (Dawn),
        # "Featured image: …", "Main photo: …".
        r"^\W*(?:header|featured|feature|main|top|lead|cover|hero) (?:image|photo|picture)\s*:",
    ),
    rule(
        "credit",
        "photo credit",
        r"^\W*(?:file )?(?:photo|image|picture|photograph|video|illustration|graphic|composite)s?(?: credit)?\s*(?::|\||/|by\b)",
        r"\b(?:getty images|shutterstock|ap photo|afp via getty)\b",
        r"^\W*(?:getty|istock(?:photo)?|handout|pool|file photo|supplied|submitted)\W*$",
        # A credit alone on its line in brackets, the source's name before the word, as
        # papers in South Asia print it under a picture: "(HT Photo)", "(AFP Photo)",
        # "[PTI Photo]", "(Express Photo by …)" is matched by the rule above.
        r"^\W*(?<=[(\[])(?:[\w.&'’-]+ ){1,3}(?:photo|photograph|pic|picture|image|file)s?[)\]]\W*$",
        r"^\W*credits?\s*(?::\s|\.\.\.|…)",
    ),
    rule(
        "site-notice",
        "the site's note to its readers about the page",
        # A machine-made summary's disclaimer ("This is AI generated summarization, which may
        # have errors. For context, always refer to the full article."), a reaction widget
        # ("How does this make you feel?"), a corrections prompt ("Found a mistake in this
        # article?"), the outlet's postal address ("… P.O. Box 500 Station A Toronto").
        r"\bai-generated summar(?:y|ization|isation)\b",
        r"\bai generated summar(?:y|ization|isation)\b",
        r"^\W*for context, (?:always )?refer to the full (?:article|story)\b",
        r"^\W*how does this (?:story |article )?make you feel\W*$",
        # A question to the reader about the page: "Do you like the content of this
        # article?", "Was this article helpful?".
        r"^\W*(?:do you like|did you (?:like|enjoy)|was this (?:article|story) (?:helpful|useful))\b.{0,40}\?\W*$",
        r"^\W*(?:found|spotted|see|notice|did you (?:notice|spot|find)) (?:a|an) (?:mistake|error|typo)\b.{0,30}\?",
        # The error-report widget of many East European sites: "Select text and press
        # Ctrl+Enter to send us the text!"
        r"\bpress ctrl ?\+ ?enter\b",
        # A page's counter: "This story has been viewed 2,164 times.", "Visitors: 2,384,511".
        r"^\W*this (?:story|article|page|post) has been (?:viewed|read) [\d,.]+ times\W*$",
        r"^\W*(?:visitors|page views|views|hits)\s*:\s*\d[\d,. \u202f\u00a0]*\W*$",
        # The letters page ("Write to us: …", "Letters may be edited …") and the tip line.
        r"^\W*write to us\s*:",
        r"\bletters may be edited for (?:length|clarity)\b",
        r"^\W*do you (?:have|know)\b(?:(?!\?).){0,160}\?\s*(?:contact|email|e-mail|reach|tell|write to) us\b",
        r"\bp\.o\. box \d+\b.{0,80}$",
        r"\bpo box \d+\b.{0,80}$",
    ),
)
SENTENCE_RULES: tuple[Rule, ...] = _PAGE_RULES + READER_RULES + SITE_RULES


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
LINE_PROMPT_RULES = frozenset({"gallery", "caption", "continuation", "ad-slot"})

# The outlet addressing its readers in its own voice; only counts beside a strong hit.
WEAK_APPEAL = re.compile(
    r"(?=.*\b(?:we|our|us)\b)(?=.*\b(?:you|your|readers?|journalism|reporting|"
    r"support|community|information|materials|newsroom)\b)"
    # The exclamation a prompt opens with: "Stay informed and ahead of the curve!"
    r"|^\W*stay (?:informed|updated|connected|ahead)\b[^.!?]{0,30}!",
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

# Widgets' headings, alone on a line, for ``CROSS_LINK`` and ``WIDGET_HEADING``: "Recent
# columns" (the Daily FT), "Latest posts", "More in Andina:" (Andina); El País's tags
# ("Archived In"), ProPublica's ("Filed under —"), RFI's and ANSA's boxes ("On the same
# topic", "Suggested by ANSA", "Don't miss"), Axios's "Go deeper".
_RECENT_AND_MORE_IN = (
    r"recent (?:columns|posts|stories|articles|news)|latest (?:posts|columns)|"
    # A series in capitals ("More in THE GOLD FRONTIER"), a weekly's and a daily's boxes.
    r"more in [\w.&'’-]+(?: [\w.&'’-]+)?|more in (?-i:[A-Z][A-Z'’.&-]+(?: [A-Z][A-Z'’.&-]+){0,3})|"
    r"more (?:investigations|features|analysis)|editor['’]?s picks?|"
    r"from the (?:print|e-paper) edition|also in this issue|"
    r"archived in|filed under|on the same topic|suggested by [\w.&'’-]{1,20}|don['’]t miss|"
    r"go deeper|read next|latest stories from [\w .&'’-]{1,40}?|"
)
CROSS_LINK = re.compile(
    r"^\W*(?:(?:read|read more|read also|also read|read next|related|see also|more|more on this|"
    r"watch|listen|recommended|most read|most popular|trending|trending now|popular now|"
    r"top stories|latest|latest news|editor'?s picks?|you may also like|you might also like|lire aussi|"
    r"further reading|in case you missed it|icymi|don'?t miss|related (?:stories|story|articles?|"
    r"coverage|content|links?|videos?|reading|topics|news|posts?|reads?|items?)|more (?:from|on) [\w .&'’-]{1,40}?|"
    r"also on [\w .&'’-]{1,40}?|read more (?:in|on|at) [\w .&'’-]{1,40}?|also in this issue)"
    r"\s*(?::|»|>>|>|—|–|\|)"
    # A link to the outlet's page on its standards: "Why you can trust SCMP" (or "… us").
    r"|why you can trust [\w .&'’-]{1,30}\W*$"
    # The label and the linked headline with nothing between, as a saved page's box gives
    # them once its markup is gone ("ALSO READ Assam floods: death toll rises to 52"): a
    # headline has no sentence ending.
    r"|(?:also read|read also|must read|see also)\s+[^.!?]{3,160}$"
    # "More by this Author" (the Nation Media Group's papers) links the writer's page.
    r"|(?:also on|more from|more on) [\w.&'’-]+(?: [\w.&'’-]+){0,4}\W*$"
    r"|more by (?:this|the) (?:author|writer|reporter|journalist)\W*$"
    # A widget's heading alone on a line: the links under it are gone or follow.
    r"|(?:most (?:read|popular|viewed)(?: this week| today| now)?|trending(?: now)?|popular now|"
    r"top stories|recommended(?: for you| stories| reading)?|related (?:stories|articles|coverage|content|"
    r"news|posts|reads|story)|you (?:may|might) also like|more stories|latest stories|more videos|"
    r"related|related (?:topics|tags|links)|more on this story|more on this topic|topics|tags|all news|"
    r"(?:article|story) (?:topics|tags)|more on these topics|short link|search keywords|"
    r"keywords|also read|read also|must read|see also|in the same section|latest from [\w .&'’-]{1,40}?|"
    + _RECENT_AND_MORE_IN
    # "More HKFP coverage", "More Local News": the outlet's or the section's other stories.
    + r"more [\w.&'’-]+(?: [\w.&'’-]+)? (?:coverage|news|stories|articles))\W*$)",
    re.IGNORECASE,
)
# A template's field the page never filled: "{{hitsCtrl.values.hits}}".
TEMPLATE_FIELD = re.compile(r"\{\{\s*[\w.$]+\s*\}\}")
# A page's taxonomy line: its label, a colon and a list of short terms ("Categories:
# Agriculture, Argentina.", "Tags: Housing, Budget 2026", "Filed under: Politics"), as
# WordPress and most news CMSs print it under the story. No term is a sentence.
# A term is a few words, none of them "and" or "or": "Topics: health, housing and defence."
# is a sentence.
_TERM = r"(?![^,|;·•]*\b(?:and|or)\b)[^\W\d_][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,3}"
TAXONOMY_LINE = re.compile(
    r"^\W*(?i:tags?|categor(?:y|ies)|topics?|filed under|keywords|labels?|posted in)\s*:\s*"
    rf"{_TERM}(?:\s*[,|;·•]\s*{_TERM})*\s*\.?\s*$"
)
# The heading of a summary box alone on a line: "What you need to know:" (the Nation Media
# Group's papers), "Key points:" (ABC), "Highlights" (NDTV), "Story highlights" (CNN),
# "In short" (India Today). The summary under it is the paper's own text and stays.
SUMMARY_BOX_HEADING = re.compile(
    r"^\W*(?:what you need to know|key points|key takeaways|highlights|story highlights|"
    r"in short|in brief|at a glance|quick read|the big picture|(?:key )?facts|fact ?box)\s*:?\s*$"
    # A fact box's label and its title ("FACTS: Avalanche danger levels", NRK): no sentence.
    r"|^\W*(?:key )?facts\s*:\s*[^.!?]{1,60}$",
    re.IGNORECASE,
)
# A widget's heading alone on a line, under which a site lists links: headlines of other
# stories or topic tags, one to a line (BBC "Related Topics" and "More on this story", the
# "Most read" and "Top stories" boxes of most sites).
WIDGET_HEADING = re.compile(
    r"^\W*(?:most (?:read|popular|viewed)(?: this week| today| now)?|trending(?: now)?|popular now|"
    r"top stories|recommended(?: for you| stories| reading)?|related(?: stories| articles| coverage| "
    r"content| topics| tags| links| news| posts| reads| story)?|also read|read also|you (?:may|might) also like|more stories|latest stories|"
    r"more videos|more on this(?: story| topic)?|topics|tags|read more|see also|"
    # "Explore more on these topics" (the Guardian), "Article Topics" (RTÉ).
    r"(?:explore )?more on (?:this|these) topics?|(?:article|story) (?:topics|tags)|"
    r"more from [\w .&'’-]{1,40}?|also on [\w .&'’-]{1,40}?|"
    + _RECENT_AND_MORE_IN
    # "More HKFP coverage", "More Local News", "More World stories".
    + r"more [\w.&'’-]+(?: [\w.&'’-]+)? (?:coverage|news|stories|articles))\W*$",
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
    justice society region regional provincial city state regions provinces diaspora
    classifieds tenders vacancies multimedia campus e-paper headlines events agriculture
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
        "reuse",
        "add",
        "submit",
        "explore",
    ]
)
# A form's, a player's or a box's labels: a line of these alone, with no full stop, is no
# sentence ("Name", "Required", "Send", "Play", "Menu", "Your email"; "Pause." is one; not
# "Search", a story's subheading as often as a button).
_FORM_LABEL_WORDS = (
    "author authors name required website email e-mail full article story play send back"
)
FORM_LABELS = frozenset((_FORM_LABEL_WORDS + " menu activate your post comment premium").split())
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
# Verbs that introduce what follows a colon ("The statement read:"), besides the finite
# verbs: such a line introduces the story's text, not furniture.
INTRODUCING_VERBS = frozenset(
    ["read", "reads", "stated", "states", "explained", "announced", "declared", "wrote"]
)
# Share-button rows: network names and button labels alone on a line.
SHARE_BUTTONS = re.compile(
    r"^\W*(?:(?:share|share on|share via|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|"
    r"flipboard|telegram|email|e-mail|print|comments?|copy link|link copied|tweet|messenger|"
    r"bluesky|threads|sms|more|save|saved|like|save (?:article|story)|gift(?: (?:this )?article)?|"
    # Korean papers' row ("Share via Facebook X Kakao Talk Link copy"), its font button,
    # and WordPress's share buttons as a screen reader reads them ("Click to share on
    # Facebook (Opens in new window)", "Click to email a link to a friend (Opens in new
    # window)").
    r"kakao ?talk|link copy|font size|click to (?:share on|email a link to a friend|print)|"
    r"opens in (?:a )?new window)\b\W*){1,10}$",
    re.IGNORECASE,
)
