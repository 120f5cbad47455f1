"""Headless ``regionmap`` subcommands (no Qt)."""
