"""HTML visualizations of the kommunegraf graph (imported as kommunegraf_viz)."""
