// name: network-members
// description: The members of a network, or the networks a municipality (or organisation) belongs to.
// param: network: string = — the network or association, matched fuzzily
// param: municipality: string = — a municipality or organisation, matched fuzzily
// param: limit: int = 500 — at most this many rows
// param: unnamed: choice(hide|show) = hide — the networks of a municipality leave out a document's unnamed body (kind "unnamed body") unless show
// resolve: network -> Organization
// resolve: municipality -> Municipality, Organization
// one-of: network, municipality
// order: network, member_type, member, document, item, quote
// Cypher picks the first $limit rows (of each arm) by one sort key, the order line's columns joined, and
// the fact's id; the rows are put in order here (natural order, item 9 before item 10).
// example: kommunegraf query network-members --param network=DSD
MATCH (m:Municipality)-[r:MEMBER_OF]->(o:Organization)
WHERE (o.id IN $network_ids OR m.id IN $municipality_ids)
  AND ($network <> '' OR $unnamed = 'show' OR coalesce(o.kind, '') <> 'unnamed body')
WITH m, r, o, o.name + '|' + m.name + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS network, m.name AS member, 'Municipality' AS member_type,
       d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (m:Organization)-[r:MEMBER_OF]->(o:Organization)
WHERE (o.id IN $network_ids OR m.id IN $municipality_ids)
  AND ($network <> '' OR $unnamed = 'show' OR coalesce(o.kind, '') <> 'unnamed body')
WITH m, r, o, o.name + '|' + m.name + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS network, m.name AS member, 'Organization' AS member_type,
       d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
