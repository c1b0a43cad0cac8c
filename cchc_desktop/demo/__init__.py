"""The demo data set: Lạng Sơn's 2024 inspection from the seed article, and a 2026 plan."""
