"""Stand-alone widgets of the minutes: the signature pad (``signature_pad``), the PDF preview
with printing (``pdf_preview``), and the "Ký & xuất" panel that the inspection view shows as a
tab (``sign_panel``). Import each from its module: the package itself loads nothing, so the
window can load the panel's pieces one at a time while the lead reads the list."""
