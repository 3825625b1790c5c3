using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The rule-based extractor: clean the article (boilerplate, datelines), split sentences, parse each sentence
/// (tokens, actor mentions, cues — <see cref="SentenceParser"/>), open the document's state (its parties and region,
/// <see cref="Document.DocumentState"/>), then read each sentence's events and their relations
/// (<see cref="Events.SentenceEvents"/>), passing the state on. Pure and thread-safe: all lexicons are immutable and
/// per-article state is a value. Linear in the article length.
/// </summary>
public sealed class RuleBasedExtractor : IDocumentExtractor
{
    private readonly SentenceParser _parser;
    private readonly Document.SurnameReference _surnames;
    private readonly TextCleaner _cleaner;

    public ActorLexicon Lexicon { get; }

    public RuleBasedExtractor(ActorLexicon lexicon, CueLexicon cues, RoleWords words, TextCleaner cleaner)
    {
        Lexicon = lexicon;
        _parser = new SentenceParser(lexicon, new ActorTrie(lexicon), cues, words);
        _surnames = new Document.SurnameReference(lexicon, _parser);
        _cleaner = cleaner;
    }

    public RuleBasedExtractor(ActorLexicon lexicon) : this(lexicon, DefaultCues.Value, DefaultWords.Value, TextCleaner.Default) { }

    private static readonly IReadOnlySet<string> RelationTypeNames = Graph.GraphSchema.Default.RelationTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
    private static readonly Lazy<CueLexicon> DefaultCues = new(() => CueLexicon.Load(null, RelationTypeNames));
    private static readonly Lazy<RoleWords> DefaultWords = new(() => RoleWords.Load(null));
    private static readonly Lazy<RuleBasedExtractor> LazyDefault = new(() => new RuleBasedExtractor(ActorLexicon.Default));

    /// <summary>The embedded lexicons, extended by the actors/, cues/ and words/ subfolders of <paramref name="lexiconFolder"/>.</summary>
    public static RuleBasedExtractor CreateDefault(string? lexiconFolder = null) =>
        lexiconFolder is null
            ? LazyDefault.Value
            : new RuleBasedExtractor(ActorLexicon.Load(lexiconFolder), CueLexicon.Load(lexiconFolder, RelationTypeNames),
                RoleWords.Load(lexiconFolder), TextCleaner.Default);

    public SentenceParser Parser => _parser;

    private static readonly bool UsePairModel = Environment.GetEnvironmentVariable("KG_PAIR_MODEL") == "1";
    // Loaded (and checked against the features the extractor computes) only when asked for: it is off by default.
    private readonly Learned.PairModel? _pairs = UsePairModel ? Learned.PairModel.Default : null;

    /// <summary>The sentences of an article as spans of <see cref="ArticleText"/>: title first, boilerplate dropped.</summary>
    public List<TextSpan> Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        foreach (var line in _cleaner.ContentLines(text)) SentenceSplitter.Split(text, line, sentences);
        return sentences;
    }

    /// <summary>The text extraction reads: the title as its own line unless the text already starts with it.</summary>
    public static string ArticleText(Article article) =>
        article.Title.Length > 0 && !article.Text.TrimStart().StartsWith(article.Title.Trim(), StringComparison.Ordinal)
            ? article.Title + "\n" + article.Text
            : article.Text;

    public DocumentExtraction Extract(Article article) => Extract(article, trace: null);

    public DocumentExtraction Extract(Article article, List<string>? trace)
    {
        var relations = new List<ExtractedRelation>();
        var counts = new Dictionary<string, (ActorEntry Entry, int Count)>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var (i, parse, reading) in Read(article, trace))
        {
            sentences++;
            foreach (var g in parse.Groups)
            {
                if (g.Ref != RefKind.None) continue;
                foreach (var a in g.Actors) counts[a.Id] = (a, counts.GetValueOrDefault(a.Id).Count + 1);
            }
            foreach (var r in reading.Relations)
                relations.Add(new ExtractedRelation(
                    new ActorRef(r.Source.Id, r.Source.Code), r.Type, new ActorRef(r.Target.Id, r.Target.Code),
                    new Evidence(article.Id, i, parse.Text, r.Cue, article.Date), r.Rule));
            if (_pairs is { } model && UsePairModel)
                foreach (var c in Learned.PairCandidates.Of(reading, parse, i))
                {
                    if (c.ByRules) continue;
                    var pr = model.Probability(c.Features);
                    if (pr < model.Threshold) continue;
                    relations.Add(new ExtractedRelation(new ActorRef(c.Source.Id, c.Source.Code), c.Type, new ActorRef(c.Target.Id, c.Target.Code),
                        new Evidence(article.Id, i, parse.Text, c.Cue, article.Date), $"pair-model:{pr:0.00}"));
                    trace?.Add($"pair-model {pr:0.00}: {c.Source.Code} {c.Type} {c.Target.Code} (cue «{c.Cue}»)");
                }
        }
        var mentions = counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.Entry.Id, StringComparer.Ordinal)
            .Select(c => new ActorMentionCount(new ActorRef(c.Entry.Id, c.Entry.Code), c.Count)).ToArray();
        return new DocumentExtraction(article, sentences, mentions, relations);
    }

    /// <summary>The article's sentences, each with its parse and what the rules read in it, in order.</summary>
    public IEnumerable<(int Index, SentenceParse Parse, Events.SentenceReading Reading)> Read(Article article, List<string>? trace = null)
    {
        var text = ArticleText(article);
        var spans = Sentences(text);
        var parses = new SentenceParse[spans.Count];
        for (var i = 0; i < spans.Count; i++) parses[i] = _parser.Parse(spans[i].Of(text));
        parses = _surnames.Apply(parses, _parser.Parse);
        var doc = Document.DocumentState.Open(parses, article.Date);
        if (trace is not null && doc.Parties is { } pp) trace.Add($"document parties: {pp.A.Code}, {pp.B.Code}" + (doc.Region is null ? "" : $"; region {doc.Region.Code}"));
        for (var i = 0; i < parses.Length; i++)
        {
            var reading = Events.SentenceEvents.Read(parses[i], i, doc, trace);
            doc = reading.Next;
            yield return (i, parses[i], reading);
        }
    }
}
