// LadybugDB: its own shortest-path syntax; 1-based lists. Each end is looked up in the one table of
// the label it resolved to (`:$a_label`, written into the text from the resolved node: a pattern
// over all five labels planned a scan and join for each, 3.3 -> 1.8 ms CPU for the one-step
// statement, 10 -> 6 ms for the two-step one), by its primary key (`a.id = $a_id`). The answer is the reference's: of the shortest paths (at most 4 steps), the one with the
// smallest key (node ids joined, then relationship ids). Materialising every shortest path costs
// far more here than finding them (82 two-step paths between two municipalities mentioned in the
// same items: about 14 ms), so the usual lengths are statements of their own, tried in order
// ("// otherwise": the first that returns rows answers) and keyed from ids alone: one step; else
// two; else the shortest-path search.
// A step reads in its relationship's direction. In the fixed patterns the labels tell it (every
// type but MEMBER_OF has one source label; reading a relationship's own source would read every
// candidate relationship whole); MEMBER_OF from an organisation is looked up in its small table.
// tests/test_packs_engines.py checks every schema type is named here.
// The two-step pattern is joined from both ends (HINT): each end's relationships, then the middle
// node; left to itself the planner walks every relationship of each middle node, a hub's too
// (two municipalities named in the same items: 15 -> 11 ms CPU).
MATCH (a:$a_label) WHERE a.id = $a_id
MATCH (b:$b_label) WHERE b.id = $b_id AND b.id <> a.id
MATCH (a)-[r]-(b)
WITH a, b, r
ORDER BY a.id + '|' + b.id + '#' + r.id
LIMIT 1
OPTIONAL MATCH (a)-[m1:MEMBER_OF]->(b) WHERE m1.id = r.id
WITH [a.id, b.id] AS ids, [a.name, b.name] AS names, [label(a), label(b)] AS labels,
     [CASE WHEN label(r) IN ['OF', 'HAS_ITEM', 'RECORDED_IN'] THEN label(a) = 'Meeting'
          WHEN label(r) IN ['CONCERNS', 'MENTIONS', 'CITES', 'HANDLED_BY'] THEN label(a) = 'AgendaItem'
          WHEN label(r) IN ['HOLDS_ROLE', 'ATTENDED'] THEN label(a) = 'Person'
          WHEN label(r) = 'PART_OF' THEN label(a) = 'Organization'
          WHEN label(r) = 'ADOPTED' THEN label(a) = 'Municipality'
          WHEN label(r) = 'OWNED_BY' THEN label(a) = 'Initiative'
          ELSE label(a) = 'Municipality' OR m1.id IS NOT NULL END] AS forward,
     [label(r)] AS types, [r.doc] AS docs, [r.item] AS items, [r.quote] AS quotes
UNWIND range(1, size(types)) AS i
WITH i, ids, names, labels, types, docs, items, quotes,
     CASE WHEN forward[i] THEN i ELSE i + 1 END AS f, CASE WHEN forward[i] THEN i + 1 ELSE i END AS t
OPTIONAL MATCH (d:Document {id: docs[i]})
RETURN i AS step, coalesce(names[f], ids[f]) AS from_entity, labels[f] AS from_type, types[i] AS relation,
       coalesce(names[t], ids[t]) AS to_entity, labels[t] AS to_type, d.name AS document, d.url AS url,
       items[i] AS item, quotes[i] AS quote
ORDER BY step
// otherwise: no one-step path
MATCH (a:$a_label) WHERE a.id = $a_id
MATCH (b:$b_label) WHERE b.id = $b_id AND b.id <> a.id
MATCH (a)-[r1]-(m)-[r2]-(b) HINT ((a JOIN r1) JOIN m) JOIN (r2 JOIN b)
WITH a, b, m, r1, r2
ORDER BY a.id + '|' + m.id + '|' + b.id + '#' + r1.id + '|' + r2.id
LIMIT 1
OPTIONAL MATCH (a)-[m1:MEMBER_OF]->(m) WHERE m1.id = r1.id
OPTIONAL MATCH (m)-[m2:MEMBER_OF]->(b) WHERE m2.id = r2.id
WITH [a.id, m.id, b.id] AS ids, [a.name, m.name, b.name] AS names, [label(a), label(m), label(b)] AS labels,
     [CASE WHEN label(r1) IN ['OF', 'HAS_ITEM', 'RECORDED_IN'] THEN label(a) = 'Meeting'
          WHEN label(r1) IN ['CONCERNS', 'MENTIONS', 'CITES', 'HANDLED_BY'] THEN label(a) = 'AgendaItem'
          WHEN label(r1) IN ['HOLDS_ROLE', 'ATTENDED'] THEN label(a) = 'Person'
          WHEN label(r1) = 'PART_OF' THEN label(a) = 'Organization'
          WHEN label(r1) = 'ADOPTED' THEN label(a) = 'Municipality'
          WHEN label(r1) = 'OWNED_BY' THEN label(a) = 'Initiative'
          ELSE label(a) = 'Municipality' OR m1.id IS NOT NULL END,
      CASE WHEN label(r2) IN ['OF', 'HAS_ITEM', 'RECORDED_IN'] THEN label(m) = 'Meeting'
          WHEN label(r2) IN ['CONCERNS', 'MENTIONS', 'CITES', 'HANDLED_BY'] THEN label(m) = 'AgendaItem'
          WHEN label(r2) IN ['HOLDS_ROLE', 'ATTENDED'] THEN label(m) = 'Person'
          WHEN label(r2) = 'PART_OF' THEN label(m) = 'Organization'
          WHEN label(r2) = 'ADOPTED' THEN label(m) = 'Municipality'
          WHEN label(r2) = 'OWNED_BY' THEN label(m) = 'Initiative'
          ELSE label(m) = 'Municipality' OR m2.id IS NOT NULL END] AS forward,
     [label(r1), label(r2)] AS types, [r1.doc, r2.doc] AS docs, [r1.item, r2.item] AS items,
     [r1.quote, r2.quote] AS quotes
UNWIND range(1, size(types)) AS i
WITH i, ids, names, labels, types, docs, items, quotes,
     CASE WHEN forward[i] THEN i ELSE i + 1 END AS f, CASE WHEN forward[i] THEN i + 1 ELSE i END AS t
OPTIONAL MATCH (d:Document {id: docs[i]})
RETURN i AS step, coalesce(names[f], ids[f]) AS from_entity, labels[f] AS from_type, types[i] AS relation,
       coalesce(names[t], ids[t]) AS to_entity, labels[t] AS to_type, d.name AS document, d.url AS url,
       items[i] AS item, quotes[i] AS quote
ORDER BY step
// otherwise: no path of one or two steps
MATCH (a:$a_label) WHERE a.id = $a_id
MATCH (b:$b_label) WHERE b.id = $b_id AND b.id <> a.id
MATCH (a)-[e* ALL SHORTEST 1..4]-(b)
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
WITH i, ids, names, labels, types, docs, items, quotes,
     CASE WHEN sources[i] = internal_ids[i] THEN i ELSE i + 1 END AS f,
     CASE WHEN sources[i] = internal_ids[i] THEN i + 1 ELSE i END AS t
OPTIONAL MATCH (d:Document {id: docs[i]})
RETURN i AS step, coalesce(names[f], ids[f]) AS from_entity, labels[f] AS from_type, types[i] AS relation,
       coalesce(names[t], ids[t]) AS to_entity, labels[t] AS to_type, d.name AS document, d.url AS url,
       items[i] AS item, quotes[i] AS quote
ORDER BY step
