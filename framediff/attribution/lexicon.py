"""The lexicon of attribution: titles, role nouns, organisation words, given names, and
the spelling-insensitive keys that let outlets' spellings of one name meet.

Everything here is rule-based on purpose: a small lexicon of titles, role nouns and
organisation words, and the conventions of news attribution ("Ukrainian President Volodymyr
Zelensky said", "the Ukrainian leader", "he added"). Names are canonicalised to the fullest
form an article introduces, so "Zelensky" and "the president" both become "Volodymyr
Zelensky"; ``canonical_key`` makes spelling variants ("Zelensky", "Zelenskyy") comparable
across articles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby


def word_set(text: str) -> frozenset[str]:
    """The words of a lexicon block, as a set."""
    return frozenset(text.split())


# Titles and role nouns: words that describe a person's office rather than name them. When
# capitalised before a name ("Foreign Minister Radoslaw Sikorski") they are stripped from the
# canonical name but remembered, so "the foreign minister" can find its person later.
# Offices of local government, schools, police and churches, set before a name as
# "President" is ("Councillor Raj Patel", "Superintendent Mark Havel", "Det. Insp. …").
# The role nouns below end with the post-nominal letters of members of Westminster-style
# parliaments, which British, Irish, Indian, Canadian and Australian papers set before the
# name as American papers set "Sen.": MP, MSP (Holyrood), MLA, MPP (Ontario), MHA, MNA
# (Quebec, Pakistan), MLC (upper houses), MEP (European Parliament) and TD (the Dáil):
# "Labour MP Diane Abbott", "Sinn Féin TD Pearse Doherty". Then the Irish heads of
# government, the British honours and peerages ("Sir Keir Starmer", "Lord Frost"), and the
# clergy's and Gulf rulers' titles that are no one's surname, and "PM" and "CM" (chief
# minister), which British and Indian papers set before a name ("PM Modi", "CM Yogi
# Adityanath").
# Honorifics that papers of other countries set before a name as British papers set "Sir":
# Malaysian federal and state titles ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin
# Yassin", "Tun Mahathir", "Tunku", "Tengku"), the Nigerian and West African pilgrim's
# title ("Alhaji Atiku Abubakar", "Alhaja", "Hajia"), Indian ("Shri Amit Shah", "Smt")
# and clergy's ("Rev. Fr. Hyacinth Alia", "Msgr", "Bishop"), the Swahili elder's ("Mzee
# Jomo Kenyatta"), West African papers' "Madam" before a woman's full name, and the
# Fijian chief's "Ratu" ("Ratu Semi Tuilau", later "Ratu Semi"; not the women's "Adi",
# a common given name in Israel and India), and the Amharic "Ato" (Mr: "Ato Yonas
# Gebremedhin", later "Ato Yonas"), and Brunei's "Awang" and "Dayang" (Mr, Ms) and the
# "Paduka" of a Dato's style ("Dato Seri Paduka Awang Haji Zulkifli bin Haji Omar"; the
# patronymic's "bin" or "binti" is a particle of the name), and the Egyptian "Amm" (uncle)
# before a given name ("Amm Sayed"; "Dona" is a given name too), and the "Aunty" and
# "Uncle" of Aboriginal and Pacific elders ("Wiradjuri Elder Aunty Margaret Williams").
# "Sri" and "Seri" are titles only after another ("Tan Sri", "Datuk Seri"): "Sri Lanka" is
# a country. "Sheikh" stays in the name, as the Gulf's rulers are known by it ("Sheikh
# Mohammed").
HONORIFICS = word_set(
    """datuk dato datin tun tunku tengku toh puan alhaji alhaja hajia shri smt shrimati fr
    msgr bishop mzee madam ratu ato hon rt awang dayang paduka amm aunty uncle"""
)
# The second word of a two-word Malaysian title ("Tan Sri", "Datuk Seri", "Dato' Sri",
# "Puan Sri"), a title only after the first.
TITLE_SECONDS = word_set("sri seri")
# The first words of those titles that are names too ("Tan" is a common surname: "Mr Tan").
TITLE_FIRSTS = word_set("tan puan toh")
LOCAL_TITLES = word_set(
    """councillor councilor councilman councilwoman alderman alderwoman superintendent
    inspector detective constable trooper headteacher headmaster headmistress principal
    pastor rabbi imam p.c khokim hokim akim sarpanch mukhtar mec mmc cllr cr coun"""
)
# ("P.C. Bai Lamina Sankoh III": Sierra Leone's Paramount Chief; a khokim or hokim governs an
# Uzbek city, an akim a Kazakh one, a sarpanch an Indian village, a mukhtar an Arab or Turkish
# neighbourhood; a South African MEC sits on a province's cabinet, an MMC on a metro's mayoral
# committee; "Cllr", "Coun" and "Cr" are British, Irish and Australian papers' councillor.)
# People named by their kin ("Beaudry-Kwan's family said", "the victim's mother", "his
# widow, Ann,"): a relation is a role like an office, which "the family" refers back to.
KIN_NOUNS = word_set(
    """family families relatives relative parents mother father wife husband widow widower
    son daughter brother sister cousin uncle aunt grandmother grandfather niece nephew
    fiancée fiancé partner"""
)
ROLE_NOUNS = (
    LOCAL_TITLES
    | KIN_NOUNS
    | word_set(
        """president vice-president leader minister secretary general chancellor premier spokesman
    spokeswoman spokesperson official officials chief director candidate nominee senator
    governor congressman congresswoman representative mayor chairman chairwoman chair
    ambassador adviser advisor aide aides analyst analysts expert experts source sources
    head commander manager diplomat diplomats lawmaker lawmakers prosecutor judge attorney
    lawyer professor economist strategist founder ceo executive officer king queen prince
    pope envoy correspondent reporter editor author researcher scientist fellow activist
    spokespeople sheriff chancellor commissioner deputy rep sen gov pres gen col lt sgt capt
    cmdr adm maj dr mr mrs ms prof rev speaker majority minority whip surrogate pollster
    supporter supporters critic critics voters voter resident residents member members
    democrat democrats republican republicans conservative conservatives liberal liberals
    progressive progressives person people man woman organizer organizers staffer staffers
    insider insiders veteran donor donors operative operatives consultant colonel captain
    lieutenant sergeant admiral commodore brigadier marshal major mp mps msp msps mla mlas
    mpp mpps mha mhas mna mnas mlc mlcs mep meps td tds taoiseach tánaiste tanaiste ceann
    comhairle sir dame lord baroness archbishop
    cardinal emir ayatollah ruler pm cm
    boss coach skipper striker midfielder defender goalkeeper winger referee pundit legislator
    legislators delegate justice counsel"""
    )
    | HONORIFICS
)
# Lowercase words that may sit inside a speaker phrase before its head ("the former
# president", "a senior official", "campaign manager").
MODIFIERS = word_set(
    """former senior top new deputy vice press campaign foreign defense defence prime state
    national security chief executive general military white house senior-level high-ranking
    longtime current then-president acting interim assistant associate special
    communications policy political democratic republican presidential federal local
    regional retired longtime veteran prominent influential conservative liberal progressive
    gop party shadow"""
)
# Words that make a title another office: "the minister" does not refer back to a shadow,
# deputy, vice or assistant minister (Westminster parliaments' "Shadow Minister of Housing",
# a deputy minister beside the minister). Not "former": a person's descriptors gather from
# every mention, and "Former President Donald Trump, the Republican nominee" is still "the
# nominee".
QUALIFIERS = MODIFIERS & frozenset(("shadow", "deputy", "vice", "assistant"))


NATIONALITIES = word_set(
    """Ukrainian Russian Polish German French British American Romanian Israeli Iranian Chinese
    Turkish Italian Spanish Dutch Belgian Hungarian Czech Slovak Lithuanian Latvian Estonian
    Finnish Swedish Norwegian Danish Canadian Mexican Japanese Korean Indian Pakistani
    Syrian Iraqi Saudi Egyptian Georgian Moldovan Belarusian European US U.S. UK U.K. EU
    Democratic Republican Democrat GOP Republicans Democrats"""
)
# Words that make a capitalised phrase an organisation or a place rather than a person.
ORG_WORDS = word_set(
    """NATO Kremlin Pentagon Moscow Kyiv Kiev Washington Warsaw Bucharest Beijing London Paris
    Berlin Brussels Tehran Ukraine Russia Poland Romania Germany France Britain China Israel
    Iran America Europe Congress Senate House Parliament Ministry Department Office Agency
    Committee Council Commission Party Campaign Administration Government Court Union
    Association Foundation Institute University College Center Centre Centers Centres Times
    Post Journal
    News Press Reuters AP Interfax CNN Fox NBC CBS ABC MSNBC BBC Pravda Tribune Herald
    Guardian Telegraph Bloomberg Politico Breitbart Caller DCNF Daily Network Group Bank
    Fund Board Service Forces Army Navy Police Bureau Corporation Inc Company Co Ltd
    Limited Corp PLC Plc LLC Bhd Pty Holdings Industries Enterprises Developments Ventures
    Foods Motors Airlines Airways Technologies Pharmaceuticals Logistics Textiles
    Organization Organisation League Alliance Coalition Movement Priorities Watch Poll
    Clinic Hospital Hotel Motel Church Club Team Media Magazine Channel Television TV Radio
    Federation
    Republic States Kingdom Nations Ministry Embassy FBI CIA DNC RNC GOP UN EU WHO Airbus
    Facebook Twitter Google Mount Street Avenue County City Island Beach Valley Hills
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire
    Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee
    Texas Utah Vermont Virginia Wisconsin Wyoming Chicago Boston Philadelphia Atlanta Miami
    Denver Detroit Cleveland Houston Dallas Phoenix Seattle Angeles Francisco Vegas Orlando
    Tampa Charlotte Beijing Tokyo Jerusalem Baghdad Damascus Cairo Ankara Istanbul Havana
    Caracas Ottawa Canada Japan Korea Syria Iraq Turkey Cuba Egypt Mexico Britain England
    Scotland Ireland Italy Spain Greece Hungary Belarus Moldova Afghanistan Pakistan India
    Vatican ISIS ISIL Taliban Hamas Hezbollah"""
)
# Regions whose names are places first: US states, Canadian provinces and territories, UK
# nations, and the abbreviations datelines use after a town ("Concord, N.H.", "Brandon,
# Man."). A region speaks only as a government, as the subject of its own verb ("Ontario
# said it would"), never as a pronoun's antecedent or a phrase that happens to open a clause.
PLACE_NAMES = word_set(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Alberta Manitoba
    Saskatchewan Ontario Quebec Nunavut Yukon Newfoundland Labrador Scotland Wales England
    Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Kans Ky Md Mass Mich Minn Miss Mont
    Neb Nev N.H. N.J. N.M. N.Y. N.C. N.D. Okla Ore Pa R.I. S.C. S.D. Tenn Tex Vt Wash Wis
    Wyo D.C. B.C. Alta Sask Ont Que N.S. N.B. P.E.I. N.L. N.W.T."""
)
# Common nouns for bodies that speak through statements and spokespeople: the head of a
# subject such as "the company said", "the ministry said in a statement", "police said",
# "a statement from the union said". Gathered from the subjects of "said" that wire style
# books allow for institutions (AP: attribute to the body when no person is named).
ORG_NOUNS = word_set(
    """company companies firm firms corporation business ministry ministries department
    government governments administration agency agencies authority authorities police
    army military navy union unions association associations council committee board court
    campaign party parties embassy office hospital school district university college group
    center centre bureau division directorate municipality city county town borough province
    network newspaper broadcaster channel club team utility regulator commission service metro
    operator airline carrier manufacturer maker retailer insurer developer bank lender
    charity foundation institute coalition alliance federation league organisation
    organization organisations organizations society church diocese prosecutors
    prosecution defence defense secretariat cabinet legislature parliament congress senate
    assembly tribunal panel watchdog inquiry automaker carmaker chipmaker drugmaker
    exporter conglomerate shipbuilder refiner store"""
)
# The nouns of ``ORG_NOUNS`` that name a company by its trade ("the automaker", "a water
# utility", "the lender"): "the company" and "the firm" refer back to a body described with
# one, as business pages name a company once with its trade and then call it "the company".
COMPANY_TRADES = (
    word_set(
        """company firm corporation business operator airline carrier manufacturer maker
        retailer insurer developer bank lender utility automaker carmaker chipmaker drugmaker
        exporter conglomerate shipbuilder refiner"""
    )
    & ORG_NOUNS
)
# The trades among them that no person is called by, so that a name written right after
# one is a company's ("automaker Zhixing Motors", "lender Banco Andino"); not "developer",
# "operator", "maker" or "carrier", which may be people ("crane operator Sami Östman").
COMPANY_ONLY_TRADES = COMPANY_TRADES & word_set(
    """company firm corporation airline insurer retailer manufacturer bank lender utility
    automaker carmaker chipmaker drugmaker conglomerate shipbuilder refiner"""
)
# The bodies among them that speak without a determiner, being plural or collective:
# "police said", "authorities said", "prosecutors allege".
BARE_BODIES = word_set("police authorities prosecutors companies unions agencies governments")
# Nouns for the people of a place or trade: a proper noun before one modifies it
# ("Manitoba farmers said", "Greater Vancouver residents", "Business owners"), so the
# proper noun is not the subject. Role nouns count too.
GROUP_NOUNS = word_set(
    """residents farmers workers students parents teachers families fans owners users drivers
    shoppers homeowners tenants patients doctors nurses police officers firefighters
    leaders businesses merchants producers growers ranchers fishers commuters riders
    travellers travelers passengers citizens taxpayers locals neighbours neighbors
    employees staff crews volunteers survivors victims witnesses protesters demonstrators
    advocates groups community communities municipalities councillors councilors mps mlas
    mpps trustees premiers officials businesspeople retailers restaurateurs supporters
    mourners spectators onlookers worshippers attendees delegates marchers activists"""
)
# Party labels that precede the member's state or riding ("Republican of Iowa").
PARTY_WORDS = word_set("Republican Democrat Democratic Independent Liberal Conservative")
# Prepositions whose object is a place ("in Manitoba", "outside Greater Vancouver").
PLACE_PREPOSITIONS = word_set("in near across outside throughout inside")
# Words of motion: the object of "to" or "from" after one is where someone goes or comes
# from ("returned to Ottawa", "moved here from Chicago", "a trip to Perth"), a place.
MOTION_WORDS = word_set(
    """move moved moves moving return returned returns returning travel travelled traveled
    travels travelling traveling fly flew flies flying flown go went goes going gone come
    came comes coming drive drove driven drives driving fled flee flees fleeing relocate
    relocated relocating emigrate emigrated immigrate immigrated commute commuted
    commuting head headed heads heading arrive arrived arrives trip trips visit visits
    journey journeys flight flights"""
)
# Adverbs that may stand between a word of motion and its "to" or "from" ("moved back to",
# "came home from", "flew here from").
MOTION_ADVERBS = word_set("back here there home away over down up out")
# Lowercase adjectives that set a place in its region ("in rural Tennessee", "to northern
# Ontario", "in downtown Sydney"): the name after them is still the preposition's object.
PLACE_ADJECTIVES = word_set(
    """rural urban suburban downtown uptown upstate downstate coastal inland outback
    northern southern eastern western central north south east west northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern far-north
    far-west greater inner outer"""
)
# Given names that tell "he" from "she" for the speakers news quotes most; anything not
# listed stays open to both pronouns, as do names of one gender in English and the other
# elsewhere ("Jean" is a man in French, as in "Jean Paul Hakizimana"; "Andrea" in Italian).
FEMALE_NAMES = word_set(
    """Hillary Nancy Elizabeth Sarah Carly Michelle Melania Ivanka Kellyanne Huma Debbie
    Condoleezza Angela Theresa Marine Nikki Jill Megyn Donna Hope Sarah Susan Samantha Mary
    Patricia Jennifer Linda Barbara Margaret Karen Lisa Betty Dorothy Sandra Ashley Kimberly
    Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Helen Sharon
    Cynthia Kathleen Amy Shirley Anna Ruth Brenda Pamela Nicole Katherine Christine Janet
    Catherine Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan Evelyn Judith
    Hannah Megan Cheryl Jacqueline Martha Gloria Teresa Sara Madeline Kathryn Janice
    Abigail Alice Julia Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
    Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kirsten Tammy
    Claire Chelsea Loretta Dianne Maxine Marsha Katie Kamala Tulsi Cecile Ruth Sonia Elena
    Valerie Jeanne Roberta Rachel Olivia Zoe Irina Yulia Ursula Kaja Iryna Olena Anne
    Annalena Ilhan Alexandria Liz Kirstjen Sheryl Oprah Madeleine Jeanine Dana Greta"""
)
MALE_NAMES = (
    word_set(
        """Donald Bernie Barack Ted Marco Jeb John Ben Chris Rand Mike Scott Rick Bobby Lindsey
    George Jim Martin Lincoln Joe Bill Paul Mitch Harry Reince Corey Paul Newt Rudy Roger
    Sean Steve Stephen Jason Jared Eric Tim Tom Thomas Kevin Kellyanne Robert Bob James
    William Richard Charles Joseph Michael David Daniel Matthew Anthony Mark Andrew Josh
    Joshua Brian Ryan Jacob Gary Nicholas Larry Justin Brandon Frank Benjamin Gregory
    Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan
    Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald
    Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Jordan Billy Bruce Albert
    Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah
    Louis Philip Johnny Hugh Reid Chuck Orrin Jeff Jeffrey Al Rob Ron Ronald Dick Newt
    Ken Kenneth Dan Don Pat Rex Vladimir Xi Benjamin Bibi Recep Emmanuel Francois Justin
    Nigel Boris Jean-Claude Matteo Viktor Enrique Hassan Bashar Kim Shinzo Narendra Abe
    Pope Francis Tony Howard Herman Jon Jonathan Evan Karl Kurt Lee Leon Luis Marc Marcus
    Max Mitt Neil Nick Oliver Ross Sam Seth Simon Todd Travis Trey Wesley Will Zach"""
    )
    - FEMALE_NAMES
    - {"Kellyanne", "Kim", "Lee", "Pope", "Pat", "Terry"}
)
# Either gender's: a known given name makes a person (asked of every name mention).
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
# Given names that are also abbreviations read before a number ("Jan. 5", "Art. 9"):
# without the full stop they are the names they are in Dutch, Scandinavian, Czech, Polish,
# South African and New Zealand usage ("Jan Tinetti", "Jan Egeland") and in English ("Art").
# So is "Mar" in Burmese names ("Daw Khin Mar Win").
GIVEN_NAME_ABBREVIATIONS = word_set("jan art mar")
# Burmese honorifics say the gender too: "Daw" a woman, "U" and "Sayadaw" (an abbot) a man.
FEMALE_TITLES = word_set("mrs ms miss madam lady queen congresswoman chairwoman spokeswoman daw")
MALE_TITLES = word_set("mr sir king prince congressman chairman spokesman ratu ato sayadaw")
# Capitalised words that start a sentence or clause but never belong to a speaker's name.
FUNCTION_WORDS = word_set(
    """But And Or So Yet In On At For With When While After Before As If Then Also Still
    Meanwhile However Later Earlier Speaking Asked Asking Although Though Because Since Now
    Today Yesterday Tuesday Monday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Here There
    This That These Those It Its Instead Indeed Finally First Second Last Next Even Only Not
    No Yes Read Related Update Of To From By About Over Under Into Through During Despite
    Like Unlike Among According Both Neither Either Such Some Many Most Several Every Each
    Other What Why How Who Where Which I We You He She They His Her Their Our My The A An
    Following Including Given Debates Americans Sources Officials Polls Voters"""
)
# Capitalised words that open a sentence but are never names, kept apart from
# FUNCTION_WORDS (which other modules share): "Beyond the footage, …", "Nobody asked".
NOT_NAMES = word_set(
    """Beyond Against Amid Amidst Around Across Behind Within Without Upon Toward Towards Along
    Throughout Until Unless Whether Whatever Whoever Once Perhaps Maybe Just Nor Rather Thus
    Therefore Hence Whereas Except Besides Above Below Near Outside Inside Via Nobody Everyone
    Everybody Someone Somebody Anyone Anybody None All Few Much Another Whenever Wherever
    Regardless Aside Asked Reached Contacted Pressed Told Thanks Mr Mrs Ms Dr Hey Oh Well Sure
    Okay OK Please Let Let's Did Do Does Is Are Was Were Will Would Can Could Should Must Have
    Has Had Early Late Initially Quote Details Background Part Celsius Fahrenheit"""
)


