"""Checklist templates: the data model, its JSON schema, the bundled library, XLSX exchange."""
