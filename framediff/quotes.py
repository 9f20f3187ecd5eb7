"""Direct quotations: where they are, what kind they are, who said them and how.

``extract_quotes`` finds every span set in quote marks, decides whether it is someone's
speech, a fragment of their words set into the writer's sentence, or a term (scare quotes,
titles, a headline's quoted words), and attributes speech and fragments to a speaker with the
verb the writer chose. ``unify_speakers`` gives one person the same name across outlets.

Marks are read by position, not by shape: curly marks are first mapped to their straight
forms and every decision looks at the surrounding characters only. That makes the result the
same whether an outlet typed “…” or "…" (a requirement, since outlets and pipelines convert
between them), at the price of ignoring the direction a curly mark would tell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from framediff.model import Article, MarkedEdit, Paragraph, Quote, QuoteKind
from framediff.options import QuoteOptions
from framediff.speakers import (
    PRONOUNS,
    Mention,
    Registry,
    Token,
    canonical_key,
    given_names_compatible,
    is_org_name,
    is_phrase_word,
    mention_from_tokens,
    phrase_after,
    phrase_before,
    tokenize,
)
from framediff.verbs import lemma_of


def _words(text: str) -> frozenset[str]:
    """The words of a lexicon block, as a set."""
    return frozenset(text.split())


DOUBLE_MARKS = frozenset('"“”„‟«»″〝〞＂')
SINGLE_MARKS = frozenset("'‘’‚‛‹›′")
_STRAIGHTEN = str.maketrans({**{c: '"' for c in DOUBLE_MARKS}, **{c: "'" for c in SINGLE_MARKS}})
# Characters after which a mark opens a quotation, and before which one closes it.
_OPEN_CONTEXT = frozenset("([{—–-/\"'")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-\"'…")
# Elided words at a word's start: 'em, 'til, 'cause, rock 'n' roll.
_CONTRACTIONS = _words("em til tis twas cause n bout round kay")

# Words that name a thing rather than report anybody's words: what follows is a term.
_TERM_CUES = _words("so-called nicknamed pseudonym moniker")
# Words that introduce somebody's words as words ("used the term", "a memo titled",
# "the campaign's slogan"): PolNeAR annotates what follows as the content of an attribution.
_MENTION_CUES = _words(
    """dubbed dubbing titled entitled headlined labeled labelled labeling branded word words
    term phrase slogan hashtag motto"""
)
# Nouns of saying: quoted words in their clause are the words of whoever made the claim
# ("Trump's assertion that “thousands” …").
_CLAIM_NOUNS = _words(
    """accusation accusations assertion assertions claim claims criticism statement
    statements remark remarks comments promise promises dictum insistence argument
    arguments warning warnings rhetoric language message rallying cry charge charges
    allegation allegations description descriptions view views opinion verdict"""
)
# Before a show's or a book's title, the words that make it a venue or a work named in the
# writer's sentence ("said on ABC's “This Week”", "author of “…”"), not anybody's words.
_VENUE_BEFORE = _words("on to told of with in during at from host hosts author")
_VENUE_SKIP = _words(
    """the a an show program programme podcast series network channel tv radio sunday
    monday tuesday wednesday thursday friday saturday film movie book play sitcom drama
    new hit popular weekly nightly morning"""
)
# Words between a subject and its verb that do not belong to either ("has previously said").
_SKIPPABLE = _words(
    """has had have was is were are will would also recently previously later then reportedly
    repeatedly publicly once again further first never not only even already just quickly
    later earlier still often frequently initially subsequently ultimately simply openly
    privately flatly bluntly angrily sharply"""
)
# Verbs of thinking and characterising: they make a short quotation someone's words
# ("portrayed him as a “change warrior”") without being speech verbs themselves.
_CUE_WORDS = _words(
    """call calls called calling describe described describes describing refer referred refers
    referring label labeled labelled labels dub dubbed praise praised praising portray
    portrayed portrays deem deemed feel feels felt think thinks thought believe believes
    believed want wants wanted view viewed views consider considers considered blame blamed
    blames criticize criticized criticizes hope hoped hopes expect expected expects fear
    feared fears characterize characterized characterizes characterise characterised touted
    touts promised promises vowed pledged liken likened likens likening compare compared
    compares comparing reference referenced references referencing"""
)
# Words that open an aside between a speaker and the verb ("Clinton, during a visit to …,").
_ASIDE_OPENERS = _words("in at on during after before with from at speaking while")
# Words that open a sentence before its subject.
_LEADING = _words("and but so then yet also still now meanwhile later instead")
# Verbs whose next noun is their object, never an inverted subject ("accused Sanders of",
# "urges voters to", "called National Nurses United").
_OBJECT_FIRST = _words(
    """tell ask call accuse urge warn blame praise criticize thank describe mock beg implore
    charge attack slam blast denounce condemn lambast lambaste lash_out quote inform"""
)
_PREPOSITIONS = _words("in at on during after before with from to on in via")
_PASSIVE_BEFORE = _words("was were been being is are be when if as")
# Verbs that only report a speech act when they carry an object, never passively.
_PASSIVE_PRONE = _words("ask tell call quote describe report")
# Lemmas whose base or -s forms are more often nouns ("the state", "reports"): only their
# past and -ing forms count as attribution verbs.
_NOUNISH = _words(
    """state note report call post charge attack answer quote rage rip snap rail vent hammer
    reason promise pledge comment remark mention tweet claim demand boast estimate predict
    concern blast slam mock trumpet thunder fume agree press question caution"""
)


# Verb forms some outlets capitalise mid-sentence, after the speaker's appositive.
_CAPITALISED_VERBS = _words("tweeted said wrote posted added")


@dataclass(frozen=True)
class _Span:
    """A quotation found in the marks, before kinds and speakers are decided."""

    open_at: int
    close_at: int | None  # position of the closing mark, None when unclosed
    start: int
    end: int
    paragraph: int
    continues: bool  # an unclosed part whose quotation goes on in the next paragraph
    continued: bool  # a part that continues the previous paragraph's quotation


_FILLER = "\x00"
# Typewriter doubles: two single marks or two backticks stand for one double mark
# (the New York Times archive writes ''like this'').
_PAIRED = re.compile(r"''|‘‘|’’|``")
_GLUE = "\x02"
_SPACED = re.compile(r"(?<=«)[ \u00a0\u202f]|[ \u00a0\u202f](?=»)|(?<=‹)[ \u00a0]|[ \u00a0](?=›)")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")


def _normalise(text: str) -> str:
    """``text`` with every double mark as '"' and every single mark as "'"; same length.

    A doubled single mark becomes a filler and a double mark, so the mark's position is
    that of its second character and the quotation starts right after it."""
    # French spacing (« Oui ») puts a space inside the marks; glue it so the mark still
    # reads as opening or closing.
    glued = _SPACED.sub(_GLUE, text)
    norm = "".join('"' if c in DOUBLE_MARKS else "'" if c in SINGLE_MARKS else c for c in glued)
    norm = _PAIRED.sub(lambda m: _FILLER + '"', norm)
    # Markup left in a text (<tweet id="…">) quotes attribute values, not anybody's words.
    return _TAG.sub(lambda m: "<" + "\x01" * (len(m.group()) - 2) + ">", norm)


def _flanks(norm: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    before = i - 2 if i > lo and norm[i - 1] == _FILLER else i - 1
    prev = norm[before] if before >= lo else " "
    nxt = norm[i + 1] if i + 1 < hi else " "
    opens = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    return opens, closes


def _is_apostrophe(norm: str, i: int, lo: int, hi: int) -> bool:
    prev = norm[i - 1] if i > lo else " "
    nxt = norm[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # can't, Russia's, O'Brien
    if nxt.isdigit() and not prev.isalnum():
        return True  # the '90s
    if not prev.isalnum():
        word = re.match(r"[A-Za-z]+", norm[i + 1 : min(hi, i + 8)])
        if word and word.group().lower() in _CONTRACTIONS:
            after = i + 1 + len(word.group())
            if after >= hi or not norm[after].isalpha():
                return True
    return False


def _scan(
    norm: str, lo: int, hi: int, ignore: set[int]
) -> tuple[list[tuple[int, int | None]], int | None]:
    """Top-level quotations of ``norm[lo:hi]`` as (open mark, close mark or None).

    Also returns the position of a single mark left open at the end (then an apostrophe that
    looked like an opening quote), which the caller ignores on a second pass."""
    stack: list[tuple[int, str]] = []
    found: list[tuple[int, int | None]] = []
    for i in range(lo, hi):
        ch = norm[i]
        if ch not in "\"'" or i in ignore:
            continue
        opens, closes = _flanks(norm, i, lo, hi)
        kind = "D" if ch == '"' else "S"
        if kind == "S" and _is_apostrophe(norm, i, lo, hi):
            continue
        open_index = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == kind), None)
        if open_index is not None:
            if kind == "S" and opens and not closes:
                continue  # an opening-looking single inside a single: an apostrophe
            if kind == "S" and not closes and stack[-1][1] != "S":
                continue  # a single open below a double: this one is an apostrophe
            if open_index == 0:
                found.append((stack[0][0], i))
            del stack[open_index:]
        elif opens or (kind == "D" and not closes and i + 1 < hi and not norm[i + 1].isspace()):
            # A mark with space on both sides opens nothing; one glued on both sides
            # ('said"Yes') opens, as parity is the best guess for straight marks.
            stack.append((i, kind))
        # else: a closing mark with nothing open (inches, a students' apostrophe): ignored
    if stack:
        if stack[0][1] == "S":
            return found, stack[0][0]
        found.append((stack[0][0], None))
    return found, None


def _paragraph_quotes(norm: str, paragraph: Paragraph) -> list[tuple[int, int | None]]:
    ignore: set[int] = set()
    while True:
        found, stray = _scan(norm, paragraph.start, paragraph.end, ignore)
        if stray is None:
            return found
        ignore.add(stray)


def _find_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[_Span]:
    norm = _normalise(text)
    spans: list[_Span] = []
    carried = False
    for n, paragraph in enumerate(paragraphs):
        found = _paragraph_quotes(norm, paragraph)
        continued_here = carried
        carried = False
        for k, (open_at, close_at) in enumerate(found):
            inner_end = close_at if close_at is not None else paragraph.end
            start, end = open_at + 1, inner_end
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or norm[end - 1] == _FILLER):
                end -= 1
            continues = False
            if close_at is None and n + 1 < len(paragraphs):
                nxt = paragraphs[n + 1]
                # Newsroom convention: a quotation running over paragraphs opens each one
                # with a mark and closes only the last.
                continues = norm[nxt.start] in ('"', _FILLER)
            if start >= end:
                continue
            spans.append(
                _Span(
                    open_at,
                    close_at,
                    start,
                    end,
                    paragraph.index,
                    continues,
                    continued_here and k == 0 and open_at == paragraph.start,
                )
            )
            carried = continues
    return spans


_ELLIPSIS = re.compile(r"\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.")
_BRACKETED = re.compile(r"\[[^\[\]]{1,60}\]|\([^()]{1,60}\)")


def _edits(text: str, start: int, end: int) -> tuple[MarkedEdit, ...]:
    edits: list[MarkedEdit] = []
    taken: list[tuple[int, int]] = []
    for match in _ELLIPSIS.finditer(text, start, end):
        edits.append(MarkedEdit("elision", match.start(), match.end(), match.group()))
        taken.append(match.span())
    for match in _BRACKETED.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        edits.append(MarkedEdit("insertion", match.start(), match.end(), match.group()))
    return tuple(sorted(edits, key=lambda e: (e.start, e.end)))


@dataclass(frozen=True)
class _Attribution:
    mention: Mention
    verb: str | None  # None for a signature ("“…” ― Pamela Padilla"): no verb was written
    lemma: str | None
    verb_at: int


def _verb_at(tokens: Sequence[Token], i: int, *, headline: bool) -> tuple[str, str, int] | None:
    """(verb as written, lemma, index of its last token) if ``tokens[i]`` starts one."""
    token = tokens[i]
    if not token.is_word:
        return None
    low = token.lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low == "according" and nxt == "to":
        return f"{token.text} {tokens[i + 1].text}", "according to", i + 1
    if (
        token.is_capitalised
        and not headline
        and not (i + 1 < len(tokens) and tokens[i + 1].is_capitalised and at_start(tokens, i))
        # "Murphy, the head of Right to Rise USA, Tweeted on Friday": a capital typed by habit.
        and not (i > 0 and tokens[i - 1].text == "," and low in _CAPITALISED_VERBS)
    ):
        return None
    if nxt and " " not in low:
        # Phrasal verbs: "pointed out", "lashed out", "chimed in", "put it".
        phrasal = lemma_of(f"{low} {nxt}")
        after = tokens[i + 2].text if i + 2 < len(tokens) else "."
        if (
            phrasal is not None
            and " " in phrasal
            and not (token.is_capitalised and not headline)
            # "went on," / "went on to say", not "goes on recess".
            and (phrasal != "go on" or after in (",", ".", ":", "to") or after[:1] == "¤")
        ):
            return f"{token.text} {tokens[i + 1].text}", phrasal, i + 1
    lemma = lemma_of(low)
    if lemma is None:
        return None
    if lemma in _NOUNISH and not low.endswith(("ed", "ing")) and low != lemma_of_past(lemma):
        # "the state", "reports" are nouns; "“…,” Viguerie notes." is a verb.
        k = i - 1
        while k >= 0 and k > i - 5 and tokens[k].is_word and tokens[k].is_capitalised:
            k -= 1
        after = tokens[i + 1].text if i + 1 < len(tokens) else "."
        named = k < i - 1 or (k == i - 1 and tokens[k].lower in ("he", "she"))
        if k == i - 1 and tokens[k].lower in ("he", "she"):
            k -= 1
        if not (
            low.endswith("s")
            and named
            and after in (".", ",", ":", "that")
            and k >= 0
            and (tokens[k].text in (",", ".") or tokens[k].text.startswith("¤"))
        ):
            return None
    if i > 0 and tokens[i - 1].lower in _PASSIVE_BEFORE and lemma in _PASSIVE_PRONE:
        return None
    if i == 0 and lemma in _PASSIVE_PRONE and low.endswith("ed"):
        return None  # "Asked about …, Putin said": a participle, not the speaker's verb
    if lemma in ("continue", "add") and low.endswith("ing") and nxt[:1].isalpha() and nxt != "that":
        return None  # "continuing the proxy war", "adding jobs": not reporting words
    if lemma == "tell" and nxt in ("reporters", "journalists"):
        return f"{token.text} {tokens[i + 1].text}", lemma, i + 1
    return token.text, lemma, i


def at_start(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` opens a sentence ("Continued Stone: …", "Said Trump: …")."""
    return i == 0 or tokens[i - 1].text in (".", "!", "?", ":") or tokens[i - 1].text[0] == "¤"


