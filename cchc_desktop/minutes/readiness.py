"""Ready to sign? The one check the window, the CLI and every way of signing ask first.

A biên bản is signed once and never changed, so before anyone signs (digitally, on the pad, or
on paper) the record must be whole. ``check`` lists what still **blocks** (nothing may be signed
or issued while any of it remains) and what only **warns** (worth a look, signing allowed):

Blocking
- a criterion with no result; Không áp dụng counts, with its reason;
- Không đạt or Đạt một phần without a note;
- no start or no end time;
- no name or no title for the team lead or the unit's representative;
- the unit's opinion not recorded (its words, or "không có ý kiến" said explicitly);
- a kiến nghị without a responsible party or a deadline.

Warnings
- no photos; a photo with no caption or no criterion;
- signing on a later day than the biên bản's date;
- a party without a handwritten signature;
- a recommendation of the previous inspection not looked at during this one
  (``previous_readiness``).

Each item names where it is fixed (``Target``: a tab of the inspection view and the field), so
the window turns it into a link. The rules are plain functions in ``RULES``; another part of
the app adds one with ``@rule`` (it receives ``Facts`` and yields ``Item``s).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cchc_desktop.documents.wording import short_title
from cchc_desktop.domain.dates import dmy, stored_date, vietnam_now
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import UserError, pick

if TYPE_CHECKING:
    from cchc_desktop.minutes.snapshot import MinutesSnapshot
    from cchc_desktop.store.workspace import Workspace

# Roles that must be named before anything is signed; the secretary signs when there is one.
REQUIRED_SIGNERS = ("truong_doan", "dai_dien_don_vi")


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class Target:
    """Where an item is fixed: a tab of the inspection view (``tabs.TABS`` keys), the thing in
    it (a criterion code, a finding or photo id, or a field of the minutes tab) and the field."""

    tab: str
    key: str
    field: str = ""

    def as_text(self) -> str:
        """ "checklist:A7:note" — what the CLI's --json gives and the window parses."""
        return ":".join(part for part in (self.tab, self.key, self.field) if part)


@dataclass(frozen=True)
class Item:
    """One line of the readiness list."""

    rule: str  # a stable key, e.g. "criterion.unanswered"
    severity: Severity
    vi: str
    en: str
    target: Target | None = None
    # About who signs (names, titles, handwriting) rather than what the document says: a
    # handwritten signature may be added while such items remain (names can be set any time).
    signers: bool = False

    @property
    def text(self) -> str:
        return pick(self.vi, self.en)

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "text": self.text,
            "target": self.target.as_text() if self.target else None,
        }


@dataclass(frozen=True)
class Readiness:
    """The whole list, blocking items first."""

    items: tuple[Item, ...]

    @property
    def blocking(self) -> list[Item]:
        return [i for i in self.items if i.blocks]

    @property
    def warnings(self) -> list[Item]:
        return [i for i in self.items if not i.blocks]

    @property
    def ready(self) -> bool:
        return not self.blocking

    def blocking_content(self) -> list[Item]:
        """What blocks other than the signers themselves (what stops a handwritten signature)."""
        return [i for i in self.blocking if not i.signers]

    def without(self, rule_prefix: str) -> Readiness:
        """The list without the rules starting with ``rule_prefix`` (e.g. "signer.handwriting"
        for a biên bản signed on paper)."""
        return Readiness(tuple(i for i in self.items if not i.rule.startswith(rule_prefix)))

    def summary(self) -> str:
        """ "Còn 3 mục phải hoàn thành, 2 lưu ý." / "Sẵn sàng ký (1 lưu ý)."."""
        blocking, warnings = len(self.blocking), len(self.warnings)
        if blocking:
            return pick(
                f"Chưa ký được: còn {blocking} mục phải hoàn thành"
                + (f", {warnings} lưu ý." if warnings else "."),
                f"Not ready to sign: {blocking} item(s) to complete"
                + (f", {warnings} note(s)." if warnings else "."),
            )
        if warnings:
            return pick(
                f"Sẵn sàng ký ({warnings} lưu ý nên xem lại).",
                f"Ready to sign ({warnings} note(s) worth a look).",
            )
        return pick("Sẵn sàng ký.", "Ready to sign.")

    def as_dict(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "blocking": [i.as_dict() for i in self.blocking],
            "warnings": [i.as_dict() for i in self.warnings],
        }


