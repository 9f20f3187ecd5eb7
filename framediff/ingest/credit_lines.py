"""The credit lines of a news page: bylines, wire services, photo credits and time stamps.

Cleaning removes them from the body and keeps what they say as the article's metadata
(``credits.py``): the writer, the wire, the outlet, the date. Written for the forms outlets
in many countries print, not for one site; ``docs/how-it-decides.md`` describes them.
"""

from __future__ import annotations

import re
from itertools import islice

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
    # National agencies of other countries, as their papers credit them.
    r"press trust of india|PTI": "Press Trust of India",
    r"asian news international|ANI": "Asian News International",
    r"indo-asian news service|IANS": "IANS",
    r"united news of india": "United News of India",
    r"associated press of pakistan": "Associated Press of Pakistan",
    r"news agency of nigeria": "News Agency of Nigeria",
    r"kenya news agency": "Kenya News Agency",
    r"african news agency": "African News Agency",
    r"yonhap(?: news agency)?": "Yonhap",
    r"jiji press": "Jiji Press",
    r"bernama": "Bernama",
    r"antara(?: news agency)?": "Antara",
    r"philippine news agency": "Philippine News Agency",
    r"anadolu(?: agency)?": "Anadolu Agency",
    r"TASS": "TASS",
    r"ria novosti": "RIA Novosti",
    r"ukrinform": "Ukrinform",
    r"ANSA": "ANSA",
    r"IRNA|islamic republic news agency": "IRNA",
    r"saudi press agency": "Saudi Press Agency",
    r"emirates news agency": "Emirates News Agency",
    r"kuwait news agency|KUNA": "KUNA",
    r"qatar news agency": "Qatar News Agency",
    r"middle east news agency": "Middle East News Agency",
    r"new zealand press association": "New Zealand Press Association",
    r"keystone-sda": "Keystone-SDA",
    r"anadolu ajansı|AA": "Anadolu Agency",
    r"ghana news agency|GNA": "Ghana News Agency",
}
WIRE_ALTERNATIVES = "|".join(f"(?:{k})" for k in WIRES)
WIRE_NAME = re.compile(rf"(?<![\w'’-])(?:{WIRE_ALTERNATIVES})(?![\w'’-])", re.IGNORECASE)
# An acronym (AP, CP, PA, AFP …) counts only in capitals: "ap" or "pa" in prose is no credit.
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")


# Agencies whose short names are words, written in lower or mixed case ("dpa", "Tass").
_LOWER_WIRES = frozenset({"dpa", "efe", "tass", "ansa", "irna", "kuna"})


def wire_of(text: str) -> str | None:
    """The wire service ``text`` credits, by the name the wire field uses, or None."""
    for match in WIRE_NAME.finditer(text):
        found = match.group(0)
        if len(found) <= 4 and not _ACRONYM.match(found) and found.lower() not in _LOWER_WIRES:
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
ORG = rf"(?:(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){{0,4}}{_ORG_WORD}|(?i:{WIRE_ALTERNATIVES}))"
# A staff role after the name: "Staff Reporter", "Ottawa Bureau Chief", "Senior Writer".
# The words before the noun may be in lower case, as the Guardian prints them ("Jessica Elgot
# Deputy political editor"); a desk is a staff byline in South Asian papers ("HT News Desk",
# "Web Desk").
_ROLE = (
    r"(?:(?:[A-Za-z]+\s+){0,3}(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|"
    r"[Cc]ontributor|[Jj]ournalist|[Bb]ureau [Cc]hief|[Pp]roducer|Staff|Desk))"
)

