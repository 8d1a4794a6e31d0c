"""The graph's vocabulary, below every stage: the schema, id makers, reference data, case-number
patterns and the name matcher. Modules here import nothing from the stages (sources, parse,
extract, resolve, store, packs, viz); every stage may import them."""
