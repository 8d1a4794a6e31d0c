// name: role-holders
// description: Who holds (or held) a role in an organisation or municipality, e.g. formand of DASSOS, in time order: from, to, and as_of (the date of the meeting that stated an undated role); current marks the latest holder not superseded.
// param: role: string = — the role word, e.g. formand; empty means every role
// param: organization: string = — the organisation or municipality, matched fuzzily
// param: limit: int = 200 — at most this many rows
// param: unnamed: choice(hide|show) = hide — a document's unnamed body (kind "unnamed body") is left out of an answer about every body unless show; an answer about one body shows it
// resolve: organization -> Organization, Municipality
// one-of: role, organization
// example: kommunegraf query role-holders --param role=formand --param organization=DASSOS
MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
WHERE ($organization = '' OR o.id IN $organization_ids)
  AND ($role = '' OR toLower(r.role) CONTAINS toLower($role))
  AND ($organization <> '' OR $unnamed = 'show' OR coalesce(o.kind, '') <> 'unnamed body')
OPTIONAL MATCH (d:Document {id: r.doc})
// current: not ended, and no other person stated in the same role of the same body at a later date
OPTIONAL MATCH (other:Person)-[later:HOLDS_ROLE]->(o)
WHERE later.role = r.role AND other.id <> p.id
WITH p, r, o, d,
     sum(CASE WHEN coalesce(later.valid_from, later.as_of, '') > coalesce(r.valid_from, r.as_of, '') THEN 1
              ELSE 0 END) AS superseded
RETURN o.name AS organization, r.role AS role, p.name AS person, r.valid_from AS valid_from,
       r.valid_to AS valid_to, r.as_of AS as_of, (r.valid_to IS NULL AND superseded = 0) AS current, d.name AS document, d.url AS url, r.item AS item,
       r.quote AS quote, size(r.docs) AS documents
ORDER BY organization, role, coalesce(valid_from, as_of, ''), person, coalesce(valid_to, ''),
         coalesce(document, ''), coalesce(item, ''), coalesce(quote, '')
LIMIT $limit