_NOT_NAME = (
    r"(?!(?:Staff|Senior|Chief|Political|National|Foreign|Contributing|Special|Freelance|"
    r"Associated|Canadian|The|Reporter|Writer|Correspondent|Editor|Columnist)\b)"
)
_NAME2 = (
    rf"[A-Z][\w'’.-]+(?:\s+{_NOT_NAME}(?:[A-Z][\w'’.-]+|van|von|de|la|le|du|da|di|al|el|bin))"
    r"{1,3}?"
)
# A staff role before the name, as Australian and British broadcasters print it ("By
# political reporter Tom Lowrey", "By Europe correspondent Nick Dole").
_ROLE_FIRST = (
    r"(?:(?:[A-Za-z]+\s+){0,2}(?i:reporter|correspondent|editor|writer|journalist|producer)\s+)"
)
# The reporter's city after a comma, as African and Asian papers print it ("By Chinedu
# Okafor, Abuja"): up to three capitalised words, only at the end.
_PLACE = r"(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
_ADDRESS = r"(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)"
# The writer's e-mail address alone on a line, under a byline ("walcotts@jamaicaobserver.com",
# "Email: jane.doe@example.com"): no sentence of a story is an address alone.
CONTACT_LINE = re.compile(rf"^\W*(?:e-?mail\s*:?\s*)?{_ADDRESS}\W*$", re.IGNORECASE)
BYLINE = re.compile(
    r"^\W*(?i:by|author|written by|words by|reporting by|author of the article)\s*:?\s+"
    rf"{_ROLE_FIRST}?"
    rf"(?P<name>(?:{_NAME2}|[A-Z][\w'’.-]+)(?:\s*(?:,\s*)?(?:and|&)\s*(?:{_NAME2}|[A-Z][\w'’.-]+))?)"
    # A role, an outlet, a social handle ("Reporter / @JDoeINQ", the Inquirer's form) or an
    # address ("By Kim Ji-hyun (jhkim@heraldcorp.com)", the Korea Herald's).
    # "with" before a wire: Euronews' "By Jane Doe with AP".
    rf"(?:\s*(?:,|\||·|•|—|–|-|/|\bfor\b|\bof\b|\bwith\b)?\s*(?:(?P<org>{ORG})|{_ROLE}|@\w+|{_ADDRESS}))*"
    # The editor after the writer ("By HT News Desk | Edited by Aditi Sharma, New Delhi").
    # and the translator ("Written by Andreína Castillo | Translated by Tomás Reverón").
    rf"(?:\s*[|,;]\s*(?i:edited|translated) by\s+{_NAME2})?"
    # Le Monde's city and role in brackets ("By Camille Raynaud (Marseille, correspondent)")
    # and the follow button glued after the name ("By: FRANCE 24 Follow").
    r"(?:\s*\([^()]{0,40}(?i:correspondent|reporter|editor|writer|journalist|bureau)[^()]{0,20}\))?"
    r"(?:\s+Follow)?"
    rf"{_PLACE}?\W*$",
)
# The story's credits other than its writer's, one to a line or several joined by bars:
# "Translated by Daniel Ortega", "Translated and edited by Lilit Gasparyan" (Armenpress),
# "Pic by Chaminda Perera" (Sri Lanka's dailies), "Photos by A | Video by B" (an editor's
# line is the "wire-credit" rule's, a staff credit). No sentence of a story opens with the
# role and "by" and ends in the name.
_CREDIT_ROLE = (
    r"(?i:translated(?: from [a-z]+)?|translation|photos?|pics?|pictures?|images?|videos?|"
    r"graphics?|illustrations?)(?: and (?i:edited|translated))?\s+(?i:by)\s*:?\s+"
)
_CREDITED = rf"{_CREDIT_ROLE}{_NAME2}(?:\s*(?:,|and|&)\s*{_NAME2})*"
CREDITS_LINE = re.compile(rf"^\W*{_CREDITED}(?:\s*[|·•;,/]\s*{_CREDITED})*\W*$")
# A wire service as the byline: "By Press Trust of India", "By Reuters".
WIRE_BYLINE = re.compile(rf"^\W*(?i:by)\s*:?\s+(?P<name>(?i:{WIRE_ALTERNATIVES}))\W*$")
# A staff role alone on a line, under the writer's name in a stacked byline ("Jan Gerber",
# then "Parliamentary reporter", then the outlet).
ROLE_LINE = re.compile(
    r"^\W*(?:[A-Za-z]+\s+){0,3}(?:reporter|writer|correspondent|editor|columnist|contributor|"
    r"journalist|producer|bureau chief)s?\W*$",
    re.IGNORECASE,
)
# A name alone, for a stacked byline's first line.
NAME_ONLY = re.compile(rf"^\W*(?P<name>{_NAME2})\W*$")
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
    rf"(?:{_SEP}(?P<org>{ORG})|\s+(?P<wire>(?i:{WIRE_ALTERNATIVES}))|(?:{_SEP}|\s+){_ROLE})"
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
    # Where the photo came from: "(Photo source: Primăria Cluj-Napoca on Facebook)".
    # "Image courtesy of the Amazon Conservation Monitoring Project."
    r"|^\W*\(?(?i:photo|image|picture)s? (?i:(?:source|courtesy)\s*:|courtesy of)"
    r"\s*[^()]{1,80}\)?\W*$"
    # The credit's word alone under a picture ("Contributed", the Gleaner; "Illustration")
    # or a source after "@" ("@Wikimedia Commons").
    r"|^\W*(?i:contributed|illustration|file photo|handout)\W*$"
    # Two words or more: "@Fred_945." under a reader's post quoted in a story is its writer.
    r"|^@\s?[A-Z][a-z]+(?: [A-Z][\w.&'’-]*){1,3}$"
)
# The same credit at the end of a caption line: "… in Ottawa on Monday. (Jae C. Hong/The
# Associated Press)" or "… on March 3.Spencer Colby/The Canadian Press". The stop before
# the credit is part of the match (only the "credit" group is used), not a look-behind: a
# pattern that opens with a character lets the engine skip to where the character occurs.
# Text that every form of the credit holds ("Jane Doe/AP", "Jane Doe via Getty Images",
# "Jane Doe for The New York Times"): a line with none of them, nor the copyright sign of
# ``TRAILING_CREDIT``'s other form, is not searched.
CREDIT_BODY_NEEDS = ("/", "via", "for")
TRAILING_CREDIT_NEEDS = (*CREDIT_BODY_NEEDS, "©")
TRAILING_CREDIT = re.compile(
    # A bar may stand between the caption and its credit ("… on March 11. | Tiernan
    # Moss/POLITICO"), and a copyright sign before it ("… on March 14, 2025. © Jean-Pierre
    # Vallon, AFP", France 24 and RFI).
    r"[.!?)”\"]\s*(?:\|\s*)?(?P<credit>(?:(?i:photograph|photo|image|picture|credit|composite)s?"
    rf"\s*:\s*)?\(?\s*{_CREDIT_BODY}\s*\)?\W*"
    r"|©\s?[A-Z][\w'’.&-]*(?:[ /][A-Z][\w'’.&-]*){0,4}(?:,\s*[A-Z][\w'’.&-]*){0,2}\W*)$",
)
# Two more forms of a caption's closing credit: the outlet's own archive ("… in Nantou
# County. CNA file photo", "… on Monday. File photo") and an agency in square brackets
# after a caption that says it is one ("… in a file photo. [InTime News]", Kathimerini).
# The bracket must hold an outlet's or a wire's name, and the line must speak of a photo:
# a newsletter's digest ends its items with their source the same way ("… Enjoy them both
# here. [HuffPost]"), and they are the story.
FILE_PHOTO_NEEDS = ("photo", "Photo", "PHOTO", "Pic", "PIC:", "©", "Source:")
TRAILING_FILE_PHOTO = re.compile(
    r"[.!?)”\"]\s*(?P<credit>(?:(?:[A-Z][\w'’.&-]*\s+){0,3}(?i:file|archive|handout)\s+"
    rf"(?i:photo|picture|image)s?|\[\s*{ORG}\s*\]"
    # The agency's or paper's own photo in brackets: "(HT Photo)", "(PTI Photo)".
    r"|\(\s*(?:[A-Z][\w.&-]*\s+){1,3}(?:Photo|PHOTO|Pic|Picture|Image)s?\s*\)"
    # The label and the photographer after the stop: "… on Tuesday morning. PIC: THATO
    # MOLEFE" (Botswana's and Zambia's papers), "… on Tuesday. Source: Mart Raudsepp/Kaja"
    # (a source with a slash: "… Source: Statistics South Africa" ends a story's sentence).
    r"|(?i:photo|pic|picture|image)s?\s*:\s*[A-Z][\w'’.&-]*(?:[\s/]+[A-Z][\w'’.&-]*){0,4}"
    r"|(?i:source)\s*:\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}/[A-Z][\w'’.&-]*)\W*)$"
    # The same after the caption's last word, unpunctuated, as papers set it: "… in Gedaref
    # state (ST photo)"; and a dash before "Photo:" and the photographer or the source
    # ("… yesterday. —Photo: JERMAINE CRUICKSHANK", "… of AA. Thoddoo. -- Photo: Thoddoo
    # Council"), the house style of Caribbean and South Asian papers.
    r"|\s(?P<credit_after_word>\(\s*(?:[A-Z][\w.&-]*\s+){1,3}(?i:photo|pic|picture|image)s?\s*\)"
    # The label inside the brackets: "… in a single day (photo: Copenhagen Courant/Mette
    # Bjerre)", "… on Monday. (Photo courtesy of Ajloun Agriculture Directorate)".
    r"|\(\s*(?i:photo|image|picture)s? courtesy of [^()]{2,60}\)"
    r"|\(\s*(?i:photo|pic|picture|image)s?\s*:\s*[A-Z][\w'’.&-]*(?:[\s/]+[A-Z][\w'’.&-]*){0,5}\s*\)"
    # A copyright sign and the agency after the caption's last word, with no stop after
    # ("… near Bolzano © ANSA"); a story's sentence ends with its stop ("… carried the line
    # © Disney.").
    r"|©\s?[A-Z][\w'’&-]*(?:[ /][A-Z][\w'’&-]*){0,4}(?:,\s*[A-Z][\w'’&-]*){0,2}(?=\s*$)"
    r"|(?:--|[—–])\s*(?i:photo|picture|image|pic)s?\s*(?::|(?i:by))?\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}"
    # A bar before it: "… Mariánské Hory | Photo: Petr Šubrt, Czech Radio" (Radio Prague).
    r"|\|\s*(?i:photo|picture|image)s?\s*:\s*[A-Z][\w'’.&-]*(?:[\s,]+[\w'’.&-]+){0,5})\W*$",
)
# A photographer's credit in capitals opening a caption, the photographer and the paper
# apart by a slash ("DARCY LOEWEN / FREE PRESS Glenlee Community Centre president …"),
# as the Winnipeg Free Press and other Canadian papers print it.
LEADING_CREDIT = re.compile(
    r"^\s*(?P<credit>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3} / [A-Z][A-Z'’.&-]+"
    r"(?: [A-Z][A-Z'’.&-]+){0,3})\s+(?=[A-Z][a-z])"
)

