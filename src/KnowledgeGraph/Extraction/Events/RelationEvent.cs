using System.Collections.Immutable;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>The roles an event's participants fill.</summary>
public enum SlotRole
{
    /// <summary>Who acts: the subject of a verb cue, the actor attached to a masdar, the speaker of reported speech.</summary>
    Agent,
    /// <summary>Who is acted on: the object or the actor marked by the cue's preposition.</summary>
    Target,
    /// <summary>Who acts with the agent in a mediation («وساطتها المشتركة مع الأمم المتحدة»).</summary>
    CoAgent,
    /// <summary>The two or more sides «بين X و Y» of a mediation, talks, agreement or fight.</summary>
    Parties,
    /// <summary>Who hosts or invites to talks held between others.</summary>
    Host,
}

/// <summary>Actors in one role of an event, with the construct that put them there and the mention group they came from, if any.</summary>
public sealed record SlotFill(SlotRole Role, ImmutableArray<ActorEntry> Actors, string Construct, Document.ResolvedGroup? Group = null)
{
    public static SlotFill From(SlotRole role, Document.ResolvedGroup group, string construct) => new(role, group.Actors, construct, group);

    public override string ToString() => $"{Role}={string.Join("+", Actors.Select(a => a.Code))} ({Construct})";
}

/// <summary>Whether an event took place as stated.</summary>
public enum EventPolarity
{
    Asserted,
    /// <summary>Negated, failed, only sought or expected: not a relation (GUIDELINES §3.3).</summary>
    NotAsserted,
    /// <summary>The content of a request, call, accusation or denial («طلبت … تقديم المساعدة»): said of, not done.</summary>
    Content,
}

/// <summary>
/// One relation cue of a sentence read as an event: its type, its participants by role and whether it is asserted.
/// Values only: constructs add slots by returning a new event.
/// </summary>
public sealed record RelationEvent(CueMatch Cue, string Type, int Sentence, ImmutableArray<SlotFill> Slots, EventPolarity Polarity, string? Why = null)
{
    public SlotFill? Slot(SlotRole role)
    {
        foreach (var s in Slots) if (s.Role == role) return s;
        return null;
    }

    public ImmutableArray<ActorEntry> Actors(SlotRole role) => Slot(role)?.Actors ?? [];

    public RelationEvent With(SlotFill fill) => this with { Slots = Slots.RemoveAll(s => s.Role == fill.Role).Add(fill) };

    public RelationEvent Without(SlotRole role) => this with { Slots = Slots.RemoveAll(s => s.Role == role) };

    public override string ToString() =>
        $"{Type} «{Cue.Form.Display}» [{string.Join(", ", Slots)}]" + (Polarity == EventPolarity.Asserted ? "" : $" {Polarity}: {Why}");
}
