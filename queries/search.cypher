// name: search
// description: Entities whose name or alias matches a text (fuzzily), with their type, how often agenda items mention them and how many meetings they attended (or missed).
// param: text: string (required) — a name, part of a name, or a misspelt name
// param: limit: int = 25 — at most this many rows
// resolve: text -> Municipality, Organization, Person, Initiative, Law (all)
// example: kommunegraf query search --param text=Sundhed
MATCH (n:Municipality|Organization|Person|Initiative|Law) WHERE n.id IN $text_ids
OPTIONAL MATCH (a:AgendaItem)-[r:MENTIONS|CONCERNS]->(n)
WITH n, count(r) AS mentions, count(DISTINCT r.doc) AS documents
OPTIONAL MATCH (n)-[t:ATTENDED]->(m:Meeting)
WITH n, mentions, documents, count(DISTINCT m) AS meetings
RETURN n.name AS name, labels(n)[0] AS type, mentions AS mentions, meetings AS meetings, documents AS documents, n.id AS id
ORDER BY mentions + meetings DESC, name, id
LIMIT $limit