# "OTTAWA (CP) —", "WASHINGTON (AP) —": the wire in the dateline of the first paragraph.
WIRE_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'’-]{1,40}\((?P<wire>[A-Za-z .-]{2,30})\)\s*[-—–]")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    # The day may carry its ordinal either side ("March 5th, 2025", "14th March 2025").
    # Central Europe's stop after the day ("12. Feb 2025 at 17:40", the Slovak Spectator).
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH},?\s+\d{{4}}|"
    # Figures only, year first or last, with dashes ("03-12-2024", Rudaw) or slashes.
    r"\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
    # Day, month and year with full stops, as most of continental Europe writes a date
    # ("05.03.2024 • 16:42", Kathimerini; German, Polish and Russian sites alike).
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    # Year first with full stops, as the Baltic and East Asian sites write it ("2024.03.19 10:45").
    r"|\d{4}\.\d{2}\.\d{2})"
)
DATE = re.compile(_DATE, re.IGNORECASE)
# The signature Facebook's embed code prints under an embedded post, saved with the page
# ("Posted by Levan Gogitidze on Wednesday, March 5, 2025"): the post's author and date,
# part of the story that quotes the post, as an embedded tweet's signature is. A blog's
# byline gives no weekday.
EMBED_SIGNATURE = re.compile(
    rf"^Posted by {_NAME2} on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?i:{_MONTH}) "
    r"\d{1,2}, \d{4}$"
    # The same set as a quotation's signature under the post: "— Yujing District Farmers'
    # Association, June 4, 2024" (a byline opens with no dash).
    rf"|^[—–]\s?[A-Z][^,()@]{{1,80}}, (?i:{_DATE})$"
)
DATELINE = re.compile(
    rf"^\W*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    # The weekday in full or cut short ("Tue 2 Sep 2026 10.42 BST", the Guardian's form).
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    rf"(?P<date>{_DATE})"
    r"(?:\s*(?:[-–—|,@]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    # The print edition's page ("Sat, Dec 07, 2024 page3", the Taipei Times).
    r"(?:\s*,?\s*(?:page|p\.)\s?[A-Z]?\d{1,3})?\W*$",
    re.IGNORECASE,
)
# A line of publication times: "Published Mar 03, 2024 • Last updated 2 hours ago • 3 minute
# read" (Postmedia), "Posted: Mar 03, 2024 4:00 AM EST | Last Updated: 2 hours ago" (CBC).
# A live blog's entry stamp alone on a line: a clock time, perhaps its zone ("10:58 p.m.
# ET", "14:05 BST", "9.30am"). A sentence of the story is never only a time.
CLOCK_LINE = re.compile(
    # "Today at 10:42" (Independent.ie), "Yesterday, 9.30am".
    r"^\W*(?:(?:today|yesterday)(?: at|,)?\s*)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4}T|GMT|UTC)?\W*$",
    re.IGNORECASE,
)
TIMESTAMP_LINE = re.compile(
    # France 24 prints "Issued on: 05/09/2026 - 18:22 | Modified: …".
    r"^\W*(?:published|updated|posted|last updated|last update|first published|issued|"
    r"(?:last )?modified)"
    # The Hindu: "Updated - September 02, 2026 10:42 pm IST - NEW DELHI".
    r"\b\s*[:–—-]?\s*"
    # Each word is taken whole (++), and the date may end a word ("12:30pm"): a word that
    # could be cut anywhere made the match try every cut, seconds on one long line (found
    # by fuzzing, docs/reliability.md). A slash is part of a word ("05/09/2026").
    # and a plus sign too (an ISO time's zone, "2026-09-02T14:42:00+00:00").
    r"(?:on\s*:?\s+)?(?:[\w,:./+]++\s*){0,12}?"
    r"[\w,:./+]*?(?:\d{4}|ago|[ap]\.?m\.?\b|\d+ min(?:ute)?s? read)"
    r"(?:\s*+[|•·,–—()-]?\s*+(?:(?:last )?updated|\d+ min(?:ute)?s? read|[\w,:./+]++))*\W*$",
    re.IGNORECASE,
)
# A wire's clock and dateline on a line: "10:35 | Lima, Mar. 13." (Andina).
CLOCK_PLACE = re.compile(
    rf"^\W*\d{{1,2}}[:.]\d{{2}}\s*[|•·-]\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}},"
    rf"\s*{_MONTH}\s*\d{{1,2}}\W*$",
    re.IGNORECASE,
)
# A clock time before the date: "05:10 AM September 02, 2026" (the Philippine Daily Inquirer).
CLOCK_DATE = re.compile(
    # "10:42 am on 2 September 2026" (RNZ).
    rf"^\W*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\s+)?(?:on\s+|,\s*)?(?P<date>{_DATE})\W*$",
    re.IGNORECASE,
)
# Where a credit line gives way to its time stamp: "By Press Trust of India | Updated: Jul
# 14, 2026", "Philippine Daily Inquirer / 05:10 AM September 02, 2026".
# The character alone: a pattern opening with "\s*" is tried at every space of every line.
_STAMP_SEPARATOR = re.compile(r"[|/•·,]")
# A credit line has at most this many parts before its stamp ("By: Jane Doe - Reporter /
# @JDoeINQ | Updated …").
_MAX_CREDIT_PARTS = 4


