"""SQLite storage: the data folder, schema migrations, record writes with audit, queries."""
