"""Dialogs that create and edit records; they validate as the user types and call the same
core functions as the `cchc` command."""