# A reading time alone on a line: "2 minutes", "3 min read", and under its label as
# WordPress themes print it ("Reading Time: 3 mins read", "Estimated reading time: 4 minutes").
READING_TIME = re.compile(
    r"^\W*(?:(?:estimated )?reading time\s*:?\s*)?"
    r"\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read|\s+reading time)?\W*$"
    # The label after the figure, as France 24 and RFI print it ("3 min Reading time"), and
    # an age in place of a date under a related headline ("2 hours ago").
    r"|^\W*\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\W*$",
    re.IGNORECASE,
)
# The words a time stamp is made of besides its date: the time, its zone, the reading time.
_STAMP_WORD = re.compile(
    r"\d{1,2}[:.]\d{2}"
    # Whole words only, figures aside ("10:42am"): a bare "on" took the middle out of
    # "London", and "tue" left "sday" of "Tuesday" behind.
    # Zones in capitals only: ignoring case, "[A-Z]{1,4}T" took "Matt" and "Hunt".
    r"|(?<![^\W\d])(?:[ap]\.?m\.?|(?:GMT|UTC)(?:[+-]\d{1,2})?|(?-i:[A-Z]{1,4}T|IST|EAT|CAT|WAT)|"
    r"published|updated|posted|last|update|modified|issued|"
    r"(?:mon|tues|tue|wednes|wed|thurs|thur|thu|fri|satur|sat|sun)(?:day)?|on|at|read)(?![^\W\d])"
    r"|\d+\s*min(?:ute)?s?(?:\s+read)?",
    re.IGNORECASE,
)


