// LadybugDB: label(n) instead of labels(n)[0]; a multi-label pattern means "any of these tables"
// here (all of them in Neo4j), which keeps the lookup off the big tables.
MATCH (n:Municipality:Organization:Person:Initiative:Law) WHERE n.id IN $text_ids
OPTIONAL MATCH (a:AgendaItem)-[r:MENTIONS|CONCERNS]->(n)
WITH n, count(r) AS mentions, count(DISTINCT r.doc) AS documents
OPTIONAL MATCH (n)-[t:ATTENDED]->(m:Meeting)
WITH n, mentions, documents, count(DISTINCT m) AS meetings
RETURN n.name AS name, label(n) AS type, mentions AS mentions, meetings AS meetings, documents AS documents, n.id AS id
ORDER BY mentions + meetings DESC, name, id
LIMIT $limit