def is_grammar_word(word: str) -> bool:
    """Whether a lowercase word is one of grammar, no noun for a person ("because", "at",
    "inside"): the capitalised lists of function words and non-names hold it."""
    capital = word.capitalize()
    return capital in FUNCTION_WORDS or capital in NOT_NAMES


# Lowercase particles inside names: "Ursula von der Leyen", "Anwar al-Awlaki", the Kalenjin
# "arap" (son of: "Daniel arap Moi"), the Portuguese "dos" ("Ferreira dos Santos").
PARTICLES = word_set("de van von der bin binti bint al da del la le arap dos das do")
# Words that follow a capitalised "New" in the names of places and of papers named after them.
NEW_PLACES = word_set(
    """York Yorker Jersey Hampshire Mexico Zealand Delhi Orleans England Brunswick Haven Wales
    Westminster Glasgow Caledonia Democrats Democratic"""
)
PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural"}
# The same pronouns as objects, for the one quoted in "SUNA quoted him as saying".
OBJECT_PRONOUNS = {"him": "male", "her": "female", "them": "plural"}
DETERMINERS = word_set("the a an this that his her their its our")

# The forms of "be" that make a passive ("was rejected by") or a predicate ("is chairman").
BE_FORMS = word_set("was were is are been being")
# Documents that "say" or "read" what their author wrote ("the statement said", "the
# letter read in part", "read the communiqué"): they speak for whoever issued them.
DOCUMENT_NOUNS = word_set(
    """statement statements letter communique communiqué release notice memo memorandum
    post tweet message circular advisory petition filing affidavit judgment judgement
    ruling indictment complaint lawsuit motion"""
)
# Documents their speaker issues ("the statement", "this letter"); a court's ruling or a
# plaintiff's filing is no statement of whoever spoke last.
ISSUED_DOCUMENTS = DOCUMENT_NOUNS & frozenset(
    ("statement", "statements", "letter", "release", "notice", "memo", "memorandum", "post",
     "tweet", "message", "circular", "advisory", "communique", "communiqué")
)  # fmt: skip