def is_stamp_line(text: str) -> bool:
    """A time stamp in a form no pattern spells out: a date, a time, its zone and a reading
    time, and at most a place in capitals (a dateline's city), nothing else ("September 2,
    2026 10:42 AM 2 min read", "ISTANBUL Sep 02, 2026 - 10:42 am GMT+3")."""
    if not _DIGIT.search(text):
        return False  # most lines: no date without a figure
    date = DATE.search(text)
    if date is None:
        return False
    # Every date of the line, not the first only: "Tuesday, March 05, 2024 — updated on
    # March 05, 2024" (The Citizen) prints the date twice.
    rest = _STAMP_WORD.sub(" ", DATE.sub(" ", text))
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    if "|" in text and len(words) <= 4 and not re.search(r"[.!?]\s+[A-Z]", text):
        # Its parts set apart by bars: "Society | March 13, 2025, Thursday // 15:42 | Views:
        # 1386" (Novinite), a section, a weekday and a counter's label beside the date.
        return True
    return len(words) <= 2 and all(word.isupper() for word in words)


def is_stamp(text: str) -> bool:
    """Whether ``text`` is only a publication time stamp (a date, a time, or both)."""
    if not _DIGIT.search(text) and "ago" not in text:
        return False  # every stamp has a figure, or says "… ago"
    return bool(DATELINE.match(text) or TIMESTAMP_LINE.match(text) or CLOCK_DATE.match(text))


