// name: person
// description: A person's roles over time (date: from, else as_of, the date of the meeting that stated it; until; current: not ended and not superseded by a later holder), meetings attended, absences and stand-ins.
// param: name: string (required) — the person's name, matched fuzzily
// param: limit: int = 500 — at most this many rows
// resolve: name -> Person
// order: person, date, kind, role, organization, document, item, quote
// The attendance arm, which grows with the meetings, picks its first $limit rows in Cypher by one sort
// key (the order line's columns joined, then the fact's id); the arms small by nature (one person's
// roles; the times others stood in for them) are not ordered in Cypher, where each ORDER BY costs
// LadybugDB 3-5 ms even for a few rows: every row is put in order here (natural order, item 9 before
// item 10) and cut to $limit.
// Stand-ins are looked for at the meetings the person is recorded at (as absent): a scan of
// every attendance is slow on Neo4j without an index on stands_in_for.
// example: kommunegraf query person --param name="Jesper Thyrring Møller"
MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
WHERE p.id = $name_id
// current as in role-holders: not ended, and no other person stated in the same role of the body later
OPTIONAL MATCH (other:Person)-[later:HOLDS_ROLE]->(o)
WHERE later.role = r.role AND other.id <> p.id
WITH p, r, o,
     sum(CASE WHEN coalesce(later.valid_from, later.as_of, '') > coalesce(r.valid_from, r.as_of, '') THEN 1
              ELSE 0 END) AS superseded
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN p.name AS person, 'role' AS kind, r.role AS role, o.name AS organization,
       coalesce(r.valid_from, r.as_of) AS date, r.valid_to AS until, r.as_of AS as_of,
       (r.valid_to IS NULL AND superseded = 0) AS current, CASE WHEN false THEN '' END AS other,
       d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (p:Person)-[r:ATTENDED]->(mt:Meeting)
WHERE p.id = $name_id
WITH p, r, mt, coalesce(left(mt.starts_at, 10), '9999') + '|' + r.id AS k
ORDER BY k
LIMIT $limit
OPTIONAL MATCH (mt)-[:OF]->(o:Organization)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN p.name AS person, r.status AS kind, CASE WHEN false THEN '' END AS role, coalesce(o.name, mt.body) AS organization,
       left(mt.starts_at, 10) AS date, CASE WHEN false THEN '' END AS until,
       CASE WHEN false THEN '' END AS as_of, CASE WHEN false THEN true END AS current, r.stands_in_for AS other,
       d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
UNION ALL
MATCH (p:Person)-[:ATTENDED]->(mt:Meeting)<-[r:ATTENDED]-(s:Person)
WHERE p.id = $name_id AND (r.stands_in_for = p.name OR r.stands_in_for = p.id)
OPTIONAL MATCH (mt)-[:OF]->(o:Organization)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN p.name AS person, 'stood in for by' AS kind, CASE WHEN false THEN '' END AS role, coalesce(o.name, mt.body) AS organization,
       left(mt.starts_at, 10) AS date, CASE WHEN false THEN '' END AS until,
       CASE WHEN false THEN '' END AS as_of, CASE WHEN false THEN true END AS current, s.name AS other,
       d.name AS document, d.url AS url, r.item AS item, r.quote AS quote, size(r.docs) AS documents
