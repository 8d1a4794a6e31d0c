// name: adopters
// description: Which municipalities adopted an initiative, when, and by which body; earliest first.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 100 — at most this many rows
// resolve: initiative -> Initiative
// example: kommunegraf query adopters --param initiative="KL Play"
MATCH (m:Municipality)-[r:ADOPTED]->(i:Initiative)
WHERE i.id IN $initiative_ids
OPTIONAL MATCH (d:Document {id: r.doc})
OPTIONAL MATCH (mt:Meeting)-[:RECORDED_IN]->(d)
RETURN m.name AS municipality, r.date AS date, r.date_is AS date_is, mt.body AS body,
       i.name AS initiative, d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
ORDER BY coalesce(date, '9999'), municipality, coalesce(body, ''), coalesce(document, ''),
         coalesce(item, ''), coalesce(quote, '')
LIMIT $limit
