// name: case
// description: A case, journal or document number across agenda items and meetings; a KLE code (or its prefix) across municipalities.
// param: number: string (required) — e.g. 326-2017-43896, 00.15.10-A21-1-21 or a KLE code such as 00.15.10
// param: limit: int = 500 — at most this many rows
// order: number, date, municipality, body, document, item, title, quote
// Cypher picks the first $limit rows (of each arm) by one sort key, the order line's columns joined, and
// the fact's id; the rows are put in order here (natural order, item 9 before item 10).
// An item's date, body, municipality and document are written onto it at build time, so each row is one hop.
// example: kommunegraf query case --param number=00.15.10
MATCH (c:`Case`) WHERE c.number = $number OR c.kle STARTS WITH $number
MATCH (a:AgendaItem)-[r:CONCERNS|MENTIONS]->(c)
WITH c, a, r, c.number + '|' + coalesce(a.date, '9999') + '|' + coalesce(a.municipality, '') + '|'
     + coalesce(a.body, '') + '|' + coalesce(a.document, '') + '|' + coalesce(r.item, '') + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (cm:Municipality) WHERE a.municipality IS NULL AND cm.code = c.municipality_code
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN c.number AS number, c.kle AS kle, coalesce(a.municipality, cm.name) AS municipality,
       a.body AS body, a.date AS date, CASE WHEN a.title = '' THEN a.name ELSE a.title END AS title,
       a.document AS document, d.url AS url, r.item AS item, r.quote AS quote
