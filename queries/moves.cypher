// name: moves
// description: People whose role moved from one municipality or organisation to another, with dates.
// param: since: date = — only moves starting on or after this date
// param: until: date = — only moves starting on or before this date
// param: limit: int = 200 — at most this many rows
// example: kommunegraf query moves --param since=2020-01-01
MATCH (p1:Person)-[r1:HOLDS_ROLE]->(o1)
WHERE r1.valid_to IS NOT NULL
MATCH (p2:Person)-[r2:HOLDS_ROLE]->(o2)
WHERE p2.name = p1.name AND r2.valid_from IS NOT NULL AND o2.id <> o1.id
  AND r1.valid_to <= r2.valid_from
  AND ($since = '' OR r2.valid_from >= $since)
  AND ($until = '' OR left(r2.valid_from, size($until)) <= $until)
OPTIONAL MATCH (d:Document {id: r2.doc})
RETURN p2.name AS person, r1.role AS from_role, o1.name AS from_organization, r1.valid_to AS left_on,
       r2.role AS to_role, o2.name AS to_organization, r2.valid_from AS started_on,
       d.name AS document, d.url AS url, r2.item AS item, r2.quote AS quote, size(r2.docs) AS documents
ORDER BY started_on, person, from_organization, to_organization, coalesce(from_role, ''),
         coalesce(to_role, ''), left_on, coalesce(document, ''), coalesce(item, ''), coalesce(quote, '')
LIMIT $limit
