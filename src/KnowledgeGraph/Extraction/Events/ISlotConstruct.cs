namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One construction of Arabic that fills a slot of an event («VSO: the subject follows the verb», «the nisba after a
/// masdar is its agent»). The catalogue (<see cref="ConstructCatalogue"/>) tries constructs in a stated order; the
/// first that applies decides the slot, also when it finds nobody there. Constructs are stateless.
/// </summary>
public interface ISlotConstruct
{
    /// <summary>The name shown by `kg explain` and written as the triple's rule.</summary>
    string Name { get; }

    bool AppliesTo(SentenceContext s, RelationEvent e);

    /// <summary>The slot as this construct reads it, or null when the construct applies but names nobody.</summary>
    SlotFill? Fill(SentenceContext s, RelationEvent e);
}
