using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>The subject of a sentence: the subject of its reporting verb (before or after it), else the inherited speaker, else its first subject-like actor.</summary>
public static class SentenceSubjects
{
    public static ResolvedGroup? Of(SentenceParse p, ImmutableArray<ResolvedGroup> groups, DocumentState doc)
    {
        if (p.ReportVerb >= 0)
        {
            foreach (var v in p.ReportVerbs)
            {
                var before = groups.LastOrDefault(g => g.End <= v && g.Clause == p.Clause[v] && g.IsSubjectLike);
                var after = groups.FirstOrDefault(g => g.Lead > v && g.Clause == p.Clause[v] && g.IsSubjectLike);
                if ((before ?? after) is { } s) return s;
            }
            if (doc.Speaker.Length > 0) return ResolvedGroup.Of(doc.Speaker, p.ReportVerb, "(speaker)", RefKind.Speaker);
        }
        return groups.FirstOrDefault(g => g.IsSubjectLike && !g.IsWeakNisba && g.Ref != RefKind.Parties);
    }
}