def lemma_of_past(lemma: str) -> str:
    return {"tell": "told", "say": "said", "write": "wrote"}.get(lemma, "")


def _subject(tokens: Sequence[Token], verb_index: int, floor: int) -> list[Token]:
    """The speaker phrase before the verb at ``verb_index`` (not before ``floor``)."""
    i = verb_index - 1
    while i >= floor and (
        tokens[i].lower in _SKIPPABLE
        or (tokens[i].lower.endswith("ly") and not tokens[i].is_capitalised)
    ):
        i -= 1
    if i >= floor and tokens[i].text == ")":
        # "Harry M. Reid (D-Nev.) told reporters": step over the parenthesis.
        for j in range(i - 1, max(floor - 1, i - 12), -1):
            if tokens[j].text == "(":
                i = j - 1
                break
    if i >= floor and tokens[i].text == ",":
        return _appositive_subject(tokens, i, floor)
    phrase = phrase_before(tokens, i + 1)
    if not phrase:
        # "Trump in his announcement speech called …": step back over a short phrase that
        # opens with a preposition to reach the subject.
        for j in range(i, max(floor - 1, i - 7), -1):
            if tokens[j].lower in _PREPOSITIONS:
                phrase = phrase_before(tokens, j)
                break
            if not tokens[j].is_word:
                break
    return [t for t in phrase if t.start >= tokens[floor].start] if phrase else []


