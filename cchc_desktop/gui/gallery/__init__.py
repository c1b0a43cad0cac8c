"""The photo gallery the inspection view shows as a tab: ``GalleryWidget(workspace)``."""

from cchc_desktop.gui.gallery.widget import GalleryWidget

__all__ = ["GalleryWidget"]
