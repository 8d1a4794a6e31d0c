// LadybugDB: label(y) instead of labels(y)[0]; a multi-label pattern means "any of these tables"
// here (all of them in Neo4j), which keeps the lookup off the big tables.
MATCH (x:Municipality:Organization:Person:Initiative:Law) WHERE x.id IN $name_ids
MATCH (x)<-[:MENTIONS|CONCERNS]-(a:AgendaItem)-[:MENTIONS|CONCERNS]->(y)
WHERE y.id <> x.id
WITH x, y, count(DISTINCT a) AS items, count(DISTINCT a.doc) AS documents
RETURN x.name AS name, y.name AS entity, label(y) AS type, items AS items, documents AS documents, y.id AS id
ORDER BY items DESC, documents DESC, entity, id
LIMIT $limit
