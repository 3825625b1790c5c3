using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>Small hand-made graphs whose analysis can be worked out by hand.</summary>
internal static class SampleGraphs
{
    private static GraphNode Country(string code) => new(code, ActorKind.Country, code + " name", "بلد " + code, code);

    private static GraphEdge Edge(string source, string type, string target, int count = 1, string? date = "2020-10-01", string text = "")
    {
        var t = GraphSchema.Default.Get(type);
        return new GraphEdge(source, target, type, count, t.Weight, t.Symmetric, 1, ["d"], date, date,
            [new Evidence("d", 0, text.Length > 0 ? text : $"{source} {type} {target}", type, date)]);
    }

    /// <summary>RUS mediates between ARM and AZE, which fight; TUR supports AZE; ARM accuses TUR; a person of RUS consults ARM.</summary>
    public static RelationGraph Caucasus() => new(
        [Country("ARM"), Country("AZE"), Country("RUS"), Country("TUR"), Country("FRA"),
         new GraphNode("person:putin", ActorKind.Person, "Vladimir Putin", "فلاديمير بوتين", "RUS")],
        [Edge("ARM", "ACCUSES", "TUR", 2, "2020-09-28"),
         Edge("ARM", "FIGHTS", "AZE", 5, "2020-09-27", "اشتباكات بين أرمينيا وأذربيجان"),
         Edge("RUS", "MEDIATES", "ARM", 3, "2020-10-10"),
         Edge("RUS", "MEDIATES", "AZE", 3, "2020-10-10"),
         Edge("TUR", "SUPPORTS", "AZE", 4, "2020-09-29"),
         Edge("ARM", "CONSULTS", "person:putin", 1, "2020-11-09")]);
}
