// Saved queries for Neo4j Browser over the KnowledgeGraph model (see README.md next to this file).
// Each query starts with a "// name:" line (the analyst's question) and a "// view:" line: graph queries return
// paths, which the Browser draws in the colours of style.grass; table queries answer with rows where a table is
// the better answer. Statements end with ";". They run unchanged on Neo4j 3.x and 5.x.
// Actor ids are actor codes (RUS, TUR, ARM, AZE, FRA ...) for states and organizations, person:<name> for persons.

// name: The most stated relations
// view: graph
// The 60 relations stated by the most sentences, with their actors (articles and evidence events left out).
MATCH p = (a:Actor)-[r]->(b:Actor)
WITH p, r
ORDER BY r.count DESC, type(r)
LIMIT 60
RETURN p;

// name: Who mediates between whom
// view: graph
// Mediators drawn between the pairs of parties they mediate between.
MATCH p = (a:Actor)<-[:MEDIATES]-(m:Actor)-[:MEDIATES]->(b:Actor)
WHERE a.id < b.id
RETURN p
LIMIT 50;

// name: Who mediates between whom
// view: table
// Mediators and the pairs of parties they mediate between, with the number of sentences stating it.
MATCH (m:Actor)-[r1:MEDIATES]->(a:Actor), (m)-[r2:MEDIATES]->(b:Actor)
WHERE a.id < b.id
RETURN m.name_en AS mediator, a.name_en AS party_a, b.name_en AS party_b, r1.count + r2.count AS sentences
ORDER BY sentences DESC, mediator
LIMIT 50;

// name: All relations of Russia
// view: graph
// Russia and the people acting for it, with every actor they relate to.
MATCH p = (a:Actor {code: 'RUS'})-[r]-(b:Actor)
RETURN p
LIMIT 200;

// name: All relations of Russia
// view: table
// Every relation of Russia or a person acting for it, in both directions, most stated first.
MATCH (a:Actor {code: 'RUS'})-[r]-(b:Actor)
RETURN a.name_en AS actor, type(r) AS relation,
       CASE WHEN startNode(r) = a THEN 'to' ELSE 'from' END AS direction,
       b.name_en AS other, r.count AS sentences, r.first_date AS first_date, r.last_date AS last_date
ORDER BY sentences DESC, relation, other;

// name: Conflict dyads ranked
// view: graph
// The conflict relations (negative tone), most stated first.
MATCH p = (a:Actor)-[r]->(b:Actor)
WHERE r.tone < 0
WITH p, r
ORDER BY r.count DESC
LIMIT 100
RETURN p;

// name: Conflict dyads ranked
// view: table
// Pairs of actors joined by conflict relations (negative tone), ranked by sentence count times tone.
MATCH (a:Actor)-[r]-(b:Actor)
WHERE r.tone < 0 AND a.id < b.id
RETURN a.name_en AS actor_a, b.name_en AS actor_b, sum(r.count) AS sentences,
       sum(r.count * r.tone) AS conflict_score, collect(DISTINCT type(r)) AS relations
ORDER BY conflict_score ASC, sentences DESC
LIMIT 25;

// name: The sentences behind the relations of Armenia and Azerbaijan
// view: graph
// Each sentence stating a relation between the two is an Event, drawn with the article that reports it; click an
// event to read its sentence, cue and date.
MATCH p = (article:Article)-[:REPORTS]->(ev:Event)-->(:Actor {id: 'ARM'}), q = (ev)-->(:Actor {id: 'AZE'})
RETURN p, q
LIMIT 40;

// name: The sentences behind the relations of Armenia and Azerbaijan
// view: table
// One row per sentence: who does what to whom, the sentence, its article (id and title), index, cue and date.
MATCH (a:Actor {id: 'ARM'})<-[ra]-(ev:Event)-[rb]->(b:Actor {id: 'AZE'})
OPTIONAL MATCH (article:Article)-[:REPORTS]->(ev)
RETURN CASE type(ra) WHEN 'TARGET' THEN b.name_en ELSE a.name_en END AS source, ev.type AS relation,
       CASE type(ra) WHEN 'TARGET' THEN a.name_en ELSE b.name_en END AS target,
       ev.text AS sentence, ev.doc AS article, article.title AS title, ev.sentence AS sentence_index,
       ev.cue AS cue, ev.date AS date
