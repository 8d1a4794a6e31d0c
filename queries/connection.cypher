// name: connection
// description: The shortest path (at most 4 steps) between two named entities, one row per step with its evidence; each step reads in its relationship's direction (from_entity RELATION to_entity).
// param: a: string (required) — the first entity's name, matched fuzzily
// param: b: string (required) — the second entity's name, matched fuzzily
// resolve: a -> Municipality, Organization, Person, Initiative, Law
// resolve: b -> Municipality, Organization, Person, Initiative, Law
// start-from-quieter: a, b
// Bounded: paths of more than 4 steps are not looked for (between two people who never met, the
// search through every meeting and item within 6 steps took 0.2-1 s at 10,000 documents; such a
// path says little).
// Of several shortest paths, the one with the smallest key (node ids joined, then relationship ids).
// example: kommunegraf query connection --param a=Kalundborg --param b=Albertslund
MATCH (a:Municipality|Organization|Person|Initiative|Law) WHERE a.id IN $a_ids
MATCH (b:Municipality|Organization|Person|Initiative|Law) WHERE b.id IN $b_ids AND b.id <> a.id
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p, [n IN nodes(p) | n.id] AS node_ids, [r IN relationships(p) | r.id] AS rel_ids
WITH p, reduce(s = head(node_ids), x IN tail(node_ids) | s + '|' + x) + '#'
        + reduce(s = head(rel_ids), x IN tail(rel_ids) | s + '|' + x) AS path_key
ORDER BY path_key
LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, rs[i] AS r, CASE WHEN startNode(rs[i]) = ns[i] THEN ns[i] ELSE ns[i + 1] END AS x,
     CASE WHEN startNode(rs[i]) = ns[i] THEN ns[i + 1] ELSE ns[i] END AS y
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN i + 1 AS step, coalesce(x.name, x.id) AS from_entity, labels(x)[0] AS from_type, type(r) AS relation,
       coalesce(y.name, y.id) AS to_entity, labels(y)[0] AS to_type, d.name AS document, d.url AS url, r.item AS item,
       r.quote AS quote
ORDER BY step
