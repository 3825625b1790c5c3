using System.Collections.Immutable;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// Resolves the reference words of a sentence against its document (GUIDELINES §3.5–3.6): «الطرفين»/«البلدين» to the
/// two states named together in the sentence, else the document's parties in conflict, else the last pair named; «الوزيرين» to the last pair; «بلاده» to
/// the speaker; «الإقليم» to the region; a pronoun or relative to its antecedent; a dual pronoun to the last pair.
/// Unresolved references are dropped. O(groups²) per sentence.
/// </summary>
public static class References
{
    public static ImmutableArray<ResolvedGroup> Resolve(SentenceParse p, DocumentState doc)
    {
        var result = ImmutableArray.CreateBuilder<ResolvedGroup>(p.Groups.Count);
        foreach (var g in p.Groups)
        {
            if (g.Ref == RefKind.None) { result.Add(new ResolvedGroup(g, [.. g.Actors.Select(a => OnDate(a, doc.Date))])); continue; }
            var (actors, how) = Antecedent(p, g, result, doc);
            if (actors.Count > 0) result.Add(new ResolvedGroup(g, Distinct(actors), how));
        }
        return result.ToImmutable();
    }

    /// <summary>Sentences back that a definite description reaches when no phrase of the same head was named.</summary>
    private const int DescriptionReach = 3;