class NotReady(UserError):
    """Refused because the record is not complete: one line per blocking item."""

    def __init__(self, action_vi: str, action_en: str, items: list[Item]) -> None:
        head_vi = f"Chưa {action_vi} được: còn {len(items)} mục phải hoàn thành."
        head_en = f"Cannot {action_en} yet: {len(items)} item(s) to complete."
        super().__init__(
            "\n".join([head_vi, *(f"- {i.vi}" for i in items)]),
            "\n".join([head_en, *(f"- {i.en}" for i in items)]),
        )
        self.items = items


# -- the facts the rules read ---------------------------------------------------------------


@dataclass(frozen=True)
class CriterionFact:
    code: str
    text: str
    result: str | None
    note: str


@dataclass(frozen=True)
class FindingFact:
    id: str | None
    kind: str
    text: str
    responsible: str
    deadline: str | None


@dataclass(frozen=True)
class SignerFact:
    role: str
    name: str
    title: str
    has_image: bool


@dataclass(frozen=True)
class PhotoFact:
    id: str | None
    filename: str
    caption: str
    criterion: str | None


@dataclass(frozen=True)
class Facts:
    """What the rules look at: the inspection as it stands (or as a stored snapshot froze it).

    ``signers`` are the people the biên bản names: those named for a role, else the team's
    lead and secretary standing in. ``photos`` is None when not known (a snapshot keeps only
    the photos of the appendix). ``workspace`` lets a rule read more when the facts come from
    the database.
    """

    inspection_id: str
    date: str
    start_time: str
    end_time: str
    unit_opinion: str
    criteria: tuple[CriterionFact, ...]
    findings: tuple[FindingFact, ...]
    signers: tuple[SignerFact, ...]
    photos: tuple[PhotoFact, ...] | None
    today: dt.date
    workspace: Workspace | None = field(default=None, compare=False, repr=False)

    def signer(self, role: str) -> SignerFact | None:
        return next((s for s in self.signers if s.role == role), None)


def today_in_vietnam() -> dt.date:
    """Today on Vietnam's calendar (the day a signature made now carries)."""
    return vietnam_now().date()


def facts(ws: Workspace, inspection_id: str, *, today: dt.date | None = None) -> Facts:
    """The facts of an inspection as stored now (a few queries; no file is read)."""
    from cchc_desktop.minutes.collect import snapshot_from_detail
    from cchc_desktop.photos.library import photos_of
    from cchc_desktop.store.detail import show_inspection

    detail = show_inspection(ws, inspection_id)
    snapshot = snapshot_from_detail(detail, doc_number="")
    base = facts_of_snapshot(snapshot, today=today)
    findings = tuple(
        FindingFact(f["id"], f["kind"], f["text"], f["responsible"], f["deadline"])
        for f in detail["findings"]
    )
    photos = tuple(
        PhotoFact(p["id"], p["filename"], p["caption"] or "", p["criterion_code"])
        for p in photos_of(ws, detail["id"])
    )
    return dataclasses.replace(base, findings=findings, photos=photos, workspace=ws)


def facts_of_snapshot(snapshot: MinutesSnapshot, *, today: dt.date | None = None) -> Facts:
    """The facts a stored biên bản was made from (for a later signature on it)."""
    return Facts(
        inspection_id=snapshot.inspection_id,
        date=snapshot.date,
        start_time=snapshot.start_time,
        end_time=snapshot.end_time,
        unit_opinion=snapshot.unit_opinion,
        criteria=tuple(CriterionFact(c.code, c.text, c.result, c.note) for c in snapshot.criteria),
        findings=tuple(
            FindingFact(None, f.kind, f.text, f.responsible, f.deadline) for f in snapshot.findings
        ),
        signers=tuple(
            SignerFact(s.role, s.name, s.title, bool(s.image_sha256)) for s in snapshot.signers
        ),
        photos=None,
        today=today or today_in_vietnam(),
    )


