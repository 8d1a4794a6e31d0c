// name: network-members
// description: The members of a network, or the networks a municipality (or organisation) belongs to.
// param: network: string = — the network or association, matched fuzzily
// param: municipality: string = — a municipality or organisation, matched fuzzily
// param: limit: int = 500 — at most this many rows
// resolve: network -> Organization
// resolve: municipality -> Municipality, Organization
// one-of: network, municipality
// order: network, member_type, member, document, item, quote
// example: kommunegraf query network-members --param network=DSD
MATCH (m:Municipality)-[r:MEMBER_OF]->(o:Organization)
WHERE o.id IN $network_ids OR m.id IN $municipality_ids
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS network, m.name AS member, 'Municipality' AS member_type,
       d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (m:Organization)-[r:MEMBER_OF]->(o:Organization)
WHERE o.id IN $network_ids OR m.id IN $municipality_ids
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS network, m.name AS member, 'Organization' AS member_type,
       d.name AS document, r.item AS item, r.quote AS quote, size(r.docs) AS documents
