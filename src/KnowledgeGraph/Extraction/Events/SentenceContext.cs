using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// What a construct reads: the parsed sentence, its mention groups resolved against the document, the sentence's
/// subject (the subject of its reporting verb, else its first subject-like group) and the document state.
/// </summary>
public sealed record SentenceContext(SentenceParse P, ImmutableArray<ResolvedGroup> Groups, ResolvedGroup? Subject, DocumentState Doc, int Index)
{
    public ResolvedGroup? GroupOf(SlotFill? fill) => fill?.Group;

    /// <summary>The events read before this one in the same sentence.</summary>
    public ImmutableArray<RelationEvent> Earlier { get; init; } = [];
}