def _is_person_phrase(phrase: Sequence[Token]) -> bool:
    mention = mention_from_tokens(phrase)
    return mention is not None and mention.kind == "name" and not is_org_name(mention.name or "")


def _appositive_subject(tokens: Sequence[Token], i: int, floor: int) -> list[Token]:
    """The subject before an appositive that ends with the comma at ``tokens[i]``.

    "Benjamin Friedman, policy director at Defense Priorities, told": the head is the phrase
    before an earlier comma. A phrase after a preposition is inside the appositive ("a
    salesman from Sumter, South Carolina,", "chairman of Freedom Partners, the network's
    arm,") and is stepped over; a role with a name in apposition ("Mr. Trump's campaign
    chairman, Paul Manafort, dismissed") gives the name."""
    fallback: list[Token] = []
    lowest = max(floor - 1, i - 40)
    for j in range(i - 1, lowest, -1):
        if tokens[j].text in (";", ":") or tokens[j].text.startswith("¤"):
            break
        if tokens[j].text != ",":
            continue
        head = phrase_before(tokens, j)
        if not head or head[0].start < tokens[floor].start:
            if j == floor:
                break
            continue
        between = list(tokens[j + 1 : i])
        k = tokens.index(head[0]) if head[0] in tokens else -1
        before = tokens[k - 1] if k > floor else None
        inside = before is not None and (
            before.lower in _PREPOSITIONS or before.lower in ("of", "for", "by", "near")
        )
        # An organisation's name, not a role that mentions one ("the Vatican spokesman").
        head_mention = mention_from_tokens(head)
        is_org = (
            head_mention is not None
            and head_mention.kind == "name"
            and is_org_name(head_mention.name or "")
        )
        if inside or is_org:
            if not fallback and not inside:
                fallback = head
            continue
        mention = mention_from_tokens(head)
        if (
            mention is not None
            and mention.kind in ("role", "generic")
            and all(t.is_word or t.text == "." for t in between)
            and _is_person_phrase(between)
        ):
            return between
        if (
            mention is not None
            and mention.kind in ("role", "generic")
            and k - 1 > floor
            and tokens[k - 1].text == ","
        ):
            # "Jeb Bush, the former Florida governor, who …, called": the role is itself an
            # appositive of the name before it.
            earlier = phrase_before(tokens, k - 1)
            if earlier and earlier[0].start >= tokens[floor].start and _is_person_phrase(earlier):
                return earlier
        return head
    if not fallback and i > floor and tokens[i - 1].text == ")":
        # "Gov. John Kasich (R-OH), said": a party label and a comma, no appositive.
        for j in range(i - 2, max(floor - 1, i - 12), -1):
            if tokens[j].text == "(":
                head = phrase_before(tokens, j)
                if _is_person_phrase(head):
                    return head
                break
    return fallback


def _named_in_apposition(tokens: Sequence[Token], phrase: list[Token], hi: int) -> list[Token]:
    """A role followed by the name it describes ("wrote the American ambassador at the time,
    John E. Herbst") gives the name; any other phrase is returned as it is."""
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind not in ("role", "generic"):
        return phrase
    k = tokens.index(phrase[-1]) + 1
    for j in range(k, min(hi, k + 6)):
        if tokens[j].text == ",":
            name = phrase_after(tokens, j + 1)
            name = [t for t in name if t.end <= tokens[hi - 1].end]
            return name if _is_person_phrase(name) else phrase
        if not tokens[j].is_word:
            break
    return phrase