# Writings that speak for themselves when nobody is said to have written them ("The draft
# decision states that the tax …", "the report says"): credited as written. Not the
# documents someone issues or files (``DOCUMENT_NOUNS``: "the statement", "the affidavit"),
# which speak for whoever the article last reported speaking.
WRITINGS = word_set(
    """report study survey decision draft document plan bill law resolution order analysis
    assessment audit review poll paper guidelines regulation decree charter agreement
    proposal strategy ordinance verdict"""
)

# The words after a document's noun that name who issued it ("a statement from Kenya
# Power", "the letter signed by …").
ISSUER_LINKS = word_set("from by of issued signed")
# Prepositions that say where an anonymous source works, after its noun ("an executive at
# one of the operators", "an official with the agency", "a trader from Kalri").
WHERE_SOURCES_WORK = word_set("at in with within inside from")
# Words that open a speaker phrase: "one senior Democrat", "another source", "two aides".
OPENERS = word_set("the a an one another some several many two three four other")


# A story repeats its words, and these two are asked of every word many times over.
@lru_cache(maxsize=1 << 16)
def clean_word(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".'’‘")


_POSSESSIVE = re.compile(r"['’‘]s$")
_DOUBLED = re.compile(r"(.)\1+")


def is_role_noun(word: str) -> bool:
    """Whether a lowercase word is a role noun, or a title of role nouns joined by hyphens
    ("secretary-general", "attorney-general")."""
    if word in ROLE_NOUNS:
        return True
    return "-" in word and is_title_word(word) and word.rsplit("-", 1)[-1] in ROLE_NOUNS


