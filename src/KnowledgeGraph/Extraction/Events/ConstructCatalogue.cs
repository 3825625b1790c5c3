using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Events.Constructs;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The constructs that fill an event's slots, in the order they are tried: for each slot the first construct that
/// applies decides it. Agents before targets, because where a target is searched depends on where the agent stands.
/// </summary>
public static class ConstructCatalogue
{
    public static readonly ImmutableArray<ISlotConstruct> Agent =
    [
        new SupportOfAct(),
        new ParticipleSubject(),
        new PassiveMasdarSubject(),
        new JoinsEarlierMeeting(),
        new SupportGivenBySubject(),
        new ChargedBySuffix(),
        new GiverAfterBeneficiary(),
        new AttachedAgent(),
        new PossessiveSuffix(),
        new ExamplesAsAgent(),
        new OtherSideOfFight(),
        new AdverbialSupport(),
        new ClauseSubjectOfNoun(),
        new PassiveAgent(),
        new CommentOnPrecedingAct(),
        new PredicateSpeaker(),
        new FirstPersonSpeaker(),
        new AttackerOfNoun(),
        new VerbSubject(),
        new DualSubject(),
        new RelativeClauseParticipants(),
        new RelativeClauseGap(),
        new InnerClauseGap(),
        new ObligedSubject(),
        new SentenceSubject(),
    ];

    /// <summary>Who acts with the agent.</summary>
    public static readonly ImmutableArray<ISlotConstruct> CoAgent = [new JointCoAgent()];

    /// <summary>Target constructs; some fill <see cref="SlotRole.Parties"/> instead («بين X و Y», mutual accusations).</summary>
    public static readonly ImmutableArray<ISlotConstruct> Target =
    [
        new SupportOfAct.BackedAgent(),
        new GiverAfterBeneficiary.Helped(),
        new CommentOnPrecedingAct.JudgedActor(),
        new LamObjectOfMasdar(),
        new AccusativeObjectOfMasdar(),
        new DescribedBefore(),
        new PredicateGenitive(),
        new PredicateClauseSubject(),
        new SupportedGenitive(),
        new PurposeMasdarObject(),
        new PassiveMasdarObject(),
        new PronounBeneficiary(),
        new ChargedBySuffix.ChargedOne(),
        new TransitiveMasdarObject(),
        new PartiesOfConflict(),
        new Reciprocal(),
        new PartiesOfMediatedAct(),
        new GiverOfRequestedAid(),
        new ObjectOrPreposition(),
        new AddresseeOfSpeech(),
        new SubjectOfHopedClause(),
        new ActorInRelativeAfterCue(),
        new ActorOfNamedAct(),
        new ActorOfObjectAct(),
        new ObjectPronoun(),
        new ClaimSpeaker(),
        new DeniedStatement(),
        new CeasefireParties(),
        new BeneficiarySubject(),
        new OwnTerritory(),
        new SufferedAttack(),
        new TerritoryByNisba(),
        new TerritoryRegion(),
        new MutualAccusation(),
        new DeniedClaim(),
        new ObjectSuffix(),
        new KilledInAttack(),
        new AnnouncedCasualties(),
        new AttackedPlace(),
        new ExamplesAsTarget(),
    ];

    /// <summary>Applies the first construct of <paramref name="catalogue"/> that applies; returns the event with its slot, and the construct's name.</summary>
    public static (RelationEvent Event, string? Construct) Fill(ImmutableArray<ISlotConstruct> catalogue, SentenceContext s, RelationEvent e)
    {
        foreach (var c in catalogue)
        {
            if (!c.AppliesTo(s, e)) continue;
            var fill = c.Fill(s, e);
            return (fill is null ? e : e.With(fill), c.Name);
        }
        return (e, null);
    }
}
