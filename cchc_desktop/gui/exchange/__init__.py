"""The Exchange page: export packages, receive and merge them, settle conflicts."""

from cchc_desktop.gui.exchange.page import ExchangePage

__all__ = ["ExchangePage"]