ORDER BY date, article, sentence_index, relation;

// name: Shortest path between France and Turkey
// view: graph
// How two actors are connected through relations (articles and events left out).
MATCH (a:Actor {id: 'FRA'}), (b:Actor {id: 'TUR'})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Actor)
RETURN p;

// name: Turkey's partners and opponents
// view: graph
// Turkey and every actor it relates to, green for cooperation and red for conflict.
MATCH p = (t:Actor {id: 'TUR'})-[r]-(other:Actor)
RETURN p;

// name: Turkey's partners and opponents
// view: table
// Actors related to Turkey, classed by the sentence count times tone of all their relations with it.
MATCH (t:Actor {id: 'TUR'})-[r]-(other:Actor)
WITH other, sum(r.count * r.tone) AS score, collect(DISTINCT type(r)) AS relations
RETURN other.name_en AS actor,
       CASE WHEN score > 0 THEN 'partner' WHEN score < 0 THEN 'opponent' ELSE 'neutral' END AS stance,
       score, relations
ORDER BY score DESC, actor;

// name: Actors by degree
// view: graph
// The ten actors with the most partners and the relations among them.
MATCH (a:Actor)-[]-(b:Actor)
WITH a, count(DISTINCT b) AS partners
ORDER BY partners DESC, a.id
LIMIT 10
WITH collect(a) AS top
MATCH p = (x:Actor)-[r]->(y:Actor)
WHERE x IN top AND y IN top
RETURN p;

// name: Actors by degree
// view: table
// The most connected actors: distinct partners over relations, and the sentences behind them.
MATCH (a:Actor)-[r]-(b:Actor)
RETURN a.name_en AS actor, a.kind AS kind, count(DISTINCT b) AS partners, sum(r.count) AS sentences
ORDER BY partners DESC, sentences DESC, actor
LIMIT 25;

// name: Relations in a date range
// view: graph
// The sentences (events) dated between 2020-01-01 and 2020-12-31 with their articles and actors; events of
// undated articles are drawn too rather than silently dropped (their caption shows no date).
MATCH p = (article:Article)-[:REPORTS]->(ev:Event)-->(a:Actor)
WHERE ev.date IS NULL OR (ev.date >= '2020-01-01' AND ev.date <= '2020-12-31')
RETURN p
LIMIT 150;

// name: Relations in a date range
// view: table
// Relations stated between 2020-01-01 and 2020-12-31; relations whose articles carry no date are listed after
// them (dated = false) rather than silently dropped.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.first_date IS NULL OR (r.last_date >= '2020-01-01' AND r.first_date <= '2020-12-31')
RETURN a.name_en AS source, type(r) AS relation, b.name_en AS target, r.first_date AS first_date,
       r.last_date AS last_date, r.count AS sentences, r.first_date IS NOT NULL AS dated
ORDER BY dated DESC, first_date, sentences DESC
LIMIT 100;

// name: Most mentioned actors
// view: graph
// The ten actors named in the most articles, drawn with those articles.
MATCH (article:Article)-[:MENTIONS]->(a:Actor)
WITH a, count(article) AS articles
ORDER BY articles DESC, a.id
LIMIT 10
MATCH p = (:Article)-[:MENTIONS]->(a)
RETURN p;

// name: Most mentioned actors
// view: table
// Actors by the number of articles that mention them.
MATCH (article:Article)-[:MENTIONS]->(a:Actor)
RETURN a.name_en AS actor, a.name_ar AS name_ar, a.kind AS kind, count(article) AS articles
ORDER BY articles DESC, actor
LIMIT 25;

// name: Relation types by frequency and tone
// view: graph
// The most stated relation of each type, one picture of every colour of the style.
MATCH (:Actor)-[r]->(:Actor)
WITH type(r) AS relation, max(r.count) AS most
MATCH p = (a:Actor)-[r]->(b:Actor)
WHERE type(r) = relation AND r.count = most
RETURN p
LIMIT 60;

// name: Relation types by frequency and tone
// view: table
// How often each relation type occurs, with its cooperation (+) or conflict (-) tone.
MATCH (:Actor)-[r]->(:Actor)
RETURN type(r) AS relation, count(r) AS pairs, sum(r.count) AS sentences, min(r.tone) AS tone
ORDER BY sentences DESC, relation;
