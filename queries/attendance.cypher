// name: attendance
// description: Who was present or absent at a body's meetings, and who stood in for whom.
// param: body: string (required) — the body (Direktion, Chefforum, KD-Net, ...), matched fuzzily
// param: date: date = — the meeting's date (or a prefix: 2020, 2020-01); empty means every meeting
// param: limit: int = 1000 — at most this many rows
// resolve: body -> Organization
// example: kommunegraf query attendance --param body=KD-Net --param date=2020-01-24
MATCH (p:Person)-[r:ATTENDED]->(mt:Meeting)-[:OF]->(o:Organization)
WHERE o.id IN $body_ids AND ($date = '' OR mt.starts_at STARTS WITH $date)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS body, mt.starts_at AS meeting, r.status AS status, p.name AS person,
       r.stands_in_for AS stands_in_for, d.name AS document, d.url AS url, r.item AS item, r.quote AS quote
ORDER BY coalesce(meeting, ''), body, status, person, coalesce(stands_in_for, ''),
         coalesce(document, ''), coalesce(quote, '')
LIMIT $limit
