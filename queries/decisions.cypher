// name: decisions
// description: The decisions of a body or of a municipality's bodies, optionally by outcome and period.
// param: body: string = — the body, matched fuzzily
// param: municipality: string = — the municipality, matched fuzzily
// param: outcome: choice(approved|adopted|endorsed|noted|discussed|proposed|rejected|postponed|forwarded|closed) = — only this outcome
// param: since: date = — meetings on or after this date
// param: until: date = — meetings on or before this date (a prefix such as 2021 covers the year)
// param: limit: int = 500 — at most this many rows
// resolve: body -> Organization
// resolve: municipality -> Municipality
// one-of: body, municipality
// order: date, body, municipality, document, item
// Cypher picks the first $limit rows (of each arm) by one sort key, the order line's columns joined, and
// the fact's id; the rows are put in order here (natural order, item 9 before item 10).
// An item's date and document are written onto it at build time (no Meeting or Document lookup per row).
// example: kommunegraf query decisions --param municipality=Albertslund --param outcome=approved
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(mu:Municipality)
WITH o, mu
WHERE o.id IN $body_ids OR mu.id IN $municipality_ids
MATCH (mt:Meeting)-[:OF]->(o)
MATCH (mt)-[h:HAS_ITEM]->(a:AgendaItem)
WITH o, mu, mt, h, a  // the items' filters after the walk: put beside it, LadybugDB scans every item first
WHERE a.outcome IS NOT NULL AND a.outcome <> 'none'
  AND ($outcome = '' OR a.outcome = $outcome)
  AND ($since = '' OR a.date >= $since)
  AND ($until = '' OR left(a.date, size($until)) <= $until)
WITH o, mu, h, a, coalesce(a.date, '9999') + '|' + o.name + '|' + coalesce(mu.name, '') + '|'
     + coalesce(a.document, '') + '|' + coalesce(a.number, '') + '|' + a.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN a.date AS date, o.name AS body, mu.name AS municipality,
       CASE WHEN a.title = '' THEN a.name ELSE a.title END AS title,
       a.outcome AS outcome, a.document AS document, d.url AS url, a.number AS item, coalesce(a.decision, h.quote) AS quote
