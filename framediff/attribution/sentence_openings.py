"""Whether the first name of a sentence is its subject: what may stand before it (a title,
a connective, an opening phrase set off by a comma, a description set as a title), what
must come after it (the start of a predicate), and the two other ways a sentence makes a
name its topic (the agent of a short passive, a name after a scene-setting place).

The registry (``registry_scan.build_registry``) records such subjects, whom a pronoun that
opens the next attribution most often means.
"""

from __future__ import annotations

from collections.abc import Sequence

from framediff.attribution.described import FUNCTION_LOWER
from framediff.attribution.lexicon import (
    BE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    OPENERS,
    ROLE_NOUNS,
    is_agent_noun,
    is_title_word,
    word_set,
)
from framediff.attribution.tokens import Token
from framediff.attribution.verbs import lemma_of

# Lowercase words inside a title or a name before the name itself ("Minister for Housing
# Darragh Moran", "Secretary of State", "the nearby Ochapowace Nation").
_TITLE_LINKS = word_set("the of for and de del la von van nearby")
# Words after a name that do not start its predicate: a preposition, a conjunction or a
# relative pronoun ("Moran and Ó Broin", "Moran, who", "Moran in Dublin").
NOT_PREDICATE = word_set(
    "and or nor but of in at on to for with from by as than who whom whose which that"
)


# Conjunctions that join a clause of the sentence's own, not an adverbial, before a comma
# ("But the possibility has to be …,"). A subordinating one ("When it was his turn to
# speak, Reinholt stood") opens an adverbial clause, and the main clause's subject follows
# its comma.
_CONJUNCTIONS = word_set("and but or so yet")
# How many tokens may come before a sentence's first name that is its subject: a title
# and a connective ("But Transport Minister Fiona"), or an opening phrase and its comma,
# which may run long ("Speaking at a prelaunch press conference on Monday (Aug. 11),
# Okonkwo had been cautious": 12 tokens).
_TITLE_REACH = 6
_OPENING_REACH = 16


# How many words an inverted sentence may open with before its copula and the name.
_INVERTED_REACH = 10


def opens_as_subject(tokens: Sequence[Token], opening: int, at: int, after: int) -> bool:
    """Whether a name (``tokens[at:after]``), the first of its sentence, is the sentence's
    subject: only a title, a connective or an opening phrase set off by a comma comes before
    it ("But Moran", "Her opposite number, Daniel Okoro,", "On Monday, Moran"), and after it
    (and an appositive or an "of" phrase) comes the start of a predicate, a lowercase word
    that is no preposition, conjunction or relative ("Moran rejected", "Moran has")."""
    before = tokens[opening:at]
    if (
        len(before) <= _INVERTED_REACH
        and before[:1]
        and before[0].lower == "among"
        and before[-1].lower in ("is", "was", "are", "were")
    ):
        # "Among those detained is Aizada Toktosunova, …", "Among the objectors who
        # addressed the hearing was Carmelo Portelli": the copula inverted, the person after
        # it is whom the sentence is about, and "she" next refers to.
        return True
    false_title = _false_title(before)
    commas = [k for k, t in enumerate(before) if t.text == ","]
    # An opening phrase set off by a comma may run longer than a title ("Later,
    # introducing the daesang category, Lee turned serious"), when it opens the sentence
    # as an adverbial does and its verb follows the name ("In a letter to his wife, Marjorie
    # Dahl, he wrote": the name is the phrase's).
    long_opening = (
        bool(commas)
        and before[0].text in FUNCTION_WORDS
        and before[0].lower not in _CONJUNCTIONS  # "But the possibility has to be …,"
        and not tokens[at].text.startswith(("I'", "I’"))  # "At any rate, …, I’m going"
        and after < len(tokens)
        and _starts_predicate(tokens[after])
    )
    reach = _OPENING_REACH if long_opening else _TITLE_REACH
    if len(before) > reach and not false_title:
        return False
    # The words after the opening phrase's comma: a title ("In Alcala town, Mayor Cristina
    # Garcia-Baggayan ordered") or nothing.
    titled = before[commas[-1] + 1 :] if commas else before
    topic = (
        before[:1] and before[0].lower == "for" and (len(before) == 1 or _false_title(before[1:]))
    )
    if topic and after < len(tokens):
        # "For Ruiz, the damage can wait.", "For Jean Paul Hakizimana, a father of five, …":
        # a feature makes the person its topic so, and the "she said" after is theirs; so
        # with a description set as a title ("For herder D.Altangerel, 63, whose …, the").
        return tokens[after].text == ","
    lowercase = any(
        t.is_word
        and not t.is_capitalised
        and t.lower not in _TITLE_LINKS
        and not is_title_word(t.text)  # "Transport minister Fiona Hyslop apologised"
        and not is_agent_noun(t.lower)  # "Crane operator Sami Östman has worked"
        for t in titled
    )
    if lowercase and not false_title:
        return False
    k = after
    if k < len(tokens) and tokens[k].text == "(":
        # "MP Fadi Achkar (Strong Republic bloc), a member of …, rejected": the party or
        # constituency in brackets after a name, as many papers print it, a few words long
        # (within 8 tokens; a longer bracket is an aside of its own).
        shut = next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), 0)
        k = shut + 1 if shut else k
    if before and before[-1].text == "," and k < len(tokens) and tokens[k].text == ",":
        k += 1  # the name is the appositive: "Her opposite number, Daniel Okoro, accused"
    for _ in range(3):
        # Appositives and relative clauses: "Margaret Ellis, 71, who has used the line for
        # 50 years, said"; after a comma, whatever does not start the predicate opens one
        # more ("Karma Wangchuk, 58, from Gaytsa in Chumey gewog, Bumthang, spent").
        if k < len(tokens) and tokens[k].lower in (",", "who"):
            opened = k
        elif (
            after < k < len(tokens)
            and tokens[k - 1].text == ","
            and tokens[k].lower not in ("of", "at")  # read below
            and not _starts_predicate(tokens[k])
        ):
            opened = k - 1
        else:
            break
        # A noun phrase in apposition may run long ("the pizza maven and former Republican
        # presidential candidate who hosts an Atlanta area radio show,").
        reach = 24 if opened + 1 < len(tokens) and tokens[opened + 1].lower in DETERMINERS else 14
        end = next(
            (
                j
                for j in range(opened + 1, min(len(tokens), opened + reach))
                if tokens[j].text == ","
            ),
            None,
        )
        if end is None:
            return False  # an appositive that no comma closes
        k = end + 1
    if k < len(tokens) and tokens[k].lower in ("of", "at"):
        # "Chief Wesley Starblanket of the nearby Ochapowace Nation welcomed", "Ben Adeyemi
        # at the University of Leeds, UK, points out" (science writing names a researcher
        # with the institution, and perhaps its country, so).
        k += 1
        while (
            k < len(tokens)
            and tokens[k].is_word
            and (tokens[k].is_capitalised or tokens[k].lower in _TITLE_LINKS)
        ):
            k += 1
        if k < len(tokens) and tokens[k].text == ",":
            # The country after the institution ("…, UK, points out"), the parish or town
            # after the street ("of Ivy Road, St Michael, who …"): capitalised words and a
            # comma; the relative clause after it is read as the appositives above are.
            j = k + 1
            while j < min(len(tokens), k + 4) and tokens[j].is_capitalised and tokens[j].is_word:
                j += 1
            if j > k + 1 and j < len(tokens) and tokens[j].text == ",":
                k = j + 1
                if k < len(tokens) and tokens[k].lower == "who":
                    closing = next(
                        (
                            x
                            for x in range(k + 1, min(len(tokens), k + 24))
                            if tokens[x].text == ","
                        ),
                        None,
                    )
                    k = closing + 1 if closing is not None else len(tokens)
    return k < len(tokens) and _starts_predicate(tokens[k])