_DIGIT = re.compile(r"\d")


def split_stamp(text: str) -> tuple[str, str]:
    """``text`` cut before a time stamp that ends it after a separator: (the credit, the
    stamp); the stamp is empty when there is none."""
    # Only the first few separators: a credit is a few words, and trying every one of a
    # long line's would take time that grows with the square of its length.
    for separator in islice(_STAMP_SEPARATOR.finditer(text), _MAX_CREDIT_PARTS):
        credit, stamp = text[: separator.start()].rstrip(), text[separator.end() :].lstrip()
        if credit and is_stamp(stamp):
            return credit, stamp
    # A date right after the credit, with only spaces between ("By Jane Doe   September 2,
    # 2026 | 10:42 am GMT+7", VnExpress): the stamp runs from the date, in any form.
    date = DATE.search(text) if _DIGIT.search(text) else None
    if date is not None and date.start() and is_stamp_line(text[date.start() :]):
        credit = text[: date.start()].rstrip(" |,·•-–—")
        if credit:
            return credit, text[date.start() :]
    return text, ""


OUTLET = re.compile(ORG)


def byline_of(text: str) -> re.Match[str] | None:
    """The byline match of ``text`` (a line), its time stamp cut off first; its ``name``
    group is the writer (or the wire), and ``org`` the outlet where one is named. A name
    alone before a stamp is a byline too ("Rania Haddad, 05 March 2024 15:30", "Marta
    Kowalczyk March 5, 2024"): no sentence of a story is a name and a time stamp."""
    credit, stamp = split_stamp(text)
    if byline := byline_match(credit):
        return byline
    # An outlet before its stamp is the outlet's line ("Philippine Daily Inquirer / …"), and
    # "Published On 12 Mar 2026" is all stamp.
    if not stamp or OUTLET.fullmatch(credit.strip()) or not _STAMP_WORD.sub("", credit).strip():
        return None
    if credit.rstrip(" ,").rsplit(" ", 1)[-1] in _NOT_A_SURNAME:
        return None  # "Independence Day, 4 July 2024": an occasion and its date
    return NAME_ONLY.match(credit)


# Last words of a capitalised phrase before a date that make it an occasion, not a name.
_NOT_A_SURNAME = frozenset(("Day", "Eve", "Week", "Festival", "Night", "Weekend", "Holiday"))


def byline_match(credit: str) -> re.Match[str] | None:
    """``byline_of`` for a line whose stamp is already cut off (``split_stamp``)."""
    return BYLINE.match(credit) or WIRE_BYLINE.match(credit) or NAME_AND_ORG.match(credit)


def outlet_before_stamp(text: str) -> str | None:
    """The outlet a line names before its time stamp ("Philippine Daily Inquirer / 05:10 AM
    September 02, 2026" → "Philippine Daily Inquirer"); None for any other line."""
    credit, stamp = split_stamp(text)
    credit = credit.strip()
    return credit if stamp and OUTLET.fullmatch(credit) else None


