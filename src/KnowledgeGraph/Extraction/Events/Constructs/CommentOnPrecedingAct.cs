using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «وقطعت الدول الخمس علاقاتها مع قطر، وهو ما اعتبرته قطر موقفا غير مبرر»: a judgement in a clause «وهو ما + verb with
/// an object pronoun + X» comments on the act stated before it: X judges, and the act's agent is judged
/// (<see cref="JudgedActor"/>). O(tokens of the clause).
/// </summary>
public sealed class CommentOnPrecedingAct : ISlotConstruct
{
    public string Name => "comment-on-act";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Predicate && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s, e)!.Value.Judge, Name);

    /// <summary>The judge after «ما + verb-ه» and the position of «ما».</summary>
    private static (ResolvedGroup Judge, int Ma)? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        for (var k = e.Cue.Start - 2; k >= 1 && e.Cue.Start - k <= 6; k--)
        {
            if (p.Tokens[k].IsPunct) return null;
            if (p.Tokens[k].Norm != "ما" || p.Tokens[k - 1].Norm is not ("وهو" or "وهي" or "وهذا" or "وذلك")) continue;
            if (!p.Readings[k + 1].Any(r => r.Suffix is "ه" or "ها")) return null;
            var judge = s.Groups.FirstOrDefault(g => (g.Lead == k + 2 || g.Lead == k + 3) && g.End <= e.Cue.Start && g.Prep.Length == 0 && g.Actors.Length > 0);
            return judge is null ? null : (judge, k);
        }
        return null;
    }

    /// <summary>The agent of the last act asserted before «وهو ما», in this sentence or the one before, else the sentence subject before it.</summary>
    public sealed class JudgedActor : ISlotConstruct
    {
        public string Name => "act-commented";

        public bool AppliesTo(SentenceContext s, RelationEvent e) =>
            e.Slot(SlotRole.Agent)?.Construct == "comment-on-act" && Act(s, e) is not null;

        public SlotFill? Fill(SentenceContext s, RelationEvent e) => new(SlotRole.Target, Act(s, e)!.Value, Name);

        private static System.Collections.Immutable.ImmutableArray<ActorEntry>? Act(SentenceContext s, RelationEvent e)
        {
            if (Find(s, e) is not { } found) return null;
            var judge = found.Judge;
            System.Collections.Immutable.ImmutableArray<ActorEntry>? OthersThanJudge(IEnumerable<ActorEntry> actors)
            {
                var others = actors.Where(a => judge.Actors.All(j => j.Code != a.Code)).ToList();
                return others.Count > 0 ? [.. others] : null;
            }
            var act = s.Earlier.Where(x => x.Cue.End <= found.Ma).Reverse().Concat(s.Doc.Events.Where(x => x.Sentence == s.Index - 1).Reverse())
                .FirstOrDefault(x => x.Polarity == EventPolarity.Asserted);
            if (act is not null) return OthersThanJudge(act.Actors(SlotRole.Agent));
            // An act with no relation cue of its own («وفرضت واشنطن عقوبات …، وهو ما …»): its clause's subject acted.
            return s.Subject is { } subject && subject.End <= found.Ma ? OthersThanJudge(subject.Actors) : null;
        }
    }
}
