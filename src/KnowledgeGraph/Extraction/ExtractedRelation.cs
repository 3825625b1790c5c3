using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// An actor as it takes part in a relation: <see cref="Id"/> is the most specific actor found (a person stays a
/// person, node id from the lexicon), <see cref="Code"/> the actor code it stands for in triples.
/// </summary>
public sealed record ActorRef(string Id, string Code);

/// <summary>The sentence behind a relation: document, sentence index (0-based), its text, the cue matched, the article date.</summary>
public sealed record Evidence(string Doc, int Sentence, string Text, string Cue, string? Date);

/// <summary>One relation stated by one sentence. <see cref="Rule"/> names the pattern that produced it.</summary>
public sealed record ExtractedRelation(ActorRef Source, string Type, ActorRef Target, Evidence Evidence, string Rule);

/// <summary>What extraction found in one article: its sentence count, the actors it mentions (with counts) and its relations.</summary>
public sealed record DocumentExtraction(
    Article Article,
    int SentenceCount,
    IReadOnlyList<ActorMentionCount> Mentions,
    IReadOnlyList<ExtractedRelation> Relations);

public sealed record ActorMentionCount(ActorRef Actor, int Count);

/// <summary>Turns one article into its relations. Implementations are pure and thread-safe: articles are processed in parallel.</summary>
public interface IDocumentExtractor
{
    DocumentExtraction Extract(Article article);
}