def author_name(author: str) -> str:
    """The writer's name alone from a page's author field, which may carry the role or the
    outlet as a byline does ("Jane Doe; Education correspondent", "Jane Doe, CBC News");
    the field as it is when it is not such a byline, or names a wire."""
    as_byline = byline_of("By " + author.replace(";", ","))
    if as_byline is None or wire_of(as_byline.group("name")) is not None:
        return author
    return as_byline.group("name")


# The writer's note at the foot of a story: a name (or "The writer", as Pakistani and
# Indian opinion pages sign one), "is", an article or the outlet's own name, and a newsroom
# role ("Siphokazi Mbeki is a reporter for Daily Maverick based in the Eastern Cape", "Sunita
# Gurung is The Chautari Weekly's Pokhara correspondent"), perhaps a sentence more on what
# they cover ("She covers civic issues …") or a colleague's note. The present tense and the
# role are the note's: a story says "was a reporter" of a journalist it is about, and what
# befell one ("who was detained").
_NOTE_NAME = r"(?:[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|van|de|der|da|del|bin)){1,3})"
_NOTE_ROLE = (
    r"(?i:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer)s?\b"
)
# "is The Chautari Weekly's Pokhara correspondent": the outlet's own, by its name.
_NOTE_OWNER = r"(?:(?:[Tt]he )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s)"
# A sentence more of the note: "She covers …", a colleague's "Pieter van Wyk is …".
_NOTE_TAIL = (
    r" (?:(?:She|He|They) (?:covers|writes|reports|reported|has|holds|is|joined|grew|lives|"
    rf"worked|previously|began|started|studied|tweets|also)\b|{_NOTE_NAME} is "
    # How to reach the writer: "Contact her on eimear.nibhriain@… or 065 000 1234."; what
    # they did before: "Before joining WTMK in 2021, she reported for …".
    r"|Contact (?:her|him|them) (?:on|at)\b|Before joining\b)[^\"“”]{0,200}"
)
AUTHOR_NOTE = re.compile(
    # Not a journalist the story is about: "… is a reporter who was detained".
    r"^(?![^\"“”]*\bwho (?:was|were|had|died)\b)\W*(?:"
    rf"{_NOTE_NAME} (?:is an? (?:[\w-]+ ){{0,3}}{_NOTE_ROLE}[^.!?\"“”]{{0,40}}?"
    r"\b(?:with|for|at|based in|based at|covering) [^.!?\"“”]{2,120}[.!?]"
    # The outlet's own, by its name, and at most where: "… is The Chautari Weekly's Pokhara
    # correspondent." ("is the Nation's longest-serving court reporter and has covered …"
    # is a profile's).
    rf"|is {_NOTE_OWNER} (?:[\w-]+ ){{0,3}}{_NOTE_ROLE}(?:,? (?:in|for|at|based in) "
    r"[^.!?\"“”]{2,60})?[.!?]"
    # Or the beat alone: "Tomáš Vrba reports on regional affairs … for Radio Prague
    # International."
    r"|(?:reports on|writes about) [^.!?\"“”]{2,160}?\b(?:for|at) [^.!?\"“”]{2,80}[.!?])"
    rf"(?:{_NOTE_TAIL})?"
    # "Covers" and "joined" are said of insurers and volcanoes too ("Blue Cross covers the
    # cost … for members", "Mount Etna has covered the town in ash for three days"): a
    # note says so with a sentence more of its writer.
    rf"|{_NOTE_NAME} (?:(?:covers|has covered) [^.!?\"“”]{{2,160}}?\b(?:for|at) "
    r"[^.!?\"“”]{2,80}[.!?]"
    r"|joined [^.!?\"“”]{2,60}? in \d{4} and covers [^.!?\"“”]{2,160}[.!?])"
    rf"{_NOTE_TAIL}"
    # Pakistani and Indian opinion pages sign a piece "The writer is …".
    rf"|The (?:writer|author) is an? (?:[\w-]+ ){{0,3}}{_NOTE_ROLE}[^\"“”]{{0,300}}"
    r")$"
)
# What only a writer's note says of its writer: the beat or the base. "Evan Gershkovich is a
# reporter for the Wall Street Journal." is a sentence of a story about him.
AUTHOR_NOTE_BEAT = re.compile(
    r"\b(?:covers|covering|based in|writes (?:about|on)|reports on|reported on|has covered|"
    r"has written for|"
    r"joined the (?:newsroom|paper))\b"
)
