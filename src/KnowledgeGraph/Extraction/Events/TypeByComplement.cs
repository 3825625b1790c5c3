using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// «طالبت الحكومة الليبية الاتحاد الأوروبي بمساعدات عاجلة» (GUIDELINES §6): a call whose complement is aid, support or
/// protection for the caller asks for something for itself — a request, not a call to act. O(window).
/// </summary>
public static class TypeByComplement
{
    public static RelationEvent Rewrite(SentenceContext s, RelationEvent e)
    {
        if (e.Type != "CALLS_ON" || e.Slot(SlotRole.Target)?.Group is not { } target) return e;
        for (var k = target.End; k < s.P.Tokens.Length && k < target.End + 3 && !s.P.Tokens[k].IsPunct; k++)
        {
            var marked = s.P.Readings[k].Any(r => r.Prefix.EndsWith('ب') && Syntax.Is([r], WordClass.AidNoun))
                         || (k > target.End && s.P.Tokens[k - 1].Norm is "الي" or "ب" && s.P.Is(k, WordClass.AidNoun));
            if (marked) return e with { Type = "REQUESTS", Why = "a call for aid is a request" };
        }
        return e;
    }
}
