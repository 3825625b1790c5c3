using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// The target after the cue (and after a subject that follows it) in its clause: the first actor marked by one of the
/// cue's prepositions, or its direct object — an unmarked actor within three words —, or for symmetric and mediation
/// cues a «بين X و Y» pair (then the parties). The search stops at the next verb cue, at the next cue for «بين»
/// pairs and for noun cues, and eight words away. A gapped cue may hold its object («حملت حماس … الاحتلال المسؤولية»).
/// </summary>
public sealed class ObjectOrPreposition : ISlotConstruct
{
    public string Name => "object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    /// <summary>A preposition in [from, to) that does not mark an actor of its own («في القاهرة») or the actor at <paramref name="to"/> («كلا من»).</summary>
    private static bool PrepositionBetween(SentenceParse p, System.Collections.Immutable.ImmutableArray<Document.ResolvedGroup> groups, int from, int to)
    {
        for (var k = from; k < to - 1; k++)
            if (p.Is(k, WordClass.Prep) && !groups.Any(g => g.Lead == k + 1 || (g.Lead == k + 2 && p.Tokens[k + 1].IsPunct))) return true;
        return false;
    }

    /// <summary>Words a «من جهة» may stand after the first side of «بين X … من جهة و Y … من جهة أخرى».</summary>
    private const int MaxSideLength = 16;

    /// <summary>
    /// «بين قوات موالية للحكومة … من جهة والمسلحين الحوثيين … من جهة أخرى»: the second side of a «بين» pair whose sides are
    /// long phrases closed by «من جهة»: the first actor after it joined by و.
    /// </summary>
    private static Document.ResolvedGroup? OtherSide(SentenceParse p, System.Collections.Immutable.ImmutableArray<Document.ResolvedGroup> groups, Document.ResolvedGroup first)
    {
        if (JoinedSide(p, groups, first) is { } joinedSide) return joinedSide;
        for (var k = first.End; k + 1 < p.Tokens.Length && k - first.End <= MaxSideLength; k++)
        {
            if (p.Tokens[k].IsPunct && p.Tokens[k].Norm is "." or "؟" or "!") return null;
            if (p.Tokens[k].Norm != "من" || p.Tokens[k + 1].Norm != "جهه") continue;
            var joined = k + 2 < p.Tokens.Length && p.Readings[k + 2].Any(r => r.Prefix.StartsWith('و'));
            var side = groups.FirstOrDefault(g => g.Lead > k + 1 && g.Lead <= k + 4 && (g.Group.LeadHasAnd || joined) && g.Prep.Length == 0);
            return side is not null && side.SharesNoCodeWith(first) ? side : null;
        }
        return null;
    }

    /// <summary>
    /// The second side of «بين» joined by و right after the first, when it is not merged with it: a reference, members of a group
    /// («بين الجيش العراقي وعناصر من تنظيم داعش») or a second nationality after the first side's person
    /// («بين وزيري الثقافة التونسي محمد زين العابدين والجزائري عز الدين ميهوبي»: up to four words of a name between).
    /// </summary>
    private static Document.ResolvedGroup? JoinedSide(SentenceParse p, System.Collections.Immutable.ImmutableArray<Document.ResolvedGroup> groups, Document.ResolvedGroup first)
    {
        var k = first.End;
        // «بين تونس وبلاده»: a reference joined right after the first side, resolved to its actor.
        if (groups.FirstOrDefault(g => g.Lead == k && g.Group.LeadHasAnd && g.Ref != RefKind.None && g.Actors.Length > 0 && g.Prep.Length == 0) is { } reference
            && reference.SharesNoCodeWith(first))
            return reference;
        if (k + 2 < p.Tokens.Length && p.Readings[k].Any(r => r.Prefix.StartsWith('و') && (r.Mask & RoleWords.Bit(WordClass.MemberNoun)) != 0) && p.Tokens[k + 1].Norm == "من"
            && groups.FirstOrDefault(g => g.Lead == k + 2 && g.Prep == "من") is { } members && members.SharesNoCodeWith(first))
            return members;
        if (first.Lead < first.Start && first.Actors.Length == 1)
        {
            var nisba = groups.FirstOrDefault(g => g.Lead > k && g.Lead - k <= 4 && g.Group.LeadHasAnd && g.AllNisba && g.Prep.Length == 0);
            if (nisba is null || !nisba.SharesNoCodeWith(first) || !p.Tokens[first.End - 1].Norm.StartsWith("ال", StringComparison.Ordinal)) return null;
            for (var j = k; j < nisba.Lead; j++)
                if (p.Tokens[j].IsPunct || groups.Any(g => g.Lead == j) || p.Is(j, WordClass.Prep)) return null;
            return nisba;
        }
        return null;
    }

