"""Photos from a phone straight into an inspection, over the local network, no internet.

The laptop serves a small page (resources/phone/) on the office Wi-Fi or its own hotspot; the
phone opens it from a QR code, takes or picks photos and uploads them; each goes through the
same ingest as the desktop import (photos/ingest.py). No Qt here: the window's dialog
(gui/gallery/phone_dialog.py) and `cchc photos receive` both drive ``server.PhoneServer``.

network.py  the laptop's addresses a phone can reach, best first, named for a person
page.py     what the page shows (unit, date, criteria) and its files, served by name only
intake.py   one thread feeding uploads to import_photos; the verdicts; the audit note
server.py   the aiohttp server in a thread of its own: start, stop, idle stop
handlers.py its requests: the token guard, the page's files, info, upload, verdicts
uploads.py  the token, safe file names, sizes, the server's own refusals
qr.py       the QR code of the address (PNG for the window, text for a terminal)
"""
