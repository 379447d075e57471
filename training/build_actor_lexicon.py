"""Build `src/rasd/data/actors/name_evidence.tsv.gz`: how often each word is part of a named entity in ANERcorp.

    python training/build_actor_lexicon.py [--shared ../shared]

For every word of the ANERcorp training split (CAMeL Lab split, CC BY-SA 4.0), keyed as the actors stage looks
words up (`rasd.actors.lexicon.word_key`: proclitics and article removed, «على» and «علي» apart), the file lists
how many times it was seen, how many of those times it was inside a PERS/ORG/LOC/MISC chunk, and how many inside a
PERS chunk. Words seen at least `--min-seen` times are kept, and every word seen inside a PERS chunk.

The actors stage reads it to tell names from common words that share their letters: «كيف» (how / Kyiv), «ذكر»
(mentioned / an alias of Malé), «دولة», «اليوم» are seen often and almost never tagged, so a knowledge-base match or
a one-word entity on them needs more evidence; «حماس» or «عباس» are tagged nearly every time. Gentilic adjectives
(«الروسي») are never tagged in ANERcorp, so the stage never asks this file about them.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from rasd.actors.lexicon import word_key
from rasd.text.stages import make_tokens

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "actors" / "name_evidence.tsv.gz"


def count(path: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    person: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 2:
                continue
            word, tag = parts
            tokens = [t for t in make_tokens(word) if t.kind == "word"]
            if len(tokens) != 1:
                continue
            key = word_key(tokens[0])
            if not key:
                continue
            seen[key] += 1
            named[key] += tag != "O"
            person[key] += tag.endswith("PERS")
    return seen, named, person


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-seen", type=int, default=3)
    args = parser.parse_args()
    seen, named, person = count(args.shared / "data" / "ner" / "anercorp_camel" / "train.txt")
    rows = sorted((key, n, named[key], person[key]) for key, n in seen.items() if n >= args.min_seen or person[key])
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("word\tseen\tnamed\tperson\n")
        for key, n, tagged, as_person in rows:
            fh.write(f"{key}\t{n}\t{tagged}\t{as_person}\n")
    print(f"wrote {len(rows)} words to {OUT}")


if __name__ == "__main__":
    main()
