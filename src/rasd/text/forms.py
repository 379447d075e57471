"""Per-word caches keyed by a token's surface, the cheap way.

A stage remembers what it worked out for a word form: a function of the token without its offsets (`token[2:]`:
surface, kind, normal form and clitic analysis). Keyed by that tuple, every lookup builds a six-item tuple and
hashes it, inner tuples included; keyed by the surface alone (a string, its hash cached), a lookup is one probe.
The cache then keeps the token its answer was worked out for, and `same_form` checks that a token of that surface
carries the same analysis: `make_tokens` gives every token of a surface the very same analysis objects, so the
check is five pointer comparisons, and tokens built otherwise (read back from JSON) are compared by value.
"""

from __future__ import annotations

from rasd.doc import Token


def same_form(known: Token, token: Token) -> bool:
    """`known[2:] == token[2:]` for two tokens of the same surface, without building either tuple."""
    same = known[3] is token[3] and known[4] is token[4] and known[5] is token[5]
    if same and known[6] is token[6] and known[7] is token[7]:
        return True
    return known[3:] == token[3:]
