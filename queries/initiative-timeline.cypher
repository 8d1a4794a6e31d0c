// name: initiative-timeline
// description: Every mention of and decision on an initiative over time, across municipalities.
// param: initiative: string (required) — the initiative's name or an alias, matched fuzzily
// param: limit: int = 500 — at most this many rows
// resolve: initiative -> Initiative
// order: date, municipality, body, event, document, item, quote
// Each arm picks its first $limit rows in Cypher by one property written at build time
// (graphbuild/item_context.py), so at most 2 x $limit rows reach Python, where every row is put in
// order (natural order: item 9 before item 10) and cut to $limit. An item's MENTIONS and CONCERNS
// carry timeline_key (its date, municipality, body, document, item number and the fact's id),
// none on a MENTIONS whose item also CONCERNS the initiative (one row, not two); an ADOPTED carries
// its timeline_key (date, municipality, id) and its evidence document's body and name. An item's
// date, body, municipality and document are written onto it, so each arm is one ordered, limited hop.
// example: kommunegraf query initiative-timeline --param initiative="KL Play"
MATCH (i:Initiative)<-[r:MENTIONS|CONCERNS]-(a:AgendaItem)
WHERE i.id = $initiative_id AND r.timeline_key IS NOT NULL
WITH i, r, a
ORDER BY r.timeline_key
LIMIT $limit
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN a.date AS date, a.municipality AS municipality, a.body AS body,
       'item' AS event, CASE WHEN a.title = '' THEN a.name ELSE a.title END AS title, a.outcome AS outcome,
       i.name AS initiative,
       a.document AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (i:Initiative)<-[r:ADOPTED]-(mu:Municipality)
WHERE i.id = $initiative_id
WITH i, r, mu
ORDER BY r.timeline_key
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.date AS date, mu.name AS municipality, r.body AS body,
       'adopted' AS event, CASE WHEN false THEN '' END AS title, r.date_is AS outcome, i.name AS initiative,
       r.document AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