    /// <summary>
    /// «حركة طالبان … وقالت الحركة», «مجلس التعاون الخليجي … وأعربت المنظمة»: the last actor named by a phrase with the same
    /// head word; failing that, for an organization word, the last organization named in the last three sentences, and for
    /// a plural noun of fighters («الإرهابيين», «المسلحين») the last armed group named in them.
    /// </summary>
    private static (IReadOnlyList<ActorEntry>, string) Described(SentenceParse p, MentionGroup g, ImmutableArray<ResolvedGroup>.Builder before, DocumentState doc)
    {
        var reading = p.Readings[g.Start].LastOrDefault(r => r.Suffix.Length == 0);
        var head = ArabicNormalizer.WithoutArticle(reading.Stem ?? "");
        // «عقود مع المملكة العربية السعودية … قبيل زيارة ترامب إلى المملكة»: named earlier in the same sentence.
        var inSentence = before.LastOrDefault(x => x.Ref == RefKind.None && x.Actors.Length == 1 && x.Group.Head == head);
        if (inSentence is not null) return (inSentence.Actors, $"«{head}» named before in the sentence");
        var same = doc.Named.LastOrDefault(n => n.Head == head);
        if (same is not null) return ([same.Actor], $"last «{head}» named");
        // «داعش … مسلحي التنظيم», «حماس … وقالت الحركة»: the word heads the actor's full name even where a short form named it.
        var titled = doc.Named.LastOrDefault(n => ArabicNormalizer.WithoutArticle(ArabicNormalizer.Normalize(n.Actor.NameAr).Split(' ', 2)[0]) == head);
        if (titled is not null) return ([titled.Actor], $"last actor whose name «{head}» heads");
        // «داعش … تستهدف مواقع الإرهابيين»: a plural noun of fighters stands for the armed group named in the last sentences.
        if (p.Is(g.Start, WordClass.DescriptionGroup) && (head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ون", StringComparison.Ordinal)))
        {
            var armed = doc.Named.LastOrDefault(n => n.Actor.Kind == ActorKind.NonState);
            if (armed is not null && doc.Named[^1].Sentence - armed.Sentence < DescriptionReach) return ([armed.Actor], "last armed group named");
        }
        if (p.Is(g.Start, WordClass.DescriptionOrg))
        {
            var org = doc.Named.LastOrDefault(n => n.Actor.Kind == ActorKind.Organization);
            if (org is not null && doc.Named[^1].Sentence - org.Sentence < DescriptionReach) return ([org.Actor], "last organization named");
        }
        return ([], "");
    }

    /// <summary>A person stands for the state or organization of the office held on the article's date.</summary>
    internal static ActorEntry OnDate(ActorEntry a, string? date)
    {
        if (a.FurtherOffices.Count == 0) return a;
        var code = a.CodeOn(date);
        return code == a.Code ? a : a with { Code = code };
    }

    private static ImmutableArray<ActorEntry> Distinct(IEnumerable<ActorEntry> actors)
    {
        var g = new MentionGroup();
        foreach (var a in actors) g.Add(a);
        return [.. g.Actors];
    }

    private static (IReadOnlyList<ActorEntry> Actors, string How) Antecedent(SentenceParse p, MentionGroup g, ImmutableArray<ResolvedGroup>.Builder before, DocumentState doc)
    {
        switch (g.Ref)
        {
            case RefKind.Parties:
                var countryPair = before.LastOrDefault(x => x.Ref == RefKind.None && x.Actors.Length == 2 && x.Actors.All(a => a.Kind == ActorKind.Country) && x.IsSubjectLike);
                var states = p.Is(g.Start, WordClass.StatePairRef);
                if (states && countryPair is not null) return (countryPair.Actors, "states named together");
                // «البلدين» are two states: not the parties of a war with an armed group.
                static bool NeitherArmedGroup(ActorEntry a, ActorEntry b) => a.Kind != ActorKind.NonState && b.Kind != ActorKind.NonState;
                if (doc.Parties is { } dp && (!states || NeitherArmedGroup(dp.A, dp.B))) return ([dp.A, dp.B], "document parties");
                return doc.LastPair is { } named && (!states || NeitherArmedGroup(named.A, named.B)) ? ([named.A, named.B], "last pair") : ([], "");
            case RefKind.Pair:
                return doc.LastPair is { } lp ? ([lp.A, lp.B], "last pair") : ([], "");
            case RefKind.Speaker:
                var speaker = before.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Length > 0 && x.Ref == RefKind.None && !x.IsWeakNisba);
                return speaker is not null ? (speaker.Actors, "speaker of the sentence") : (doc.Speaker, "document speaker");
            case RefKind.Region:
                return doc.Region is not null ? ([doc.Region], "document region") : ([], "");
            case RefKind.Antecedent:
                var reportSubject = p.ReportVerbs.Any(v => v < g.Start) && p.Is(g.Start, WordClass.Complementizer, allowSuffix: true)
                    ? before.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Length > 0 && x.Ref == RefKind.None && !x.IsWeakNisba)
                    : null;
                if (reportSubject is not null) return (reportSubject.Actors, "subject of the reporting verb");
                // «متهمة إياها»: a feminine or plural object pronoun (a state) stands for the last actor named, whatever its role.
                var objectPronoun = p.Readings[g.Start].Any(r => r.Stem == "ايا" && r.Suffix is "ها" or "هما" or "هم");
                var ante = objectPronoun ? before.LastOrDefault(x => x.Actors.Length > 0 && x.Ref == RefKind.None && !x.IsPlace && !x.IsWeakNisba)
                    : g.Prep.Length > 0 && g.Lead == g.Start && p.ReportVerb < 0
                    ? before.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Length > 0)
                    : before.LastOrDefault(x => x.IsSubjectLike && x.Actors.Length > 0);
                ante ??= before.LastOrDefault(x => x.Actors.Length > 0);
                return ante is not null ? (ante.Actors, "antecedent") : (doc.Speaker, "document speaker");
            case RefKind.Description:
                return Described(p, g, before, doc);
            case RefKind.DualAntecedent:
                var pair = before.LastOrDefault(x => x.Actors.Length == 2);
                if (pair is not null) return (pair.Actors, "pair before");
                // «خرجت ماي لتصافح نتنياهو قبل بدء اللقاء بينهما»: the last two actors named apart in the sentence.
                var singles = before.Where(x => x.Ref == RefKind.None && x.Actors.Length == 1 && !x.IsPlace && !x.IsWeakNisba).ToList();
                var last = singles.LastOrDefault();
                var other = singles.LastOrDefault(x => last is not null && x.Actors[0].Code != last.Actors[0].Code);
                if (last is not null && other is not null) return ([other.Actors[0], last.Actors[0]], "two actors before");
                return doc.LastPair is { } lp2 ? ([lp2.A, lp2.B], "last pair") : ([], "");
            default:
                return ([], "");
        }
    }
}