    /// <summary>«على قاربين لإيران», «على قاعدة جوية للقوات السورية»: the cue's preposition before a noun (a place noun with one adjective) right before the ل phrase.</summary>
    private static bool OnNoun(SentenceParse p, int from, int lead, string prep) =>
        prep.Length > 0 && ((lead >= from + 2 && p.Tokens[lead - 2].Norm == prep)
                            || (lead >= from + 3 && p.Tokens[lead - 3].Norm == prep && !p.Tokens[lead - 2].IsPunct && p.Is(lead - 2, WordClass.PlaceHead, allowSuffix: true)));

    /// <summary>
    /// «التقى رئيس الحكومة بوفد من الكونغرس الأمريكي», «اجتمع مع مسؤولين من الاتحاد الأوروبي»: an indefinite role noun
    /// marked by the cue's preposition, then «من X», stands for X.
    /// </summary>
    private static bool EnvoysOf(SentenceParse p, Document.ResolvedGroup g, int from, string prep)
    {
        var head = g.Lead - 2;
        if (g.Prep != "من" || head < from || p.Tokens[g.Lead - 1].Norm != "من") return false;
        var wordPrep = head > from && p.Tokens[head - 1].Norm == prep;
        return p.Readings[head].Any(r => (r.Mask & RoleWords.Bit(WordClass.ActorHead)) != 0 && r.Suffix.Length == 0 && !Attachment.IsDefinite(r.Stem)
                                         && (wordPrep || r.Prefix.TrimStart('و', 'ف') == prep));
    }

    /// <summary>«حذر ترامب الأربعاء، 7 جوان 2017، طهران من …»: a date (time words, numbers, commas) at <paramref name="from"/> stands before the object.</summary>
    private static int AfterDate(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from)
    {
        var k = from;
        // «نددت كوريا الشمالية، الثلاثاء 11 أفريل 2017، بإرسال …»: a comma may open the date too.
        var opening = k + 1 < p.Tokens.Length && p.Tokens[k].Norm is "،" or "," && IsDateWord(p, k + 1);
        while (k < p.Tokens.Length && !groups.InGroup(k)
               && (IsDateWord(p, k) || ((k > from || opening) && p.Tokens[k].Norm is "،" or ",")))
            k++;
        return k > from && k < p.Tokens.Length && !p.Tokens[k].IsPunct ? k : from;
    }

    /// <summary>
    /// «دعا الجهيناوي في تصريح لوكالة تونس افريقيا للأنباء بريطانيا إلى …»: the statement it was said in (في or خلال and a
    /// statement noun, with its outlet) stands before the object, up to a comma, an actor or six words.
    /// </summary>
    private static int AfterStatement(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from)
    {
        if (from + 1 >= p.Tokens.Length || !p.Is(from, WordClass.Prep) || !p.Is(from + 1, WordClass.StatementNoun)) return from;
        var k = from + 2;
        while (k < p.Tokens.Length && k - from <= 6 && !p.Tokens[k].IsPunct && !groups.InGroup(k)) k++;
        if (k < p.Tokens.Length && p.Tokens[k].Norm is "،" or ",") k++;
        return k < p.Tokens.Length && (groups.InGroup(k) || k - from <= 6) ? k : from;
    }

    private static bool IsDateWord(SentenceParse p, int k) => p.Is(k, WordClass.TimeWord) || p.Tokens[k].Norm.All(char.IsAsciiDigit);

