// name: co-occurrence
// description: The entities most often mentioned in the same agenda items as a named entity.
// param: name: string (required) — the entity's name, matched fuzzily
// param: limit: int = 25 — at most this many rows
// resolve: name -> Municipality, Organization, Person, Initiative, Law
// example: kommunegraf query co-occurrence --param name="KL Play"
MATCH (x:Municipality|Organization|Person|Initiative|Law) WHERE x.id IN $name_ids
MATCH (x)<-[:MENTIONS|CONCERNS]-(a:AgendaItem)-[:MENTIONS|CONCERNS]->(y)
WHERE y.id <> x.id
WITH x, y, count(DISTINCT a) AS items, count(DISTINCT a.doc) AS documents
RETURN x.name AS name, y.name AS entity, labels(y)[0] AS type, items AS items, documents AS documents, y.id AS id
ORDER BY items DESC, documents DESC, entity, id
LIMIT $limit
