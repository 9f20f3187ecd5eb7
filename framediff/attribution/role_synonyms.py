"""Role nouns that refer back to a person introduced with another title."""

from __future__ import annotations

from framediff.attribution.lexicon import word_set

# Role nouns that refer back to a person introduced with another title: a wire calls
# "Russia's U.N. Ambassador Dmitri Volkhovsky" "the envoy" or "the Russian diplomat" next,
# a sports desk the captain "the skipper", a parliament report an MP "the lawmaker".
ROLE_SYNONYMS = {
    "envoy": word_set("ambassador"),
    "diplomat": word_set("ambassador envoy"),
    "skipper": word_set("captain"),
    "captain": word_set("skipper"),
    "judge": word_set("justice"),  # "Justice Kamran Saleem Abbasi … the judge remarked"
    # "The National Assembly Member for Niamina East, …": a member of an assembly is a
    # lawmaker, as papers in Africa and Asia title their MPs.
    "lawmaker": word_set("mp legislator senator congressman congresswoman member"),
    "legislator": word_set("mp lawmaker senator congressman congresswoman"),
    # A title cut short before the name, as AP style and most papers print it ("Sen. Ted
    # Cruz", "Gov. Maria Soriano-Abad"), is the title in full when referred back to.
    "senator": word_set("sen"),
    "governor": word_set("gov"),
    "representative": word_set("rep"),
    "congressman": word_set("rep"),
    "congresswoman": word_set("rep"),
    "general": word_set("gen"),
    "colonel": word_set("col"),
    "lieutenant": word_set("lt"),
    "sergeant": word_set("sgt"),
    "professor": word_set("prof"),
    "superintendent": word_set("supt"),
    "inspector": word_set("insp"),
    # A writer introduced by the kind of book they write ("A Lagos-based novelist …, Dr
    # Adaeze Okafor-Bello") is "the author" next.
    "author": word_set("novelist writer poet playwright"),
    "writer": word_set("novelist author poet playwright"),
}
