"""Stand-alone widgets of the minutes: the signature pad, the PDF preview with printing, and the
"Ký & xuất" panel that the inspection view shows as a tab."""

from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.gui.minutes.signature_pad import SignaturePad

__all__ = ["PdfPreview", "SignExportPanel", "SignaturePad"]
