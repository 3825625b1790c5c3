using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Relations a noun phrase states with no relation cue: an ally noun heading an actor («حليفها الروسي»: Russia supports
/// the possessor, the sentence subject; «حليفة إسرائيل»: the subject supports Israel) and two nationality adjectives
/// before «المشترك» («مركز المراقبة الروسي التركي المشترك»: cooperation). O(groups).
/// </summary>
public static class NominalRelations
{
    public static List<RawRelation> Read(SentenceParse p, ImmutableArray<ResolvedGroup> groups, ResolvedGroup? subject, List<string>? trace)
    {
        var output = new List<RawRelation>();
        if (subject is not null)
            foreach (var g in groups)
            {
                if (g.Lead >= g.Start || Syntax.ReadingIn(p.Readings[g.Lead], WordClass.Ally, allowSuffix: true) is not { } ally) continue;
                var namedIsAlly = ally.Suffix.Length > 0 || (g.AllNisba && g.End - g.Lead == 2);
                foreach (var a in g.Actors)
                foreach (var s in subject.Actors)
                {
                    if (a.Code == s.Code) continue;
                    var (supporter, supported, rule) = namedIsAlly ? (a, s, "ally-of-possessor") : (s, a, "subject-is-ally");
                    output.Add(new RawRelation(supporter, "SUPPORTS", supported, p.Tokens[g.Lead].Norm, rule));
                    trace?.Add($"{rule}: {supporter.Code} SUPPORTS {supported.Code}");
                }
            }
        foreach (var g in groups)
        {
            if (!g.AllNisba || g.Actors.Length != 2 || g.End >= p.Tokens.Length || !p.Is(g.End, WordClass.Joint)) continue;
            output.Add(new RawRelation(g.Actors[0], "COOPERATES", g.Actors[1], p.Tokens[g.End].Norm, "joint-adjectives"));
            trace?.Add($"joint-adjectives: {g.Actors[0].Code} COOPERATES {g.Actors[1].Code}");
        }
        return output;
    }
}
