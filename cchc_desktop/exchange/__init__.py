"""Sync without a server: signed packages, verification, trusted devices, merge and conflicts."""