def _after_dateline(tokens: Sequence[Token], lo: int, limit: int) -> int:
    """The index after a dateline that opens the sentence ("WASHINGTON —", "LA CROSSE,
    Wisc. —", "FLINT, Mich. (AP) —"), or ``lo`` when there is none."""
    if lo < limit and tokens[lo].text in _DASHES:
        return lo + 1  # the dateline ended a "sentence" at its abbreviation ("Wisc. —")
    k = lo
    while k < limit and tokens[k].is_word and tokens[k].text.isupper() and len(tokens[k].text) > 1:
        k += 1
    if k == lo:
        return lo
    for j in range(k, min(limit, k + 8)):
        if tokens[j].text in _DASHES:
            return j + 1
        if tokens[j].is_word and not tokens[j].is_capitalised:
            break
    return lo


def _clause_subject(tokens: Sequence[Token], lo: int, limit: int) -> list[Token]:
    """The phrase that opens the sentence, or opens it after a leading "On Tuesday," clause."""
    first = _after_dateline(tokens, lo, limit)
    while first < limit and tokens[first].lower in _LEADING:
        first += 1  # "And then Trump went on the attack, saying …"
    starts = [first]
    # A leading clause can be long ("On the eve of his historic election to a fourth term as
    # prime minister in March, Netanyahu rallied supporters by warning …").
    starts.extend(k + 1 for k in range(lo, min(limit, lo + 25)) if tokens[k].text == ",")
    for start in starts:
        if start >= limit:
            continue
        phrase = phrase_after(tokens, start)
        phrase = [t for t in phrase if t.end <= tokens[limit - 1].end]
        mention = mention_from_tokens(phrase)
        if mention is not None and mention.kind != "generic":
            return phrase
    return []


def _find_verbs(
    tokens: Sequence[Token], lo: int, hi: int, *, headline: bool
) -> list[tuple[str, str, int, int]]:
    """(verb, lemma, first index, last index) of attribution verbs in ``tokens[lo:hi]``."""
    verbs: list[tuple[str, str, int, int]] = []
    i = lo
    while i < hi:
        found = _verb_at(tokens, i, headline=headline)
        if found is not None and found[2] < hi:
            verbs.append((found[0], found[1], i, found[2]))
            i = found[2] + 1
        else:
            i += 1
    return verbs


def _attribution_for(
    tokens: Sequence[Token], lo: int, hi: int, verb: tuple[str, str, int, int]
) -> _Attribution | None:
    written, lemma, first, last = verb
    phrase: list[Token] = []
    if lemma == "according to":
        phrase = phrase_after(tokens, last + 1) if last + 1 < hi else []
        phrase = [t for t in phrase if t.end <= tokens[hi - 1].end]
    else:
        subject_floor = lo
        # "responded by stating": the subject belongs to the first verb.
        if first >= 2 and tokens[first - 1].lower == "by" and lemma_of(tokens[first - 2].lower):
            first -= 2
            written = f"{tokens[first].text} by {written}"
            lemma = lemma_of(tokens[first].lower) or lemma
        main_verb = _main_verb_before(tokens, lo, first) if lemma != "according to" else None
        if main_verb is not None:
            # "“…,” Law said, noting that …": the participle shares the subject of the verb
            # it follows.
            main = _attribution_for(tokens, lo, hi, main_verb)
            if main is not None:
                return _Attribution(main.mention, written, lemma, tokens[first].start)
        if tokens[first].lower.endswith("ing") or (first > lo and tokens[first - 1].lower == "and"):
            # A participle ("…, telling the crowd", "on Facebook writing") or a second verb
            # ("took the stage in Baltimore and called …") shares the subject of its
            # sentence, not the noun right before it.
            phrase = _clause_subject(tokens, lo, first)
        if not phrase:
            phrase = _subject(tokens, first, subject_floor)
        participle = tokens[first].lower.endswith("ing")
        if not phrase and last + 1 < hi and lemma not in _OBJECT_FIRST and not participle:
            # Inverted: "said Benjamin Friedman".
            phrase = phrase_after(tokens, last + 1)
            phrase = [t for t in phrase if t.end <= tokens[hi - 1].end]
            phrase = _named_in_apposition(tokens, phrase, hi)
    mention = mention_from_tokens(phrase)
    if mention is None:
        return None
    return _Attribution(mention, written, lemma, tokens[first].start)


def _main_verb_before(
    tokens: Sequence[Token], lo: int, first: int
) -> tuple[str, str, int, int] | None:
    """For a participle after a comma ("X said in an interview, adding"), the attribution
    verb it follows, at most six words back."""
    if not tokens[first].lower.endswith("ing") or first - 1 <= lo or tokens[first - 1].text != ",":
        return None
    for k in range(first - 2, max(lo, first - 8) - 1, -1):
        if not tokens[k].is_word:
            return None
        found = _verb_at(tokens, k, headline=False)
        if found is not None and not tokens[k].lower.endswith("ing"):
            return (found[0], found[1], k, found[2])
    return None


@dataclass
class _Sentence:
    lo: int
    hi: int


def _sentences(tokens: Sequence[Token], quote_ends: dict[int, str]) -> list[_Sentence]:
    """Sentence ranges over a paragraph's tokens; a quotation is one token.

    A quotation ending in . ! or ? ends the sentence unless an attribution follows it
    (“Can we get seven?” Zelenskyy said)."""
    result: list[_Sentence] = []
    lo = 0
    depth = 0
    for i, token in enumerate(tokens):
        depth += {"(": 1, ")": -1}.get(token.text, 0)
        depth = max(depth, 0)
        nxt_token = tokens[i + 1] if i + 1 < len(tokens) else None
        boundary = (
            token.text in (".", "!", "?", "…")
            and depth == 0
            # "(R-Fla.)", "state.gov" and "no. 2" do not end sentences.
            and not (
                nxt_token is not None
                and (nxt_token.text in (")", ",", ";") or nxt_token.text[:1].islower())
            )
        )
        if token.text.startswith("¤") and quote_ends.get(token.start, "") in (".", "!", "?", "…"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and (nxt.is_capitalised or nxt.text.startswith("¤")):
                # An attribution may follow after an appositive ("“…!” Murphy, the head of
                # Right to Rise USA, tweeted"), so look to the next full stop.
                window = []
                for j in range(i + 1, min(len(tokens), i + 17)):
                    if tokens[j].text in (".", "!", "?") or tokens[j].text.startswith("¤"):
                        break
                    window.append(j)
                if len(window) > 5 and not any(tokens[j].text == "," for j in window[:6]):
                    window = window[:5]  # no appositive: the verb must come at once
                boundary = not any(_verb_at(tokens, j, headline=False) is not None for j in window)
        if boundary:
            result.append(_Sentence(lo, i + 1))
            lo = i + 1
    if lo < len(tokens):
        result.append(_Sentence(lo, len(tokens)))
    return result


def _paragraph_tokens(
    text: str, paragraph: Paragraph, spans: Sequence[_Span]
) -> tuple[list[Token], dict[int, int]]:
    """Tokens of a paragraph with each quotation (marks included) as one "¤" token.

    Returns the tokens and, for each span index, the index of its token."""
    tokens: list[Token] = []
    where: dict[int, int] = {}
    cursor = paragraph.start
    for n, span in spans_in(spans, paragraph.index):
        close = span.close_at + 1 if span.close_at is not None else paragraph.end
        begin = span.open_at
        if begin - 1 >= cursor and _normalise(text[begin - 1 : begin + 1])[0] == _FILLER:
            begin -= 1  # the first half of a doubled mark ('')
        tokens.extend(tokenize(text, cursor, begin))
        where[n] = len(tokens)
        tokens.append(Token("¤", begin, close))
        cursor = close
    tokens.extend(tokenize(text, cursor, paragraph.end))
    return tokens, where


def spans_in(spans: Sequence[_Span], paragraph: int) -> list[tuple[int, _Span]]:
    return [(n, s) for n, s in enumerate(spans) if s.paragraph == paragraph]


@dataclass
class _Context:
    """What the extractor knows about one quotation while deciding its kind and speaker."""

    span: _Span
    tokens: list[Token]
    at: int
    sentence: _Sentence
    last_char: str = ""  # the last character inside the marks
    attribution: _Attribution | None = None
    has_verb: bool = False
    standalone: bool = False


def _word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text))


