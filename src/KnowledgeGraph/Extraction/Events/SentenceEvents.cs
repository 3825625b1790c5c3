using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>What one sentence states: its events (also those not asserted, for `kg explain`), the relations they expand to, and the document state after it.</summary>
public sealed record SentenceReading(ImmutableArray<RelationEvent> Events, ImmutableArray<RawRelation> Relations, DocumentState Next, ResolvedGroup? Subject, ImmutableArray<ResolvedGroup> Groups);

/// <summary>
/// Reads the events of one parsed sentence: resolves its references, finds its subject, turns each cue into an event
/// whose slots the <see cref="ConstructCatalogue"/> fills, marks negated and content events, rewrites talks hosted
/// between others as mediation, expands events into relations by their type (<see cref="TripleExpansion"/>), adds the
/// relations stated without a cue (<see cref="NominalRelations"/>), and passes on the document state. O(cues × groups).
/// </summary>
public static class SentenceEvents
{
    public static SentenceReading Read(SentenceParse p, int index, DocumentState doc, List<string>? trace = null)
    {
        var groups = References.Resolve(p, doc);
        var subject = SentenceSubjects.Of(p, groups, doc);
        var events = ImmutableArray.CreateBuilder<RelationEvent>();
        var relations = new List<RawRelation>();
        // «لقاء تونس ومصر», «هزيمتها أمام السويسرية», «تحتضن كل من إيطاليا وبلغاريا نهائيات كأس العالم»: in sports
        // news a country names its team; a sentence with a word of sport states no relation between states.
        var sports = p.IsSports;
        var withPlaces = WithPlaces(p, groups);
        foreach (var cue in p.Cues)
        {
            var s = new SentenceContext(p, cue.Form.Type == "CONTROLS" ? withPlaces : groups, subject, doc, index) { Earlier = events.ToImmutable() };
            var e = new RelationEvent(cue, cue.Form.Type, index, [], EventPolarity.Asserted);
            if (cue.Negated) e = e with { Polarity = EventPolarity.NotAsserted, Why = "negated, failed, sought or expected" };
            else if (sports) e = e with { Polarity = EventPolarity.NotAsserted, Why = "sports: matches and teams, not states" };
            else if (SpeechActContent.IsContent(p, cue, events)) e = e with { Polarity = EventPolarity.Content, Why = "content of a request, call, accusation or denial" };
            if (e.Polarity != EventPolarity.Asserted)
            {
                trace?.Add($"cue «{cue.Form.Display}» {cue.Form.Type}: {e.Polarity}: {e.Why}, skipped");
                events.Add(e);
                continue;
            }
            (e, var agentBy) = ConstructCatalogue.Fill(ConstructCatalogue.Agent, s, e);
            (e, _) = ConstructCatalogue.Fill(ConstructCatalogue.CoAgent, s, e);
            (e, var targetBy) = ConstructCatalogue.Fill(ConstructCatalogue.Target, s, e);
            e = TypeByComplement.Rewrite(s, e);
            trace?.Add($"cue «{cue.Form.Display}» {cue.Form.Type} ({cue.Form.Kind}, {cue.Form.Source}): agent by {agentBy ?? "-"}, target by {targetBy ?? "-"}: {e}");
            e = MediationParties.Fill(s, e);
            var emitted = TripleExpansion.Expand(s, e, trace);
            relations.AddRange(emitted);
            events.Add(e);
            if (cue.Form.Type == "CONSULTS" && relations.Count > 0 && relations[^1] is { Type: "CONSULTS" } last)
                doc = doc with { LastPair = (last.Source, last.Target) };
        }
        relations.AddRange(NominalRelations.Read(p, groups, subject, events.ToImmutable(), trace));
        if (subject is not null && p.ReportVerb >= 0) doc = doc with { Speaker = subject.Actors };
        foreach (var g in groups)
            if (g.Ref == RefKind.None && g.Actors.Length == 2 && g.IsSubjectLike) doc = doc with { LastPair = (g.Actors[0], g.Actors[1]) };
        // The document's lists are immutable trees: adding nothing would still copy their right spine, so a sentence
        // that names no actor or asserts no event leaves them as they are.
        var named = new List<NamedActor>();
        foreach (var g in groups)
            if (g.Ref == RefKind.None && g.Group.Head.Length > 0)
                foreach (var a in g.Actors) named.Add(new NamedActor(g.Group.Head, a, index));
        if (named.Count > 0) doc = doc with { Named = doc.Named.AddRange(named) };
        var all = events.ToImmutable();
        var asserted = new List<RelationEvent>();
        foreach (var x in all) if (x.Polarity == EventPolarity.Asserted) asserted.Add(x);
        if (asserted.Count > 0) doc = doc with { Events = doc.Events.AddRange(asserted) };
        return new SentenceReading(all, [.. relations], doc, subject, groups);
    }

    /// <summary>«سيطر تنظيم داعش على مدينة الموصل»: the sentence's groups with its named cities and provinces, in text order, for control of territory.</summary>
    private static ImmutableArray<ResolvedGroup> WithPlaces(SentenceParse p, ImmutableArray<ResolvedGroup> groups) =>
        p.Places.Count == 0 ? groups : [.. groups.Concat(p.Places.Select(g => new ResolvedGroup(g, [.. g.Actors]))).OrderBy(g => g.Start)];
}
