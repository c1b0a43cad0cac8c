"""The schema's history: one module per migration, applied in this order, never edited once released.

Each module has ``NAME`` (a short description) and ``apply(db)``; the runner gives it a
transaction and sets ``PRAGMA user_version`` to its position (1-based) in ``ORDER``.
"""

ORDER: tuple[str, ...] = (
    "m0001_initial",
    "m0002_photos",
    "m0003_minutes",
    "m0004_exchange",
    "m0005_signed_conflicts",
    "m0006_followup_review",
    "m0007_paper_minutes",
    "m0008_provenance",
)
