"""CAMEO codes: PLOVER mapping, quad class and Goldstein scale (`data/events/cameo.json`), and the recoding of
events that are intended, appealed for, demanded, rejected, threatened or alleged (`cameo_transforms.json`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.doc import Plover
from rasd.resources import load_json


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    quad: int | None
    goldstein: float | None
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
    gloss: str | None


@cache
def cameo_table() -> dict[str, CameoCode]:
    raw: dict[str, dict[str, Any]] = load_json("events", "cameo.json")["codes"]
    return {
        code: CameoCode(
            code,
            info["root"],
            info.get("quad"),
            info.get("goldstein"),
            info.get("plover"),
            info.get("mode"),
            tuple(info.get("context") or ()),
            info.get("gloss"),
        )
        for code, info in raw.items()
    }


def is_cameo(code: str) -> bool:
    return code in cameo_table()


def plover_for(code: str) -> Plover:
    """The PLOVER type, mode and context of a CAMEO code (CAMEO2PLOVER-2021); type None where PLOVER has none."""
    info = cameo_table().get(code)
    if info is None:
        return Plover(None)
    return Plover(info.plover, info.mode, info.context)


@cache
def _transforms() -> dict[str, Any]:
    data: dict[str, Any] = load_json("events", "cameo_transforms.json")
    return data


def transform(kind: str, code: str) -> str:
    """The code CAMEO gives an event `code` embedded under a construction `kind` (intent, appeal, demand, reject,
    threat, accuse, deny, negate); the code itself when CAMEO keeps it."""
    table: dict[str, str | None] | None = _transforms().get(kind)
    if not table:
        return code
    best = max((prefix for prefix in table if code.startswith(prefix)), key=len, default="")
    value = table.get(best)
    return value if value else code


def intent_code(code: str, conditional: bool) -> str:
    """The code of an act intended or planned: a plain plan to boycott, expel, arrest or attack keeps the act's
    code (the modality says it is intended); a conditional one, and intended acts of other roots, take the intent
    table's code («سنرد إذا ...»: a threat)."""
    kept = tuple(_transforms()["plan_kept"]["prefixes"])
    if not conditional and code.startswith(kept):
        return code
    return transform("intent", code)


def refusal(code: str) -> str | None:
    """The CAMEO refusal (12x) an act becomes when it is announced as not going to happen («لن يتنحى» → 1231,
    «لن نقدم مساعدات» → 122); None where CAMEO has no refusal of that act («لا تعتزم إجلاء موظفيها» stays 1663,
    negated)."""
    table: dict[str, str | None] = _transforms()["reject"]
    best = max((prefix for prefix in table if prefix and code.startswith(prefix)), key=len, default="")
    return table[best] if best and not code.startswith(("01", "03")) else None


def is_symmetric(code: str) -> bool:
    """Meetings, talks and signed agreements have no direction."""
    return code.startswith(tuple(_transforms()["symmetric"]["prefixes"]))


def is_cooperative(code: str) -> bool:
    return code[:2] in _transforms()["cooperative_roots"]


def refine_code(code: str, refined: dict[str, Any]) -> str | None:
    """Apply one refinement group: a fixed `code`, or one chosen by the root of the predicate's code."""
    if "code" in refined:
        return str(refined["code"])
    by_root: dict[str, str] = refined.get("code_by_root", {})
    return by_root.get(code[:2])