@lru_cache(maxsize=1 << 14)
def is_agent_noun(word: str) -> bool:
    """Whether a lowercase word is a noun for a person by its form, as no list of roles can
    hold them all ("advocate", "unionist", "headman", "villager", "magistrate"): a role
    noun, a common kin or trade word, or a word with one of English's agent or person
    suffixes that is none of the common words ending so ("order", "parliament")."""
    if word in ROLE_NOUNS or word in PERSON_WORDS:
        return True
    if word.endswith("s") and not word.endswith("ss"):
        return is_agent_noun(word[:-1])  # a plural: "traders", "villagers"
    return (
        len(word) >= 5
        and word.endswith(AGENT_SUFFIXES)
        and word not in NOT_AGENTS
        and word.isalpha()
    )


# Suffixes of nouns for people: -er/-or ("trader", "surveyor"), -ist, -ian, -ant/-ent
# ("attendant", "resident"), -man/-woman/-person, -ee, -ate ("advocate", "magistrate"),
# -ary ("emissary"), -ive ("representative"), -ic ("cleric"), -eur, -ier, -eer.
AGENT_SUFFIXES = (
    "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ate", "ary",
    "ive", "ic", "eur", "ier", "eer",
)  # fmt: skip
# People nouns without such a suffix.
PERSON_WORDS = word_set(
    """coach nurse chef monk priest nun judge pilot guard wife husband son widow widower
    aunt uncle cousin friend colleague spouse star legend icon captain boss cleric medic
    graduate pupil witness eyewitness victim survivor elder chief head champion athlete poet
    playwright novelist deckhand farmhand stagehand"""
)
# Common words ending in those suffixes that are no person, comparatives among them ("the
# younger Mr. Trump").
NOT_AGENTS = word_set(
    """after never other over under ever rather however whether neither either another
    together later paper letter
    number order matter power water summer winter border center centre corner cancer weather
    dinner murder hunger danger anger finger chapter quarter register answer offer
    shelter theatre theater filter poster charter barrier career tower
    month moment event statement government agreement element comment parliament department
    movement investment incident accident percent present content extent intent argument
    treatment payment settlement management environment development announcement
    parliament judgment judgement segment document instrument
    climate debate estate state private senate rate date late update mandate
    primary summary salary january february library dictionary anniversary boundary
    territory history factory inventory category memory glossary
    effective alternative initiative objective archive incentive motive narrative
    public traffic music topic republic economic pandemic epidemic clinic logic panic
    plastic electric tactic magic
    degree committee guarantee coffee
    woman human german roman
    terror error mirror floor door indoor honour honor labour labor favour favor colour
    color behaviour behavior motor factor sector
    plant grant restaurant
    younger older bigger smaller larger greater higher lower better newer earlier longer
    shorter stronger weaker richer poorer closer further farther wider deeper broader
    tougher harder easier fewer lesser"""
)


