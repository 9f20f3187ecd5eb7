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
        r"^\W*we care about the protection of your data\b",
        # A consent manager's text (the IAB framework's "We and our 187 partners use cookies").
        r"^\W*we and our (?:\d+ )?(?:partners|vendors)\b.{0,40}\bcookies\b",
        r"^\W*read our privacy (?:policy|notice)\W*$",
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
        # A regional chain's boxes: "Get the biggest daily stories by email", "We will use
        # your email address only for … newsletters", "Make sure you are signed up for our
        # breaking and regular headlines newsletters", "Newsletter: Get The Dispatch …".
        r"^\W*get (?:the|our) [\w ]{1,40}? by e-?mail\W*$",
        r"^\W*we will use your e-?mail address only\b",
        r"^\W*make sure you(?: are|['’]re) signed up for our\b.{0,80}\bnewsletters?\b",
        r"^\W*(?:[\w.&'’-]+ ){0,4}newsletter\s*[:—–-]\s*(?:get|sign up|subscribe|receive)\b",
        # "Sign up for the Sentinel's free Thursday email …", "Get the WTMK Morning Brief:
        # the region's top stories in your inbox every weekday."
        r"^\W*sign up for the [\w .&'’-]{1,40}?['’]s (?:free )?(?:[\w-]+ )?(?:email|newsletter)\b",
        r"^\W*get (?:the )?[\w .&'’-]{1,40}?:(?:(?![.!?]).){0,80}\bin your inbox\b",
        r"^\W*don['’]t miss out on the latest news\b",
        # "BTR English newsletter: the week in Lithuania, every Friday in your inbox."
        r"^\W*(?:(?![.!?]).){0,40}\bnewsletter\s*:(?:(?![.!?]).){0,120}\bin your inbox\b",
    ),
    rule(
        "app",
        "app download prompt",
        r"^\W*get the [\w .&'’-]{1,30}? app\b",
        # The e-paper and its delivery ("Get the Courier e-paper on your phone every morning.",
        # "Get the Anchor delivered – subscribe to the e-paper from €1.99 a week").
        r"^\W*get the [\w .&'’-]{1,30}? e-?paper\b",
        r"^\W*get the [\w .&'’-]{1,30}? delivered\s*[–—-]",
        r"^\W*latest edition out now\b",
    ),
    rule(
        "appeal",
        "membership or donation appeal",
        # "Support Indigenous-led journalism.", "Become a monthly supporter today.", the
        # button "Give now"; "Support for local journalism has collapsed" is news.
        r"^\W*support (?:[\w-]+ ){0,2}journalism\W*$",
        r"^\W*become an? (?:monthly|regular|paying|founding) (?:member|supporter|donor|patron)\b",
        r"^\W*give (?:now|today)\W*$",
        # The outlet's own pitch in its voice: "Subscribe to The Copenhagen Courant – get
        # unlimited access to all our articles …", "Support the Mekong Courier. Subscribe
        # from $4.99 a month …", "… Join for as little as $5 a month.", "Your donation will
        # support the student journalists of …"; a story's "subscribe for $10 a month" has no
        # "our" and does not open its line.
        r"^\W*(?:subscribe|get|enjoy|sign up|join|become|support)\b(?:(?![.!?]).){0,80}\bunlimited "
        r"access to (?:all )?our (?:articles|journalism|stories|reporting|content)\b",
        r"^\W*subscribe to (?:the )?[\w .&'’-]{1,40}? [–—-] get\b",
        r"^\W*join (?:us |now |today )?for as little as\b",
        r"^\W*your (?:donation|contribution|support|gift) (?:will )?(?:supports?|helps?|allows?|keeps?)\b",
        # A paywall's count ("You have read 2 of your 3 free articles this month.") and its
        # limit on devices ("You can read Le Monde on one device at a time.").
        r"^\W*you can read [\w .&'’-]{1,40}? on one device at a time\b",
        # A price after the outlet's name ("Subscribe to the Sentinel — $42 a year …"), a
        # premium story's reminder, public radio's pitch ("… become a sustaining member").
        r"^\W*subscribe to (?:the )?[\w .&'’-]{1,40}? [–—-] [$€£]?\d",
        r"^\W*(?:reminder,? )?this is a premium (?:article|story)\b",
        r"\bbecome a sustaining member\b",
        r"^\W*you(?: have|['’]ve) read \d+ of (?:your )?\d+ free (?:articles|stories)\b",
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
        # A land acknowledgement, as Australian and Canadian newsrooms print one in the
        # footer ("… acknowledges the Wiradjuri people, the Traditional Owners of the land
        # on which we work", "… that our newsroom is located on the traditional territory
        # of …"): the newsroom's, in its own voice.
        r"\backnowledges? (?:the\b|that\b|aboriginal\b).{0,160}\btraditional (?:owners|custodians|territory|"
        r"lands?)\b.{0,200}\b(?:we work|we live|our newsroom|our office)",
        r"\backnowledges? that our (?:newsroom|office|offices) (?:is|are) (?:located )?on\b",
        # Reuse terms: "When using materials from Kartli Wire, a hyperlink to the source is
        # required", "Our stories may be republished online or in print under …".
        r"^\W*when using (?:materials?|content|articles?) from\b.{0,60}\bhyperlink\b",
        r"^\W*our (?:stories|articles|reporting) (?:may|can) be republished\b",
        # A bookmark's message ("Story Saved", "You can find this story in My Bookmarks")
        # and an audio version's disclaimer ("This audio is generated by an AI tool.").
        r"^\W*story saved\W*$",
        r"^\W*you can find this story in my bookmarks\b",
        r"^\W*this audio (?:is|was) (?:generated|produced|created) (?:by|using|with) (?:an? )?ai(?: tool)?\W*$",
        # A market ticker above the story ("FBM KLCI 1,598.21 ▲ 3.45 (+0.22%)", "USD/MYR
        # 4.6710"): figures and arrows, no sentence ("ANC 40.2% (-17.3%)", a result, has none).
        r"^\W*(?:(?![.!?]).|(?<=\d)\.(?=\d)){0,60}[▲▼](?:(?![.!?]).|(?<=\d)\.(?=\d)){0,30}$",
        r"^\W*[A-Z]{3}/[A-Z]{3} [\d.,]+\W*$",
        # The Trust Project's badge, which member outlets print under the story ("Adheres to
        # The Trust Project criteria").
        r"^\W*(?:adheres to|complies with|a member of) the trust project\b(?:(?![.!?]).){0,30}$",
        # The page's disclaimers and feedback line ("Disclaimer: Comments do not represent
        # …", "Disclaimer: The views expressed here are those of the writer …").
        r"^\W*disclaimer\s*:\s*(?:comments|the views expressed|all comments)\b",
        r"^\W*for (?:feedback|comments|corrections|complaints)\b.{0,40}\bcontact us\W*$",
        # The tip line: "Do you have a story to share? Email newsdesk@…".
        r"^\W*(?:do you have|got) a story(?: to share| for us)?\?\s*$",
        # The link to the story in the outlet's own language, as public broadcasters' and
        # national sites' English pages give it ("Open the article in Estonian", "Article in
        # Lithuanian"), and a switcher of language codes ("HR | EN", "EN / FR / NL").
        r"^\W*(?:open |read )?(?:the |this )?(?:article|story|original) in (?:\w+(?:ian|ish|ese|ic|an)|"
        r"french|dutch|greek|czech|thai|hindi|urdu|polish|swedish|danish|norwegian|irish)\W*$",
        r"^\W*(?-i:[A-Z]{2}(?:\s*[|/]\s*[A-Z]{2}){1,6})\W*$",
        # The masthead's tagline: "Serving Clare since 1891", "Denmark's news in English since
        # 2009", "FRK in English", "Estonian Public Broadcasting in English".
        r"^\W*serving [\w .,&'’-]{2,40}? since \d{4}\W*$",
        r"^\W*(?:[\w'’&.-]+ ){0,4}[\w-]+['’]s news in english(?: since \d{4})?\W*$",
        r"[–—|]\s*(?:[\w'’-]+ ){0,3}news in english\W*$",
        r"\bnews in english since \d{4}\W*$",
        # The footer's line of who answers for the site ("FRK – Norwegian Broadcasting |
        # Editor-in-chief: Hanne Lyngstad | Responsible under the Media Liability Act").
        r"^\W*(?:(?![.!?]).){2,60}\|\s*editor-in-chief\s*:",
        # The family notices of a local paper ("Death Notices", "Family notices").
        r"^\W*(?-i:(?:Death|Family|Funeral|Public|Legal) Notices)\W*$",
        r"^\W*(?-i:[A-Z]{2,6}\s+)in English\W*$",
        # A print edition's number above the story ("Edition 1,482", "Issue No. 318").
        r"^\W*(?:edition|issue)(?: no\.?)? \d[\d,]*\W*$",
        # "Fiji's news, first", "Malawi's news, as it happens", "The student newspaper of
        # Hollis State University since 1921", "The business magazine for builders' and
        # timber merchants": the outlet saying what it is, with no verb.
        r"^\W*[\w'’ -]{2,30}['’]s news,[\w ,'’-]{1,30}$",
        r"^\W*the (?:[\w'’-]+ ){0,3}(?:newspaper|magazine|news site|weekly) (?:of|for) (?:(?![.!?,]).){2,70}$",
        # A language switcher with English ("English | Setswana", "English | ខ្មែរ", "EN | FR").
        r"^\W*english(?:\s*[|/]\s*(?:(?![\s|/]).)+(?: (?:(?![\s|/]).)+)?){1,5}\W*$",
        # The weather strip above a page ("Today's weather: Gaborone 31°C, partly cloudy").
        r"^\W*today['’]s weather\s*:\s*(?:(?![.!?]).){0,40}\d+\s*°",
        # WordPress's like widget and a post's previous and next links.
        r"^\W*like(?: this:| loading\W*)\s*$",
        r"^\W*(?:previous|next) (?:article|story|post)\s*:",
        # A page's tags: "Tags:" and a list with no stop in it.
        r"^\W*tags\s*:(?:(?![.!?,]).){1,60}(?:,(?:(?![.!?,]).){1,60}){2,}$",
        # A box's label: "About the Contributor", "About the author".
        r"^\W*about the (?:contributor|contributors|reporter)\W*$",
        # A share prompt ("Help keep family & friends informed by sharing this article"), a
        # station's name and frequency ("Tamarack Public Media | WTMK 90.7 FM"), a city's
        # temperature alone ("Riyadh 22°C"), a switcher with English last ("العربية | English").
        r"^\W*help keep (?:your )?(?:family|friends)\b(?:(?![.!?]).){0,40}\bby sharing this (?:article|story)\W*$",
        r"^\W*(?:[\w&'’|-]+ ){0,6}\d{2,3}\.\d ?(?-i:FM|AM)\W*$",
        r"^\W*(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) -?\d{1,2} ?°[CF]?\W*$",
        r"^\W*(?:(?![\s|/]).)+(?: (?:(?![\s|/]).)+)?\s*[|/]\s*english\W*$",
        # The footer's copyright line without a year ("© The Copenhagen Courant ApS | …"):
        # no sentence of a story opens with the sign.
        r"^\W*©\s*(?-i:[A-Z])(?:(?![!?]).)*(?<![.!?])$",
    ),
    rule(
        "dateline",
        "date and time line (kept as metadata)",
        # The city and the day above the page ("Dakar, Saturday 7 December 2024").
        r"^\W*(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?),\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?"
        r" \d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december) \d{4}\W*$",
    ),
    rule(
        "advert",
        "an advertisement or the outlet's sales line",
        r"^\W*advertise with us\s*(?::|$)",
        r"^\W*advertise with (?:(?![.!?,]).){2,30}$",
        r"^\W*sponsored\s*:\s*(?-i:[A-Z])",
    ),
    rule(
        "comments",
        "the comment box's heading or rules",
        r"^\W*(?:join the (?:conversation|discussion)|leave a (?:comment|reply))\W*$",
        r"^\W*you must be (?:logged|signed) in to (?:post|leave|add|write) a comment\W*$",
        # The rules above them: "Comments are the opinion of the writer …", "Comments are
        # the responsibility of their authors.", "Please note that all comments are subject
        # to moderation."
        r"^\W*(?:please note that )?(?:all )?comments (?:are|will be) (?:subject to moderation|the "
        r"(?:opinion|responsibility|views?) of)\b",
    ),
    rule(
        "credit",
        "the story's credits: who wrote, edited, translated or sourced it",
        # The credit lines under a public broadcaster's story ("Editor: Marten Kask", "Source:
        # Kaja radio news", ERR's), the desk that translated it ("Translated and adapted from
        # Norwegian by the FRK in English desk.") and a byline's long form ("Article written
        # by Annika Fors").
        r"^\W*editors?\s*:\s*(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,\s*(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}))*\W*$",
        r"^\W*sources?\s*:\s*(?-i:[A-Z])[\w.&'’/-]*(?: (?!(?:in|on|at|from|via|for|by|his|her)\b)[\w.&'’/-]+){0,3}$",
        r"^\W*(?:translated|adapted)(?: and (?:adapted|edited|translated))?(?: from [a-z]+)? by (?:the )?"
        r"[\w .&'’-]{1,40}? (?:desk|newsroom)\W*$",
        r"^\W*(?:article|story|text) (?:written )?by (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\W*$",
        # The outlet's photographer: "Sentinel photo by Darlene Voss".
        r"^\W*(?:[\w.&'’-]+ ){0,3}(?:photo|photos|photograph|picture) by (?-i:[A-Z][\w'’-]+"
        r"(?: [A-Z][\w'’-]+){1,3})\W*$",
        # A public scheme's reporter and its funder (the UK's Local Democracy Reporting
        # Service, New Zealand's, funded by NZ On Air).
        r"\blocal democracy reporting (?:service|scheme)\b(?:(?![.!?]).){0,120}\b(?:funded|partnership)\b",
    ),
)
