// name: adopters
// description: Which municipalities adopted an initiative (name and id), when, and the body of the meeting that recorded it; earliest first.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 100 — at most this many rows
// order: date, municipality, body, document, item, quote
// Cypher picks the first $limit rows (of each arm) by one sort key, the order line's columns joined, and
// the fact's id; the rows are put in order here (natural order, item 9 before item 10).
// `body` is the body of the meeting that recorded the adoption (a KKR or a network may record a
// municipality's decision); the adopter is `municipality` and `municipality_id`.
// resolve: initiative -> Initiative
// example: kommunegraf query adopters --param initiative="KL Play"
MATCH (i:Initiative)<-[r:ADOPTED]-(m:Municipality) WHERE i.id = $initiative_id
WITH i, r, m, coalesce(r.date, '9999') + '|' + m.name + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
OPTIONAL MATCH (mt:Meeting)-[:RECORDED_IN]->(d)
RETURN m.name AS municipality, m.id AS municipality_id, r.date AS date, r.date_is AS date_is, mt.body AS body,
       i.name AS initiative, d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
