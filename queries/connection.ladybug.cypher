// LadybugDB: its own shortest-path syntax, 1-based lists, properties() over a path's nodes.
MATCH (a) WHERE a.id IN $a_ids
MATCH (b) WHERE b.id IN $b_ids AND b.id <> a.id
MATCH p = (a)-[* ALL SHORTEST 1..6]-(b)
WITH p, list_reduce(properties(nodes(p), 'id'), (x, y) -> x + '|' + y) + '#'
        + list_reduce(properties(rels(p), 'id'), (x, y) -> x + '|' + y) AS path_key
ORDER BY path_key
LIMIT 1
WITH properties(nodes(p), 'id') AS ids, properties(nodes(p), 'name') AS names,
     properties(nodes(p), '_LABEL') AS labels, properties(rels(p), '_LABEL') AS types,
     properties(rels(p), 'doc') AS docs, properties(rels(p), 'item') AS items,
     properties(rels(p), 'quote') AS quotes
UNWIND range(1, size(types)) AS i
OPTIONAL MATCH (d:Document {id: 'document:' + docs[i]})
RETURN i AS step, coalesce(names[i], ids[i]) AS from_entity, labels[i] AS from_type, types[i] AS relation,
       coalesce(names[i + 1], ids[i + 1]) AS to_entity, labels[i + 1] AS to_type, d.name AS document,
       items[i] AS item, quotes[i] AS quote
ORDER BY step
