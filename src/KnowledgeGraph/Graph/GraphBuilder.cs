using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Graph;

/// <summary>Which articles become nodes (with MENTIONS edges to the actors they name).</summary>
public enum ArticleNodes { All, WithRelations, None }

public sealed record GraphBuilderOptions(
    int MaxEvidencePerEdge = 20,
    int MaxDocsPerEdge = 200,
    ArticleNodes ArticleNodes = ArticleNodes.All)
{
    public static GraphBuilderOptions Default { get; } = new();
}

/// <summary>
/// Merges the extractions of many articles into one <see cref="RelationGraph"/>. The result does not depend on
/// the order articles are added in: counts are sums, and evidence and docs keep the first ones in
/// (doc, sentence) order, bounded by the options so memory grows with the graph, not with the corpus.
/// Not thread-safe: one merger consumes the results of parallel extraction.
/// </summary>
public sealed class GraphBuilder(ActorLexicon lexicon, GraphSchema schema, GraphBuilderOptions? options = null)
{
    private readonly GraphBuilderOptions _options = options ?? GraphBuilderOptions.Default;
    private readonly Dictionary<(string Source, string Type, string Target), EdgeAccumulator> _edges = new();
    private readonly Dictionary<string, ActorRef> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphNode> _articles = new(StringComparer.Ordinal);

    public int ArticleCount { get; private set; }
    public long SentenceCount { get; private set; }
    public long RelationCount { get; private set; }
    public int ActorCount => _actors.Count;

    public static string ArticleNodeId(string doc) => "article:" + doc;

    public void Add(DocumentExtraction document)
    {
        ArticleCount++;
        SentenceCount += document.SentenceCount;
        var article = document.Article;

        var touched = new HashSet<EdgeAccumulator>(ReferenceEqualityComparer.Instance);
        foreach (var relation in document.Relations)
        {
            if (relation.Source.Code == relation.Target.Code) continue;
            var type = schema.Get(relation.Type);
            var (source, target) = (relation.Source, relation.Target);
            if (type.Symmetric && string.CompareOrdinal(source.Id, target.Id) > 0) (source, target) = (target, source);
            Remember(source);
            Remember(target);
            var key = (source.Id, type.Name, target.Id);
            if (!_edges.TryGetValue(key, out var edge))
                _edges[key] = edge = new EdgeAccumulator(type);
            edge.Add(relation.Evidence, _options);
            touched.Add(edge);
            RelationCount++;
        }
        foreach (var edge in touched) edge.NoteDoc(article.Id, article.Date, _options);

        var wantArticle = _options.ArticleNodes switch
        {
            ArticleNodes.All => true,
            ArticleNodes.WithRelations => document.Relations.Count > 0,
            _ => false,
        };
        if (!wantArticle) return;

        var articleId = ArticleNodeId(article.Id);
        _articles[articleId] = new GraphNode(articleId, ActorKind.Article, article.Id, article.Title, "")
        {
            Title = article.Title, Date = article.Date, Url = article.Url, Source = article.Source,
        };
        var mentions = schema.Get(GraphSchema.Mentions);
        foreach (var mention in document.Mentions)
        {
            Remember(mention.Actor);
            var key = (articleId, mentions.Name, mention.Actor.Id);
            if (!_edges.TryGetValue(key, out var edge))
                _edges[key] = edge = new EdgeAccumulator(mentions);
            edge.AddMentions(mention.Count);
            edge.NoteDoc(article.Id, article.Date, _options);
        }
    }

    public RelationGraph Build() => RelationGraph.Ordered(
        _actors.Values.Select(ActorNode).Concat(_articles.Values),
        _edges.Select(e => e.Value.ToEdge(e.Key.Source, e.Key.Type, e.Key.Target)));

    private void Remember(ActorRef actor) => _actors.TryAdd(actor.Id, actor);

    private GraphNode ActorNode(ActorRef actor)
    {
        var entry = lexicon.Find(actor.Id);
        if (entry is null)
            return new GraphNode(actor.Id, ActorKind.NonState, actor.Id, actor.Id, actor.Code);
        return new GraphNode(entry.Id, entry.Kind, entry.NameEn, entry.NameAr, entry.Code)
        {
            Office = entry.Office, OfficeFrom = entry.OfficeFrom, OfficeTo = entry.OfficeTo,
        };
    }

    private sealed class EdgeAccumulator(RelationType type)
    {
        private static readonly Comparer<Evidence> EvidenceOrder = Comparer<Evidence>.Create((a, b) =>
        {
            var byDoc = string.CompareOrdinal(a.Doc, b.Doc);
            return byDoc != 0 ? byDoc : a.Sentence.CompareTo(b.Sentence);
        });

        private readonly SortedSet<Evidence> _evidence = new(EvidenceOrder);
        private readonly SortedSet<string> _docs = new(StringComparer.Ordinal);
        private int _count;
        private int _docCount;
        private string? _firstDate;
        private string? _lastDate;

        public void Add(Evidence evidence, GraphBuilderOptions options)
        {
            _count++;
            _evidence.Add(evidence);
            if (_evidence.Count > options.MaxEvidencePerEdge) _evidence.Remove(_evidence.Max!);
        }

        public void AddMentions(int count) => _count += count;

        /// <summary>Called once per document that touches the edge.</summary>
        public void NoteDoc(string doc, string? date, GraphBuilderOptions options)
        {
            _docCount++;
            _docs.Add(doc);
            if (_docs.Count > options.MaxDocsPerEdge) _docs.Remove(_docs.Max!);
            if (date is not null)
            {
                if (_firstDate is null || string.CompareOrdinal(date, _firstDate) < 0) _firstDate = date;
                if (_lastDate is null || string.CompareOrdinal(date, _lastDate) > 0) _lastDate = date;
            }
        }

        public GraphEdge ToEdge(string source, string typeName, string target) => new(
            source, target, typeName, _count, type.Weight, type.Symmetric, _docCount,
            _docs.ToArray(), _firstDate, _lastDate, _evidence.ToArray());
    }
}
