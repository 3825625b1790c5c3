using System.Collections.Immutable;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Turns a filled event into relations by its type: a mediator with each party; for symmetric types each pair of the
/// parties «بين X و Y», each pair of a coordinated subject («التقى وزيرا خارجية أرمينيا وأذربيجان»), or the agent with
/// each target; a mutual accusation each way; otherwise each agent with each target. Talks an agent hosts between
/// others are that agent's mediation (GUIDELINES §6). O(agents × targets).
/// </summary>
public static class TripleExpansion
{
    /// <summary>
    /// An event with more actors than this in one role («بمشاركة نحو 25 دولة من بينها …») lists participants of a meeting
    /// or festival; the sentence does not state a relation between each of them.
    /// </summary>
    public const int MaxActorsInRole = 6;

    public static List<RawRelation> Expand(SentenceContext s, RelationEvent e, List<string>? trace)
    {
        var output = new List<RawRelation>();
        if (e.Slots.Any(x => x.Actors.Length > MaxActorsInRole))
        {
            trace?.Add($"cue «{e.Cue.Form.Display}»: more than {MaxActorsInRole} actors in one role, a list of participants, skipped");
            return output;
        }
        var p = s.P;
        var cue = e.Cue;
        var type = e.Type;
        var agentFill = e.Slot(SlotRole.Agent);
        var agent = agentFill?.Group;
        var agentRule = agentFill?.Construct ?? "";
        var targetFill = e.Slot(SlotRole.Target) ?? e.Slot(SlotRole.Parties);
        var targets = targetFill?.Actors;
        var targetRule = targetFill?.Construct ?? "";
        // «واعترضت هنغاريا وسلوفاكيا عليها»: a pronoun target never stands for the agent itself.
        if (targetFill?.Group is { Ref: RefKind.Antecedent or RefKind.DualAntecedent } && agentFill is not null && targets is { } ts
            && ts.All(t => agentFill.Actors.Any(a => a.Code == t.Code)))
            (targets, targetFill) = (null, null);

        void Emit(IEnumerable<ActorEntry> sources, string t, IEnumerable<ActorEntry> to, string rule)
        {
            var ts = to.ToList();
            foreach (var a in sources)
            foreach (var b in ts)
            {
                if (a.Code == b.Code) continue;
                output.Add(new RawRelation(a, t, b, cue.Form.Display, rule));
                trace?.Add($"{rule}: {a.Code} {t} {b.Code} (cue «{cue.Form.Display}»)");
            }
        }

        void EmitPairs(ImmutableArray<ActorEntry> actors, string rule)
        {
            for (var i = 0; i < actors.Length; i++)
            for (var j = i + 1; j < actors.Length; j++)
                Emit([actors[i]], type, [actors[j]], rule);
        }

        // Co-agents act together: they cooperate, and each is an agent too («وساطتها المشتركة مع الأمم المتحدة»).
        var coAgents = e.Actors(SlotRole.CoAgent);
        if (agentFill is not null && coAgents.Length > 0)
        {
            Emit(agentFill.Actors, "COOPERATES", coAgents, "joint-with");
            agentFill = agentFill with { Actors = agentFill.Actors.AddRange(coAgents.Where(c => agentFill.Actors.All(a => a.Code != c.Code))) };
        }
        if (type == "MEDIATES")
        {
            if (agentFill is not null && e.Slot(SlotRole.Parties) is { } parties)
            {
                var ps = parties.Actors.Where(x => agentFill.Actors.All(a => a.Code != x.Code)).ToList();
                if (ps.Count == parties.Actors.Length) Emit(agentFill.Actors, type, ps, $"mediates:{agentRule}");
            }
        }
        else if (cue.Form.Hosts && type == "CONSULTS" && agentFill is not null && targets is { Length: >= 2 }
                 && targets.Value.All(t => agentFill.Actors.All(a => a.Code != t.Code)))
            Emit(agentFill.Actors, "MEDIATES", targets, "hosts-talks");
        else if (agentRule == "joins-meeting" && agent is not null)
            EmitPairs(agent.Actors, "joins-meeting");
        else if (TypeTraits.IsSymmetric(type))
        {
            if (targets is { Length: >= 2 } && targetRule is "between" or "between-sides" or "parties-of-conflict")
            {
                if (type == "CONSULTS" && cue.Form.Kind == CueKind.Verb && !cue.Form.AfterRelativeOnly && agentFill is not null && agentFill.Actors.All(a => targets.Value.All(t => t.Code != a.Code)))
                    Emit(agentFill.Actors, "MEDIATES", targets, "hosts-talks-between");
                else if (type == "CONSULTS" && cue.Form.Kind == CueKind.Noun && p.Cues.Any(c => c.Form.Type == "MEDIATES" && !c.Negated))
                    trace?.Add($"cue «{cue.Form.Display}»: talks held under a mediator are the mediation, skipped");
                else EmitPairs(targets.Value, targetRule);
            }
            else if (type == "CONSULTS" && cue.WithTalks && agentFill is not null && targets is { Length: >= 2 } && targetRule != "prep:مع"
                     && targets.Value.All(t => agentFill.Actors.All(a => a.Code != t.Code)))
                Emit(agentFill.Actors, "MEDIATES", targets, "hosts-talks-of");
            else if (agent is not null && agent.Actors.Length is >= 2 and <= 4 && (targets is null || targetRule != "prep:مع")
                     && (agentRule is "svo" or "vso" or "dual-subject" || (agentRule is "attached" or "possessive" or "examples" && type != "FIGHTS")
                         || (agentRule == "clause-subject" && type != "FIGHTS" && p.WordsBetween(agent.End, cue.Start) <= 4)))
                EmitPairs(agent.Actors, $"pair-subject:{agentRule}");
            else if (agentFill is not null && targets is not null && (cue.Form.Kind != CueKind.Noun || agentRule != "clause-subject" || targetRule is "prep:مع" or "addressee" or "prep:ب" or "attacked-place" or "taken-from" or "purpose-object" or "announced-casualties"
                     || (type == "FIGHTS" && Attachment.DoneBySubject(p, agent, cue))
                     // «يعد الأردن شريكا استراتيجيا للولايات المتحدة»: a noun of partnership whose only mark is ل joins the subject to that actor.
                     || (type == "COOPERATES" && targetRule == "prep:ل" && cue.Form.ObjectPreps is ["ل"])
                     || (type == "CONSULTS" && targetFill?.Group?.Prep is "الي" or "تشمل" or "شملت" or "ستشمل" or "يشمل" or "شمل" or "سيشمل"
                         && targetRule.StartsWith("prep:", StringComparison.Ordinal))))
                Emit(agentFill.Actors, type, targets, $"{agentRule}+{targetRule}");
            else if (cue.IsDual || cue.Suffix == "هما")
            {
                if (s.Doc.LastPair is { } lp) Emit([lp.A], type, [lp.B], "dual:last-pair");
            }
        }
        else if (targetRule == "mutual" && targets is not null)
        {
            foreach (var a in targets) Emit([a], type, targets, "mutual");
        }
        else if (agentFill is not null && targets is not null)
        {
            Emit(agentFill.Actors, type, targets, $"{agentRule}+{targetRule}");
            if (type == "REJECTS" && targetRule == "claim-speaker") Emit(targets, "ACCUSES", agentFill.Actors, "denied-claim");
        }
        return output;
    }
}
