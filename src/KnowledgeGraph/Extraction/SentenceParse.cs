using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>What a reference word stands for, resolved against the document (see <see cref="Document.References"/>).</summary>
public enum RefKind { None, Parties, Pair, Speaker, Region, Antecedent, DualAntecedent, Description }

/// <summary>
/// A run of actor mentions acting as one argument: a single actor, an apposition («رئيس وزراء أرمينيا، نيكول
/// باشينيان»), a coordination («وزيرا الخارجية الأرميني والأذربيجاني», «الوسطاء الفرنسيون والروس والأميركيون») or a
/// reference word (الطرفين، بلاده، إنها). <see cref="Lead"/> is the first word of its head phrase («وزير» in «وزير
/// الخارجية الروسي»); <see cref="Prep"/> the preposition governing it ("" = none).
/// </summary>
public sealed class MentionGroup
{
    public List<ActorEntry> Actors { get; } = [];
    public int Start { get; set; }
    public int End { get; set; }
    public int Lead { get; set; }
    public string Prep { get; set; } = "";
    public bool IsPlace { get; set; }
    /// <summary>The actors are examples or members of a plural noun phrase before them («دول عدة … مثل فرنسا وإسبانيا», «وهي مصر والسعودية»).</summary>
    public bool IsExamples { get; set; }
    /// <summary>The actors are the members of a body named before them («المجموعة الثلاثية المؤلفة من اليونان وقبرص والأردن»).</summary>
    public bool IsMembers { get; set; }
    /// <summary>The head word of the phrase, without ال: what a later definite description repeats («حركة طالبان» → حركه).</summary>
    public string Head { get; set; } = "";
    public bool IsWeakNisba { get; set; }
    public bool AllNisba { get; set; }
    /// <summary>The phrase is a capital or seat of power alone («باريس», «الكرملين»), which may also name a city as a place.</summary>
    public bool BySeat { get; set; }
    public RefKind Ref { get; set; }
    public string Surface { get; set; } = "";
    public int Clause { get; set; }
    /// <summary>The head phrase's first word was read with the conjunction و («وأذربيجان»), not as a name starting with و («واشنطن»).</summary>
    public bool LeadHasAnd { get; set; }

    public IEnumerable<string> Codes => Actors.Select(a => a.Code).Distinct();
    public bool IsSubjectLike => Prep.Length == 0 && !IsPlace;

    /// <summary>Adds an actor, keeping one entry per code: the most specific (a person over its country).</summary>
    public void Add(ActorEntry actor)
    {
        for (var i = 0; i < Actors.Count; i++)
        {
            if (Actors[i].Code != actor.Code) continue;
            if (Specificity(actor) > Specificity(Actors[i])) Actors[i] = actor;
            return;
        }
        Actors.Add(actor);
    }

    private static int Specificity(ActorEntry a) => a.Kind switch { ActorKind.Person => 2, ActorKind.Organization => 1, _ => 0 };

    public override string ToString() =>
        $"{Surface} → {string.Join("+", Actors.Select(a => a.Kind == ActorKind.Person ? $"{a.Id}({a.Code})" : a.Code))}"
        + (Ref != RefKind.None ? $" [ref {Ref}]" : "") + (Prep.Length > 0 ? $" [{Prep}]" : "") + (IsPlace ? " [place]" : "");
}

/// <summary>A relation cue found in a sentence: its form, token range and the pronoun suffix on its first word.</summary>
public sealed record CueMatch(CueForm Form, int Start, int End, string Suffix, bool Negated, string? Blocked)
{
    public bool IsDual { get; init; }
    /// <summary>A verb whose object is a talks noun («استضافت اجتماعا», «تستضيف محادثات»).</summary>
    public bool WithTalks { get; init; }
}

/// <summary>A tokenised sentence with its mention groups, clauses and cues: the input of the relation rules.</summary>
public sealed class SentenceParse
{
    public required string Text { get; init; }
    public required Token[] Tokens { get; init; }
    public required TokenReading[][] Readings { get; init; }
    public required int[] Clause { get; init; }
    public required List<MentionGroup> Groups { get; init; }
    /// <summary>Cities and provinces of states (place: forms): read only as the territory a party holds (CONTROLS), never as actors.</summary>
    public IReadOnlyList<MentionGroup> Places { get; init; } = [];
    public required List<CueMatch> Cues { get; init; }
    /// <summary>Token index of the first reporting verb (قال، أعلن …), or -1.</summary>
    public int ReportVerb { get; init; } = -1;
    /// <summary>Token indexes of all reporting verbs.</summary>
    public IReadOnlyList<int> ReportVerbs { get; init; } = [];
    /// <summary>Sports news: countries name teams, and its cues state no relation between states.</summary>
    public bool IsSports { get; init; }
}
