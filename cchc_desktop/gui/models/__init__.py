"""Thin Qt item models over the core's queries (plans, teams, units, inspections) and search."""