    private static bool PlaceNounBefore(SentenceParse p, int lead)
    {
        for (var k = lead - 2; k >= 0 && lead - k <= 4 && !p.Tokens[k].IsPunct; k--)
            if (p.Is(k, WordClass.PlaceHead, allowSuffix: true)) return true;
        return false;
    }

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        var type = e.Type;
        var clause = p.Clause[cue.Start];
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var coAgent = e.Slot(SlotRole.CoAgent)?.Group;
        var across = Attachment.AllowAcrossClause(cue);
        // Targets follow a subject that stands right after the cue (VSO); a later agent (examples) leaves them before it.
        var searchFrom = agent is not null && agent.Lead > cue.Start && p.WordsBetween(cue.End, agent.Lead) <= 4 ? agent.End : cue.Start + 1;
        // «تقاتل القوات الحكومية المدعومة من التحالف المتمردين الحوثيين»: a passive participle describing the subject, with
        // its agent, stands between the subject and the object.
        if (agent is not null && searchFrom == agent.End) searchFrom = Attachment.AfterBackingParticiple(p, agent);
        // «تحتضن العاصمة الجزائرية يومي الاثنين والثلاثاء الاجتماع الوزاري بين …»: a venue standing as the verb's subject
        // comes before its object, like a subject.
        if (agent is null && s.Groups.FirstOrDefault(g => g.Lead == cue.End && g.IsPlace) is { } venue) searchFrom = venue.End;
        searchFrom = AfterStatement(p, s.Groups, AfterDate(p, s.Groups, searchFrom));
        var nextCue = Attachment.NextCueStart(p, cue.End);
        var nextVerb = Attachment.NextCueStart(p, cue.End, CueKind.Verb, CueKind.Participle);
        // «سيطر الجيش على المدينة بدعم من التحالف»: the actors after a support phrase of the act are its backers.
        var support = cue.Form.ObjectPreps.Contains("ب") ? int.MaxValue : p.Cues.FirstOrDefault(c => c.Start > cue.Start && SupportOfAct.IsPhrase(p, c))?.Start ?? int.MaxValue;
        foreach (var g in s.Groups)
        {
            if (g.Lead < searchFrom || g == agent) continue;
            if (g.Lead > support) break;
            if (g.Lead >= nextVerb || (g.Lead >= nextCue && (g.Prep == "بين" || cue.Form.Kind != CueKind.Verb))) break;
            // «اتفاق وقف إطلاق النار المبرم منذ نوفمبر من العام الماضي، بين إسرائيل وحزب الله»: the two sides of a noun
            // may come farther, past a comma, when no other cue stands between.
            var farBetween = g.Prep == "بين" && cue.Form.Kind == CueKind.Noun && g.Lead - searchFrom <= Attachment.MaxBetweenDistance
                             && g.Lead >= 2 && p.Tokens[g.Lead - 2].IsPunct;
            if (g.Lead - searchFrom > Attachment.MaxObjectDistance && !across && !farBetween) break;
            if (g == coAgent) continue;
            if (type == "CONTROLS" && g.Ref == RefKind.Antecedent) continue;
            // «تحرير مدينة الفلوجة من تنظيم داعش»: a named city right before «من» and an armed party is what is taken from it.
            if (type == "CONTROLS" && p.Places.Contains(g.Group) && s.Groups.Any(x => x.Lead >= g.End && x.Lead - g.End <= 1 && x.Prep == "من" && IsArmedParty(x))) continue;
            if (p.Clause[g.Lead] != clause && !across && !farBetween) break;
            if (g.Prep == "بين" && g.IsPlace) continue; // «الشريط الحدودي بين قطاع غزة ومصر» is a place
            if (g.Prep == "بين" && g.IsWeakNisba) continue; // «بين منظمة الكشافة التونسية والمفوضية»: a body of a people
            if (g.Prep == "بين" && (TypeTraits.IsSymmetric(type) || type is "MEDIATES" or "ACCUSES")
                && (cue.Form.Kind == CueKind.Noun || cue.Form.ObjectPreps.Contains("بين")))
            {
                if (g.Actors.Length >= 2) return SlotFill.From(SlotRole.Parties, g, "between");
                if (OtherSide(p, s.Groups, g) is { } other)
                    return new SlotFill(SlotRole.Parties, [.. g.Actors, .. other.Actors.Where(a => g.Actors.All(b => b.Code != a.Code))], "between-sides", g);
                continue;
            }
            foreach (var prep in cue.Form.ObjectPreps)
            {
                // «سيطر على مساحات شاسعة من العراق وسوريا»: a state after a territory noun is the territory's.
                var territoryOf = type == "CONTROLS" && !Attachment.IsTerritory(g) && g.Prep is "من" or "في" && PlaceNounBefore(p, g.Lead)
                                  && g.Actors.All(a => a.Kind == ActorKind.Country);
                // «استعاد الجيش مدينة تدمر من تنظيم داعش»: the armed actor territory is taken from (fought, see TypeByComplement).
                var takenFrom = type == "CONTROLS" && g.Prep == "من" && Attachment.PrepMatches(g.Prep, prep) && !territoryOf && IsArmedParty(g);
                if (takenFrom) return SlotFill.From(SlotRole.Target, g, "taken-from");
                // «تحتل إسرائيل هضبة الجولان السورية»: a nationality closing the place phrase held names its state (GUIDELINES §6).
                var placeOf = type == "CONTROLS" && g.AllNisba && g.Prep.Length == 0 && PlaceNounBefore(p, g.Lead);
                if (type == "CONTROLS" && !Attachment.IsTerritory(g) && !territoryOf && !placeOf) continue;
                // «رفضت حماس المقترح الإسرائيلي»: a nationality right after the verb's subject marks whose act is rejected;
                // «استهدف موقعا إسرائيليا»: whose position is attacked.
                var insideCue = g.Lead > cue.Start && g.End <= cue.End;
                // «تشيد بالمبادرة التونسية المصرية»: nationalities right after an act noun that closes the cue name whose act.
                var ofAct = g.Lead == cue.End && p.Is(cue.End - 1, WordClass.RoleNoun);
                // «قتلوا إيطاليين ويابانيين»: an indefinite nationality noun right after the verb is people of that nation,
                // not its side («استهدف موقعا إسرائيليا», «تسقط طائرة إسرائيلية»: after a noun it is that noun's adjective).
                // «يعتدي على فلسطيني»: so is one right after the cue's preposition.
                var peopleAttacked = type == "FIGHTS" && !Attachment.IsDefinite(p.Tokens[g.Lead].Norm)
                                     && ((cue.End - cue.Start == 1 && g.Lead == cue.End) || (g.Prep.Length > 0 && g.Lead > 0 && p.Tokens[g.Lead - 1].Norm == g.Prep));
                var weakOk = (type is "REJECTS" or "CRITICIZES" or "ACCUSES" or "FIGHTS" && g.Lead - searchFrom <= (type == "FIGHTS" ? 3 : 2) && !peopleAttacked)
                             || insideCue || ofAct;
                if (prep.Length == 0 && p.WordsBetween(searchFrom, g.Lead) > 3 && !across && !insideCue) continue;
                // «ساندتها قطر لإسقاط النظام السوري»: a verb whose object is a pronoun on it takes no second object.
                if (prep.Length == 0 && cue.Form.Kind == CueKind.Verb && cue.Suffix.Length > 0 && !insideCue) continue;
                // «تحذر من تحويل مكافحة داعش»: an actor inside a prepositional phrase is not the direct object.
                if (prep.Length == 0 && !insideCue && !across && PrepositionBetween(p, s.Groups, searchFrom, g.Lead)) continue;
                // What is attacked, held or threatened may be a place («هاجمت مقرات لداعش», «استهدفت مواقع تابعة لحماس»,
                // «تهديدا مباشرا للقواعد العسكرية الأميركية»).
                // «هاجم مسلحو طالبان نقطة تفتيش للجيش الأفغاني»: the one whose post or position is attacked, with ل after it.
                // «استهدفت قياديا (بارزا) في تنظيم داعش», «هجوما على قاربين لإيران»: the group of the members attacked, the owner of what is hit.
                var ofAttacked = type == "FIGHTS" && cue.Form.Kind is CueKind.Verb or CueKind.Noun && !g.IsPlace && !g.IsWeakNisba
                                 && p.WordsBetween(searchFrom, g.Lead) is >= 1 and <= 4 && !p.Tokens[g.Lead - 1].IsPunct
                                 && ((g.Prep == "ل" && (Attachment.HasWordOf(p, searchFrom, g.Lead - searchFrom, WordClass.PlaceHead) || Attachment.HasWordOf(p, searchFrom, g.Lead - searchFrom, WordClass.Affiliation)
                                         || OnNoun(p, searchFrom, g.Lead, prep)))
                                     || (g.Prep is "في" or "من" && Attachment.MembersBefore(p, s.Groups, g)));
                // «وقفت تركيا إلى جانب روسيا»: the cue's last word heads the actor's phrase («جانب روسيا»): its genitive is the target.
                if (cue.End - cue.Start > 1 && g.Lead == cue.End - 1 && g.End > cue.End)
                    return SlotFill.From(SlotRole.Target, g, "object");
                if (ofAttacked && OnNoun(p, searchFrom, g.Lead, prep))
                    return SlotFill.From(SlotRole.Target, g, "owner-attacked");
                if (EnvoysOf(p, g, searchFrom, prep)) return SlotFill.From(SlotRole.Target, g, "envoys-of");
                var matches = prep.Length == 0
                    ? (g.Prep.Length == 0 || ofAttacked) && (!g.IsPlace || type is "FIGHTS" or "CONTROLS" or "THREATENS") && (!g.IsWeakNisba || weakOk || placeOf)
                    : Attachment.PrepMatches(g.Prep, prep) && (!g.IsPlace || type is "CONTROLS" or "FIGHTS" or "THREATENS" or "AIDS")
                      && !(g.IsWeakNisba && (type == "SUPPORTS" || peopleAttacked)); // «دعمه للسوريين الضحايا»: a people, not its state
                // «مساعدات إلى سكان ليبيا», «للاجئين الفلسطينيين», «إلى المناطق المنكوبة في سوريا»: aid sent to a place or
                // its people goes to its state.
                if (matches) return SlotFill.From(SlotRole.Target, g, territoryOf ? "territory-of" : prep.Length == 0 ? "object" : $"prep:{prep}");
            }
        }
        return null;
    }

    /// <summary>A party territory can be taken from: non-state or organised, not a place.</summary>
    private static bool IsArmedParty(ResolvedGroup g) =>
        !g.IsPlace && g.Actors.Length > 0 && g.Actors.All(a => a.Kind is ActorKind.NonState or ActorKind.Organization);
}
