"""kommunegraf: a knowledge graph over Danish municipalities' minutes and agendas."""

__version__ = "0.1.0"
