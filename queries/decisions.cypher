// name: decisions
// description: The decisions of a body or of a municipality's bodies, optionally by outcome and period.
// param: body: string = — the body, matched fuzzily
// param: municipality: string = — the municipality, matched fuzzily
// param: outcome: choice(approved|adopted|endorsed|noted|discussed|proposed|rejected|postponed|closed) = — only this outcome
// param: since: date = — meetings on or after this date
// param: until: date = — meetings on or before this date (a prefix such as 2021 covers the year)
// param: limit: int = 500 — at most this many rows
// resolve: body -> Organization
// resolve: municipality -> Municipality
// one-of: body, municipality
// order: date, body, municipality, document, item
// example: kommunegraf query decisions --param municipality=Albertslund --param outcome=approved
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(mu:Municipality)
WITH o, mu
WHERE o.id IN $body_ids OR mu.id IN $municipality_ids
MATCH (mt:Meeting)-[:OF]->(o)
MATCH (mt)-[h:HAS_ITEM]->(a:AgendaItem)
WHERE a.outcome IS NOT NULL AND a.outcome <> 'none'
  AND ($outcome = '' OR a.outcome = $outcome)
  AND ($since = '' OR mt.starts_at >= $since)
  AND ($until = '' OR left(mt.starts_at, size($until)) <= $until)
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN left(mt.starts_at, 10) AS date, o.name AS body, mu.name AS municipality, a.title AS title,
       a.outcome AS outcome, d.name AS document, a.number AS item, coalesce(a.decision, h.quote) AS quote
ORDER BY coalesce(date, ''), body, coalesce(municipality, ''), coalesce(document, ''), item, outcome,
         coalesce(title, ''), coalesce(quote, '')
LIMIT $limit
