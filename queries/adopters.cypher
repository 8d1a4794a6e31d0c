// name: adopters
// description: Which municipalities adopted an initiative, when, and by which body; earliest first.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 100 — at most this many rows
// order: date, municipality, body, document, item, quote
// Cypher picks the first $limit rows (of each arm) by one sort key, the order line's columns joined, and
// the fact's id; the rows are put in order here (natural order, item 9 before item 10).
// resolve: initiative -> Initiative
// example: kommunegraf query adopters --param initiative="KL Play"
MATCH (i:Initiative) WHERE i.id IN $initiative_ids
MATCH (i)<-[r:ADOPTED]-(m:Municipality)
WITH i, r, m, coalesce(r.date, '9999') + '|' + m.name + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
OPTIONAL MATCH (mt:Meeting)-[:RECORDED_IN]->(d)
RETURN m.name AS municipality, r.date AS date, r.date_is AS date_is, mt.body AS body,
       i.name AS initiative, d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
