"""The shapes of a speaker mention that the resolver treats apart: an age ("the
34-year-old"), a document ("the statement"), a title that names another office ("the
minister" is no shadow minister) and a lone capitalised word."""

from __future__ import annotations

from framediff.attribution.lexicon import DETERMINERS, DOCUMENT_NOUNS, GIVEN_NAMES
from framediff.attribution.names import Mention

# Words that make a title another office: "the minister" does not refer back to a shadow,
# deputy, vice or assistant minister (Westminster parliaments' "Shadow Minister of Housing",
# a deputy minister beside the minister). Not "former": a person's descriptors gather from
# every mention, and "Former President Donald Trump, the Republican nominee" is still "the
# nominee".
QUALIFIERS = frozenset(("shadow", "deputy", "vice", "assistant"))


def lone_word(name: str, mentions: int) -> bool:
    """One capitalised word seen once ("Nobody asked"): no antecedent, unless it is a known
    given name ("For Karen, 52, a librarian who asked that her last name not be used")."""
    return mentions == 1 and " " not in name and name not in GIVEN_NAMES


def is_age(mention: Mention) -> bool:
    """Whether ``mention`` is "the N-year-old" and nothing more (``ages.py``)."""
    words = [d for d in mention.descriptors if d not in DETERMINERS]
    return len(words) == 1 and words[0].endswith("-year-old")


# Documents their speaker issues ("the statement", "this letter"); a court's ruling or a
# plaintiff's filing is no statement of whoever spoke last.
ISSUED_DOCUMENTS = DOCUMENT_NOUNS & frozenset(
    ("statement", "statements", "letter", "release", "notice", "memo", "memorandum", "post",
     "tweet", "message", "circular", "advisory", "communique", "communiqué")
)  # fmt: skip


def the_document(mention: Mention) -> bool:
    """Whether ``mention`` is a definite document its speaker issues ("the statement")."""
    words = mention.text.lower().split()
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in ISSUED_DOCUMENTS
