// LadybugDB: its own shortest-path syntax; 1-based lists. A multi-label pattern here means "any of
// these tables" (not "all of them" as in Neo4j), which keeps the start and end lookups off the big
// tables. The path is read from the recursive relationship `e` (its inner nodes), with the two ends
// added, because materialising nodes(p) of a path costs far more here.
MATCH (a:Municipality:Organization:Person:Initiative:Law) WHERE a.id IN $a_ids
MATCH (b:Municipality:Organization:Person:Initiative:Law) WHERE b.id IN $b_ids AND b.id <> a.id
MATCH (a)-[e* ALL SHORTEST 1..6]-(b)
WITH a, b, e, list_concat(list_concat([a.id], properties(nodes(e), 'id')), [b.id]) AS node_ids
WITH a, b, e, list_reduce(node_ids, (x, y) -> x + '|' + y) + '#'
        + list_reduce(properties(rels(e), 'id'), (x, y) -> x + '|' + y) AS path_key
ORDER BY path_key
LIMIT 1
WITH list_concat(list_concat([a.id], properties(nodes(e), 'id')), [b.id]) AS ids,
     list_concat(list_concat([a.name], properties(nodes(e), 'name')), [b.name]) AS names,
     list_concat(list_concat([label(a)], properties(nodes(e), '_LABEL')), [label(b)]) AS labels,
     list_concat(list_concat([id(a)], properties(nodes(e), '_ID')), [id(b)]) AS internal_ids,
     properties(rels(e), '_SRC') AS sources,
     properties(rels(e), '_LABEL') AS types, properties(rels(e), 'doc') AS docs,
     properties(rels(e), 'item') AS items, properties(rels(e), 'quote') AS quotes
UNWIND range(1, size(types)) AS i
// a step reads in its relationship's direction: from the relationship's source
WITH i, ids, names, labels, types, docs, items, quotes,
     CASE WHEN sources[i] = internal_ids[i] THEN i ELSE i + 1 END AS f,
     CASE WHEN sources[i] = internal_ids[i] THEN i + 1 ELSE i END AS t
OPTIONAL MATCH (d:Document {id: docs[i]})
RETURN i AS step, coalesce(names[f], ids[f]) AS from_entity, labels[f] AS from_type, types[i] AS relation,
       coalesce(names[t], ids[t]) AS to_entity, labels[t] AS to_type, d.name AS document,
       items[i] AS item, quotes[i] AS quote
ORDER BY step
