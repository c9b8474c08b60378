"""The text engine's passes, one module a stage (`cleaner.engine` runs them in order)."""
