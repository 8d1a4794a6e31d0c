// name: initiative-timeline
// description: Every mention of and decision on an initiative over time, across municipalities.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 500 — at most this many rows
// resolve: initiative -> Initiative
// order: date, municipality, body, event, document, item, quote
// example: kommunegraf query initiative-timeline --param initiative="KL Play"
MATCH (a:AgendaItem)-[r:MENTIONS|CONCERNS]->(i:Initiative)
WHERE i.id IN $initiative_ids
  AND NOT EXISTS { MATCH (a)-[c:CONCERNS]->(i) WHERE c.id <> r.id }  // an item that concerns it is one row, not two
OPTIONAL MATCH (mt:Meeting)-[:HAS_ITEM]->(a)
OPTIONAL MATCH (mt)-[:OF]->(o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(mu:Municipality)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN left(mt.starts_at, 10) AS date, mu.name AS municipality, coalesce(o.name, mt.body) AS body,
       'item' AS event, a.title AS title, a.outcome AS outcome, i.name AS initiative,
       d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (mu:Municipality)-[r:ADOPTED]->(i:Initiative)
WHERE i.id IN $initiative_ids
OPTIONAL MATCH (d:Document {id: r.doc})
OPTIONAL MATCH (mt:Meeting)-[:RECORDED_IN]->(d)
RETURN r.date AS date, mu.name AS municipality, mt.body AS body,
       'adopted' AS event, CASE WHEN false THEN '' END AS title, r.date_is AS outcome, i.name AS initiative,
       d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
