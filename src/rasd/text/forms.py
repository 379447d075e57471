"""Per-word caches keyed by a token's surface, the cheap way.

A stage remembers what it worked out for a word form: a function of the token without its offsets (`token[2:]`:
surface, kind, normal form and clitic analysis). Keyed by that tuple, every lookup builds a six-item tuple and
hashes it, inner tuples included; keyed by the surface alone (a string, its hash cached), a lookup is one probe.
The cache then keeps, beside its answer, the rest of the token it was worked out for (`form_of`), and `same_form`
checks that a token of that surface has the same: `make_tokens` gives every token of a surface the very same
analysis objects, so the check is five pointer comparisons; tokens built otherwise (read back from JSON) are
compared by value.

The form kept is a plain tuple of strings, which the garbage collector stops tracking; a `Token` (a tuple
subclass) it would track, and walk, for as long as the cache holds it.
"""

from __future__ import annotations

from rasd.doc import Token

Form = tuple[object, ...]  # token[3:]: kind, norm, prefixes, stem, suffixes


def form_of(token: Token) -> Form:
    return token[3:]


def same_form(known: Form, token: Token) -> bool:
    """`known == token[3:]` (`known` from `form_of` on a token of the same surface), without building a tuple."""
    same = known[0] is token[3] and known[1] is token[4] and known[2] is token[5]
    if same and known[3] is token[6] and known[4] is token[7]:
        return True
    return known == token[3:]
