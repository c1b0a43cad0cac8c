"""The inspection view: header with progress, and one tab per part of the work (checklist,
findings; later photos and minutes) from the registry in ``tabs.py``."""
