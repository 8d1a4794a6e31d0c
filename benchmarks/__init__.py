"""Benchmarks and the synthetic corpus generator (run as modules: python -m benchmarks.run)."""
