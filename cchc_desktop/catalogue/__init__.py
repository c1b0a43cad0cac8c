"""The translators' catalogue of the core's messages (resources/translations/core_en.ts): its
TS file (``ts_file``), the corrections read from it at run time (``corrections``), and the
collector that writes it from the source (``extract``, with ``calls``: which callables take a
(vi, en) pair). Only ``corrections`` runs in the app; the rest is ``make translations``'.
"""
