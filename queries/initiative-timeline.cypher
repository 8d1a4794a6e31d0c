// name: initiative-timeline
// description: Every mention of and decision on an initiative over time, across municipalities.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 500 — at most this many rows
// resolve: initiative -> Initiative
// order: date, municipality, body, event, document, item, quote
// Each arm picks its first $limit rows in Cypher by one sort key (the order line's first columns
// joined, then the fact's id), so at most 2 x $limit rows reach Python, where every row is put in
// order (natural order: item 9 before item 10) and cut to $limit. The adoption arm looks its
// document up after its pick, for at most $limit rows (the document carries its meeting's body).
// An item's date, body, municipality and document are written onto it at build time, so one hop.
// example: kommunegraf query initiative-timeline --param initiative="KL Play"
MATCH (i:Initiative)<-[r:MENTIONS|CONCERNS]-(a:AgendaItem)
WHERE i.id = $initiative_id
  AND NOT EXISTS { MATCH (a)-[c:CONCERNS]->(i) WHERE c.id <> r.id }  // an item that concerns it is one row, not two
WITH i, r, a, coalesce(a.date, '9999') + '|' + coalesce(a.municipality, '') + '|' + coalesce(a.body, '') + '|'
     + coalesce(a.document, '') + '|' + coalesce(r.item, '') + '|' + r.id AS k
ORDER BY k
LIMIT $limit
RETURN a.date AS date, a.municipality AS municipality, a.body AS body,
       'item' AS event, a.title AS title, a.outcome AS outcome, i.name AS initiative,
       a.document AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (i:Initiative)<-[r:ADOPTED]-(mu:Municipality)
WHERE i.id = $initiative_id
WITH i, r, mu, coalesce(r.date, '9999') + '|' + mu.name + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.date AS date, mu.name AS municipality, d.body AS body,
       'adopted' AS event, CASE WHEN false THEN '' END AS title, r.date_is AS outcome, i.name AS initiative,
       d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