# -- the rules ------------------------------------------------------------------------------

Rule = Callable[[Facts], Iterable[Item]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    """Add a rule to the check (in order); returns it unchanged, so it works as a decorator."""
    RULES.append(function)
    return function


def check_facts(facts: Facts, rules: Iterable[Rule] | None = None) -> Readiness:
    """Every rule over the facts; blocking items first, each group in the rules' order."""
    found = [item for r in (RULES if rules is None else rules) for item in r(facts)]
    return Readiness(tuple(sorted(found, key=lambda i: not i.blocks)))


def check(ws: Workspace, inspection_id: str, *, today: dt.date | None = None) -> Readiness:
    """The readiness of an inspection's biên bản as the record stands now."""
    return check_facts(facts(ws, inspection_id, today=today))


def refuse_unless_ready(
    readiness: Readiness, action_vi: str, action_en: str, *, content_only: bool = False
) -> None:
    """Raise ``NotReady`` naming every blocking item (``content_only``: all but the signers')."""
    items = readiness.blocking_content() if content_only else readiness.blocking
    if items:
        raise NotReady(action_vi, action_en, items)


def _criterion(c: CriterionFact) -> tuple[str, str]:
    title = short_title(c.text) if c.text else ""
    named = f"{c.code} ({title})" if title else c.code
    return f"Tiêu chí {named}", f"Criterion {named}"


@rule
def criteria_answered(facts: Facts) -> Iterator[Item]:
    """Every criterion has a result; one not (fully) met says why; one not applicable, why not."""
    for c in facts.criteria:
        vi, en = _criterion(c)
        target = Target("checklist", c.code)
        if not c.result:
            yield Item("criterion.unanswered", Severity.BLOCK, f"{vi}: chưa có kết quả.",
                       f"{en}: no result yet.", target)  # fmt: skip
            continue
        result = Result(c.result)
        if c.note.strip():
            continue
        if result.needs_note:
            yield Item(
                "criterion.note",
                Severity.BLOCK,
                f"{vi}: {result.label_vi.lower()} nhưng chưa ghi rõ lý do, tồn tại.",
                f"{en}: {result.label.lower()} but no note says why.",
                Target("checklist", c.code, "note"),
            )
        elif result is Result.KHONG_AP_DUNG:
            yield Item(
                "criterion.reason",
                Severity.BLOCK,
                f"{vi}: không áp dụng nhưng chưa ghi lý do.",
                f"{en}: not applicable, but no reason is given.",
                Target("checklist", c.code, "note"),
            )


@rule
def times_recorded(facts: Facts) -> Iterator[Item]:
    """The start and the end of the visit (Mẫu 1.9 prints both)."""
    if not facts.start_time:
        yield Item("time.start", Severity.BLOCK, "Chưa ghi giờ bắt đầu buổi kiểm tra.",
                   "The start time is not recorded.", Target("minutes", "start_time"))  # fmt: skip
    if not facts.end_time:
        yield Item("time.end", Severity.BLOCK, "Chưa ghi giờ kết thúc buổi kiểm tra.",
                   "The end time is not recorded.", Target("minutes", "end_time"))  # fmt: skip


@rule
def signers_named(facts: Facts) -> Iterator[Item]:
    """The team lead and the unit's representative have a name and a post."""
    for role in REQUIRED_SIGNERS:
        label = SignerRole(role)
        signer = facts.signer(role)
        for attribute, vi, en in (("name", "họ tên", "name"), ("title", "chức vụ", "title")):
            if signer is None or not getattr(signer, attribute).strip():
                yield Item(
                    f"signer.{attribute}",
                    Severity.BLOCK,
                    f"Chưa ghi {vi} của {label.label_vi.lower()}.",
                    f"The {label.label.lower()}'s {en} is not recorded.",
                    Target("minutes", f"signer.{role}", attribute),
                    signers=True,
                )


@rule
def unit_opinion_recorded(facts: Facts) -> Iterator[Item]:
    """The unit's opinion is recorded: its words, or that it has none."""
    if not facts.unit_opinion.strip():
        yield Item(
            "opinion",
            Severity.BLOCK,
            "Chưa ghi ý kiến của đơn vị được kiểm tra (ghi ý kiến, hoặc chọn «Đơn vị không có "
            "ý kiến»).",
            "The inspected unit's opinion is not recorded (write it, or choose 'No opinion').",
            Target("minutes", "unit_opinion"),
        )


@rule
def recommendations_complete(facts: Facts) -> Iterator[Item]:
    """Each kiến nghị says who must act and by when."""
    for f in facts.findings:
        if f.kind != "kien_nghi":
            continue
        words = short_title(f.text, 10)
        target_key = f.id or ""
        if not f.responsible.strip():
            yield Item(
                "recommendation.responsible",
                Severity.BLOCK,
                f"Kiến nghị «{words}»: chưa ghi cơ quan, đơn vị chịu trách nhiệm thực hiện.",
                f"Recommendation '{words}': no responsible party.",
                Target("findings", target_key, "responsible") if f.id else None,
            )
        if not f.deadline:
            yield Item(
                "recommendation.deadline",
                Severity.BLOCK,
                f"Kiến nghị «{words}»: chưa có thời hạn thực hiện.",
                f"Recommendation '{words}': no deadline.",
                Target("findings", target_key, "deadline") if f.id else None,
            )


@rule
def photos_described(facts: Facts) -> Iterator[Item]:
    """Evidence photos exist, each with a caption and a criterion (a warning)."""
    if facts.photos is None:
        return
    if not facts.photos:
        yield Item("photo.none", Severity.WARN, "Chưa có ảnh minh chứng nào.",
                   "There are no photos as evidence.", Target("photos", ""))  # fmt: skip
        return
    for p in facts.photos:
        missing_vi = [w for w, gap in (("chú thích", not p.caption.strip()),
                                       ("tiêu chí", not p.criterion)) if gap]  # fmt: skip
        if not missing_vi:
            continue
        missing_en = ["caption" if w == "chú thích" else "criterion" for w in missing_vi]
        yield Item(
            "photo.described",
            Severity.WARN,
            f"Ảnh {p.filename}: chưa có {' và '.join(missing_vi)}.",
            f"Photo {p.filename}: no {' or '.join(missing_en)}.",
            Target("photos", p.id or "", "caption" if not p.caption.strip() else "criterion"),
        )


@rule
def signed_on_the_day(facts: Facts) -> Iterator[Item]:
    """Signing on a later day than the biên bản's date (a warning)."""
    made = stored_date(facts.date)
    if made is not None and facts.today > made:  # an invalid date is blocked by its own rule
        yield Item(
            "date.later",
            Severity.WARN,
            f"Hôm nay ({dmy(facts.today)}) đã sau ngày của biên bản ({dmy(made)}): biên bản "
            "mang ngày kiểm tra, chữ ký số mang ngày ký.",
            f"Today ({dmy(facts.today)}) is after the minutes' date ({dmy(made)}): the minutes "
            "keep the inspection's date, a digital signature its own.",
        )


@rule
def handwritten_signatures(facts: Facts) -> Iterator[Item]:
    """Each party named has a handwritten signature (a warning)."""
    for signer in facts.signers:
        if not signer.name or signer.has_image:
            continue
        label = SignerRole(signer.role)
        yield Item(
            "signer.handwriting",
            Severity.WARN,
            f"{label.label_vi} ({signer.name}) chưa có chữ ký tay.",
            f"{label.label} ({signer.name}) has no handwritten signature.",
            Target("minutes", f"signer.{signer.role}", "image"),
            signers=True,
        )


# Rules kept beside what they are about register themselves with ``@rule`` when imported.
from cchc_desktop.minutes import previous_readiness, value_readiness  # noqa: E402, F401
