"""The site's own words about its pages, as the large US and European sites print them: an
audio player's prompt, the privacy links US law requires, a sign-up form's small print and
its messages, a box's label glued to the headline it links ("Read moreFrance's …"), a
translation's notice (``lexicon.SENTENCE_RULES`` holds them with the rest)."""

from __future__ import annotations

from framediff.ingest.rules import Rule, rule

SITE_RULES: tuple[Rule, ...] = (
    rule(
        "player",
        "an audio or video player's prompt",
        # "Listen to this article · 7:41 min Learn more" (the New York Times), "You can now
        # listen to Fox News articles!".
        r"^\W*listen to this (?:article|story)\W+\d{1,2}:\d{2}\s*min\b",
        r"^\W*you can now listen to [\w .'’-]{1,40} articles\W*$",
    ),
    rule(
        "cookie",
        "cookie or privacy notice",
        # The links California's privacy law requires in the words it prescribes ("Do Not
        # Sell or Share My Personal Information"), and a consent manager's text.
        r"^\W*do not sell or share my personal information\W*$",
        r"^\W*limit (?:the )?use (?:and|&) disclosure of (?:my )?sensitive personal information\W*$",
        r"^\W*(?:ca|california) notice (?:of|at) collection\W*$",
        r"\byou agree to the storing of cookies on your device\b",
        # The site by its address, as it speaks to its reader: the sentence ends there or
        # says "you" ("Haaretz.com uses cookies.", "ANSA.it uses technical and, subject to
        # your consent, profiling cookies"); "Booking.com uses cookies to track visitors …,
        # the regulator said" is a story's.
        r"^\W*[\w-]+\.(?:com|it|fr|es|de|net|org|co\.uk|co\.il|co\.jp)\b\S* uses (?=.{0,200}?\byour?\b|(?:[\w,]+ ){0,8}cookies\W*$)(?:[\w,]+ ){0,8}cookies\b",
    ),
    rule(
        "newsletter",
        "newsletter or sign-up prompt",
        # A sign-up form's small print and messages ("By signing up, you acknowledge and
        # agree to our Privacy Policy …", "You've successfully subscribed to this
        # newsletter!", "Please enter a valid email address"), an author's alert ("Get email
        # notification for articles from Yael Ben-Ami Follow") and a box glued into one
        # line ("Daily newsletterReceive essential international news every morningSubscribe").
        r"^\W*by signing up,? you (?:acknowledge and )?agree to\b",
        r"^\W*you['’]ve successfully subscribed to\b",
        r"^\W*please enter a valid e-?mail(?: address)?\W*$",
        r"^\W*get e-?mail notifications? for articles from\b",
        r"^\W*daily newsletter\s*receive\b",
        r"\bsign up for [^.!?]{1,60}?, our (?:free )?(?:[\w-]+ )?newsletter\b",
    ),
    rule(
        "cross-link",
        "link to another article",
        # A box's label glued to the headline it links, as a saved page leaves it ("Read
        # moreFrance's natural disaster …", "Read alsoFrench museums …"), or with the
        # paywall's label between ("Read more Subscribers only In Marseille, …"); Axios's
        # "Go deeper: …"; a screen reader's note after a link (", opens new tab").
        r"^\W*(?-i:Read (?:more|also)(?=[A-Z“\"‘]))",
        r"^\W*read (?:more|also) (?:subscribers|members) only\b",
        r"^\W*go deeper\s*:",
        # The link's own words are a few: a story's sentence with the note glued on is kept.
        r"^\W*(?:[\w&'’.:-]+ ){0,6}[\w&'’.:-]+,\s*opens new tab\W*$",
    ),
    rule(
        "site-notice",
        "the site's note to its readers about the page",
        # A translation's notice (Le Monde in English) and its link to the original.
        r"^\W*translation of an original article published in \w+\b",
        r"^\W*(?:lire en français|leer en español|auf deutsch lesen)\W*$",
        # The licensing desk's address ("If you are interested in licensing this content,
        # please contact …") and an outlet's registered office in its footer.
        r"^\W*if you are interested in licensing this content\b",
        r"^\W*registered office\s*:",
        r"\s[-–|]\s+registered office\s*:",
    ),
)
