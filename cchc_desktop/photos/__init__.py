"""Photos as evidence: checking, importing, deriving and keeping them (Pillow; no Qt).

probe.py   what a file is, and the refusals (not a photo, empty, damaged, too large)
exif.py    orientation, time taken, GPS and camera from EXIF
derive.py  the thumbnail and the print copy, decoded at reduced scale
worker.py  one file's work in a worker process: hash, check, derive, store
ingest.py  a batch: both CPU cores, progress and cancel, one writer, dedupe
library.py listing and editing photos, the print copy the minutes use, re-deriving
stamp.py   the optional stamp (time, unit, inspector) on a print copy
"""
