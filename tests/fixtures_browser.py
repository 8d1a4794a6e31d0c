"""Headless Chromium fixtures (filled in by the viz work)."""
