"""One record per written word, shared by every stage that works something out for the word.

The stages read the same few thousand words in every article, and each remembers what it made of a word: its
reading for the predicate matcher, its actor-name and role-term prefixes, whether it may be a name in a quote's
context, its time-expression class. Kept in one dict per stage, keyed by the word, that made some thirty
string-keyed probes per token, which in big tables are cache misses: about a fifth of all CPU time of the
compiled pipeline, measured with `perf`. `make_tokens` gives each distinct analysis (surface with its clitic
analysis) one `WordFacts`, and every token of that word carries it (`Token.facts`): a stage reads its answer
off the record, one attribute load, and writes it there the first time.

An answer may only be kept here when it depends on the word alone and on data fixed for the life of the process
(module-level lexicons and the knowledge base). An answer that depends on an object's data (a lexicon built with
a user's dictionary) is kept with that object as its owner and trusted only for the same owner.
"""

from __future__ import annotations


class WordFacts:
    """What the stages worked out for one written word; each slot is None until its stage first reads the word."""

    def __init__(self) -> None:
        self.reading: object = None  # rasd.events.matcher: the word's forms, proclitics and splits
        self.triggers_owner: object = None  # the predicate lexicon the two answers below come from
        self.triggers: object = None  # rasd.events.matcher: the lexicon senses of the word's readings
        self.triggers_after_particle: object = None  # the same after a jussive particle
        self.complementizer_owner: object = None  # the complementizer list the answer below comes from
        self.complementizer: object = None  # rasd.events.matcher: does the word open reported content
        self.actor_word: object = None  # rasd.actors.mentions: word key, bare form, forms, starts a name / a term
        self.token_info: object = None  # rasd.actors.roles: name key, bare form and name forms of the word
        self.agent_owner: object = None  # the agent lexicon the answer below comes from
        self.agent_sense: object = None  # rasd.events.agents: the agent noun the word is, if any
        self.name_like: object = None  # rasd.quotes.view: may the word be part of a name
        self.time_word: object = None  # rasd.time.scan: the word's class for time expressions
        self.cue_owner: object = None  # the quote lexicon the answer below comes from
        self.cue: object = None  # rasd.quotes.lexicon: the reporting cue the word is, if any
        self.memberships_owner: object = None  # the quote lexicon the answer below comes from
        self.memberships: object = None  # rasd.quotes.lexicon: the word lists the word belongs to
        self.attributions_owner: object = None  # the quote lexicon the answer below comes from
        self.attributions: object = None  # rasd.quotes.lexicon: the attribution phrases the word may open

    def __reduce__(self) -> tuple[type[WordFacts], tuple[()]]:
        # a pickled token (a Doc sent to another process) must not carry the lexicons its answers were kept for
        return (WordFacts, ())
