using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// What the sentences of one article share, as a value passed from sentence to sentence: the two principal parties of
/// its conflict (for «الطرفين», «البلدين»), its disputed region (for «الإقليم», «أراضيها»), the article date (for the
/// office a person held), the last speaker (for «بلاده» and verbs with no subject), the last pair of actors named
/// together (for «الوزيرين» and dual verbs «اتفقا») and the events read so far (for «الاجتماع» continuing an earlier
/// meeting). Sentence stages return a new state; none is shared between articles or threads.
/// </summary>
public sealed record DocumentState
{
    public (ActorEntry A, ActorEntry B)? Parties { get; init; }
    public ActorEntry? Region { get; init; }
    public string? Date { get; init; }
    public ImmutableArray<ActorEntry> Speaker { get; init; } = [];
    public (ActorEntry A, ActorEntry B)? LastPair { get; init; }
    public ImmutableList<RelationEvent> Events { get; init; } = [];

    /// <summary>The state before the first sentence: the party model and region read from all of the article's sentences.</summary>
    public static DocumentState Open(IReadOnlyList<SentenceParse> sentences, string? date)
    {
        var (parties, region) = PartyModel.Read(sentences);
        return new DocumentState { Parties = parties, Region = region, Date = date };
    }
}
