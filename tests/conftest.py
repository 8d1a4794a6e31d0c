"""Shared test set-up. Fixtures live in the fixtures_*.py plugins beside this file."""

pytest_plugins = ["fixtures_shared", "fixtures_neo4j", "fixtures_browser", "fixtures_stores"]