def _term_cue_before(tokens: Sequence[Token], at: int, lo: int) -> bool:
    for k in range(at - 1, max(lo - 1, at - 3), -1):
        low = tokens[k].lower
        if low in _TERM_CUES:
            return True
        if low == "called" and k > lo and tokens[k - 1].lower == "so":
            return True
        if low == "as" and k > lo and tokens[k - 1].lower == "known":
            return True
    return False


def _venue_before(tokens: Sequence[Token], at: int, lo: int) -> bool:
    """A title set after "on", "to", "author of" …: a show or a work, not someone's words."""
    k = at - 1
    while k >= lo and (
        tokens[k].lower in _VENUE_SKIP
        or (tokens[k].is_capitalised and re.search(r"['’]s$", tokens[k].text) is not None)
        or (tokens[k].is_capitalised and tokens[k].text.isupper() and len(tokens[k].text) > 1)
    ):
        k -= 1
    return k >= lo and tokens[k].lower in _VENUE_BEFORE


def _is_title_case(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and all(w[0].isupper() for w in big)


def _kind(ctx: _Context, text: str, *, headline: bool, options: QuoteOptions) -> QuoteKind:
    # Judge the words with straight marks, so the kind never depends on the marks' shape.
    text = text.translate(_STRAIGHTEN)
    words = _word_count(text)
    if ctx.span.continued:
        return "speech"
    if headline:
        return "speech" if words >= options.min_headline_speech_words else "term"
    tokens, at = ctx.tokens, ctx.at
    if _term_cue_before(tokens, at, ctx.sentence.lo):
        return "term"
    # Titles keep their capitals and rarely end a sentence inside the marks ("Fox and
    # Friends," — American style puts the comma inside).
    title = _is_title_case(text) and not re.search(r"[!?…]$", text) and words <= 6
    if ctx.standalone:
        # A title as the object of the verb ("told “Fox and Friends,”"), not one followed
        # by its attribution ("“One,” Zelenskyy said").
        as_object = ctx.attribution is None or (
            ctx.at > 0 and ctx.tokens[ctx.at - 1].start == ctx.attribution.verb_at
        )
        if title and as_object and not text.endswith("."):
            return "term"
        if words <= 2 and ctx.attribution is None and not re.search(r"[.!?…]$", text):
            return "term"
        return "speech"
    if words > options.max_fragment_words:
        return "speech"
    if title and _venue_before(tokens, at, ctx.sentence.lo):
        return "term"
    if _cue_before(ctx):
        # Inside a reported claim ("X called it “…”", "according to X", "the term “…”"):
        # the quoted words are the speaker's, even one word or a title-case phrase.
        return "fragment"
    if title:
        return "term"
    if ctx.attribution is not None or ctx.has_verb:
        return "fragment"
    # Scare quotes wrap a word or two; a longer lowercase stretch is someone's words even
    # when the sentence names no speaker ("plans to ''build on the progress'' of …").
    if words >= options.min_unattributed_fragment_words:
        return "fragment"
    if words >= 2 and _has_cue(ctx):
        return "fragment"
    return "term"


def _cue_before(ctx: _Context) -> bool:
    """Whether an attribution verb or cue comes before the quotation in its sentence."""
    tokens = ctx.tokens
    for k in range(ctx.sentence.lo, ctx.at):
        token = tokens[k]
        if not token.is_word:
            continue
        low = token.lower
        if low in _CUE_WORDS or low in _MENTION_CUES or low in _CLAIM_NOUNS:
            return True
        if low == "that" and k > ctx.sentence.lo:
            return True  # a content clause: "… that the race was “rigged”"
        as_object = k == ctx.at - 1 or (
            k == ctx.at - 2 and tokens[k + 1].lower in ("a", "an", "the")
        )
        if low == "as" and as_object and k > 0 and tokens[k - 1].lower != "known":
            # "rejected the idea as “ludicrous”", "pounding Trump as a “con artist”"
            return True
        if _verb_at(tokens, k, headline=False) is not None:
            return True
    return False


def _has_cue(ctx: _Context) -> bool:
    """Whether the quotation's sentence reports what someone said, thought or called."""
    for token in ctx.tokens[ctx.sentence.lo : ctx.sentence.hi]:
        if token.is_word and (token.lower in _CUE_WORDS or lemma_of(token.lower)):
            return True
    return False


def _standalone(ctx: _Context) -> bool:
    """The quotation is a sentence of its own or follows an attribution's comma or colon."""
    tokens, at, lo = ctx.tokens, ctx.at, ctx.sentence.lo
    if at == lo:
        # Unless the writer's sentence goes on from it: "“The Walking Dead” is a drama".
        nxt = tokens[at + 1] if at + 1 < ctx.sentence.hi else None
        return not (
            nxt is not None
            and nxt.is_word
            and not nxt.is_capitalised
            and _verb_at(tokens, at + 1, headline=False) is None
            and ctx.last_char not in ".!?,:;…—-"
        )
    prev = tokens[at - 1]
    if prev.text == ":":
        return True
    before = range(lo, at)
    has_verb = any(_verb_at(tokens, k, headline=False) is not None for k in before)
    if prev.text in (",", "—", "–") and has_verb:
        return True
    # "X said “…”" with no comma: the quotation is the verb's whole object.
    if _verb_at(tokens, at - 1, headline=False) is not None:
        return True
    return tokens[at - 1].text.startswith("¤")


def _attribute(ctx: _Context, *, headline: bool) -> None:
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    after_lo = at + 1
    while after_lo < sentence.hi and tokens[after_lo].text in (",", "—", "–", "-"):
        after_lo += 1
    after_verbs = [
        v
        for v in _find_verbs(tokens, after_lo, sentence.hi, headline=headline)
        if v[2] - after_lo <= 16
        and not any(tokens[k].text.startswith("¤") for k in range(after_lo, v[2]))
    ]
    after: _Attribution | None = None
    for verb in after_verbs[:1]:
        # A participle after the quotation ("…,” saying …) shares the sentence's subject.
        participle = verb[0].lower().endswith("ing")
        found = _attribution_for(tokens, sentence.lo if participle else after_lo, sentence.hi, verb)
        if found is None:
            continue
        # The speaker phrase must follow the quotation at once, give or take a few words
        # the phrase reader leaves out ("DoubleLine Capital portfolio manager Bonnie Baha").
        gap = [t for t in tokens[after_lo : verb[2]] if t.end <= found.mention.start]
        inverted = found.mention.start > tokens[verb[2]].start and tokens[verb[2] - 1].text == ","
        # A role with the name in apposition: "“…,” Sanders's campaign manager, Jeff Weaver,
        # said".
        appositive = (
            0 < len(gap) <= 8
            and gap[-1].text == ","
            and all(
                is_phrase_word(t)
                or t.text == ","
                or (t.is_word and gap[0].lower in ("the", "a", "an"))
                for t in gap
            )
        )
        if (
            verb[2] == after_lo
            or (len(gap) <= 4 and all(t.is_word for t in gap))
            or appositive
            or inverted
            or _closing_attribution(tokens, found, verb, sentence)
        ):
            # Inverted after the writer's words ("“…” that Sanders can win, said Kunin").
            after = found
    before_verbs = _find_verbs(tokens, sentence.lo, at, headline=headline)
    before: _Attribution | None = None
    for verb in reversed(before_verbs):
        before = _attribution_for(tokens, sentence.lo, at, verb)
        if before is not None:
            break
    ctx.has_verb = bool(after_verbs or before_verbs)
    ctx.standalone = _standalone(ctx)
    if after is not None and (ctx.standalone or before is None):
        ctx.attribution = after
    else:
        ctx.attribution = before or after
    if ctx.attribution is None:
        ctx.attribution = _signature(tokens, at)


def _closing_attribution(
    tokens: Sequence[Token],
    found: _Attribution,
    verb: tuple[str, str, int, int],
    sentence: _Sentence,
) -> bool:
    """Whether the attribution closes the sentence after the writer's words ("“…” than that
    of the CIA chief, Zuckoff said."): a comma, the speaker and the verb end it, and a short
    "in an interview" may follow."""
    start = next((k for k, t in enumerate(tokens) if t.start == found.mention.start), None)
    if start is None or start == 0 or tokens[start - 1].text != ",":
        return False
    tail = tokens[verb[3] + 1 : sentence.hi]
    return len(tail) <= 7 and all(t.is_word or t.text in (".", "!", "?") for t in tail)


_DASHES = frozenset("—―–-")


def _signature(tokens: Sequence[Token], at: int) -> _Attribution | None:
    """A quotation signed after a dash, as pull quotes and lists of reactions are
    ("“…” ― Pamela Padilla", "“…” -- Sen. Jeff Flake"): the name must end the line or the
    sentence, so a dash that goes on with the writer's words ("“a deal” — Smith disagreed")
    signs nothing."""
    k = at + 1
    if k >= len(tokens) or tokens[k].text not in _DASHES:
        return None
    dash = tokens[k]
    k += 1
    if k < len(tokens) and tokens[k].text in _DASHES:
        k += 1  # "--"
    phrase = phrase_after(tokens, k)
    if not phrase:
        return None
    end = k + len(phrase)
    if end < len(tokens) and not (
        tokens[end].text in (".", ",", ";") or tokens[end].text.startswith("¤")
    ):
        return None
    mention = mention_from_tokens(phrase)
    if mention is None or mention.kind != "name":
        return None
    return _Attribution(mention, None, None, dash.start)


class _Resolver:
    """Turns speaker mentions into names, using everything the article says about people."""

    def __init__(self, registry: Registry, lowercase_words: frozenset[str]) -> None:
        self.registry = registry
        # Words the article writes in lower case: "Tunnels" opening a sentence of an article
        # that also says "tunnels" is that word, not a name.
        self.lowercase_words = lowercase_words
        # (position, paragraph, name, is_org) of every attribution subject, in text order.
        self.subjects: list[tuple[int, int, str, bool]] = []

    def resolve(self, mention: Mention, paragraph: int) -> str | None:
        if mention.kind == "name" and mention.name is not None:
            if self._common_word(mention.name):
                return None
            return self.registry.canonical(mention.name)
        if mention.kind == "role":
            return self.registry.resolve_role(mention, mention.start) or mention.text
        if mention.kind == "generic":
            return mention.text
        gender = PRONOUNS.get(mention.text.lower(), "")
        want_org = gender in ("plural", "thing")
        # A pronoun's gender rules out people known to be of the other one.
        clash = {"male": "female", "female": "male"}.get(gender, "-")
        if gender == "female":
            # Few given names are known, so one known to agree is strong evidence.
            for pos, par, name, is_org in reversed(self.subjects):
                if pos >= mention.start:
                    continue
                if par < paragraph - 2:
                    break
                if not is_org and self.registry.gender_of(name) == gender:
                    return name
        for pos, par, name, is_org in reversed(self.subjects):
            if pos >= mention.start:
                continue
            if par < paragraph - 2:
                break
            if is_org == want_org and self.registry.gender_of(name) != clash:
                return name
        for pos, entity in reversed(self.registry.mentions):
            if pos >= mention.start or entity.is_org != want_org or entity.gender == clash:
                continue
            if len(entity.mentions) == 1 and " " not in entity.name:
                continue  # one capitalised word seen once ("Nobody asked"): not a person
            return entity.name
        return None

    def _common_word(self, name: str) -> bool:
        """A one-word "name" seen once that the article also writes in lower case."""
        if " " in name or name.lower() not in self.lowercase_words:
            return False
        return " " not in self.registry.canonical(name) and self.registry.mention_count(name) <= 1

    def last_subject(self, position: int, paragraph: int) -> str | None:
        """Whoever was last reported as speaking, in this paragraph or the one before."""
        for pos, par, name, _ in reversed(self.subjects):
            if pos < position and par >= paragraph - 1:
                return name
        return None

    def note(self, position: int, paragraph: int, name: str) -> None:
        self.subjects.append((position, paragraph, name, self.registry.is_org(name)))
        self.subjects.sort()


def _build_registry(
    text: str, paragraphs: Sequence[Paragraph], spans: Sequence[_Span]
) -> tuple[Registry, dict[int, tuple[list[Token], dict[int, int]]]]:
    registry = Registry()
    tokenised: dict[int, tuple[list[Token], dict[int, int]]] = {}
    for paragraph in paragraphs:
        tokens, where = _paragraph_tokens(text, paragraph, spans)
        tokenised[paragraph.index] = (tokens, where)
        i = 0
        while i < len(tokens):
            if not tokens[i].is_word:
                i += 1
                continue
            # Grow a phrase forwards, then classify it the way a speaker phrase would be.
            j = i
            while j < len(tokens) and tokens[j].is_word:
                j += 1
            k = i
            while k < j:
                phrase = phrase_before(tokens, k + 1)
                k += 1
                if k < j and tokens[k].is_capitalised:
                    continue
                if phrase and phrase[-1].is_capitalised:
                    mention = mention_from_tokens(phrase)
                    if mention is not None and mention.kind == "name":
                        registry.add(mention)
            i = j
    return registry, tokenised


_DEFAULT_OPTIONS = QuoteOptions()


def extract_quotes(
    article: Article, *, options: QuoteOptions = _DEFAULT_OPTIONS
) -> tuple[Quote, ...]:
    """The quotations of ``article`` in text order, with kinds, speakers and verbs.

    Pure and deterministic; any text at all gives a result (property-tested), unbalanced
    marks included."""
    return _extract(article, options)


def _extract(article: Article, options: QuoteOptions) -> tuple[Quote, ...]:
    text = article.text
    paragraphs = [p for p in article.paragraphs if 0 <= p.start < p.end <= len(text)]
    spans = _find_spans(text, paragraphs)
    if not spans:
        return ()
    registry, tokenised = _build_registry(text, paragraphs, spans)
    resolver = _Resolver(registry, frozenset(re.findall(r"\b[a-z][a-z'’-]+\b", text)))
    by_index = {p.index: p for p in paragraphs}

    # Attribution subjects of every speech verb, quoted or not, for "he said" and for a
    # quotation whose speaker was named in the paragraph before.
    lead_ins: dict[int, _Attribution] = {}
    for paragraph in paragraphs:
        tokens, _ = tokenised[paragraph.index]
        headline = paragraph.role == "headline"
        quote_ends = _quote_ends(text, spans, paragraph.index)
        sentences = _sentences(tokens, quote_ends)
        for sentence in sentences:
            for found_verb in _find_verbs(tokens, sentence.lo, sentence.hi, headline=headline):
                found = _attribution_for(tokens, sentence.lo, sentence.hi, found_verb)
                if found is None:
                    continue
                name = resolver.resolve(found.mention, paragraph.index)
                if name is not None and name[:1].isupper():
                    resolver.note(found.mention.start, paragraph.index, name)
        if sentences and tokens:
            last = sentences[-1]
            if tokens[last.hi - 1].text in (",", ":"):
                verbs = _find_verbs(tokens, last.lo, last.hi, headline=headline)
                for found_verb in reversed(verbs):
                    found = _attribution_for(tokens, last.lo, last.hi, found_verb)
                    if found is not None:
                        lead_ins[paragraph.index] = found
                        break

    contexts: list[_Context] = []
    for paragraph in paragraphs:
        tokens, where = tokenised[paragraph.index]
        sentences = _sentences(tokens, _quote_ends(text, spans, paragraph.index))
        for n, span in spans_in(spans, paragraph.index):
            at = where[n]
            sentence = next((s for s in sentences if s.lo <= at < s.hi), _Sentence(0, len(tokens)))
            ctx = _Context(span, tokens, at, sentence, text[span.end - 1])
            _attribute(ctx, headline=paragraph.role == "headline")
            contexts.append(ctx)

    quotes: list[Quote] = []
    utterance_of: list[int] = []
    speakers: list[tuple[str | None, Mention | None, str | None, str | None]] = []
    for n, ctx in enumerate(contexts):
        span = ctx.span
        paragraph = by_index[span.paragraph]
        headline = paragraph.role == "headline"
        quoted = text[span.start : span.end]
        kind = _kind(ctx, quoted, headline=headline, options=options)
        utterance = n
        prev = contexts[n - 1] if n else None
        linked = prev is not None and (
            (span.continued and prev.span.continues) or _split_utterance(prev, ctx)
        )
        if linked and kind != "term" and (kind == "speech" or quotes[-1].kind == "speech"):
            # A continuation ("…,” he said, “and we will …”) is part of the speech it
            # continues, even when it starts in lower case like a fragment.
            utterance = utterance_of[n - 1]
            kind = "speech"
        utterance_of.append(utterance)

        attribution = ctx.attribution
        speaker: str | None = None
        mention: Mention | None = None
        verb: str | None = None
        lemma: str | None = None
        if kind != "term":
            if attribution is not None:
                mention = attribution.mention
                speaker = resolver.resolve(mention, span.paragraph)
                verb, lemma = attribution.verb, attribution.lemma
            elif utterance != n:
                speaker, mention, verb, lemma = speakers[utterance]
            else:
                inherited = _inherit(ctx, n, contexts, speakers, lead_ins, resolver)
                if inherited is None:
                    inherited = _fallback(ctx, resolver)
                if inherited is not None:
                    speaker, mention, verb, lemma = inherited
        speakers.append((speaker, mention, verb, lemma))
        quotes.append(
            Quote(
                article=article.id,
                index=n,
                text=quoted,
                start=span.start,
                end=span.end,
                kind=kind,
                speaker=speaker,
                speaker_mention=mention.text if mention is not None else None,
                verb=verb,
                verb_lemma=lemma,
                utterance=utterance,
                paragraph=span.paragraph,
                open_mark=text[span.open_at],
                close_mark=text[span.close_at] if span.close_at is not None else "",
                edits=_edits(text, span.start, span.end),
                speaker_start=mention.start if mention is not None else None,
                speaker_end=mention.end if mention is not None else None,
            )
        )
    # Parts of one utterance share a speaker. The part with its own attribution names it
    # for the others: a multi-paragraph quotation attributed in its last part ("“…” / “…,”
    # said John Smith") must not keep a speaker guessed for its first part from earlier
    # paragraphs; a first part attributed only by its second ("“…,” he said. “…”") too.
    attributed: dict[int, Quote] = {}
    for n, quote in enumerate(quotes):
        if contexts[n].attribution is not None and quote.speaker is not None:
            attributed.setdefault(quote.utterance, quote)
    for n, quote in enumerate(quotes):
        source = attributed.get(quote.utterance)
        if (
            source is not None
            and quote.kind != "term"
            and contexts[n].attribution is None
            and quote.speaker != source.speaker
        ):
            quotes[n] = _with_speaker(quote, source)
    for n, quote in enumerate(quotes):
        if quote.speaker is None and quote.kind != "term":
            for other in quotes:
                if other.utterance == quote.utterance and other.speaker is not None:
                    quotes[n] = _with_speaker(quote, other)
                    break
    return tuple(quotes)


def _with_speaker(quote: Quote, other: Quote) -> Quote:
    return replace(
        quote,
        speaker=other.speaker,
        speaker_mention=other.speaker_mention,
        speaker_start=other.speaker_start,
        speaker_end=other.speaker_end,
        verb=other.verb,
        verb_lemma=other.verb_lemma,
    )


def _quote_ends(text: str, spans: Sequence[_Span], paragraph: int) -> dict[int, str]:
    """The last character inside each quotation of a paragraph, keyed by its open mark."""
    return {s.open_at: text[s.end - 1] for _, s in spans_in(spans, paragraph) if s.end > s.start}


def _split_utterance(prev: _Context, ctx: _Context) -> bool:
    """“…,” he said. “…” (or “…,” he said, “…”): one utterance split by its attribution."""
    if prev.span.paragraph != ctx.span.paragraph:
        return False
    # In the comma form the attribution between the parts is found for both of them; any
    # other attribution of the second part makes it a new utterance.
    if ctx.attribution is not None and not (
        prev.attribution is not None
        and ctx.attribution.verb_at == prev.attribution.verb_at
        and prev.span.end < ctx.attribution.verb_at < ctx.span.start
    ):
        return False
    tokens = ctx.tokens
    between = tokens[prev.at + 1 : ctx.at]
    if not between or len(between) > 24:
        return False
    if any(t.text.startswith("¤") for t in between):
        return False
    has_verb = any(_verb_at(tokens, k, headline=False) for k in range(prev.at + 1, ctx.at))
    # Only the attribution sits between the parts: no second sentence of the writer's own.
    stops = [t for t in between if t.text in (".", "!", "?")]
    return has_verb and len(stops) <= 1 and (not stops or stops[0] is between[-1])


def _signed(ctx: _Context) -> bool:
    """A quotation signed after a dash: the signature names its speaker and nobody else's."""
    return ctx.attribution is not None and ctx.attribution.verb is None


def _inherit(
    ctx: _Context,
    n: int,
    contexts: Sequence[_Context],
    speakers: Sequence[tuple[str | None, Mention | None, str | None, str | None]],
    lead_ins: dict[int, _Attribution],
    resolver: _Resolver,
) -> tuple[str | None, Mention | None, str | None, str | None] | None:
    """A speaker for a quotation with no attribution of its own, from its surroundings."""
    paragraph = ctx.span.paragraph
    # Earlier quotations of the same paragraph ("“…” he said. “…”").
    for k in range(n - 1, -1, -1):
        other = contexts[k]
        if other.span.paragraph != paragraph:
            break
        if speakers[k][0] is not None and not _signed(other):
            return speakers[k]
    opens_paragraph = ctx.at == 0
    if opens_paragraph:
        # "Stoltenberg responded by stating," with the quotation in the next paragraph.
        before = paragraph - 1
        if before in lead_ins:
            lead = lead_ins[before]
            name = resolver.resolve(lead.mention, before)
            return (name, lead.mention, lead.verb, lead.lemma)
        # The speaker named in the paragraph before: its last attributed quotation.
        for k in range(n - 1, -1, -1):
            other = contexts[k]
            if other.span.paragraph < paragraph - 1:
                break
            if speakers[k][0] is not None and not _signed(other):
                return speakers[k]
    return None


def _fallback(
    ctx: _Context, resolver: _Resolver
) -> tuple[str | None, Mention | None, str | None, str | None] | None:
    """A speaker when no verb attributes the quotation, from the shape of its sentence."""
    tokens, at, sentence = ctx.tokens, ctx.at, ctx.sentence
    paragraph = ctx.span.paragraph
    if at > sentence.lo and tokens[at - 1].text == ":":
        # "Kasich: ‘We Are Going To Go All The Way’" — a headline or a transcript line;
        # "Rep. Trey Gowdy (R-S.C.): “…”"; "POLLS SHIFT - Philip Bump: “…”" in a digest.
        end = at - 1
        if end > sentence.lo and tokens[end - 1].text == ")":
            end = next(
                (
                    j
                    for j in range(end - 2, max(sentence.lo, end - 12) - 1, -1)
                    if tokens[j].text == "("
                ),
                end,
            )
        phrase = [t for t in phrase_before(tokens, end) if t.start >= tokens[sentence.lo].start]
        k = tokens.index(phrase[0]) if phrase else -1
        if phrase and (k == sentence.lo or tokens[k - 1].text in _DASHES):
            mention = mention_from_tokens(phrase)
            if mention is not None:
                return resolver.resolve(mention, paragraph), mention, None, None
    if not ctx.standalone:
        # Words set into a sentence whose subject is a person are usually that person's
        # ("Dr. Muhammad Babar pondered who might “testify for our innocence”").
        phrase = _clause_subject(tokens, sentence.lo, at)
        mention = mention_from_tokens(phrase)
        if mention is not None and mention.kind != "generic":
            return resolver.resolve(mention, paragraph), mention, None, None
        return None
    position = tokens[at].start
    name = resolver.last_subject(position, paragraph)
    return (name, None, None, None) if name is not None else None


def _name_key(name: str) -> str:
    return canonical_key(name.split()[-1])


def unify_speakers(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give each speaker one name in every article: the most frequent full form.

    Speakers are grouped by surname, compared without regard to spelling variants
    ("Zelensky", "Zelenskyy"); two full names with different given names stay apart. Within
    a group the name chosen is the full form (two words or more) used by most quotations, ties
    broken by the longer name and then alphabetically, so the choice never depends on order.
    """
    names = sorted({q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()})
    counts = Counter(q.speaker for q in quotes if q.speaker)
    groups: dict[str, list[list[str]]] = {}
    for name in sorted(names, key=lambda s: (-len(s.split()), s)):
        buckets = groups.setdefault(_name_key(name), [])
        for bucket in buckets:
            if all(given_names_compatible(name, other) for other in bucket):
                bucket.append(name)
                break
        else:
            buckets.append([name])
    chosen: dict[str, str] = {}
    for buckets in groups.values():
        for bucket in buckets:
            full = [b for b in bucket if len(b.split()) > 1] or bucket
            best = min(full, key=lambda s: (-counts[s], -len(s.split()), -len(s), s))
            for member in bucket:
                chosen[member] = best
    return tuple(
        replace(q, speaker=chosen.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes
    )
