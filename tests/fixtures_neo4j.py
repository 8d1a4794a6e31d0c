"""Neo4j fixtures (filled in by the store work)."""