# Prepositions that open a scene-setting phrase before the subject ("At Ura,", "In Kigali,").
_SCENE_PREPOSITIONS = word_set("at in near inside outside across throughout from")


def passive_agent(tokens: Sequence[Token], opening: int, at: int, after: int) -> bool:
    """Whether the name ``tokens[at:after]``, the first of its sentence, is the agent of a
    short passive that it ends ("The accusation was rejected by Chief Tamatak."): the
    one who acted is the sentence's topic, whom a "he said" after refers to."""
    if not 3 <= at - opening <= 8 or tokens[at - 1].lower != "by":
        return False
    if not any(t.lower in BE_FORMS for t in tokens[opening : at - 2]):
        return False
    ends = after >= len(tokens) or tokens[after].text in (".", ";")
    return ends and tokens[at - 2].lower.endswith(("ed", "en"))


def _false_title(before: Sequence[Token]) -> bool:
    """Whether the words before a name are a description set before it as a title, a
    "false title" in the grammarians' term ("19-year-old nursing student Kristine
    Mabborang was helping", "retired teacher Ann Ho said"): lowercase words that are no
    function word or verb, ending in a noun for a person, after at most a determiner."""
    commas = [k for k, t in enumerate(before) if t.text == ","]
    # After a scene set off by a comma: "At the school gym, 23-year-old nursing student".
    words = [t for t in before[commas[-1] + 1 if commas else 0 :] if t.is_word]
    if not words or words[-1].is_capitalised:
        return False
    noun = words[-1].lower
    if not (is_agent_noun(noun) or noun in ROLE_NOUNS):
        return False
    return all(
        t.lower in OPENERS
        if t.is_capitalised or t.lower in OPENERS
        else t.lower not in FUNCTION_LOWER and lemma_of(t.lower) is None
        for t in words[:-1]
    )


def sets_the_scene(tokens: Sequence[Token], opening: int, at: int, after: int) -> bool:
    """Whether the name ``tokens[at:after]`` is the place of a phrase that opens its
    sentence and sets the scene ("At Ura, Karma Tenzin, the valley's oldest farmer,
    showed"): the subject is then the name after its comma, which is read in its turn."""
    if after + 1 < len(tokens) and tokens[after].lower in _PLACE_KINDS:
        after += 1  # "In Alcala town, Mayor Cristina Garcia-Baggayan ordered"
    return (
        at == opening + 1
        and tokens[opening].lower in _SCENE_PREPOSITIONS
        and after < len(tokens)
        and tokens[after].text == ","
    )


# Lowercase nouns for a kind of place, after its name ("Alcala town", "Kogi state").
_PLACE_KINDS = word_set(
    "town city village district province county region state municipality parish island"
)


def _starts_predicate(token: Token) -> bool:
    """Whether a predicate may start at ``token``: a lowercase word that is no preposition,
    conjunction, relative or determiner (a determiner opens a noun phrase: "Jay DiPietro,
    the club's president, suggested")."""
    return (
        token.is_word
        and not token.is_capitalised
        and token.lower not in NOT_PREDICATE
        and token.lower not in DETERMINERS
    )
