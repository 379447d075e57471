"""A speed change gives the same output: the full `rasd analyze` records and the store rows (`doc_rows`, what
`rasd ingest` writes) of another revision and of this tree, and the CPU time of each stage in both, side by side.

    nice -n 10 python benchmarks/output_identity.py --base REV [--articles N]

The sources of git revision REV (`main`, `HEAD~3`, a commit) are exported to a temporary directory and run with
the same interpreter as this tree (PYTHONPATH put first), each in a process of its own: the default pipeline on the
bundled examples and, when `../shared` is there, on N articles spread over the news corpus, in batches as
`rasd ingest` runs them (tokens included in the records compared). Exits 1 on any difference, printing the first
few. Then both revisions time each stage in CPU time (`time.process_time`: the cores here are shared) over the same
articles twice, cold (first sight of every word) and warm (every per-word cache filled), alternating the revisions
`--rounds` times; the table shows the best round of each.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import ROOT, print_table
from compiled_check import articles

_RUN = """
import json, sys, time
from rasd.pipeline import Pipeline, make_doc
pipeline = Pipeline().prepare_for_many()
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
def docs():
    return [make_doc(a["text"], id=a["id"], published=a.get("published")) for a in records]
if sys.argv[3] == "dump":
    import datetime
    from rasd.store import Provenance, doc_rows
    provenance = Provenance("origin", "jsonl", 1, pipeline.names, datetime.datetime(2024, 1, 1))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for doc in pipeline.pipe(docs()):
            rows = doc_rows(doc, provenance)
            for row in rows["articles"]:
                row.pop("analysis", None)  # provenance (the code's digest), not output
            record = {"doc": doc.to_dict(with_tokens=True), "rows": rows}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\\n")
    sys.exit(0)
seconds = {}
for item in pipeline.stages:
    for attribute in ("function", "batch"):
        function = getattr(item, attribute)
        if function is not None:
            def timed(argument, function=function, name=item.name):
                start = time.process_time()
                try:
                    return function(argument)
                finally:
                    seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
            object.__setattr__(item, attribute, timed)
found = {}
for label in ("cold", "warm"):
    seconds.clear()
    start = time.process_time()
    for _ in pipeline.pipe(docs()):
        pass
    found[label] = {"total": time.process_time() - start, **seconds}
json.dump(found, open(sys.argv[2], "w"))
"""


def run(source: Path | None, records: Path, out: Path, mode: str) -> None:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(records), str(out), mode], env=env, cwd="/", capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"{source or 'this tree'} failed:\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="git revision to compare with (main, HEAD~1, a commit)")
    parser.add_argument("--articles", type=int, default=500, help="news articles besides the bundled examples")
    parser.add_argument("--rounds", type=int, default=2, help="timing rounds per revision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp, "base")
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base, "src"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        records = Path(tmp, "articles.jsonl")
        texts = articles(args.articles)
        records.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in texts), encoding="utf-8")
        builds = {"base": base / "src", "this tree": None}
        outputs = {}
        for name, source in builds.items():
            run(source, records, Path(tmp, f"{name}.jsonl"), "dump")
            outputs[name] = Path(tmp, f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        differing = [
            (a["id"], b, t) for a, b, t in zip(texts, outputs["base"], outputs["this tree"], strict=True) if b != t
        ]
        print(f"{len(texts)} articles, {len(differing)} with different output ({args.base} vs this tree)")
        for article_id, b, t in differing[:3]:
            at = next(i for i, (x, y) in enumerate(zip(b, t, strict=False)) if x != y)
            print(f"  {article_id} {args.base}: …{b[max(0, at - 80) : at + 80]}…")
            print(f"  {article_id} this tree: …{t[max(0, at - 80) : at + 80]}…")
        best: dict[str, dict[str, dict[str, float]]] = {}
        for _ in range(args.rounds):
            for name, source in builds.items():
                run(source, records, Path(tmp, "times.json"), "time")
                found = json.loads(Path(tmp, "times.json").read_text())
                for label, times in found.items():
                    kept = best.setdefault(name, {}).setdefault(label, times)
                    if times["total"] < kept["total"]:
                        best[name][label] = times
    stages = [s for s in best["base"]["warm"] if s != "total"] + ["total"]
    rows = []
    for stage in stages:
        row: list[object] = [stage]
        for label in ("cold", "warm"):
            before, after = (1000 * best[n][label].get(stage, 0.0) / len(texts) for n in builds)
            row += [before, after, after / before if before else 0.0]
        rows.append(row)
    header = ["stage", "cold before", "cold after", "ratio", "warm before", "warm after", "ratio"]
    print_table(f"CPU ms per article ({len(texts)} articles, best of {args.rounds} rounds)", header, rows)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
