"""CCHC Desktop: offline inspection work for administrative-reform teams."""

# The one place the version lives: pyproject, the About dialog, PDF metadata and package
# manifests all read it from here.
__version__ = "0.1.0"

APP_NAME = "CCHC Desktop"
APP_ID = "cchc-desktop"
