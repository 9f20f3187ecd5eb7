"""The page speaking to its readers about the page itself: the rules for comments under the
story, and the notices about cookies and paywalls (``lexicon.SENTENCE_RULES`` holds them
with the rest)."""

from __future__ import annotations

from framediff.ingest.rules import Rule, rule

READER_RULES: tuple[Rule, ...] = (
    rule(
        "comments",
        "the site's rules for reader comments",
        # Under the article, above the comments: "Comments: Our rules", "Please keep
        # comments relevant and respectful", "We want our comments to be a lively and
        # valuable part of our community".
        r"^\W*comments?\s*:\s*our rules\b",
        r"\bplease keep (?:your |all )?comments\b",
        r"\bwe want our comments to be\b",
        # Who may comment: "Please note you must be a Maverick Insider to comment", "Users
        # with an Yle ID can leave comments on our news stories".
        r"\byou must be (?:an? |logged in)[\w ]{0,30}?to (?:comment|reply)\b",
        r"\bcan (?:leave|post|write) comments on (?:our|this|these) (?:news )?(?:stories|articles|site)\b",
        # The comment box's head: "1 COMMENT", "Leave a Comment", "Post a reply".
        r"^\W*\d+\s+comments?\W*$",
        r"^\W*(?:leave|post|write) a (?:comment|reply)\W*$",
        # "Please login or register to leave a comment.", "Log in to comment".
        r"^\W*(?:please,? )?(?:log ?in|sign in)(?: or (?:register|sign up|subscribe))? to (?:leave a |post a )?(?:comment|reply)\b",
        # The comment form's small print (WordPress's own words, on many sites).
        r"\byour email address will not be published\b",
        r"^\W*required fields are marked\b",
        r"\b(?:civil|lively|respectful) forum for (?:discussion|debate)\b",
        r"^\W*comments (?:are|will be|have been) (?:moderated|closed|reviewed|turned off|edited)\b",
        # "Comments have to be in English, and in full sentences." (The Hindu); a move of
        # the comment system ("We have migrated to a new commenting platform.").
        r"^\W*comments (?:have|need|must) to be in\b",
        r"\bmigrated to a new comment(?:ing)? (?:platform|system)\b",
        # "Use the comment form below to begin a discussion about this content."
        r"^\W*use the comment form\b",
        r"\bbegin a discussion about this (?:content|article|story)\b",
        # The comment box's heads and its foot: "Top Comments", "Disclaimer & comment
        # rules", "Commenting for this story is now closed.", and each comment's line of
        # date and buttons ("Dec 03rd, 2024 - 11:42 am - Link - Report abuse +4").
        r"^\W*(?:top|latest|most recent|reader|readers['’]?) comments\W*$",
        r"^\W*(?:disclaimer (?:&|and) )?comment(?:ing)? (?:rules|policy|guidelines)\W*$",
        r"^\W*commenting (?:for|on) this (?:story|article|post) (?:is|has) (?:now )?(?:closed|been closed)\b",
        r"\blink\W+report abuse\b",
        # A moderation policy: "Rudaw moderates all comments submitted on the website",
        # "To be published, your comment must meet our community guidelines", "Comments
        # that do not meet our guidelines will be rejected", "Comments are not edited".
        r"\bmoderates? all (?:the )?comments\b",
        r"\bcomments submitted (?:on|to) (?:the|our|this) (?:website|site|page)\b",
        r"\byour comments? (?:must|should) (?:meet|follow|respect|comply with) our\b",
        r"^\W*comments (?:that|which) do not (?:meet|follow|respect|comply with) our\b",
        r"^\W*comments are not edited\b",
        r"^\W*we do not accept profanity\b",
        r"^\W*if you have a facebook account, (?:become a fan|like us|follow us)\b",
    ),
    rule(
        "cookie",
        "cookie or paywall notice",
        r"\bwe use cookies\b",
        r"\baccept (?:all )?cookies\b",
        r"\blog in to (?:continue|read)\b",
        r"\bthis content is (?:only )?(?:available )?for subscribers\b",
        r"\bsubscribe to (?:continue|keep) reading\b",
        r"\bsubscribe to save (?:articles|stories)\b",
        # A paywall's box: "To continue reading, please subscribe:", "Already have an
        # account? Log in here »", its price ("Billed as $4.00 plus GST every four weeks"),
        # the "or" between its two buttons, and the advertisers' link above it.
        r"^\W*to continue reading,? (?:please )?(?:subscribe|log in|sign in)\b",
        r"^\W*already have an account\?",
        r"^\W*billed as [$£€]?\s?\d",
        r"\boffer available to new\b.{0,40}\bsubscribers\b",
        r"^\W*or\W*$",
        r"^\W*advertise with us\W*$",
        # "This website uses cookies to provide you with …"; a paywall's label alone on a
        # line ("Subscription only", "Subscribers only").
        r"\b(?:this|our) (?:web ?)?site uses cookies\b",
        r"^\W*(?:subscription|subscribers?|premium|members?) only\W*$",
        # A cookie or consent banner: its buttons ("Got it!", "I Accept", "Show Purposes",
        # "Cookie Settings") and its text ("We and our partners process data to provide:").
        r"^\W*(?:got it|i accept|accept all|reject all|allow all|show purposes|cookies? (?:settings|preferences|policy)|manage (?:cookies|preferences))\W*$",
        r"^\W*we and our partners (?:process|use|store)\b",
        r"^\W*protected by recaptcha\W*$",
        # The page's own controls alone on a line: "BACK TO TOP", a text-size switch
        # ("Larger text size"), "License this article", "From our partners".
        r"^\W*(?:back to top|(?:normal|larger|very large|small|medium|large) text size|license this article|from our partners)\W*$",
        # "Go to comments", "Go to accessibility shortcuts", "Skip to main content".
        r"^\W*(?:go|skip|jump) to (?:the )?(?:comments|accessibility shortcuts|(?:main )?content|navigation)\W*$",
    ),
)