def is_title_word(word: str) -> bool:
    bare = clean_word(word).lower()
    if bare in ROLE_NOUNS or bare in MODIFIERS:
        return True
    # Titles joined by hyphens, as British, Commonwealth and UN usage writes them:
    # "Secretary-General", "Attorney-General", "Director-General", "Vice-Chancellor".
    return "-" in bare and all(
        part in ROLE_NOUNS or part in MODIFIERS for part in bare.split("-") if part
    )


# The Arabic article joined to a name by a hyphen, which AP, Reuters, the BBC and Al Jazeera
# print in lower case inside a name ("Bashar al-Assad", "Abdel Fattah el-Sisi", "Majed
# al-Ansari") and with a capital opening a sentence ("Al-Sudani added"). Only before a
# capital is it one. (The forms a sun letter assimilates, "ad-Din", "as-Sayed", are rare
# in English news and not read.)
HYPHENED_ARTICLES = ("al-", "el-")


def _article_end(word: str) -> int:
    """The length of the hyphened article that opens ``word`` before a capital ("al-Assad"
    → 3), or 0."""
    article = len(HYPHENED_ARTICLES[0])
    if word[:article].lower() in HYPHENED_ARTICLES and word[article : article + 1].isupper():
        return article
    return 0


def opens_capitalised(text: str) -> bool:
    """Whether a word opens with a capital as a name does: its first letter, or the letter
    after a lowercase article joined by a hyphen ("al-Assad")."""
    return text[:1].isupper() or _article_end(text) > 0


