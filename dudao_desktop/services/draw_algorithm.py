"""The rule-bound random draw of inspection groups, as a pure function anyone can re-run.

Given the candidate list, the rules and the seed, :func:`compute_draw` always gives the same
groups (it uses ``random.Random(seed)`` over the candidates in canonical order: by name,
then id), so a stored draw record can be replayed and audited.

Rules, in the order they are checked:

``size``       the pool has enough inspectors for N groups of a leader and M members;
``leader``     each group is led by a leadership member (班子成员);
``avoidance``  nobody joins a group that already visits a unit they must avoid (回避);
``expertise``  each group covers every expertise area the pool has at least N inspectors
               for ("where the pool allows"); areas with fewer are reported, not required;
``once``       nobody is in two groups (holds by construction).

How: the seed shuffles the canonical list into a priority order. A depth-first search then
picks, group by group, the first leader in priority order and, for each area the group still
lacks (the scarcest first), the first carrier in priority order; it backtracks when counting
shows the remaining groups can no longer be covered. The remaining seats are filled in
priority order by a bipartite matching (so avoidance never blocks a seat needlessly). The
search is exhaustive, so a refusal means no arrangement exists (or the step limit was hit,
which the message says).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model.vocab import EXPERTISE

ALGORITHM = "dudao-draw-1"
MAX_STEPS = 200_000

RULE_SIZE = "size"
RULE_LEADER = "leader"
RULE_AVOIDANCE = "avoidance"
RULE_EXPERTISE = "expertise"
RULE_ONCE = "once"
RULE_INPUT = "input"
RULES = (RULE_SIZE, RULE_LEADER, RULE_AVOIDANCE, RULE_EXPERTISE, RULE_ONCE)
RULE_NAMES = {
    RULE_SIZE: QT_TRANSLATE_NOOP("Draw", "enough inspectors in the pool"),
    RULE_LEADER: QT_TRANSLATE_NOOP("Draw", "each group led by a leadership member"),
    RULE_AVOIDANCE: QT_TRANSLATE_NOOP("Draw", "avoidance of units"),
    RULE_EXPERTISE: QT_TRANSLATE_NOOP("Draw", "every expertise area in every group"),
    RULE_ONCE: QT_TRANSLATE_NOOP("Draw", "nobody in two groups"),
    RULE_INPUT: QT_TRANSLATE_NOOP("Draw", "a valid request"),
}


class DrawRefused(DudaoError):
    """The rules cannot be met; ``rule`` names the broken one and the message says why."""

    def __init__(self, rule: str, template: str, **params) -> None:
        super().__init__(template, rule=RULE_NAMES[rule], **params)
        self.rule = rule


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    leadership: bool
    expertise: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "leadership": self.leadership,
            "expertise": list(self.expertise),
        }

    @classmethod
    def from_json(cls, data: dict) -> Candidate:
        return cls(data["id"], data["name"], bool(data["leadership"]), tuple(data["expertise"]))


@dataclass(frozen=True)
class DrawnGroup:
    number: int
    leader: str
    members: tuple[str, ...]  # without the leader

    @property
    def everyone(self) -> tuple[str, ...]:
        return (self.leader, *self.members)


@dataclass
class DrawPlan:
    groups: list[DrawnGroup]
    required: list[str]  # expertise areas every group covers
    short: dict[str, int] = field(default_factory=dict)  # area -> carriers, fewer than N


def canonical(candidates: Iterable[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (c.name, c.id))


def required_areas(candidates: Sequence[Candidate], groups: int) -> tuple[list[str], dict]:
    counts = {area: sum(area in c.expertise for c in candidates) for area in EXPERTISE}
    required = [a for a, n in counts.items() if n >= groups]
    short = {a: n for a, n in counts.items() if n < groups}
    return required, short


def _check_request(candidates, groups, members, barred) -> None:
    if groups < 1 or members < 0:
        raise DrawRefused(
            RULE_INPUT,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rule '{rule}' is not met: draw at least 1 group of a leader and 0 or more "
                "members (asked: {groups} groups, {members} members).",
            ),
            groups=groups,
            members=members,
        )
    size = members + 1
    leaders = sum(c.leadership for c in candidates)
    if leaders < groups:
        raise DrawRefused(
            RULE_LEADER,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rule '{rule}' cannot be met: only {available} leadership members for "
                "{groups} groups. Draw fewer groups or mark more leadership members.",
            ),
            available=leaders,
            groups=groups,
        )
    if len(candidates) < groups * size:
        raise DrawRefused(
            RULE_SIZE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rule '{rule}' cannot be met: only {available} inspectors in the pool for "
                "{groups} groups of {size} ({needed} needed). Draw fewer groups or members, "
                "or add inspectors.",
            ),
            available=len(candidates),
            groups=groups,
            size=size,
            needed=groups * size,
        )
    for number in range(1, groups + 1):
        allowed = [c for c in candidates if number not in barred.get(c.id, ())]
        if not any(c.leadership for c in allowed) or len(allowed) < size:
            raise DrawRefused(
                RULE_AVOIDANCE,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Rule '{rule}' cannot be met: group {number} visits units that all but "
                    "{available} inspectors ({leaders} of them leadership members) must "
                    "avoid; it needs {size} with a leadership member. Move units first.",
                ),
                number=number,
                available=len(allowed),
                leaders=sum(c.leadership for c in allowed),
                size=size,
            )


class _Search:
    def __init__(self, order, groups, size, required, barred, max_steps):
        self.order = order
        self.groups = groups
        self.size = size
        self.required = required
        self.barred = barred
        self.max_steps = max_steps
        self.steps = 0
        self.used: set[str] = set()
        self.crews: list[list[Candidate]] = []
        self.carriers = {a: [c for c in order if a in c.expertise] for a in required}
        self.leaders = [c for c in order if c.leadership]

    def allowed(self, c: Candidate, number: int) -> bool:
        return c.id not in self.used and number not in self.barred.get(c.id, ())

    def feasible(self, number: int, crew: list[Candidate]) -> bool:
        """Counting bounds for the groups from ``number`` on (``crew`` is group ``number``)."""
        remaining = self.groups - number + 1
        free = [c for c in self.order if c.id not in self.used]
        if len(free) < (remaining * self.size - len(crew)):
            return False
        if sum(c.leadership for c in free) < remaining - (1 if crew else 0):
            return False
        have = {a for c in crew for a in c.expertise}
        for area in self.required:
            need = remaining - (1 if area in have else 0)
            if sum(1 for c in self.carriers[area] if c.id not in self.used) < need:
                return False
        return True

    def tick(self) -> None:
        self.steps += 1
        if self.steps > self.max_steps:
            raise _Exhausted

    def run(self) -> list[list[Candidate]] | None:
        return self.group(1)

    def group(self, number: int) -> list[list[Candidate]] | None:
        if number > self.groups:
            return self.fill()
        for leader in self.leaders:
            if not self.allowed(leader, number):
                continue
            self.tick()
            self.used.add(leader.id)
            crew = [leader]
            if self.feasible(number, crew):
                found = self.cover(number, crew)
                if found is not None:
                    return found
            self.used.discard(leader.id)
        return None

    def cover(self, number: int, crew: list[Candidate]) -> list[list[Candidate]] | None:
        have = {a for c in crew for a in c.expertise}
        missing = [a for a in self.required if a not in have]
        if not missing:
            self.crews.append(crew)
            found = self.group(number + 1)
            if found is None:
                self.crews.pop()
            return found
        if len(crew) >= self.size:
            return None
        area = min(
            missing,
            key=lambda a: sum(1 for c in self.carriers[a] if self.allowed(c, number)),
        )
        for carrier in self.carriers[area]:
            if not self.allowed(carrier, number):
                continue
            self.tick()
            self.used.add(carrier.id)
            crew.append(carrier)
            if self.feasible(number, crew):
                found = self.cover(number, crew)
                if found is not None:
                    return found
            crew.pop()
            self.used.discard(carrier.id)
        return None

    def fill(self) -> list[list[Candidate]] | None:
        """Fill the free seats in priority order by bipartite matching (Kuhn)."""
        seats = [
            index for index, crew in enumerate(self.crews) for _ in range(self.size - len(crew))
        ]
        free = [c for c in self.order if c.id not in self.used]
        holder: dict[int, int] = {}  # free-candidate index -> seat index

        def place(seat: int, seen: set[int]) -> bool:
            number = seats[seat] + 1
            for index, person in enumerate(free):
                if index in seen or number in self.barred.get(person.id, ()):
                    continue
                seen.add(index)
                if index not in holder or place(holder[index], seen):
                    holder[index] = seat
                    return True
            return False

        for seat in range(len(seats)):
            self.tick()
            if not place(seat, set()):
                return None
        crews = [list(crew) for crew in self.crews]
        for index in sorted(holder):
            crews[seats[holder[index]]].append(free[index])
        return crews


class _Exhausted(Exception):
    pass


def compute_draw(
    candidates: Iterable[Candidate],
    groups: int,
    members: int,
    seed: str,
    barred: dict[str, set[int]] | None = None,
    max_steps: int = MAX_STEPS,
) -> DrawPlan:
    """Draw ``groups`` groups of a leader and ``members`` members, or raise DrawRefused.

    ``barred`` maps an inspector id to the group numbers they may not join (the groups
    already visit a unit they must avoid).
    """
    pool = canonical(candidates)
    barred = {k: set(v) for k, v in (barred or {}).items()}
    _check_request(pool, groups, members, barred)
    required, short = required_areas(pool, groups)
    order = list(pool)
    random.Random(seed).shuffle(order)
    try:
        crews = _Search(order, groups, members + 1, required, barred, max_steps).run()
    except _Exhausted:
        raise DrawRefused(
            RULE_EXPERTISE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rule '{rule}' could not be met within {steps} search steps for {groups} "
                "groups of {size}: draw with more members per group or widen the pool's "
                "expertise.",
            ),
            steps=max_steps,
            groups=groups,
            size=members + 1,
        ) from None
    if crews is None:
        if required:
            relaxed = _Search(order, groups, members + 1, [], barred, max_steps)
            try:
                possible = relaxed.run() is not None
            except _Exhausted:
                possible = False
            if possible:
                raise DrawRefused(
                    RULE_EXPERTISE,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Rule '{rule}' cannot be met: no arrangement gives each of the "
                        "{groups} groups of {size} someone for each of {areas}. Draw with "
                        "more members per group or add inspectors with those areas.",
                    ),
                    groups=groups,
                    size=members + 1,
                    areas=", ".join(EXPERTISE[a] for a in required),
                )
        raise DrawRefused(
            RULE_AVOIDANCE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rule '{rule}' cannot be met: with the units already assigned, the pool "
                "cannot staff {groups} groups of {size} without someone inspecting a unit "
                "they must avoid. Move units between groups first.",
            ),
            groups=groups,
            size=members + 1,
        )
    result = []
    for number, crew in enumerate(crews, start=1):
        leader, rest = crew[0], canonical(crew[1:])
        result.append(DrawnGroup(number, leader.id, tuple(c.id for c in rest)))
    return DrawPlan(result, required, short)


def rule_violations(
    candidates: Sequence[Candidate],
    groups: Sequence[DrawnGroup],
    expected_groups: int,
    members: int,
    barred: dict[str, set[int]] | None = None,
) -> list[str]:
    """Every broken rule in a draw result (empty when the result is sound): the auditor."""
    by_id = {c.id: c for c in candidates}
    barred = barred or {}
    problems: list[str] = []
    if len(groups) != expected_groups:
        problems.append(f"{RULE_SIZE}: {len(groups)} groups instead of {expected_groups}")
    seen: dict[str, int] = {}
    required, _ = required_areas(list(candidates), expected_groups)
    for group in groups:
        if len(group.everyone) != members + 1:
            problems.append(f"{RULE_SIZE}: group {group.number} has {len(group.everyone)}")
        if group.leader not in by_id or not by_id[group.leader].leadership:
            problems.append(f"{RULE_LEADER}: group {group.number}")
        for person in group.everyone:
            if person not in by_id:
                problems.append(f"{RULE_SIZE}: {person} is not a candidate")
                continue
            if person in seen:
                problems.append(f"{RULE_ONCE}: {person} in groups {seen[person]}, {group.number}")
            seen[person] = group.number
            if group.number in barred.get(person, ()):
                problems.append(f"{RULE_AVOIDANCE}: {person} in group {group.number}")
        have = {a for p in group.everyone if p in by_id for a in by_id[p].expertise}
        for area in required:
            if area not in have:
                problems.append(f"{RULE_EXPERTISE}: group {group.number} lacks {area}")
    return problems
