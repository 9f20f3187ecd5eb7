"""What the worksheet says at each level: prompts, sentence frames and the word bank.

Levels change only the prompt language, the scaffolds and which items appear; the
articles' words are never rewritten (they are the evidence). Every prompt is neutral: it
asks what the student notices and what could explain it, never how an outlet "distorts" or
"hides" anything, and names no outlet's politics.
"""

from __future__ import annotations

from framediff.lesson.records import Level, Section

EVIDENCE_LINE = "Evidence: copy the exact words you used."

# The verbs middle-school students choose from when they describe an attribution.
WORD_BANK = ("said", "told", "stated", "claimed", "admitted", "insisted", "denied", "warned")

SECTION_TITLES: dict[Section, str] = {
    "notice": "Notice: what do the articles say?",
    "interpret": "Interpret: what difference could it make?",
    "verify": "Verify: how could you check?",
    "reflect": "Reflect",
}

SECTION_HINTS: dict[Level, dict[Section, str]] = {
    "middle": {
        "notice": "Only write down what you see. Do not judge yet.",
        "interpret": "Now think about what the words might do to a reader.",
        "verify": "Think like a fact-checker.",
        "reflect": "Put it together.",
    },
    "high": {
        "notice": "Record exactly what the texts say before you interpret anything.",
        "interpret": "Explain the effect on a reader, and support each answer with the text.",
        "verify": "Read upstream: how would you trace the words to their source?",
        "reflect": "Step back from the individual items.",
    },
    "college": {
        "notice": "Record the textual evidence before you interpret it.",
        "interpret": "Weigh more than one explanation, and cite the texts.",
        "verify": "Trace the words upstream and laterally.",
        "reflect": "Consider what the comparison can and cannot establish.",
    },
}