def _without_article(name: str) -> str:
    """A surname without the hyphened article that opens it ("al-Assad" → "Assad"), so that
    "Assad" and "al-Assad" are one key, as outlets write both."""
    return name[_article_end(name) :]


@lru_cache(maxsize=1 << 16)
def canonical_key(name: str) -> str:
    """A spelling-insensitive key of a surname: "Zelenskyy", "Zelensky" → "zelensk";
    "al-Assad", "Assad" → "asad"."""
    norm = unicodedata.normalize("NFKD", _without_article(name))
    letters = "".join(filter(str.isalpha, norm.lower()))  # the letters picked in C
    # Each run of one letter made one ("Zelenskyy" → "zelensky"). A search in C finds
    # whether there is any; grouping the letters then squeezes them for less than a
    # substitution with a template, which ``re`` reads back in Python at every call.
    squeezed = "".join([c for c, _ in groupby(letters)]) if _DOUBLED.search(letters) else letters
    return squeezed.rstrip("yi") or squeezed


@lru_cache(maxsize=1 << 16)  # asked of the same names again and again
def is_org_name(name: str) -> bool:
    parts = list(map(clean_word, name.split()))
    if not ORG_WORDS.isdisjoint(parts):  # any of its words an organisation's, asked in C
        # "Francisco" is a city's only after "San": "Francisco Javier Rueda Salas" is a man.
        return "Francisco" not in parts or "San" in parts or len(ORG_WORDS.intersection(parts)) > 1
    if parts and parts[-1].lower() in ORG_NOUNS:
        return True  # "the company", "the Irish Home Builders Association"
    return all(p.isupper() and len(p) > 1 for p in parts)


