using System.Collections.Immutable;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// A mention group of a sentence with the actors it stands for in its document: the named actors, or for a reference
/// word (الطرفين، بلاده، إنها، الوزيرين) the actors it was resolved to. The parse's group is left as it was.
/// </summary>
public sealed record ResolvedGroup(MentionGroup Group, ImmutableArray<ActorEntry> Actors, string? ResolvedBy = null)
{
    public int Start => Group.Start;
    public int End => Group.End;
    public int Lead => Group.Lead;
    public string Prep => Group.Prep;
    public bool IsPlace => Group.IsPlace;
    public bool IsWeakNisba => Group.IsWeakNisba;
    public bool AllNisba => Group.AllNisba;
    public RefKind Ref => Group.Ref;
    public int Clause => Group.Clause;
    public string Surface => Group.Surface;
    public bool IsSubjectLike => Group.IsSubjectLike;

    /// <summary>Whether some actor of this group has a code that none of <paramref name="other"/>'s actors has.</summary>
    public bool HasActorOtherThan(ResolvedGroup? other) => other is null || Actors.Any(a => other.Actors.All(b => b.Code != a.Code));

    public bool SharesNoCodeWith(ResolvedGroup? other) => other is null || Actors.All(a => other.Actors.All(b => b.Code != a.Code));

    /// <summary>A group standing for the given actors at a token (the speaker inherited by a sentence, say).</summary>
    public static ResolvedGroup Of(IEnumerable<ActorEntry> actors, int at, string surface, RefKind kind = RefKind.None)
    {
        var g = new MentionGroup { Start = at, End = at, Lead = at, Surface = surface, Ref = kind };
        foreach (var a in actors) g.Add(a);
        return new ResolvedGroup(g, [.. g.Actors], surface);
    }

    public override string ToString() =>
        $"{Surface} → {string.Join("+", Actors.Select(a => a.Kind == ActorKind.Person ? $"{a.Id}({a.Code})" : a.Code))}"
        + (Ref != RefKind.None ? $" [ref {Ref}{(ResolvedBy is null ? "" : ": " + ResolvedBy)}]" : "") + (Prep.Length > 0 ? $" [{Prep}]" : "") + (IsPlace ? " [place]" : "");
}
