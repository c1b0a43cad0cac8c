"""The report's figures as plain values: counts, per unit, per area, per template.

The definitions the report prints under its tables:
- a criterion is *assessed* (được chấm) when it was rated Đạt, Đạt một phần or Không đạt;
  Không áp dụng and unanswered criteria are counted apart and never enter a rate;
- the pass rate (tỷ lệ đạt) is criteria Đạt ÷ criteria assessed, always shown with both counts;
- points are points: score reached of the maximum score of the assessed criteria;
- a checklist template's criteria are only ever added up with the same template's: two
  templates may use the code D13 for two different things, so each template is its own section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.findings import FollowUpStatus

if TYPE_CHECKING:
    from cchc_desktop.reports.previous import PreviousFollowUp


@dataclass(frozen=True)
class Tally:
    """Counts over a set of criteria (one unit's, one area's, one template's)."""

    total: int = 0
    dat: int = 0
    dat_mot_phan: int = 0
    khong_dat: int = 0
    khong_ap_dung: int = 0
    score: float = 0.0
    max_score: float = 0.0

    @property
    def answered(self) -> int:
        """Criteria given any result, Không áp dụng included."""
        return self.dat + self.dat_mot_phan + self.khong_dat + self.khong_ap_dung

    @property
    def assessed(self) -> int:
        """Criteria rated Đạt, Đạt một phần or Không đạt: the pass rate's denominator."""
        return self.dat + self.dat_mot_phan + self.khong_dat

    @property
    def pass_rate(self) -> float | None:
        """Criteria Đạt ÷ criteria assessed, in percent; None when nothing was assessed."""
        return 100.0 * self.dat / self.assessed if self.assessed else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.total + other.total,
            self.dat + other.dat,
            self.dat_mot_phan + other.dat_mot_phan,
            self.khong_dat + other.khong_dat,
            self.khong_ap_dung + other.khong_ap_dung,
            self.score + other.score,
            self.max_score + other.max_score,
        )


@dataclass(frozen=True)
class UnitResult:
    """One inspected unit's results (one row of the per-unit table)."""

    inspection_id: str
    unit_name: str
    unit_kind: str
    parent_name: str
    date: str
    leader: str
    template_id: str
    plan_number: str
    result: Tally
    missing_notes: int
    areas: dict[str, Tally]

    # The counts the tables print, by name (the Tally holds them).
    @property
    def total(self) -> int:
        return self.result.total

    @property
    def answered(self) -> int:
        return self.result.answered

    @property
    def assessed(self) -> int:
        return self.result.assessed

    @property
    def dat(self) -> int:
        return self.result.dat

    @property
    def dat_mot_phan(self) -> int:
        return self.result.dat_mot_phan

    @property
    def khong_dat(self) -> int:
        return self.result.khong_dat

    @property
    def khong_ap_dung(self) -> int:
        return self.result.khong_ap_dung

    @property
    def score(self) -> float:
        return self.result.score

    @property
    def max_score(self) -> float:
        return self.result.max_score

    @property
    def pass_rate(self) -> float | None:
        return self.result.pass_rate


@dataclass(frozen=True)
class AreaResult:
    """One area (lĩnh vực) of one template, over every unit inspected with it."""

    code: str
    title: str
    criteria: int  # criteria of the area in the template
    result: Tally  # summed over the units
    units_with_shortfall: int
    units_assessed: int  # units that assessed at least one criterion of the area

    @property
    def pass_rate(self) -> float | None:
        return self.result.pass_rate


@dataclass(frozen=True)
class CriterionShortfall:
    """A criterion not (fully) met in several units: where the province should act."""

    code: str
    area: str
    text: str
    khong_dat: int
    dat_mot_phan: int
    assessed: int  # units that assessed it


@dataclass(frozen=True)
class TemplateSection:
    """The units inspected with one checklist template, and what only adds up within it."""

    template_id: str
    key: str
    version: int
    title: str
    criteria: int
    units: list[UnitResult]
    areas: list[AreaResult]
    shortfalls: list[CriterionShortfall]

    @property
    def result(self) -> Tally:
        """Every unit's criteria added up (same template, so the codes mean one thing)."""
        total = Tally()
        for unit in self.units:
            total += unit.result
        return total


@dataclass(frozen=True)
class Remark:
    unit_name: str
    kind: str
    text: str
    responsible: str = ""
    deadline: str | None = None
    status: str = FollowUpStatus.CHUA_THUC_HIEN.value
    overdue: bool = False


@dataclass(frozen=True)
class ReportData:
    title: str
    plan: dict[str, Any] | None
    generated_on: str
    units: list[UnitResult]
    sections: list[TemplateSection]
    strengths: list[Remark]
    shortcomings: list[Remark]
    recommendations: list[Remark]
    teams: list[dict[str, Any]] = field(default_factory=list)
    # The plans the report covers, oldest first (one for a plan's report).
    plans: list[dict[str, Any]] = field(default_factory=list)
    # Per unit, the earlier inspections' recommendations carried out (reports/previous.py).
    previous: list[PreviousFollowUp] = field(default_factory=list)

    @property
    def period(self) -> tuple[str, str] | None:
        """The first and last inspection days, or None without inspections."""
        dates = sorted(u.date for u in self.units)
        return (dates[0], dates[-1]) if dates else None

    @property
    def mixed(self) -> bool:
        """Whether the units were inspected with more than one checklist template."""
        return len(self.sections) > 1

    @property
    def overdue(self) -> int:
        """How many recommendations are late."""
        return sum(1 for r in self.recommendations if r.overdue)

    @property
    def done(self) -> int:
        """How many recommendations are done."""
        return sum(1 for r in self.recommendations if r.status == FollowUpStatus.DA_HOAN_THANH)
