"""Every tuning knob of framediff, with its default and the reason for it.

``Options`` is built in one place (the CLI, or a library caller) and handed down; no stage
reads a threshold from anywhere else. ``docs/how-it-decides.md`` explains each value to
readers who are not programmers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True, kw_only=True)
class LoadOptions:
    """Limits on what loading accepts."""

    # A news article is rarely over 100 KB of text; 20 MB is far beyond any real page and
    # stops a mistaken path (a log file, a database dump) from eating memory.
    max_file_bytes: int = 20 * 1024 * 1024
    # A JSON Lines corpus may hold many articles, so it gets a larger cap.
    max_corpus_bytes: int = 512 * 1024 * 1024
    # Text per article, in characters (framediff/limits.py). A long news article or a
    # full transcript is under 200,000 characters; comparing costs about 10 s of one core
    # per million characters (docs/performance.md), so 8 million still finishes in about a
    # minute and a half, while a page that repeats one story thousands of times (19 MB) is
    # refused before any work. ``--max-article-mb`` raises it.
    max_article_chars: int = 8_000_000
    # Text of all articles of one run together: 50 million characters is some ten
    # thousand articles and about ten minutes of work. ``--max-total-mb`` raises it.
    max_total_chars: int = 50_000_000
    # Fetching: seconds to wait for a server, and the largest page accepted.
    fetch_timeout_seconds: float = 20.0
    max_fetch_bytes: int = 10 * 1024 * 1024
    # A URL (or a redirect) to this machine or the local network is refused before
    # connecting: an article page is public, and a link that points inside the network
    # (a router, a cloud metadata service at 169.254.169.254) must not be read through
    # framediff. These networks are let through all the same: tests serve pages on
    # 127.0.0.1, and a user may name an intranet on purpose
    # (FRAMEDIFF_ALLOW_PRIVATE_ADDRESSES=127.0.0.0/8,10.1.2.0/24).
    allowed_private_networks: tuple[str, ...] = ()
    # An explicit encoding overrides detection (for the rare file detection gets wrong).
    encoding: str | None = None


@dataclass(frozen=True, kw_only=True)
class CleanOptions:
    """How boilerplate is recognised."""

    # A caption or credit line is short; longer lines are kept even when they look odd.
    max_caption_words: int = 40
    # A photo credit at the end of a caption ("(Jae C. Hong/The Associated Press)", "CNA
    # file photo", "[InTime News]") is a few words: only this many last characters of a
    # line are searched for one, so a line of 100,000 characters costs no more than a caption.
    max_trailing_credit_chars: int = 200
    # A teaser for another story sits at the very end: a headline-shaped line followed by at
    # most this many paragraphs before the article ends.
    max_teaser_paragraphs: int = 2
    # ... and each of those paragraphs is short: a teaser's summary is one or two sentences
    # of a wire lead (about 25-40 words). Longer text after a heading-shaped line is the
    # story going on under a subheading, and is kept.
    max_teaser_words: int = 50
    # The links a widget heading ("Related Topics", "More on this story") lists are
    # headlines or topic tags: at most this many words each, none ending a sentence.
    max_link_list_words: int = 16
    # A page's footer lists its links one a line, each a few words ("Terms of Sale", "Your
    # Privacy Choices", "Licensing & Reprints"): a run of at least this many such lines ...
    min_footer_lines: int = 4
    max_footer_link_words: int = 5
    # ... holding at least this many of the site's own pages (its policies, its company,
    # its help), one by a name only a page has ("Privacy Policy", "Contact Us"), is a
    # footer. One page is no evidence (a story's list of where to get help may end with
    # "Contact us"), nor are topic words alone ("Ethics", "Corrections").
    min_footer_site_pages: int = 2
    # A byline, a timestamp line or a photo credit is a name, an outlet, a role and a date:
    # rarely more than a dozen words ("By Jane Doe and John Roe, The Associated Press").
    max_byline_words: int = 12
    # Button text is a few words ("Listen to this article", "Sign up for alerts", "Report an
    # error"); an imperative line longer than this is a sentence of the story.
    max_call_to_action_words: int = 8
    # An advertisement label or a continuation marker alone on a line is short ("This
    # advertisement has not loaded yet, but your article continues below." is 11 words); a
    # longer line starting with one has story text glued on, and only the marker is cut.
    max_prompt_words: int = 12
    # A paragraph of the outlet's furniture (two sentences or more) may hold one short
    # sentence of its own voice, a greeting ("Hi, this is Martin."); at most this many words.
    # A longer sentence is the story's, and the paragraph is only trimmed.
    max_aside_words: int = 6
    # A row of links divided by bars ("Corrections and clarifications | Submit a news tip |
    # Report error") has short labels: at most this many words each.
    max_link_row_words: int = 5
    # A label above a box ("Note from the author:", "Editor's note:") is a few words; a
    # longer line ending in a colon is the story introducing what follows.
    max_label_words: int = 6
    # A line repeated verbatim in this many articles of one outlet is that outlet's
    # boilerplate (a banner, a sign-off), provided it sits at the head or tail of the article.
    min_outlet_repeats: int = 2
    # Lines shorter than this many characters are never judged by repetition alone: short
    # lines ("Yes.", a dateline) repeat by chance.
    min_repeat_chars: int = 40
    # A pull quote repeats a sentence of the story for the eye; a quotation of fewer words
    # ("Then nothing.") may stand as a paragraph of its own and recur by chance.
    min_pull_quote_words: int = 5


@dataclass(frozen=True, kw_only=True)
class QuoteOptions:
    """How quotations, their kinds and their speakers are decided."""

    # A quotation of at most this many words set inside the writer's own sentence, with no
    # speech verb of its own, is a fragment rather than speech.
    max_fragment_words: int = 8
    # In a headline, quoted words are a term (‘Shoot Down’) unless there are at least this
    # many: headlines put short phrases in marks to distance themselves, not to quote speech.
    min_headline_speech_words: int = 4
    # Scare quotes wrap a word or two; a lowercase quotation of at least this many words is
    # someone's words (a fragment) even when its sentence names no speaker. Tuned on PolNeAR.
    min_unattributed_fragment_words: int = 3
    # A quotation paragraph with no attribution of its own continues the speaker of the last
    # attributed quotation (the newspaper convention) when that quotation is at most this
    # many paragraphs back and nobody else is reported speaking in between. Background
    # paragraphs between a speaker's quotations are common; a longer gap usually means the
    # story has moved on. Tuned on PolNeAR train.
    inherit_max_paragraphs: int = 3
    # A body paragraph of at most this many tokens with no sentence punctuation, no
    # quotation and no lead-in colon or comma is a heading or a section word ("Business",
    # "Greater Vancouver"): it names nobody who speaks and breaks a run of quotations.
    heading_max_tokens: int = 6
    # A question-and-answer interview asks more than once: an article with at least this
    # many questions of the writer's each answered by a quotation paragraph is one, and the
    # answers are the interviewee's. A single question answered by a quotation is as often
    # a writer's rhetorical question followed by someone else's words.
    interview_min_answers: int = 2
    # Newsletters and live blogs glue a heading in capitals to the front of an item. Names
    # and acronyms in capitals come one or two words at a time ("USA TODAY", "NATO"); a run
    # of this many words in capitals is a heading ...
    capital_run_min_words: int = 3
    # ... when it holds this many letters: fewer is a string of initials ("U.S. NATO EU").
    capital_run_min_letters: int = 10


@dataclass(frozen=True, kw_only=True)
class AlignOptions:
    """How quotations, sentences and articles are matched across outlets.

    The similarity thresholds are measured against the Microsoft Research Paraphrase
    Corpus by ``benchmarks/eval_msrp.py``; ``docs/evaluation.md`` gives the figures.
    """

    # When the fullest text of a family is rebuilt from several renderings, they overlap by
    # runs of at least this many words; a shorter run ("of the", "in the war") turns up
    # between different sentences by chance.
    family_min_run_words: int = 3
    # Two quotations join only when the stretch both quote holds at least this many words
    # (or all of the shorter one): two words ("witch hunt", "terrible deal") are a label
    # many remarks share, and joins are transitive.
    family_min_shared_words: int = 3
    # The stretch both quote is runs of equal words joined across gaps of at most this many
    # words on either side: a transcript's variant ("last year" / "past year", "they will
    # have" / "they're going to have") or a dropped article breaks a run, not the stretch.
    family_gap_words: int = 3
    # Inside the stretch both quote, at least this share of the words must be the same:
    # a few words changed is one quotation; more is a paraphrase, which is a different link.
    family_min_fidelity: float = 0.75
    # An outlet can only cut a quotation at its ends, so the shared stretch must reach the
    # start and the end of the texts, give or take this many words (changed first or last
    # words).
    family_edge_slack_words: int = 3
    # The evidence a shared stretch carries is the sum of its words' rarity in the
    # comparison (1 for a word found in one sentence, near 0 for one found in all). At
    # least this much joins two quotations: "a war of his choosing" (two rare words and
    # three function words) reaches it; "the American people" or "the Iran deal is a" (words
    # every article of the story uses) does not. Checked on NewsWCL50 (docs/evaluation.md).
    family_min_evidence: float = 1.5
    # ... when the stretch is (nearly) all of one quotation, a cut of the other. When the two
    # only overlap, the end of one the start of the other, it must carry this much: "not to
    # let these large" (two rare words) joins a tweet cut at a nested quote mark, while
    # "will be a great" (one) does not join "Hopefully, that meeting will be a great success".
    family_min_evidence_overlap: float = 2.25
    # Two confident, different named speakers are evidence against one utterance, not a
    # veto: the stretch must then carry this much, about eight distinctive words in a row,
    # which two different people do not say by chance (one outlet credited the wrong
    # person, itself a finding). A missing speaker changes nothing.
    family_min_evidence_other_speaker: float = 5.0
    # A quoted fragment this short (in canonical words) that the writers of the comparison
    # also use in their own prose ("denuclearization of the Korean peninsula") is a stock
    # phrase of the story, not one person's words: it joins no longer quotation.
    family_stock_phrase_words: int = 6
    # A sentence whose characters are at least this share direct quotation belongs to the
    # quotation's family, not to the writer's own context.
    quote_sentence_share: float = 0.5
    # sentence_similarity at or above this: the same sentence (MSRP precision 0.94).
    shared_threshold: float = 0.85
    # sentence_similarity at or above this: the same content reworded. The best accuracy
    # on MSRP (0.73; precision 0.75, recall 0.91); the seed adaptations ("has previously
    # signaled opposition" / "expressed opposition") score 0.6-0.85, while sentences of one
    # story about different things stay below 0.6.
    reworded_threshold: float = 0.6
    # Near-identical across articles: copied text (wire copy, an outlet reusing its own
    # background). Higher than shared, so only a word or two may differ.
    recycled_threshold: float = 0.9
    # ... or at least reworded and sharing a run of this many words in a row: an outlet that
    # reuses its own background edits the ends ("On 14 July, … expressed opposition to the
    # idea of Poland using its air defense systems to shoot down Russian missiles over …")
    # but keeps the middle. Independent writers do not share twelve words in a row.
    recycled_min_run_words: int = 12
    # paraphrase_score at or above this links a quotation to a sentence of another article
    # that renders it in other words. MSRP precision 0.77 at recall 0.85, above the best-F1
    # point (0.45) in favour of precision; higher thresholds miss real renderings of a
    # quotation as reported speech, which keep fewer of its words than MSRP's paraphrases
    # do (the seed renderings score 0.57 and 0.67; same-story non-renderings under 0.35).
    paraphrase_threshold: float = 0.55
    # ... and they must share at least this many content words: a short sentence can reach
    # the score on two words alone.
    paraphrase_min_shared_words: int = 5
    # Candidate sentence pairs must share this many content words before any scoring: the
    # cheap filter that keeps hundreds of articles fast.
    candidate_min_shared_words: int = 2
    # Groups of articles whose mean similarity (align.article_similarity) reaches this are
    # one event. On NewsWCL50, 0.2 keeps 9 of 10 five-outlet events whole when each is
    # compared alone, and splits the 50 articles pooled into 8 groups (6 pure); on the seeds
    # it separates the Aug. 4 reports from the NYT interview (cross-event pairs score ≤ 0.21).
    event_threshold: float = 0.2
    # ... and at least this share of the article pairs between the two groups must reach
    # ``event_threshold`` on their own: one event's articles are alike pair by pair, while
    # two events of one story are alike on average through a few articles that cover both.
    # On NewsWCL50 pooled (all 50 articles at once) every merge within an event has a share
    # of at least 0.75, while the two merges across events that reached the mean (Pompeo–Kim
    # with North Korea's test suspension, the DNC lawsuit with the Mueller questions) have
    # 0.56 and 0.48; 0.65 sits between them (docs/evaluation.md).
    event_min_pair_share: float = 0.65


@dataclass(frozen=True, kw_only=True)
class FramingOptions:
    """How framing signals (loaded words near quotations) are read."""

    # A loaded or hedging word is "near a quotation" when its sentence quotes or reports
    # someone, or lies within this many sentences of one: the framing a reader meets on the
    # way into or out of the quoted words. One sentence covers the lead-in and the follow-up.
    near_quote_sentences: int = 1


@dataclass(frozen=True, kw_only=True)
class Options:
    """All options, grouped by stage."""

    load: LoadOptions = field(default_factory=LoadOptions)
    clean: CleanOptions = field(default_factory=CleanOptions)
    quotes: QuoteOptions = field(default_factory=QuoteOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    framing: FramingOptions = field(default_factory=FramingOptions)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        # The size limits only refuse input before any work; they never shape a result,
        # so a report reads the same whatever limits its run allowed.
        for key in _RUN_LIMITS:
            del data["load"][key]
        return data


_RUN_LIMITS = ("max_article_chars", "max_total_chars")


DEFAULT_OPTIONS = Options()


@dataclass(frozen=True, kw_only=True)
class ServeOptions:
    """Limits of the local page (``framediff serve``), per request.

    Not part of ``Options``: they bound what one visitor may ask of the page, not how a
    comparison decides, and a report does not record them.
    """

    # One request holds every article pasted or uploaded. A long article is about 100 KB
    # of text (a saved page with its markup about 1 MB), so 8 MB takes a class's set of
    # saved pages while stopping a runaway paste from eating memory.
    max_request_bytes: int = 8 * 1024 * 1024
    # One pasted text or uploaded file: the same bound as a saved page of a long article.
    max_article_bytes: int = 2 * 1024 * 1024
    # A lesson compares a handful of articles; twenty is more than any class reads at once
    # and keeps one request to a few seconds.
    max_articles: int = 20
    # Seconds one comparison may take before the page says so: twenty long articles take
    # about ten.
    request_seconds: float = 60.0
    # Seconds to wait for a server when the page is given a URL: a teacher waits for an
    # answer, and a slow news site rarely needs more.
    fetch_timeout_seconds: float = 15.0


@dataclass(frozen=True, kw_only=True)
class LessonOptions:
    """When a difference is strong enough to carry a worksheet item, and how long items run.

    Not part of ``Options``: a lesson is built from a finished comparison and changes
    nothing in it.
    """

    # A cut at the end of a quotation carries a "find the cut" item only when the words cut
    # hold at least this many content words: a dropped "So" or "And" is house style, not
    # something a class can discuss.
    min_cut_content_words: int = 2
    # A control item (outlets agree word for word) needs a shared run of at least this many
    # words: shorter agreement ("we will not") happens by chance and teaches nothing.
    min_control_words: int = 8
    # Added context counts as "next to the quotation" within this many sentences of it, the
    # lead-in and follow-up a reader meets with the quoted words (research notes: ±2).
    context_window_sentences: int = 2
    # At most this many sentences of added context quoted in one key entry: enough to mark
    # with, short enough to read aloud.
    max_context_sentences: int = 3
    # Middle school compares two outlets, high school up to four; college takes them all
    # (research notes, "Differentiation by level").
    max_outlets_middle: int = 2
    max_outlets_high: int = 4
    # Items per level and length (short, period, extended): middle school 6-8 items in
    # 20-30 minutes (six fit a 25-minute slot with the reading), high school 10-12 in 45-50,
    # college 12-18 (research notes, section 4).
    max_items_middle: tuple[int, int, int] = (4, 6, 9)
    max_items_high: tuple[int, int, int] = (6, 10, 15)
    max_items_college: tuple[int, int, int] = (8, 16, 20)
    # A quotation's version counts as word for word the original when its distance to the
    # closest span of the original is at most this (0 is identical; framediff.align.original).
    original_verbatim_distance: float = 0.02
    # Middle-school worksheets print the quotation's paragraph and this many either side,
    # not the whole article (research notes: quote plus 1-2 paragraphs).
    excerpt_paragraphs: int = 1
    # A high-school worksheet prints the articles whole unless reading them would take
    # longer than this (at 180 words a minute); then it prints excerpts too, because a
    # 45-minute lesson cannot spend half its time reading. College prints them whole.
    max_reading_minutes_high: int = 12
    # Labels a teacher supplies for outlets, as (outlet, label) pairs, printed beside the
    # outlet's name in the reading packet. framediff never labels an outlet's politics on
    # its own: such ratings are contested, and a worksheet must not prejudge the texts.
    outlet_labels: tuple[tuple[str, str], ...] = ()


DEFAULT_LESSON_OPTIONS = LessonOptions()


@dataclass(frozen=True, kw_only=True)
class CorpusOptions:
    """How ``framediff index`` finds the quotations of a whole corpus that are one utterance.

    Kept apart from ``Options``: a comparison never reads them, and its JSON form (which
    lists its options) stays as it is.
    """

    # Candidates share a run of this many canonical words (a shingle). Three is the least
    # stretch ``family_min_shared_words`` lets join two quotations, so no family a shared
    # run can make is missed for want of a shingle; two words ("the war") pair everything.
    shingle_words: int = 3
    # A shingle held by more distinct quotation texts than this is a stock phrase of the
    # news ("the united states", "i do not think"): it is dropped from the index, which
    # keeps the candidate pairs near linear in the corpus. Texts of one utterance share
    # many shingles, most of them rare, so a family loses no link by it.
    shingle_cap: int = 48
    # How candidates are found: "shingles", the inverted index of shingles above (every
    # pair that shares a rare shingle, so no cut is missed), or "minhash", MinHash LSH
    # over each text's set of shingles (``framediff.corpus.minhash``), the usual blocking
    # for near-duplicate text, which samples the shingles instead of listing them all.
    blocking: Literal["shingles", "minhash"] = "shingles"
    # MinHash LSH: bands of rows. Two texts are candidates when all the rows of one band
    # agree, with probability 1 - (1 - J**rows)**bands for Jaccard similarity J of their
    # shingle sets: with 32 bands of 2 rows, 0.59 at J = 0.17 (a 6-word cut of a 26-word
    # quotation), 0.95 at J = 0.3 and all but certain from J = 0.45 (a cut to half). The
    # near-duplicate setting (16 bands of 4 rows, threshold 0.5) lost 6% of the family
    # pairs of benchmarks/families.py at 100k quotations, where 32 x 2 lost 0.04% and
    # verified 6.5 times fewer candidates than the shingle index; 64 bands of 1 row finds
    # short cuts as surely as the index, at more cost than the index (docs/performance.md).
    minhash_bands: int = 32
    minhash_rows: int = 2
    # A band value shared by more texts than this pairs none of them, as ``shingle_cap``.
    minhash_bucket_cap: int = 48
    # A word used by at most this many distinct quotation texts weighs fully as evidence
    # (``word_rarity``'s ``rare_in``): a family's cuts are a few dozen texts at most.
    rare_in: int = 20
    # Two quotations that only overlap (the end of one is the start of the other, each
    # carrying on past the shared stretch) must share at least this much evidence in a
    # corpus, against ``AlignOptions.family_min_evidence_overlap`` (2.25) in a comparison.
    # A comparison measures rarity within one story, where the story's own names weigh
    # little; a corpus measures it over all the news, where a name or title of the day
    # ("Finance Minister Ana Ruiz", "the state's attorney general") is in hundreds of texts
    # of other stories and still weighs about 0.7 a word. So a sentence ending on such a
    # name and another starting with it reach 2.25 by the name alone, and union-find then
    # joins their whole families. 4.0 is about five distinctive words: on the generated
    # benchmark (docs/performance.md) the overlaps that are one utterance carry a median of
    # 5.5, the false ones 2.7. A cut (one text nearly all inside the other) is unchanged.
    family_min_evidence_overlap: float = 4.0
    # Candidate pairs are verified in chunks of this many, one task each: large enough
    # that a task's overhead is small, small enough that all cores stay busy.
    pair_chunk: int = 20_000
    # Articles are extracted in chunks of this many, one task each.
    article_chunk: int = 16


DEFAULT_CORPUS_OPTIONS = CorpusOptions()


# The cyclic garbage collector's thresholds in framediff's own processes (the command line
# and the corpus engine's workers): a young-generation collection after 200,000 new
# objects instead of CPython's 700, the older generations after 30 of the younger's
# instead of 10. Reading an article makes an object for every word, phrase and sentence
# and frees nearly all of them by reference counting, since they hold no cycles: at the
# default the collector ran thousands of times a second over objects about to be freed
# anyway, 7 to 11% of the attribution pass (docs/performance.md); peak memory did not
# move. mypy sets the same thresholds for the same kind of work (mypy/build.py). The
# library itself never changes them: a program that imports framediff keeps its own.
BATCH_GC_THRESHOLDS = (200_000, 30, 30)
