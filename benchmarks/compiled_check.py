"""The compiled build (`make fast`) gives the same output as the pure-Python one, record by record.

    python benchmarks/compiled_check.py --compiled .venv-fast/bin/python [--articles N]

Both interpreters run the default pipeline on the bundled example articles and, when `../shared` is there, on the
first N articles of the news corpus; the full `rasd analyze` records (tokens included) are compared. Exits 1 on any
difference, printing the first few.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import NEWS, ROOT, iter_news

_DUMP = """
import json, sys
from rasd.build import build_name
from rasd.pipeline import Pipeline, make_doc
pipeline = Pipeline().prepare_for_many()
print(build_name(), file=sys.stderr)
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in source:
        article = json.loads(line)
        doc = pipeline(make_doc(article["text"], id=article["id"], published=article.get("published")))
        out.write(json.dumps(doc.to_dict(with_tokens=True), ensure_ascii=False, sort_keys=True) + "\\n")
"""


def articles(limit: int) -> list[dict[str, str | None]]:
    found: list[dict[str, str | None]] = [
        {"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": None}
        for path in sorted((ROOT / "src" / "rasd" / "data" / "examples").glob("*.txt"))
    ]
    if NEWS.is_dir():
        found += [{"id": a["id"], "text": a["text"], "published": a.get("published")} for a in iter_news(limit)]
    return found


def dump(python: str, source: Path, target: Path) -> str:
    # from / so that no source tree shadows the installed build; the path unresolved, to keep its venv
    done = subprocess.run(
        [os.path.abspath(python), "-c", _DUMP, str(source), str(target)], capture_output=True, text=True, cwd="/"
    )
    if done.returncode != 0:
        sys.exit(f"{python} failed:\n{done.stderr}")
    return done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compiled", required=True, help="python of the compiled build (.venv-fast/bin/python)")
    parser.add_argument("--pure", default=sys.executable, help="python of the pure build (default: this one)")
    parser.add_argument("--articles", type=int, default=300, help="news articles besides the bundled examples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "articles.jsonl")
        texts = articles(args.articles)
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in texts), encoding="utf-8")
        builds = {}
        for name, python in (("pure", args.pure), ("compiled", args.compiled)):
            builds[name] = dump(python, source, Path(tmp, f"{name}.jsonl"))
            print(f"{name}: {python} → {builds[name]}")
        if builds["compiled"] == builds["pure"]:
            sys.exit(f"both interpreters run the same build ({builds['pure']}): nothing compared")
        pure = Path(tmp, "pure.jsonl").read_text(encoding="utf-8").splitlines()
        compiled = Path(tmp, "compiled.jsonl").read_text(encoding="utf-8").splitlines()
    differing = [(a["id"], p, c) for a, p, c in zip(texts, pure, compiled, strict=True) if p != c]
    print(f"{len(texts)} articles, {len(differing)} with different output")
    for article_id, p, c in differing[:3]:
        at = next(i for i, (x, y) in enumerate(zip(p, c, strict=False)) if x != y)
        print(f"  {article_id} pure:     …{p[max(0, at - 80) : at + 80]}…")
        print(f"  {article_id} compiled: …{c[max(0, at - 80) : at + 80]}…")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
