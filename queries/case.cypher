// name: case
// description: A case, journal or document number across agenda items and meetings; a KLE code (or its prefix) across municipalities.
// param: number: string (required) — e.g. 326-2017-43896, 00.15.10-A21-1-21 or a KLE code such as 00.15.10
// param: limit: int = 500 — at most this many rows
// example: kommunegraf query case --param number=00.15.10
MATCH (a:AgendaItem)-[r:CONCERNS|MENTIONS]->(c:`Case`)
WHERE c.number = $number OR c.kle STARTS WITH $number
OPTIONAL MATCH (mt:Meeting)-[:HAS_ITEM]->(a)
OPTIONAL MATCH (mt)-[:OF]->(o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(mu:Municipality)
OPTIONAL MATCH (cm:Municipality) WHERE cm.code = c.municipality_code
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN c.number AS number, c.kle AS kle, coalesce(mu.name, cm.name) AS municipality,
       coalesce(o.name, mt.body) AS body, left(mt.starts_at, 10) AS date, a.title AS title,
       d.name AS document, r.item AS item, r.quote AS quote
ORDER BY number, coalesce(date, ''), coalesce(municipality, ''), coalesce(body, ''),
         coalesce(document, ''), coalesce(item, ''), coalesce(title, ''), coalesce(quote, '')
LIMIT $limit