# Prompt templates per item and level ("high" is the fallback). Placeholders: {q} a
# quotation's opening words, {s} the speaker, {a}/{b} outlets, {v} a verb.
_PROMPTS: dict[str, dict[str, str]] = {
    "presence": {
        "middle": "Find the words “{q}” in the articles in Part A. Tick (✓) each article that has "
        "them and write the paragraph number.",
        "high": "Which articles in Part A include the words “{q}”? For each one, write "
        "the paragraph number where they appear.",
        "college": "Which articles in Part A include the words “{q}”, and where "
        "(paragraph)? Where an article does not carry them, what does it say about that "
        "moment instead?",
    },
    "cut": {
        "middle": "Read the two versions of {s}'s words in Part B. Underline the words that "
        "are in one version but not in the other. Are they at the start, in the middle or "
        "at the end?",
        "high": "In Part B, compare {a}'s version of the quotation with {b}'s. Underline any "
        "words one "
        "version includes and the other does not. Does the shorter version show the reader "
        "that words were left out? How can you tell?",
    },
    "inside": {
        "middle": "Both articles put the words in Part B in quotation marks. Read them word "
        "by word. Are they exactly the same words, in the same order? Write down anything "
        "that is different.",
        "high": "{a} and {b} both put the words in Part B in quotation marks. Are they exactly the "
        "same words, in the same order? Write down every pair of words that differ "
        "({a} → {b}).",
    },
    "verbs": {
        "middle": "What verb does each article use to introduce {s}'s words? Use the word "
        "bank if it helps.",
        "high": "What verb does each article use to introduce {s}'s words? Copy the whole "
        "phrase that tells you who is speaking.",
    },
    "credit": {
        "high": "Who does each article say spoke these words? Copy the name or description "
        "each article uses.",
    },
    "headlines": {
        "middle": "Copy the headline of each article. Who or what is it about? Does any "
        "headline put words in quotation marks?",
        "high": "Copy each headline. Who or what is the subject? Does any headline use words "
        "from {s}'s quotation, and are they in quotation marks or not?",
    },
    "context": {
        "middle": "Read the sentences just before and just after {s}'s words in each "
        "article. What information does one article give that the other does not?",
        "high": "Read the two sentences before and after the quotation in each article. What "
        "information does {a} give that {b} does not, and what does {b} give that {a} does "
        "not?",
    },
    "voices": {
        "middle": "List the people or groups each article quotes. Who is quoted in only one "
        "of the articles?",
        "high": "List every person or group quoted in each article. Who appears in all of "
        "them? Who appears in only one? Who else could a reporter have asked?",
        "college": "List every person or group quoted in each article, with the role the "
        "article gives them. Whose perspective does only one article include, and whose "
        "is missing from all of them?",
    },
    "connotation": {
        "middle": "Read this sentence from {a}. Put the word “said” in place of “{v}” and "
        "read it again. Does it feel different?",
        "high": "Read this sentence from {a}. Replace “{v}” with “said” and read it aloud. "
        "Does it feel different? What does “{v}” suggest to a reader about {s}?",
    },
    "headline_body": {
        "middle": "Read only the headline of {a}. What do you think {s} said? Now read the "
        "quotation. Was your guess right?",
        "high": "Using only {a}'s headline, predict what {s} said. Now read the quotation in "
        "the article. Was your prediction right? What did the headline leave out or add?",
    },
    "paraphrase": {
        "middle": "{a} uses {s}'s own words in quotation marks. {b} tells the same thing in "
        "its own words. Which words changed?",
        "high": "{a} quotes {s} directly; {b} reports the same remark in its own words. What "
        "is gained and what is lost when a quotation becomes a paraphrase? Who chooses the "
        "words now?",
    },
    "cut_meaning": {
        "high": "Read {s}'s words in the longer version, then in the shorter one. Does the "
        "meaning change? If so, how? If not, why might an outlet have shortened the "
        "quotation?",
    },
    "explanations": {
        "high": "Give one innocent reason and one worrying reason why the versions of {s}'s "
        "words differ. What would you look at to decide between them?",
    },
    "control": {
        "middle": "Where both articles quote the same part of {s}'s words, are the words the "
        "same? Why is that useful to know?",
        "high": "Where {a} and {b} quote the same part of {s}'s words, are the words the "
        "same? Why is that useful information? Could there be a reason other than both "
        "reporters hearing it?",
    },
    "original": {
        "middle": "The box below shows what {s} said in the original. Which article's "
        "version is closest to it? Show how you know.",
        "high": "Compare each article's version of the quotation with the original below. "
        "Which is closest to what {s} actually said? Show how you know.",
    },
    "trace": {
        "middle": "How could you find out what {s} really said? Name two places to look.",
        "high": "How could you find out exactly what {s} said, and in what setting? Name two "
        "places to look and what you would check in each.",
        "college": "Trace {s}'s words upstream: where were they first said or published, and "
        "how would you get to that source? Name two routes and what each can and cannot "
        "confirm.",
    },
    "one_source": {
        "middle": "What would you tell a friend who read only one of these articles?",
        "high": "If you had read only {a}, what would you think {s} said? Write one sentence "
        "a careful reader should add.",
    },
    "rewrite": {
        "high": "Rewrite the sentence that introduces {s}'s words so it uses a neutral verb "
        "and the complete quotation. Then write a headline that readers who disagree about "
        "the story would both accept as fair.",
    },
}

_FRAMES: dict[str, tuple[str, ...]] = {
    "cut": ("The extra words are “___”. They are at the ___ of the quotation.",),
    "inside": ("In one article it says “___”, but in the other it says “___”.",),
    "verbs": ("{a} says {s} ___, but {b} says {s} ___.",),
    "context": ("Only ___ tells the reader that ___.",),
    "voices": ("Only ___ quotes ___.",),
    "connotation": ("“{v}” makes {s} sound ___ because ___.",),
    "headline_body": ("I thought {s} said ___. The quotation shows ___.",),
    "paraphrase": ("{a} says “___”, but {b} says “___”.",),
    "control": ("The words are the same / different. This helps because ___.",),
    "original": ("___ is closest, because ___.",),
    "trace": ("I could look at ___ or ___.",),
    "one_source": ("If you read only ___, you would not know that ___.",),
}


def prompt(signal: str, level: Level, **fields: str) -> str:
    """The student prompt for ``signal`` at ``level``, its placeholders filled."""
    templates = _PROMPTS[signal]
    return templates.get(level, templates["high"]).format(**fields)


def frames(signal: str, level: Level, **fields: str) -> tuple[str, ...]:
    """Sentence frames for middle school; other levels answer in their own words."""
    if level != "middle":
        return ()
    return tuple(f.format(**fields) for f in _FRAMES.get(signal, ()))
