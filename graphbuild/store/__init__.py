"""Graph stores: embedded LadybugDB (default) and Neo4j, behind one GraphStore interface."""
