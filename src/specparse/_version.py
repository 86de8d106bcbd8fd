"""The package version, kept apart so the CLI can print it without importing anything heavy."""

__version__ = "0.1.0"
