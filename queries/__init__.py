"""The Cypher query packs, shipped as data (imported as graphbuild.packs, never as a top-level module)."""