LEADER_ROLES = word_set("president leader chancellor minister premier king head chief")


@lru_cache(maxsize=1 << 16)  # asked of every name the registry compares, many times
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, but the particles it opens with: "de Blasio" and "von der
    Leyen" are surnames alone, as "Blasio" would be ("Bill de Blasio", "Ursula von der
    Leyen")."""
    parts = name.split()
    k = 0
    while k < len(parts) - 1 and parts[k].lower() in PARTICLES:
        k += 1
    return tuple(parts[k:])


def given_names_compatible(a: str, b: str) -> bool:
    """Whether two full names can be one person: same surname checked by the caller; here the
    given names ("Hillary" vs "Bill" are two people, "H." fits "Hillary")."""
    pa, pb = name_words(a), name_words(b)
    if len(pa) < 2 or len(pb) < 2:
        return True
    ga, gb = pa[0].rstrip("."), pb[0].rstrip(".")
    if len(ga) == 1 or len(gb) == 1:
        return ga[0] == gb[0]
    return canonical_key(ga) == canonical_key(gb)


def surname_key(name: str) -> str:
    """The spelling-insensitive key of a name's last word, possessive dropped."""
    return canonical_key(re.sub(r"['’]s$", "", name.split()[-1]))


# People who speak on someone's behalf, before "for" or "to" and whoever that is.
SPEAKS_FOR = word_set(
    """spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople lawyer lawyers
    attorney attorneys counsel solicitor solicitors adviser advisers advisor advisors aide
    aides representative representatives publicist"""
)


def speaks_for(descriptors: tuple[str, ...]) -> bool:
    """Whether the words before a name hold "spokesman for", "an aide to" … ("a spokesman
    for House Speaker Paul Ryan"): the name is whom the speaker speaks for."""
    return any(
        word in ("for", "to") and descriptors[f - 1] in SPEAKS_FOR
        for f, word in enumerate(descriptors)
        if f
    )


# Things words are written on, and verbs of writing on things, which say the quotation is
# an inscription when they come before it in its sentence with no speech verb after them
# ("Written on it were four words: “…”"; "she had written: “…”" has its cue).
# ("slogan" is not here: protesters chant slogans; nor "message" and "note": people send
# them.)
INSCRIBED_ON = word_set(
    """sign signs signboard signboards banner banners placard placards poster posters
    graffiti billboard billboards plaque plaques inscription inscriptions t-shirt t-shirts
    shirt shirts sticker stickers mural murals hoarding hoardings scrawled daubed
    spray-painted emblazoned inscribed etched carved stencilled stenciled chalked written
    handwritten"""
)
