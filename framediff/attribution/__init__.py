"""Attribution: who said what, and how the writer said they said it.

One article in, its attributions out: every direct quotation (speech, fragment or term), with
its cue (the verb as written and its lemma, with offsets), the source mention as written and
the resolved speaker. The steps, one module each:

``marks``       quote marks to quotation spans, read by position, not by shape
``tokens``      words and punctuation with offsets
``sentences``   sentences over a paragraph's tokens, a quotation standing as one token
``lexicon``     titles, roles, organisation words, given names; spelling-insensitive keys
``names``       speaker phrases and the names, titles and roles in them
``cues``        attribution verbs and "according to"
``subjects``    who a cue names (subject, inverted or appositive name, signature)
``openers``     capitalised sentence openers that are no names
``described``   speakers described rather than named ("One mum", "Stockport traders")
``kinds``       speech, fragment or term
``attach``      which attribution belongs to a quotation; split utterances
``registry``    the people an article names, found by name, role or description
``resolver``    speaker phrases to the registry's people: names, roles, pronouns
``registry_scan`` the pass that reads an article's names into its registry
``inherit``     speakers for quotations with no attribution of their own
``reported``    reported speech: sentences that report words without quoting them
``mentions``    the places an article names people
``quotations``  ``attribute``: the steps above over one article, giving ``Attributions``
``unify``       one name for one person across outlets, for every record
``verbs``       the verb lexicon and its classes (neutral, evaluative, intensifying)
"""

from __future__ import annotations

from framediff.attribution.lexicon import surname_key
from framediff.attribution.quotations import attribute, extract_quotes
from framediff.attribution.unify import unify_attributions, unify_speakers

__all__ = ["attribute", "extract_quotes", "surname_key", "unify_attributions", "unify_speakers"]
