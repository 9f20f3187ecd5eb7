"""Attribution: who said what, and how the writer said they said it.

One article in, its attributions out: every direct quotation (speech, fragment or term), with
its cue (the verb as written and its lemma, with offsets), the source mention as written and
the resolved speaker. The steps, one module each:

``marks``       quote marks to quotation spans, read by position, not by shape
``tokens``      words and punctuation with offsets
``sentences``   sentences over a paragraph's tokens, a quotation standing as one token
``names``       speaker phrases and the names, titles and roles in them
``cues``        attribution verbs and "according to"
``subjects``    who a cue names (subject, inverted or appositive name, signature)
``kinds``       speech, fragment or term
``attach``      which attribution belongs to a quotation; split utterances
``registry``    the people an article names, and the resolver for roles and pronouns
``quotations``  the extractor that runs the steps above over one article
``unify``       one name for one person across outlets
``verbs``       the verb lexicon and its classes (neutral, evaluative, intensifying)
"""

from __future__ import annotations

from framediff.attribution.quotations import extract_quotes
from framediff.attribution.unify import unify_speakers

__all__ = ["extract_quotes", "unify_speakers"]
