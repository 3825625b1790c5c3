// Saved queries for Neo4j Browser over the KnowledgeGraph model (see README.md next to this file).
// Each query starts with a "// name:" line; statements end with ";". They run unchanged on Neo4j 3.x and 5.x.
// Actor ids are actor codes (RUS, TUR, ARM, AZE, FRA ...) for states and organizations, person:<name> for persons.

// name: Who mediates between whom
// Mediators and the pairs of parties they mediate between, with the number of sentences stating it.
MATCH (m:Actor)-[r1:MEDIATES]->(a:Actor), (m)-[r2:MEDIATES]->(b:Actor)
WHERE a.id < b.id
RETURN m.name_en AS mediator, a.name_en AS party_a, b.name_en AS party_b, r1.count + r2.count AS sentences
ORDER BY sentences DESC, mediator
LIMIT 50;

// name: All relations of Russia
// Every relation of Russia or a person acting for it, in both directions, most stated first.
MATCH (a:Actor {code: 'RUS'})-[r]-(b:Actor)
RETURN a.name_en AS actor, type(r) AS relation,
       CASE WHEN startNode(r) = a THEN 'to' ELSE 'from' END AS direction,
       b.name_en AS other, r.count AS sentences, r.first_date AS first_date, r.last_date AS last_date
ORDER BY sentences DESC, relation, other;

// name: Conflict dyads ranked
// Pairs of actors joined by conflict relations (negative weight), ranked by weighted sentence count.
MATCH (a:Actor)-[r]-(b:Actor)
WHERE r.weight < 0 AND a.id < b.id
RETURN a.name_en AS actor_a, b.name_en AS actor_b, sum(r.count) AS sentences,
       sum(r.count * r.weight) AS conflict_score, collect(DISTINCT type(r)) AS relations
ORDER BY conflict_score ASC, sentences DESC
LIMIT 25;

// name: The sentences behind the relations of Armenia and Azerbaijan
// The evidence sentences of every relation between two actors, with the documents stating them.
MATCH (a:Actor {id: 'ARM'})-[r]-(b:Actor {id: 'AZE'})
UNWIND r.evidence AS sentence
RETURN startNode(r).name_en AS source, type(r) AS relation, endNode(r).name_en AS target, sentence, r.docs AS documents
ORDER BY relation, source;

// name: Shortest path between France and Turkey
// How two actors are connected through relations (articles left out).
MATCH (a:Actor {id: 'FRA'}), (b:Actor {id: 'TUR'})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')
RETURN [n IN nodes(p) | n.name_en] AS actors, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops;

// name: Turkey's partners and opponents
// Actors related to Turkey, classed by the signed weight of all their relations with it.
MATCH (t:Actor {id: 'TUR'})-[r]-(other:Actor)
WITH other, sum(r.count * r.weight) AS score, collect(DISTINCT type(r)) AS relations
RETURN other.name_en AS actor,
       CASE WHEN score > 0 THEN 'partner' WHEN score < 0 THEN 'opponent' ELSE 'neutral' END AS stance,
       score, relations
ORDER BY score DESC, actor;

// name: Actors by degree
// The most connected actors: distinct partners over relations, and the sentences behind them.
MATCH (a:Actor)-[r]-(b:Actor)
RETURN a.name_en AS actor, a.kind AS kind, count(DISTINCT b) AS partners, sum(r.count) AS sentences
ORDER BY partners DESC, sentences DESC, actor
LIMIT 25;

// name: Relations in a date range
// Relations stated between 2020-01-01 and 2020-12-31; relations whose articles carry no date are listed after
// them (dated = false) rather than silently dropped.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.first_date IS NULL OR (r.last_date >= '2020-01-01' AND r.first_date <= '2020-12-31')
RETURN a.name_en AS source, type(r) AS relation, b.name_en AS target, r.first_date AS first_date,
       r.last_date AS last_date, r.count AS sentences, r.first_date IS NOT NULL AS dated
ORDER BY dated DESC, first_date, sentences DESC
LIMIT 100;

// name: Most mentioned actors
// Actors by the number of articles that mention them.
MATCH (article:Article)-[:MENTIONS]->(a:Actor)
RETURN a.name_en AS actor, a.name_ar AS name_ar, a.kind AS kind, count(article) AS articles
ORDER BY articles DESC, actor
LIMIT 25;

// name: Relation types by frequency and tone
// How often each relation type occurs, with its cooperation (+) or conflict (-) weight.
MATCH (:Actor)-[r]->(:Actor)
RETURN type(r) AS relation, count(r) AS pairs, sum(r.count) AS sentences, min(r.weight) AS weight
ORDER BY sentences DESC, relation;
