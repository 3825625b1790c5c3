using System.Collections.Frozen;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns one sentence into a <see cref="SentenceParse"/>: tokens and their clitic readings, actor mentions from the
/// <see cref="ActorTrie"/> grouped into appositions and coordinations with their head phrase and governing
/// preposition, reference words, clause boundaries, and relation cues with their negation. Linear in the number of
/// tokens (each lookup is a dictionary probe). Thread-safe: holds only immutable lexicons.
/// </summary>
public sealed class SentenceParser(ActorLexicon actors, ActorTrie trie, CueLexicon cues, RoleWords words)
{
    public ActorLexicon Actors => actors;

    public SentenceParse Parse(string sentence) => Parse(sentence, null);

    /// <summary>
    /// Parses a sentence where, besides the lexicon's names, the words of <paramref name="surnames"/> name the persons
    /// the article named in full before (<see cref="Document.SurnameReference"/>).
    /// </summary>
    public SentenceParse Parse(string sentence, IReadOnlyDictionary<string, ActorName>? surnames)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var readings = new TokenReading[tokens.Length][];
        for (var i = 0; i < tokens.Length; i++)
            readings[i] = tokens[i].IsPunct ? [new TokenReading(tokens[i].Norm, "", "", 0, (byte)(StemMask(tokens[i].Norm).Starts & TokenReading.StartsPhrase))]
                : EndsInTaMarbuta(sentence, tokens[i]) ? AnalyseTaMarbuta(tokens[i].Norm) : Analyse(tokens[i].Norm);

        VerbHomographs(tokens, readings);
        var reportVerbs = new List<int>();
        var clause = Clauses(tokens, readings, out var reportVerb, reportVerbs);
        var places = new List<MentionGroup>();
        var groups = Groups(sentence, tokens, readings, surnames, places);
        foreach (var g in groups.Concat(places)) g.Clause = clause[Math.Min(g.Lead, tokens.Length - 1)];
        // «لافروف: موسكو لن تسمح …», «وزير الخارجية الإيراني: على الولايات المتحدة …»: a headline that opens with a person
        // or an office and a colon reports what they say; the colon stands where the verb of saying would. A state's name
        // before a colon is a dateline («فرنسا : السجن للشاب …»), and a headline names no speaker for the article.
        if (reportVerb < 0 && groups.Count > 0 && groups[0] is { Ref: RefKind.None, Lead: 0 } speaker && speaker.End < tokens.Length && tokens[speaker.End].Norm == ":"
            && (speaker.Lead < speaker.Start || speaker.Actors.All(a => a.Kind == ActorKind.Person)))
            reportVerbs.Add(speaker.End);
        var cueMatches = Cues(tokens, readings, clause, groups);
        AttackVenues(readings, groups, cueMatches);
        return new SentenceParse
        {
            Text = sentence, Tokens = tokens, Readings = readings, Clause = clause, Groups = groups, Places = places, Cues = cueMatches,
            ReportVerb = reportVerb, ReportVerbs = reportVerbs, IsSports = IsSports(tokens, readings),
        };
    }

    /// <summary>
    /// «وعبّر الرئيس الأمريكي عن دعم بلاده لتونس»: a preposition that is also a verb (`verb_homograph`), opening the sentence,
    /// a clause after punctuation or a clause with و, is the verb when the preposition the verb takes follows within six
    /// words, no punctuation between; its readings lose the preposition class. O(tokens).
    /// </summary>
    private void VerbHomographs(Token[] tokens, TokenReading[][] readings)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!(i == 0 || tokens[i - 1].IsPunct || readings[i].Any(r => r.Prefix.StartsWith('و')))) continue;
            foreach (var r in readings[i])
            {
                if (r.Suffix.Length > 0 || (r.Mask & PrepBit) == 0) continue;
                foreach (var (rest, cls) in words.Phrases(r.Stem))
                {
                    if (cls != WordClass.VerbHomograph || rest.Length != 1) continue;
                    for (var k = i + 1; k < tokens.Length && k <= i + 6 && !tokens[k].IsPunct; k++)
                        if (tokens[k].Norm == rest[0])
                        {
                            readings[i] = [.. readings[i].Select(x => x with { Mask = x.Mask & ~PrepBit })];
                            goto next;
                        }
                }
            }
            next: ;
        }
    }

    private static readonly ulong PrepBit = RoleWords.Bit(WordClass.Prep);

    /// <summary>
    /// «هجوم باريس», «تفجيرات بروكسل», «عملية ستوكهولم الإرهابية»: a capital right after an attack noun, as its genitive,
    /// names where the attack happened; it is neither the attacker nor the one condemned.
    /// </summary>
    private static void AttackVenues(TokenReading[][] readings, List<MentionGroup> groups, List<CueMatch> cues)
    {
        foreach (var g in groups)
            if (g.BySeat && g.Prep.Length == 0 && g.Start > 0
                && (Syntax.Is(readings[g.Start - 1], WordClass.HostileAct) || cues.Any(c => c.End == g.Start && c.Form.Type == "FIGHTS" && c.Form.Kind == CueKind.Noun && c.Suffix.Length == 0)))
                g.IsPlace = true;
    }

    /// <summary>
    /// Whether the sentence is sports news: two words of sport («المباراة … كأس»), or one of the phrases that only
    /// sport uses («كرة القدم»). One word alone («الملعب» of an attack) is not enough.
    /// </summary>
    private bool IsSports(Token[] tokens, TokenReading[][] readings)
    {
        var words = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsPunct) continue;
            if (PhraseAt(tokens, readings, i, WordClass.SportWord) > 0) return true;
            if (Is(readings[i], WordClass.SportWord) && ++words >= 2) return true;
        }
        return false;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenReading[]> _analysed = new(StringComparer.Ordinal);
    private const int AnalysedLimit = 200_000;
    // ConcurrentDictionary.Count takes every lock of the dictionary; the cache's size is counted here instead.
    private int _analysedCount;

    /// <summary>
    /// A word's readings with their lexicon bits filled in, computed once per distinct word (bounded cache), so the
    /// rules test categories, cue starts and name starts with bit operations instead of dictionary probes.
    /// </summary>
    private TokenReading[] Analyse(string norm)
    {
        if (_analysed.TryGetValue(norm, out var cached)) return cached;
        var result = TokenForms.Readings(norm);
        for (var k = 0; k < result.Length; k++)
        {
            var (mask, starts) = StemMask(result[k].Stem);
            result[k] = result[k] with { Mask = mask, Starts = starts };
        }
        if (Volatile.Read(ref _analysedCount) < AnalysedLimit && _analysed.TryAdd(norm, result)) Interlocked.Increment(ref _analysedCount);
        return result;
    }

    /// <summary>
    /// A word written with a final ة («قاتلة», «طلبة») ends in no pronoun: its normal form ends in ه, but it is never
    /// read as a stem plus the suffix ه («قاتله», «طلبه»).
    /// </summary>
    private static bool EndsInTaMarbuta(string sentence, Token t)
    {
        var k = t.Start + t.Length - 1;
        while (k > t.Start && sentence[k] is >= '\u064B' and <= '\u0652') k--;
        return sentence[k] == '\u0629';
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenReading[]> _analysedTaMarbuta = new(StringComparer.Ordinal);
    private int _taMarbutaCount;

    private TokenReading[] AnalyseTaMarbuta(string norm)
    {
        if (_analysedTaMarbuta.TryGetValue(norm, out var cached)) return cached;
        var all = Analyse(norm);
        var result = Array.FindAll(all, r => r.Suffix != "ه");
        if (result.Length == all.Length) result = all;
        if (Volatile.Read(ref _taMarbutaCount) < AnalysedLimit && _analysedTaMarbuta.TryAdd(norm, result)) Interlocked.Increment(ref _taMarbutaCount);
        return result;
    }

    /// <summary>
    /// Every stem a lexicon knows → its word categories plus the flags of the cue, name and phrase lexicons starting
    /// with it, so that analysing a new word probes one table per reading instead of four.
    /// </summary>
    private readonly FrozenDictionary<string, (ulong Mask, byte Starts)> _stemMasks = StemMasks(words, cues, trie);

    private static FrozenDictionary<string, (ulong Mask, byte Starts)> StemMasks(RoleWords words, CueLexicon cues, ActorTrie trie)
    {
        var masks = new Dictionary<string, (ulong Mask, byte Starts)>(StringComparer.Ordinal);
        void Add(string stem, ulong bits, byte starts)
        {
            var (m, st) = masks.GetValueOrDefault(stem);
            masks[stem] = (m | bits, (byte)(st | starts));
        }
        foreach (var (word, mask) in words.Masks) Add(word, mask, 0);
        foreach (var word in words.PhraseStarts) Add(word, 0, TokenReading.StartsPhrase);
        foreach (var word in cues.FirstWords) Add(word, 0, TokenReading.StartsCue);
        foreach (var word in trie.FirstWords) Add(word, 0, TokenReading.StartsName);
        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private (ulong Mask, byte Starts) StemMask(string stem) => _stemMasks.GetValueOrDefault(stem);

    private static bool Has(TokenReading r, WordClass c) => (r.Mask & RoleWords.Bit(c)) != 0;

    /// <summary>The reading of token i whose stem is in class c, if any.</summary>
    public TokenReading? ReadingIn(TokenReading[] r, WordClass c, bool allowSuffix = false) => Syntax.ReadingIn(r, c, allowSuffix);

    public bool Is(TokenReading[] r, WordClass c, bool allowSuffix = false) => Syntax.Is(r, c, allowSuffix);

    private int[] Clauses(Token[] tokens, TokenReading[][] readings, out int reportVerb, List<int> reportVerbs)
    {
        var clause = new int[tokens.Length];
        var id = 0;
        reportVerb = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.IsPunct)
            {
                if (t.Norm is ":" or "؛" or ";") id++;
                clause[i] = id;
                continue;
            }
            if (Is(readings[i], WordClass.Boundary, allowSuffix: true) || Is(readings[i], WordClass.Complementizer, allowSuffix: true)) id++;
            else if (i + 1 < tokens.Length && PhraseAt(tokens, readings, i, WordClass.Boundary) > 0) id++;
            if (Is(readings[i], WordClass.Report)) { if (reportVerb < 0) reportVerb = i; reportVerbs.Add(i); }
            clause[i] = id;
        }
        return clause;
    }

    /// <summary>Length of a multi-word entry of class c starting at token i, or 0.</summary>
    private int PhraseAt(Token[] tokens, TokenReading[][] readings, int i, WordClass c)
    {
        foreach (var r in readings[i])
        {
            // Most words start no phrase: the bit set by Analyse spares a dictionary probe per reading.
            if ((r.Starts & TokenReading.StartsPhrase) == 0) continue;
            foreach (var (rest, cls) in words.Phrases(r.Stem))
            {
                if (cls != c || i + rest.Length >= tokens.Length) continue;
                var ok = true;
                for (var k = 0; k < rest.Length && ok; k++) ok = tokens[i + 1 + k].Norm == rest[k];
                if (ok) return rest.Length + 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// Whether a word may name a person alone once the article named them in full: at least three letters, no name of
    /// its own and no role, function or cue word («ظريف», «كالين»; not «الرئيس»).
    /// </summary>
    public bool CanBeSurname(string word)
    {
        if (word.Length < 3) return false;
        foreach (var r in Analyse(word))
            if (r.Prefix.Length == 0 && r.Suffix.Length == 0 && r.IsKnown) return false;
        return true;
    }

    /// <summary>
    /// A surname of a person named before in the article at token i, with or without a conjunction or preposition, where
    /// a subject or argument stands: opening the sentence, or right after a verb cue, a reporting verb or «أن»
    /// («وقال ظريف», «نفى الأسد», «أن كالين»). Elsewhere the word keeps its ordinary sense («يوم 7 ماي»).
    /// </summary>
    private (int Length, TokenReading Reading, ActorName Name)? SurnameAt(Token[] tokens, TokenReading[][] readings, int i, IReadOnlyDictionary<string, ActorName>? surnames)
    {
        if (surnames is null || surnames.Count == 0) return null;
        if (i > 0 && (tokens[i - 1].IsPunct || !(StartsCueAt(readings[i - 1]) || Is(readings[i - 1], WordClass.Report) || Is(readings[i - 1], WordClass.Complementizer)))) return null;
        foreach (var r in readings[i])
            if (r.Suffix.Length == 0 && !r.Prefix.EndsWith('ك') && surnames.TryGetValue(r.Stem, out var name)) return (1, r, name);
        return null;
    }

    private List<MentionGroup> Groups(string sentence, Token[] tokens, TokenReading[][] readings, IReadOnlyDictionary<string, ActorName>? surnames, List<MentionGroup> places)
    {
        var mentions = new List<MentionGroup>();
        var roles = new List<NameRole?>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsPunct) continue;
            var match = trie.Match(tokens, readings, i) ?? SurnameAt(tokens, readings, i, surnames);
            if (match is { } found)
            {
                // «دولة الإمارات العربية المتحدة»: a longer name of the same actor starting inside this one extends it.
                var m = found;
                for (var j = i + 1; j < i + m.Length; j++)
                    if (trie.Match(tokens, readings, j) is { } inner && j + inner.Length > i + m.Length && inner.Name.ActorId == m.Name.ActorId)
                        m = (j + inner.Length - i, m.Reading, m.Name);
                var entry = actors.Find(m.Name.ActorId)!;
                if (m.Name.Role == NameRole.Place)
                {
                    // «مدينة الموصل»: a city or province is kept apart from the mentions, so that it never acts nor shapes them.
                    var place = NewGroup(sentence, tokens, readings, i, i + m.Length, m.Reading, mentions.Count > 0 ? mentions[^1].End : 0);
                    place.Add(entry);
                    place.IsPlace = true;
                    places.Add(place);
                    i += m.Length - 1;
                    continue;
                }
                // «المنتخب البرازيلي», «منتخب البرازيل»; a definite noun takes no genitive, so a state's name after it is the
                // next argument («في تصريح لوكالة تونس افريقيا للأنباء بريطانيا»).
                if (i > 0 && ReadingIn(readings[i - 1], WordClass.NonActorHead) is { } nonActor && !(m.Name.Role == NameRole.Name && IsDefinite(nonActor)))
                { i += m.Length - 1; continue; }
                if (m.Name.Role == NameRole.Nisba && NonActorNamedBefore(tokens, readings, i)) { i += m.Length - 1; continue; }
                // «وجهت تهمة الإرهاب للتونسي»: a singular nationality adjective carrying a preposition is a noun, one national.
                if (m.Name.Role == NameRole.Nisba && m.Length == 1 && m.Reading.Prefix.TrimStart('و', 'ف') is "ل" or "ب" or "لل" or "بال"
                    && NisbaForms.HasSingularEnding(m.Reading.Stem)) continue;
                if (entry.Kind == ActorKind.Organization && i + m.Length < tokens.Length && Is(readings[i + m.Length], WordClass.NationalModifier))
                { i += m.Length - 1; continue; } // «مجلس الأمن الوطني» is a national body
                var g = NewGroup(sentence, tokens, readings, i, i + m.Length, m.Reading, mentions.Count > 0 ? mentions[^1].End : 0,
                                 nameOfState: m.Name.Role == NameRole.Name && entry.Kind is ActorKind.Country or ActorKind.Organization && !m.Reading.Stem.StartsWith("ال", StringComparison.Ordinal));
                g.Add(entry);
                g.AllNisba = m.Name.Role == NameRole.Nisba;
                g.BySeat = g.Lead == i && m.Name.Role is NameRole.Capital or NameRole.Seat;
                // «ويرفض الفلسطينيون الوساطة الأمريكية»: a definite nominative plural nationality is a noun, the people as a party.
                g.IsWeakNisba = g.AllNisba && g.Lead == i && !PeopleAsParty(tokens, m.Reading, i, m.Length);
                if (g.IsWeakNisba && g.Prep.Length == 0) PlaceClosedByNisba(tokens, readings, g, mentions.Count > 0 ? mentions[^1].End : 0);
                if (g.Lead == i && g.Prep == "في" && (m.Name.Role is NameRole.Capital or NameRole.Seat || (m.Name.Role == NameRole.Name && entry.Kind is ActorKind.Country or ActorKind.Region)))
                    g.IsPlace = true; // «في موسكو», «في جنيف», «في بروكسل»: a venue
                mentions.Add(g);
                roles.Add(m.Name.Role);
                i += m.Length - 1;
                continue;
            }
            var refKind = RefAt(readings[i], out var refReading);
            if (refKind == RefKind.None) continue;
            // «بما فيها حزب الله»: the pronoun of an examples phrase stands for the noun exemplified, not an actor.
            if (refKind == RefKind.Antecedent && i > 0 && PhraseAt(tokens, readings, i - 1, WordClass.Examples) == 2) continue;
            // «الجانبين الأرميني والأذربيجاني», «نظيريه»: a reference word heading named actors is only a head.
            if (i + 1 < tokens.Length && trie.Match(tokens, readings, i + 1) is not null && refKind is RefKind.Parties or RefKind.Pair) continue;
            // A relative pronoun stands for an actor only right after one («روسيا، التي»), not after a place («الأراضي التي»).
            if (refKind == RefKind.Antecedent && refReading.Suffix.Length == 0
                && !(mentions.Count > 0 && mentions[^1].Ref == RefKind.None && mentions[^1].IsSubjectLike && !mentions[^1].IsWeakNisba && EndsBefore(tokens, mentions[^1].End, i))) continue;
            // «المنظمة الدولية للهجرة» is another body than «المنظمة» alone.
            // «ودعت المنظمة الحكومة الفلبينية», «وأدانت الوزارة الهجوم»: an actor phrase or a cue after it is the next
            // argument, not its adjective; so is a relative clause («المنظمة التي مقرها لندن دعت»).
            if (refKind == RefKind.Description && i + 1 < tokens.Length && !tokens[i + 1].IsPunct && tokens[i + 1].Norm.StartsWith("ال", StringComparison.Ordinal)
                && trie.Match(tokens, readings, i + 1) is null && ReadingIn(readings[i + 1], WordClass.ActorHead) is null && !StartsCueAt(readings[i + 1])
                && !Is(readings[i + 1], WordClass.Relative)) continue;
            var rg = NewGroup(sentence, tokens, readings, i, i + 1, refReading, mentions.Count > 0 ? mentions[^1].End : 0);
            rg.Ref = refKind;
            mentions.Add(rg);
            roles.Add(null);
        }
        foreach (var g in mentions)
        {
            g.IsExamples = g.Ref == RefKind.None && MarkerBefore(tokens, readings, g.Lead, WordClass.Examples);
            g.IsMembers = g.Ref == RefKind.None && MembersOfBody(tokens, readings, g.Lead);
            if (g.IsMembers && g.Prep == "من") g.Prep = ""; // «اللجنة … المكونة من السعودية والبحرين»: the members are the body
            // «وزارة الخارجية»: the head is the reading that heads actors (وزاره), not a clitic reading of it (و+زاره).
            var head = (ReadingIn(readings[g.Lead], WordClass.ActorHead) ?? readings[g.Lead].LastOrDefault(r => r.Suffix.Length == 0)).Stem ?? tokens[g.Lead].Norm;
            g.Head = ArabicNormalizer.WithoutArticle(head);
        }
        return Merge(sentence, tokens, readings, mentions, roles);
    }

    private RefKind RefAt(TokenReading[] r, out TokenReading reading)
    {
        reading = r[0];
        foreach (var x in r)
        {
            reading = x;
            if (x.Suffix.Length == 0)
            {
                if (Has(x, WordClass.PartiesRef)) return RefKind.Parties;
                if (Has(x, WordClass.PairRef)) return RefKind.Pair;
                if (Has(x, WordClass.SpeakerRef)) return RefKind.Speaker;
                if (Has(x, WordClass.RegionRef)) return RefKind.Region;
                if (Has(x, WordClass.Relative)) return RefKind.Antecedent;
                if (Has(x, WordClass.DescriptionOrg) || Has(x, WordClass.DescriptionGroup)) return RefKind.Description;
            }
            else if (Has(x, WordClass.Boundary) || CarriesPronoun(x))
            {
                if (x.Suffix == "نا") continue;
                return x.Suffix == "هما" ? RefKind.DualAntecedent : RefKind.Antecedent;
            }
        }
        return RefKind.None;
    }

    /// <summary>A particle that carries a pronoun suffix standing for an actor («إنها», «لها», «بأنها», «إياها»).</summary>
    private static bool CarriesPronoun(TokenReading x) =>
        Has(x, WordClass.Complementizer) || Has(x, WordClass.Prep) || x.Stem is "ل" or "ب" or "الي" or "علي" or "ان" or "ايا";

    /// <summary>A group for a mention at [start, end): walks back over its head phrase and finds its preposition.</summary>
    private MentionGroup NewGroup(string sentence, Token[] tokens, TokenReading[][] readings, int start, int end, TokenReading own, int minLead = 0, bool nameOfState = false)
    {
        var lead = start;
        var leadReading = own;
        var nearestIsPlace = false;
        var sawActorHead = false;
        // «معاملة استراليا للاجئين بأنها …»: a pronoun on a particle is a phrase of its own; the nouns before it head nothing of it.
        var pronounOnParticle = own.Suffix.Length > 0 && CarriesPronoun(own);
        for (var j = start - 1; !pronounOnParticle && j >= 0 && start - j <= 5 && !tokens[j].IsPunct; j--)
        {
            var actorHead = ReadingIn(readings[j], WordClass.ActorHead, allowSuffix: true)
                            ?? ReadingIn(readings[j], WordClass.PartiesRef) ?? ReadingIn(readings[j], WordClass.PairRef);
            var placeHead = actorHead is null ? ReadingIn(readings[j], WordClass.PlaceHead, allowSuffix: true) : null;
            if (actorHead is null && placeHead is null) break;
            // «وطالبت الوزارة إسرائيل بوقف …»: a definite noun takes no genitive, so a state's name after it is the next argument.
            if (nameOfState && j == start - 1 && actorHead is { } definite && definite.Suffix.Length == 0 && IsDefinite(definite)) break;
            if (actorHead is not null && AdjectiveOfNounBefore(tokens, readings, j, actorHead.Value)) break;
            if (j == start - 1) nearestIsPlace = placeHead is not null;
            if (actorHead is not null) sawActorHead = true;
            lead = j;
            leadReading = (actorHead ?? placeHead)!.Value;
        }
        // «رئيس مجلس السيادة السوداني»: a role noun up to three words back still heads the mention.
        if (lead == start)
            for (var j = start - 1; j >= minLead && start - j <= 3 && !tokens[j].IsPunct && !Is(readings[j], WordClass.Prep)
                                    && !Is(readings[j], WordClass.Complementizer, allowSuffix: true) && !Is(readings[j], WordClass.Boundary); j--)
            {
                // «وانتقد الوزير السياسة الإيرانية»: a policy, act or claim noun between is what the nationality describes.
                if (Is(readings[j], WordClass.NonActorHead) || Is(readings[j], WordClass.PlaceHead, allowSuffix: true) || PrepositionalCue(readings[j]) || Is(readings[j], WordClass.Relative)
                    || Is(readings[j], WordClass.ProposalNoun) || Is(readings[j], WordClass.HostileAct) || Is(readings[j], WordClass.Accusation)
                    || (SingleWordCue(readings[j]) && ReadingIn(readings[j], WordClass.ActorHead, allowSuffix: true) is null) || Is(readings[j], WordClass.Aspectual)) break;
                if (ReadingIn(readings[j], WordClass.ActorHead, allowSuffix: true) is { } head)
                {
                    if (AdjectiveOfNounBefore(tokens, readings, j, head)) break;
                    lead = j; leadReading = head; sawActorHead = true; break;
                }
            }
        // «رئيس حكومة الوفاق …», «وقائد الجيش الوطني …»: role nouns right before the head found are part of the head phrase.
        for (var j = lead - 1; lead < start && j >= minLead && lead - j <= 1 && !tokens[j].IsPunct; j--)
        {
            if (ReadingIn(readings[j], WordClass.ActorHead, allowSuffix: true) is not { } head || PrepositionalCue(readings[j])) break;
            lead = j;
            leadReading = head;
        }
        // «بالتعاون مع نظيرتها في لبنان»: a counterpart «in» a state is that state's counterpart, not a place.
        if (lead >= minLead + 2 && tokens[lead - 1].Norm == "في" && ReadingIn(readings[lead - 2], WordClass.Counterpart, allowSuffix: true) is { } counterpart)
        {
            lead -= 2;
            leadReading = counterpart;
            nearestIsPlace = false;
        }
        var g = new MentionGroup { Start = start, End = end, Lead = lead, LeadHasAnd = leadReading.Prefix.StartsWith('و') };
        g.IsPlace = nearestIsPlace && !sawActorHead;
        var p = leadReading.Prefix.TrimStart('و', 'ف');
        if (p.Length > 0 && p[^1] is 'ب' or 'ل' or 'ك') g.Prep = p[^1].ToString();
        else if (own.Suffix.Length > 0 && lead == start && (Has(own, WordClass.Prep) || own.Stem is "ل" or "ب" or "الي" or "علي"))
            g.Prep = own.Stem switch { "الي" => "الي", "علي" => "علي", _ => own.Stem };
        else if (PrevWord(tokens, lead) is var pw and >= 0)
        {
            foreach (var r in readings[pw])
                if (r.Suffix.Length == 0 && (Has(r, WordClass.Prep) || r.Stem is "ب" or "ل")) { g.Prep = r.Stem; break; }
        }
        g.Prep = g.Prep switch { "الي" => "الي", "علي" => "علي", _ => g.Prep };
        if (g.Prep.Length == 0 && lead == start) g.Prep = RolePhraseBeforeComma(tokens, readings, lead);
        OwnerOfPlace(tokens, readings, g);
        EachOf(tokens, readings, g);
        g.Surface = sentence.Substring(tokens[g.Lead].Start, tokens[end - 1].Start + tokens[end - 1].Length - tokens[g.Lead].Start);
        return g;
    }

    /// <summary>
    /// «بالعمليات العسكرية الإسرائيلية», «السياسة الخارجية الأمريكية»: a role word shaped as a nisba («العسكرية»,
    /// «الخارجية») after a definite noun that heads no actor is that noun's adjective, not the head of the actor phrase.
    /// </summary>
    private bool AdjectiveOfNounBefore(Token[] tokens, TokenReading[][] readings, int j, TokenReading head)
    {
        if (j == 0 || tokens[j - 1].IsPunct || !head.Stem.StartsWith("ال", StringComparison.Ordinal) || !NisbaForms.HasSingularEnding(head.Stem)) return false;
        var before = readings[j - 1];
        if (Is(before, WordClass.ActorHead, allowSuffix: true) || Is(before, WordClass.PartiesRef) || Is(before, WordClass.PairRef)) return false;
        return before.Any(r => r.Suffix.Length == 0 && r.Stem.Length > 2 && !Has(r, WordClass.Prep) && IsDefinite(r)) || NameEndsAt(tokens, readings, j);
    }

    /// <summary>
    /// «دعم واشنطن العسكري لكييف», «سياسة إيران الخارجية»: a state's name (not a nationality) ends right before, so the
    /// nisba-shaped word describes the noun the name is the genitive of.
    /// </summary>
    private bool NameEndsAt(Token[] tokens, TokenReading[][] readings, int j)
    {
        for (var k = j - 1; k >= 0 && j - k <= 3 && !tokens[k].IsPunct; k--)
            if (trie.Match(tokens, readings, k) is { Name.Role: not NameRole.Nisba } m && k + m.Length == j) return true;
        return false;
    }

    /// <summary>A reading with the article, in its stem or its proclitics («الوزارة», «بالوزارة», «للوزارة»).</summary>
    private static bool IsDefinite(TokenReading r) =>
        r.Stem.StartsWith("ال", StringComparison.Ordinal) || r.Prefix.EndsWith("ال", StringComparison.Ordinal) || r.Prefix.EndsWith("لل", StringComparison.Ordinal);

    /// <summary>
    /// «صحيفة "الإندبندت" البريطانية», «قناة الجزيرة القطرية», «شركات السيارات الصينية والإيرانية»: a nationality closing
    /// the name of a newspaper, channel or other non-actor noun, one or two words (quotes allowed, or another nationality)
    /// between, belongs to that noun.
    /// </summary>
    private bool NonActorNamedBefore(Token[] tokens, TokenReading[][] readings, int i)
    {
        var words = 0;
        for (var j = i - 1; j >= 0 && i - j <= 5; j--)
        {
            if (tokens[j].IsQuote) continue;
            if (tokens[j].IsPunct) return false;
            if (Is(readings[j], WordClass.NonActorHead)) return words > 0;
            if (++words > 2 || StartsCueAt(readings[j]) || Is(readings[j], WordClass.Prep) || Is(readings[j], WordClass.ActorHead, allowSuffix: true)
                || Is(readings[j], WordClass.PlaceHead, allowSuffix: true) || Is(readings[j], WordClass.Complementizer, allowSuffix: true)
                || trie.Match(tokens, readings, j) is { Name.Role: not NameRole.Nisba }) return false;
        }
        return false;
    }

    /// <summary>A definite nominative plural nationality alone («الفلسطينيون»): a noun, the people as a party.</summary>
    private static bool PeopleAsParty(Token[] tokens, TokenReading reading, int i, int length)
    {
        if (length != 1) return false;
        var word = tokens[i].Norm;
        var conjunction = reading.Prefix.Length - reading.Prefix.TrimStart('و', 'ف').Length;
        if (conjunction > 0 && word.Length > conjunction) word = word[conjunction..];
        return word.StartsWith("ال", StringComparison.Ordinal) && NisbaForms.HasNominativePluralEnding(word);
    }

    /// <summary>
    /// «على قاعدة جوية سورية», «على نقطة مراقبة كمبودية» (GUIDELINES §6): a nationality adjective closing a noun phrase
    /// after a preposition stands for its state and takes the preposition (a place when a place noun heads the phrase).
    /// Up to three words between, none of them punctuation, a relation cue or part of another mention.
    /// </summary>
    private void PlaceClosedByNisba(Token[] tokens, TokenReading[][] readings, MentionGroup g, int minLead)
    {
        var place = false;
        for (var j = g.Start - 1; j >= minLead && g.Start - j <= 4 && !tokens[j].IsPunct; j--)
        {
            if (j < g.Start - 1 && Is(readings[j], WordClass.Prep))
            {
                g.Prep = readings[j].First(r => Has(r, WordClass.Prep)).Stem;
                g.IsPlace = place;
                return;
            }
            if (StartsCueAt(readings[j]) || Is(readings[j], WordClass.Complementizer, allowSuffix: true)) return;
            place |= Is(readings[j], WordClass.PlaceHead, allowSuffix: true);
            var clitic = readings[j].FirstOrDefault(r => r.Prefix.TrimStart('و', 'ف') is "ب" or "ل");
            if (clitic.Stem is not null && j < g.Start - 1 && Is([clitic], WordClass.PlaceHead))
            {
                g.Prep = clitic.Prefix[^1].ToString();
                g.IsPlace = true;
                return;
            }
        }
    }

    /// <summary>Whether some reading of the word is a whole one-word cue («قصف»), not only the start of a longer one.</summary>
    private bool SingleWordCue(TokenReading[] r)
    {
        foreach (var x in r)
        {
            if ((x.Starts & TokenReading.StartsCue) == 0) continue;
            foreach (var f in cues.StartingWith(x.Stem))
                if (f.Words.Length == 1 && !f.AfterRelativeOnly) return true;
        }
        return false;
    }

    private static bool StartsCueAt(TokenReading[] r)
    {
        foreach (var x in r) if ((x.Starts & TokenReading.StartsCue) != 0) return true;
        return false;
    }

    /// <summary>
    /// «… برئيس الحكومة، يوسف الشاهد»: a name in apposition to a role phrase that names no actor takes the phrase's
    /// preposition (the phrase: up to three role nouns right before the comma).
    /// </summary>
    private string RolePhraseBeforeComma(Token[] tokens, TokenReading[][] readings, int lead)
    {
        if (lead < 2 || !(tokens[lead - 1].IsPunct && tokens[lead - 1].Norm is "،" or ",")) return "";
        var first = -1;
        for (var k = lead - 2; k >= 0 && lead - 2 - k < 3 && !tokens[k].IsPunct && ReadingIn(readings[k], WordClass.ActorHead, allowSuffix: true) is not null; k--) first = k;
        return first < 0 ? "" : PrepOf(tokens, readings, first);
    }

    /// <summary>«على مواقع عسكرية تابعة لحركة حماس»: the owner of a place takes the place noun's preposition.</summary>
    private void OwnerOfPlace(Token[] tokens, TokenReading[][] readings, MentionGroup g)
    {
        if (g.Prep != "ل" || PrevWord(tokens, g.Lead) is not (var before and >= 0)) return;
        if (Is(readings[before], WordClass.PlaceHead, allowSuffix: true))
        {
            // «مقرات لداعش»: the owner of a place takes the place noun's role, and the place noun heads the phrase.
            g.Prep = PrepOf(tokens, readings, before);
            g.IsPlace = true;
            g.Lead = before;
            return;
        }
        if (!Is(readings[before], WordClass.Affiliation)) return;
        // «مواقع تابعة لحماس», «3 زوارق انتحارية تابعة للحوثيين», «عناصر تابعين للمجلس»: the actor a noun phrase belongs
        // to takes the phrase's role: its preposition («من قبل» = من), none for a subject or object; a place noun makes it a place.
        var place = false;
        var placeNoun = -1;
        for (var j = before - 1; j >= 0 && before - j <= 4 && !tokens[j].IsPunct; j--)
        {
            if (Is(readings[j], WordClass.Prep))
            {
                var prep = readings[j].First(r => Has(r, WordClass.Prep)).Stem;
                g.Prep = prep is "قبل" or "جانب" && j > 0 && tokens[j - 1].Norm == "من" ? "من" : prep;
                g.IsPlace = place;
                return;
            }
            if (StartsCueAt(readings[j]) || Is(readings[j], WordClass.Complementizer, allowSuffix: true) || Is(readings[j], WordClass.Relative)) break;
            if (Is(readings[j], WordClass.PlaceHead, allowSuffix: true)) { place = true; placeNoun = j; }
            var clitic = PrepOf(tokens, readings, j);
            if (clitic.Length > 0 && readings[j].Any(r => r.Prefix.Length > 0 && r.Prefix.TrimStart('و', 'ف').Length > 0))
            {
                g.Prep = clitic;
                g.IsPlace = place;
                return;
            }
        }
        g.Prep = "";
        g.IsPlace = place;
        // «استهدف قاعدة الشعيرات الجوية التابعة للنظام السوري»: the owned place noun, however far back, heads the object.
        if (placeNoun >= 0) g.Lead = placeNoun;
    }

    /// <summary>
    /// «دعت الصين كلا من الهند وباكستان», «أهابت تونس بكل الليبيين»: the actors after «كلا من» or after «كل» take the
    /// preposition before the quantifier.
    /// </summary>
    private void EachOf(Token[] tokens, TokenReading[][] readings, MentionGroup g)
    {
        if (g.Prep.Length == 0 && PrevWord(tokens, g.Lead) is var quantifier and >= 0 && ReadingIn(readings[quantifier], WordClass.Each) is not null)
        {
            g.Prep = PrepOf(tokens, readings, quantifier);
            return;
        }
        if (g.Prep != "من" || PrevWord(tokens, g.Lead) is not (var min and >= 0) || PrevWord(tokens, min) is not (var each and >= 0)
            || ReadingIn(readings[each], WordClass.Each) is not { } r) return;
        // «اجتماع وزراء خارجية كل من تونس ومصر»: role nouns before «كل من» head the listed actors.
        var head = each;
        while (head > 0 && !tokens[head - 1].IsPunct && each - head < 3 && ReadingIn(readings[head - 1], WordClass.ActorHead, allowSuffix: true) is not null) head--;
        if (head < each)
        {
            g.Lead = head;
            g.Prep = PrepOf(tokens, readings, head);
            return;
        }
        var p = r.Prefix.TrimStart('و', 'ف');
        g.Prep = p.Length > 0 && p[^1] is 'ب' or 'ل' ? p[^1].ToString() : PrepOf(tokens, readings, each);
    }

    /// <summary>The preposition right before token i (as a word or a clitic on it), or "".</summary>
    private string PrepOf(Token[] tokens, TokenReading[][] readings, int i)
    {
        foreach (var r in readings[i])
        {
            var p = r.Prefix.TrimStart('و', 'ف');
            if (p.Length > 0 && p[^1] is 'ب' or 'ل') return p[^1].ToString();
        }
        if (PrevWord(tokens, i) is var pw and >= 0)
            foreach (var r in readings[pw])
                if (r.Suffix.Length == 0 && Has(r, WordClass.Prep)) return r.Stem;
        return "";
    }

    private static bool EndsBefore(Token[] tokens, int end, int i)
    {
        for (var j = end; j < i; j++)
            if (!(tokens[j].IsPunct && tokens[j].Norm is "،" or "," or "”" or "\"" or "»" or ")")) return false;
        return true;
    }

    /// <summary>The word before token i, skipping opening quotes and brackets; -1 when there is none.</summary>
    private static int PrevWord(Token[] tokens, int i)
    {
        var j = i - 1;
        while (j >= 0 && tokens[j].IsPunct && tokens[j].Norm is "“" or "\"" or "«" or "(" or "'" or "”") j--;
        return j >= 0 && !tokens[j].IsPunct ? j : -1;
    }

    /// <summary>
    /// «وزير سابق بالمملكة البلجيكية», «وزير سابق في الحكومة الفرنسية»: a former office «of» or «in» a state, one or two
    /// words of the state's phrase between.
    /// </summary>
    private bool FormerOfficeOf(Token[] tokens, TokenReading[][] readings, int lead)
    {
        for (var j = lead - 1; j >= 1 && lead - j <= 3 && !tokens[j].IsPunct; j--)
        {
            if (!Is(readings[j], WordClass.Former)) continue;
            if (ReadingIn(readings[j - 1], WordClass.ActorHead, allowSuffix: true) is null) return false;
            var next = j + 1;
            return next < tokens.Length && (tokens[next].Norm == "في" || readings[next].Any(r => r.Prefix.TrimStart('و') is "ب" or "ل" or "لل"));
        }
        return false;
    }

    /// <summary>Joins appositions (same actor across a comma) and coordinations (a head or name starting with و).</summary>
    private List<MentionGroup> Merge(string sentence, Token[] tokens, TokenReading[][] readings, List<MentionGroup> mentions, List<NameRole?> roles)
    {
        var groups = new List<MentionGroup>();
        var afterFormer = -1;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // «الرئيس اليمني السابق», «وزير الخارجية الأسبق»: an office held no more acts for no state.
            // «إدارة الرئيس الأمريكي السابق»: a masculine «السابق» after a feminine head describes the office in its genitive,
            // not the administration.
            if (m.Ref == RefKind.None && m.Lead < m.Start && m.End < tokens.Length && Is(readings[m.End], WordClass.Former)
                && m.Actors.All(a => a.Kind != ActorKind.Person) && !(tokens[m.Lead].Norm.EndsWith('ه') && !tokens[m.End].Norm.EndsWith('ه')))
            {
                afterFormer = m.End + 1;
                continue;
            }
            // «الرئيس الأمريكي السابق باراك أوباما»: the person named right after that office is the one who held it.
            if (m.Lead == afterFormer && m.Actors.All(a => a.Kind == ActorKind.Person)) continue;
            if (m.Ref == RefKind.None && FormerOfficeOf(tokens, readings, m.Lead)) continue;
            var last = groups.Count > 0 ? groups[^1] : null;
            // «بين الطرفين الرسميين التونسي والليبي»: nationalities right after «الطرفين» (one adjective between) name the parties.
            if (last is { Ref: RefKind.Parties or RefKind.Pair } && m.Ref == RefKind.None && m.Lead == m.Start && !m.LeadHasAnd
                && (m.Actors.Count >= 2 || (roles[k] == NameRole.Nisba && k + 1 < mentions.Count && mentions[k + 1].Lead == m.End && mentions[k + 1].LeadHasAnd))
                && m.Lead >= last.End && m.Lead - last.End <= 1 && (m.Lead == last.End || (!tokens[last.End].IsPunct && tokens[last.End].Norm.StartsWith("ال", StringComparison.Ordinal))))
            {
                m.Lead = last.Lead;
                m.Prep = last.Prep;
                m.LeadHasAnd = last.LeadHasAnd;
                m.IsWeakNisba = false;
                ExtendTo(sentence, tokens, m, m.End);
                groups[^1] = m;
                continue;
            }
            var joined = false;
            var hyphenated = last is not null && HyphenBetweenNisbas(tokens, last, m, roles[k]);
            if (last is not null && last.Ref == RefKind.None && m.Ref == RefKind.None
                && (OnlyCommasBetween(tokens, last.End, m.Lead) || ListGap(tokens, readings, last.End, m.Lead, out joined) || hyphenated
                    || (m.LeadHasAnd && m.Lead == last.End + 1 && IsPlainAdjective(tokens[last.End], readings[last.End]))))
            {
                var sameActor = m.Actors.Count == 1 && last.Actors[^1].Code == m.Actors[0].Code;
                // «وزيرة الدفاع الألمانية أورسولا فون دير لاين»: the office stated before a name says which of the person's
                // offices is meant, whatever the article's date.
                if (!sameActor && m.Actors.Count == 1 && m.Actors[0].Kind == ActorKind.Person && last.Actors.Count == 1 && last.Lead < last.Start
                    && last.Actors[0].Kind != ActorKind.Person && m.Actors[0].Offices.Any(o => o.Code == last.Actors[0].Code) && !m.LeadHasAnd)
                {
                    ExtendTo(sentence, tokens, last, m.End);
                    continue;
                }
                var coordinated = (m.Lead > last.End - 1 && StartsWithAnd(readings[m.Lead], tokens[m.Lead]) && m.LeadHasAnd && m.Lead > last.Start)
                                  || joined || (m.Lead > last.End && CommaListEndsWithAnd(tokens, mentions, k));
                var adjacentNisbas = last.AllNisba && roles[k] == NameRole.Nisba && m.Lead == m.Start && (m.Lead == last.End || hyphenated);
                // «مجلس الأمن الأرمني», «وزارة الخارجية … »: an organization's generic name plus a nationality is that state's body.
                if (!last.AllNisba && roles[k] == NameRole.Nisba && m.Lead == last.End && m.Lead == m.Start && last.Actors.Count == 1
                    && last.Actors[0].Kind == ActorKind.Organization && m.Actors.Count == 1)
                {
                    last.Actors.Clear();
                    last.Add(m.Actors[0]);
                    ExtendTo(sentence, tokens, last, m.End);
                    continue;
                }
                // «حركة حماس الفلسطينية», «جماعة الحوثي اليمنية»: a nationality right after an armed or opposition group's
                // name describes the group; it names no state of its own.
                if (!last.AllNisba && roles[k] == NameRole.Nisba && m.Lead == last.End && m.Lead == m.Start && !m.LeadHasAnd && last.Actors.Count > 0
                    && last.Actors.All(a => a.Kind == ActorKind.NonState))
                {
                    ExtendTo(sentence, tokens, last, m.End);
                    continue;
                }
                // «الناطق باسم القيادة العامة للقوات المسلحة الليبية، العقيد أحمد المسماري»: a person in apposition to a role
                // phrase is who acts; the person's office says whom for.
                if (!sameActor && !coordinated && m.Lead > last.End && m.Actors.Count == 1 && m.Actors[0].Kind == ActorKind.Person
                    && last.Actors.Count == 1 && last.Actors[0].Kind != ActorKind.Person && last.Lead < last.Start && !m.LeadHasAnd)
                {
                    last.Actors.Clear();
                    last.Add(m.Actors[0]);
                    ExtendTo(sentence, tokens, last, m.End);
                    continue;
                }
                if (sameActor || coordinated || adjacentNisbas)
                {
                    foreach (var a in m.Actors) last.Add(a);
                    if (last.Prep == "في" && sameActor) last.Prep = m.Prep;
                    // A group is a place when its first member is («بين قطاع غزة ومصر»).
                    last.IsWeakNisba &= m.IsWeakNisba;
                    last.AllNisba &= roles[k] == NameRole.Nisba;
                    ExtendTo(sentence, tokens, last, m.End);
                    continue;
                }
            }
            groups.Add(m);
        }
        return groups;
    }

    /// <summary>
    /// «بين القوات السورية النظامية ومقاتلي جبهة النصرة»: a definite relational adjective (ال…ي, ال…ية) that is no
    /// actor's name, no cue and no word of any category describes the actor phrase before it, so the actor after «و»
    /// is still coordinated with that phrase.
    /// </summary>
    private static bool IsPlainAdjective(Token token, TokenReading[] readings)
    {
        var w = token.Norm;
        if (token.IsPunct || w.Length < 5 || !w.StartsWith("ال", StringComparison.Ordinal) || !NisbaForms.HasSingularEnding(w)) return false;
        foreach (var r in readings) if (r.IsKnown) return false;
        return true;
    }

    /// <summary>A group that takes in what follows it up to <paramref name="end"/>: its span and its surface text.</summary>
    private static void ExtendTo(string sentence, Token[] tokens, MentionGroup g, int end)
    {
        g.End = end;
        g.Surface = sentence.Substring(tokens[g.Lead].Start, tokens[end - 1].Start + tokens[end - 1].Length - tokens[g.Lead].Start);
    }

    /// <summary>
    /// Whether a list goes on across [from, to): commas and list joiners («، وكذلك», «إضافة إلى»), or a conjunct that names
    /// no actor («…، وباقي دول الجوار، وكذلك الأمم المتحدة»: a word with و, up to three more, a comma) before a joiner or و.
    /// </summary>
    private bool ListGap(Token[] tokens, TokenReading[][] readings, int from, int to, out bool sawJoiner)
    {
        sawJoiner = false;
        var i = from;
        while (i < to)
        {
            if (tokens[i].IsPunct && tokens[i].Norm is "،" or ",") { i++; continue; }
            if (Is(readings[i], WordClass.ListJoiner)) { sawJoiner = true; i++; continue; }
            if (PhraseAt(tokens, readings, i, WordClass.ListJoiner) is var n and > 0) { sawJoiner = true; i += n; continue; }
            // A conjunct naming no actor: «وباقي دول الجوار،».
            if (i > from && tokens[i - 1].IsPunct && tokens[i].Norm.Length > 2 && tokens[i].Norm[0] == 'و')
            {
                var j = i + 1;
                while (j < to && j - i <= 3 && !tokens[j].IsPunct && !StartsCueAt(readings[j]) && !Is(readings[j], WordClass.Prep)) j++;
                if (j < to && tokens[j].IsPunct && tokens[j].Norm is "،" or "," && !StartsCueAt(readings[i])) { i = j; continue; }
            }
            return false;
        }
        return true;
    }

    /// <summary>«مصر، السعودية، البحرين، والإمارات»: mention k follows commas only, and the comma chain from it ends in a member with و.</summary>
    private static bool CommaListEndsWithAnd(Token[] tokens, List<MentionGroup> mentions, int k)
    {
        for (var n = k; n < mentions.Count; n++)
        {
            if (mentions[n].Ref != RefKind.None || !OnlyCommasBetween(tokens, mentions[n - 1].End, mentions[n].Lead)) return false;
            if (n > k && mentions[n].LeadHasAnd) return true;
        }
        return false;
    }

    /// <summary>«المجموعة الثلاثية المؤلفة من …», «لجنة تضم …»: a members phrase before token i, with a body noun up to four words before it.</summary>
    private bool MembersOfBody(Token[] tokens, TokenReading[][] readings, int i)
    {
        var marker = -1;
        if (i >= 1 && Is(readings[i - 1], WordClass.MembersOf)) marker = i - 1;
        else if (i >= 2 && PhraseAt(tokens, readings, i - 2, WordClass.MembersOf) == 2) marker = i - 2;
        if (marker < 0) return false;
        for (var j = marker - 1; j >= 0 && marker - j <= 4 && !tokens[j].IsPunct; j--)
            if (Is(readings[j], WordClass.BodyNoun)) return true;
        return false;
    }

    /// <summary>A word of class c (or a phrase of it) right before token i.</summary>
    private bool MarkerBefore(Token[] tokens, TokenReading[][] readings, int i, WordClass c)
    {
        var j = i - 1;
        while (j >= 0 && tokens[j].IsPunct && tokens[j].Norm is "“" or "\"" or "«" or "(") j--;
        if (j < 0 || tokens[j].IsPunct) return false;
        if (Is(readings[j], c)) return true;
        for (var start = Math.Max(0, j - 2); start < j; start++)
            if (PhraseAt(tokens, readings, start, c) == j - start + 1) return true;
        return false;
    }

    /// <summary>«محادثات سعودية -أمريكية», «القمة الروسية/التركية»: two nationalities joined by a hyphen or slash name both sides.</summary>
    private static bool HyphenBetweenNisbas(Token[] tokens, MentionGroup last, MentionGroup m, NameRole? role) =>
        last.AllNisba && role == NameRole.Nisba && m.Lead == last.End + 1 && tokens[last.End].Norm is "-" or "–" or "/";

    private static bool OnlyCommasBetween(Token[] tokens, int from, int to)
    {
        if (to < from) return false;
        for (var i = from; i < to; i++)
            if (!(tokens[i].IsPunct && tokens[i].Norm is "،" or ",")) return false;
        return true;
    }

    /// <summary>Whether token i follows a verb of saying and an actor mention right after it, with nothing else between.</summary>
    private bool AfterReportAndSubject(Token[] tokens, TokenReading[][] readings, bool[] inMention, int i)
    {
        if (!inMention[i - 1]) return false;
        var k = i - 1;
        while (k >= 0 && inMention[k]) k--;
        return k >= 0 && k < i - 1 && !tokens[k].IsPunct && Is(readings[k], WordClass.Report);
    }

    private static bool StartsWithAnd(TokenReading[] r, Token t) => t.Norm.Length > 1 && t.Norm[0] == 'و' && r.Length > 1 && r[1].Prefix == "و";

    private List<CueMatch> Cues(Token[] tokens, TokenReading[][] readings, int[] clause, List<MentionGroup> groups)
    {
        var inMention = new bool[tokens.Length];
        foreach (var g in groups)
            for (var i = g.Ref == RefKind.None ? g.Lead : g.Start; i < g.End; i++) inMention[i] = !IsCueHead(readings[i]);

        // A gap in a cue form counts an actor mention as one word («حملت الحكومة السودانية قوات الدعم السريع مسؤولية»).
        var unitEnd = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) unitEnd[i] = i + 1;
        foreach (var g in groups)
            if (g.Ref == RefKind.None)
            {
                // A noun and its nationality adjective are one word too («الاحتلال الإسرائيلي»).
                var from = g.AllNisba && g.Lead == g.Start && g.Start > 0 && !tokens[g.Start - 1].IsPunct ? g.Start - 1 : Math.Min(g.Lead, g.Start);
                for (var i = from; i < g.End; i++) unitEnd[i] = Math.Max(unitEnd[i], g.End);
            }
        var units = new GapUnits(unitEnd);

        var found = new List<CueMatch>();
        var failureClause = -1;
        var failureAt = -1;
        var intentAt = -1;
        var expectAt = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsPunct || inMention[i]) continue;
            var hedge = Is(readings[i], WordClass.Hedge, allowSuffix: true) && i + 1 < tokens.Length && tokens[i + 1].Norm.StartsWith('ك');
            if (Is(readings[i], WordClass.Failure) || hedge || PhraseAt(tokens, readings, i, WordClass.Failure) > 0)
                (failureClause, failureAt) = (clause[i], i);
            if (Is(readings[i], WordClass.Intent)) intentAt = i;
            if (Is(readings[i], WordClass.Expectation)) expectAt = i;
            var best = BestCueAt(tokens, readings, units, i);
            if (best is not { } b) continue;
            // «رفضت بلغراد طلب بريشتينا»: a verb form right after another verb and its subject is a masdar, its object.
            if (b.Form.Kind == CueKind.Verb && b.Prefix.Length == 0 && found.Count > 0 && found[^1].Form.Kind == CueKind.Verb
                && found[^1].End < i && OnlyMentionsBetween(inMention, found[^1].End, i)
                && BestCueAt(tokens, readings, units, i, CueKind.Noun) is { } masdar)
                b = masdar;
            // «وأكدت إيران رفضها للعقوبات», «أعلنت تركيا دعمها»: likewise after a verb of saying and its subject.
            else if (b.Form.Kind == CueKind.Verb && b.Prefix.Length == 0 && i >= 2 && Is(readings[i - 1], WordClass.Report) is false
                     && AfterReportAndSubject(tokens, readings, inMention, i) && BestCueAt(tokens, readings, units, i, CueKind.Noun) is { } said)
                b = said;
            // «أعلن الجيش أنه قصف مواقع»: after a complementizer carrying its subject pronoun a cue word is a verb.
            else if (b.Form.Kind == CueKind.Noun && b.Prefix.Length == 0 && i > 0 && Is(readings[i - 1], WordClass.Complementizer, allowSuffix: true)
                     && readings[i - 1].Any(r => r.Suffix.Length > 0) && BestCueAt(tokens, readings, units, i, CueKind.Verb) is { } verb)
                b = verb;
            // «وقصف الطيران السعودي صنعاء»: a cue word opening its sentence with و and followed at once by an actor is a verb
            // (with ل after that actor it is a masdar and its object: «وقصف إسرائيل لغزة …»).
            else if (b.Form.Kind == CueKind.Noun && b.Prefix is "و" or "ف" && (i == 0 || tokens[i - 1].IsPunct) && i + 1 < tokens.Length && inMention[i + 1]
                     && groups.Any(g => g.Lead == i + 1 && g.Ref == RefKind.None && !groups.Any(h => h.Lead == g.End && h.Prep == "ل")) && BestCueAt(tokens, readings, units, i, CueKind.Verb) is { } opening)
                b = opening;
            // «تستضيف محادثات», «استضافت الدوحة جولة جديدة من المفاوضات»: a talks noun right after a talks verb
            // (mentions and up to three other words between) is that verb's object, not a relation of its own.
            if (b.Form.Kind == CueKind.Noun && b.Form.Type == "CONSULTS" && found.Count > 0 && found[^1].Form.Kind == CueKind.Verb && found[^1].Form.Type == b.Form.Type && FewWordsBetween(tokens, inMention, found[^1].End, i, 3))
            {
                found[^1] = found[^1] with { WithTalks = true };
                i = b.End - 1;
                continue;
            }
            // «في حال تطلب الأمر»: a request verb whose subject is «الأمر» or «الحاجة» means «it requires».
            if (b.Form.Kind == CueKind.Verb && b.Form.Type == "REQUESTS" && b.End < tokens.Length && Is(readings[b.End], WordClass.Impersonal))
            {
                i = b.End - 1;
                continue;
            }
            // A failure or warning word negates the cues after it in its clause, not itself («حذرت X من …» is a call).
            var negated = Negated(tokens, readings, i) || (failureClause == clause[i] && failureAt != i)
                || NegatedVerbGoverns(found, b.Form, clause, i) || Sought(b.Form, intentAt, clause, i) || Expected(tokens, readings, expectAt, i, needsClause: b.Form.Kind != CueKind.Verb);
            found.Add(new CueMatch(b.Form, i, b.End, b.Suffix, negated, negated ? "negated" : null) { IsDual = b.Dual });
            i = b.End - 1;
        }
        return found;
    }

    /// <summary>«توقعت مصادر أن تستأنف المفاوضات»: a forecast act is not yet a relation (a noun cue only inside a forecast clause: «تتوقع نتيجة للمحادثات» names talks that are held).</summary>
    private bool Expected(Token[] tokens, TokenReading[][] readings, int expectAt, int i, bool needsClause)
    {
        if (expectAt < 0 || i - expectAt > 8) return false;
        var clauseOpened = false;
        for (var k = expectAt + 1; k < i; k++)
        {
            if (tokens[k].IsPunct) return false;
            clauseOpened |= Is(readings[k], WordClass.Complementizer);
        }
        // «لا يستبعد وقوع مواجهة عسكرية»: a noun cue right after the forecast word is what is forecast.
        return clauseOpened || !needsClause || i - expectAt <= 2;
    }

    /// <summary>«تسعى مصر إلى التوصل إلى اتفاق», «لاستعادة السيطرة»: an agreement or a control that is aimed at is not reached.</summary>
    private static bool Sought(CueForm form, int intentAt, int[] clause, int i) =>
        form.Type is "AGREES" or "CONTROLS" && intentAt >= 0 && i - intentAt <= 6 && clause[intentAt] == clause[i];

    /// <summary>«لم تتوصل روسيا وأوكرانيا إلى أي اتفاق»: a noun cue in the clause of a negated verb cue of its type is that verb's object.</summary>
    private static bool NegatedVerbGoverns(List<CueMatch> found, CueForm noun, int[] clause, int i) =>
        noun.Kind == CueKind.Noun && found.Count > 0 && found[^1] is { Negated: true } verb
        && verb.Form.Kind == CueKind.Verb && verb.Form.Type == noun.Type && clause[verb.Start] == clause[i];

    /// <summary>«بوساطة», «برعاية»: a cue governed by a preposition ends a role phrase.</summary>
    internal static bool PrepositionalCue(TokenReading[] r)
    {
        foreach (var x in r)
            if ((x.Starts & TokenReading.StartsCue) != 0 && x.Prefix.Length > 0 && x.Prefix[^1] is 'ب' or 'ل' or 'ك') return true;
        return false;
    }

    private static bool OnlyMentionsBetween(bool[] inMention, int from, int to)
    {
        for (var k = from; k < to; k++) if (!inMention[k]) return false;
        return true;
    }

    private static bool FewWordsBetween(Token[] tokens, bool[] inMention, int from, int to, int max)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsPunct) return false;
            if (!inMention[k] && ++words > max) return false;
        }
        return true;
    }

    private static readonly ulong RoleWordBits = RoleWords.Bit(WordClass.ActorHead) | RoleWords.Bit(WordClass.PlaceHead) | RoleWords.Bit(WordClass.Prep) | RoleWords.Bit(WordClass.Report);

    private static bool IsRoleWord(TokenReading r) => (r.Mask & RoleWordBits) != 0;

    /// <summary>A head noun that is itself a cue («الوسطاء الفرنسيون», «حليفها الروسي») stays a cue.</summary>
    private bool IsCueHead(TokenReading[] r)
    {
        foreach (var x in r)
            if (x.Suffix.Length == 0 && (x.Starts & TokenReading.StartsCue) != 0 && (x.Mask & RoleWords.Bit(WordClass.ActorHead)) != 0) return true;
        return false;
    }

    private (CueForm Form, int End, string Suffix, bool Dual, string Prefix)? BestCueAt(Token[] tokens, TokenReading[][] readings, GapUnits units, int i, CueKind? only = null)
    {
        foreach (var r in readings[i])
        {
            var forms = (r.Starts & TokenReading.StartsCue) != 0 ? cues.StartingWith(r.Stem) : [];
            foreach (var form in forms)
            {
                if (only is { } k && form.Kind != k) continue;
                var end = MatchRest(tokens, readings, units, form, 1, i + 1);
                if (end < 0) continue;
                if (form.Kind == CueKind.Participle && r.Prefix.Length > 0 && r.Prefix != "و") continue; // «للمطالبة» is a masdar
                if (form.Kind == CueKind.Participle && r.Suffix.Length > 0) continue; // «مطالبتها لإسرائيل»: a possessive makes a masdar
                if (form.AfterRelativeOnly && (i == 0 || !Is(readings[i - 1], WordClass.Relative))) continue;
                // A verb form right after a preposition is a masdar with a pronoun («بعد رفضها»).
                if (form.Kind == CueKind.Verb && i > 0 && !tokens[i - 1].IsPunct && Is(readings[i - 1], WordClass.Prep)) continue;
                if (form.Kind == CueKind.Verb && r.Prefix.Length > 0 && r.Prefix[^1] is 'ب' or 'ك') continue; // «بطلب من» is a masdar
                // «لشن هجمات», «لقصف»: a past form after ل is a masdar of purpose; a present one («لتقصف») stays a verb.
                if (form.Kind == CueKind.Verb && r.Prefix.Length > 0 && r.Prefix[^1] == 'ل' && r.Stem.Length > 0 && r.Stem[0] is not ('ي' or 'ت' or 'ن' or 'ا')) continue;
                return (form, end, r.Suffix, form.Dual, r.Prefix);
            }
            // Readings go from literal to segmented: a word already known as a role word (وزارة) is not re-read as
            // a clitic plus a cue (و+زار+ه).
            if (IsRoleWord(r)) return null;
        }
        return null;
    }

    /// <summary>Whether a whole cue form without gaps matches at token i.</summary>
    private bool CueMatchesAt(Token[] tokens, TokenReading[][] readings, GapUnits units, int i)
    {
        foreach (var r in readings[i])
        {
            if ((r.Starts & TokenReading.StartsCue) == 0) continue;
            foreach (var form in cues.StartingWith(r.Stem))
                if (Array.IndexOf(form.Words, "*") < 0 && MatchRest(tokens, readings, units, form, 1, i + 1) >= 0) return true;
        }
        return false;
    }

    /// <summary>Tokens a gap («*») of a multi-word cue may span at most, date words included.</summary>
    private const int MaxGapTokens = 12;

    /// <summary>What a unit of the sentence does to a gap («*») of a cue form running over it.</summary>
    private enum GapStep : byte { NotYetKnown, Ends, CountsAsWord, Free }

    /// <summary>
    /// The units a gap of a cue form counts in one sentence: an actor mention is one unit (<see cref="End"/>), a token
    /// otherwise. What each unit does to a gap is the same for every form, and a word may start dozens of forms with
    /// a gap («أشاد * بجهود», «أشاد * بدور», …), so it is found once per unit (<see cref="Steps"/>).
    /// </summary>
    private sealed class GapUnits(int[] end)
    {
        public int[] End { get; } = end;
        public GapStep[] Steps { get; } = new GapStep[end.Length];
    }

    private GapStep GapStepAt(Token[] tokens, TokenReading[][] readings, GapUnits units, int pos)
    {
        ref var step = ref units.Steps[pos];
        if (step != GapStep.NotYetKnown) return step;
        var next = units.End[pos];
        for (var k = pos; k < next; k++)
            if (tokens[k].IsPunct && tokens[k].Norm is "." or "،" or ":") return step = GapStep.Ends;
        // A gap does not run over another cue («ستواصل دعمها لتونس … مع»); an actor mention is one unit and may.
        if (next == pos + 1 && (CueMatchesAt(tokens, readings, units, pos) || Is(readings[pos], WordClass.Negation))) return step = GapStep.Ends;
        // «أجرى ترامب الأربعاء 7 جوان 2017 اتصالا هاتفيا»: the words of a date in the gap do not count against it.
        var dateWord = next == pos + 1 && (Is(readings[pos], WordClass.TimeWord) || !tokens[pos].Norm.AsSpan().ContainsAnyExceptInRange('0', '9'));
        return step = dateWord ? GapStep.Free : GapStep.CountsAsWord;
    }

    /// <summary>
    /// Matches cue words [w..] from token t; returns the end token or -1. '*' skips up to four words, an actor mention
    /// (<see cref="GapUnits"/>) counting as one.
    /// </summary>
    private int MatchRest(Token[] tokens, TokenReading[][] readings, GapUnits units, CueForm form, int w, int t)
    {
        var cueWords = form.Words;
        if (w == cueWords.Length) return t;
        if (cueWords[w] == "*")
        {
            var pos = t;
            for (var skip = 0; skip <= 4 && pos <= tokens.Length && pos - t <= MaxGapTokens; )
            {
                var end = MatchRest(tokens, readings, units, form, w + 1, pos);
                if (end >= 0) return end;
                if (pos == tokens.Length) break;
                var step = GapStepAt(tokens, readings, units, pos);
                if (step == GapStep.Ends) return -1;
                if (step == GapStep.CountsAsWord) skip++;
                pos = units.End[pos];
            }
            return -1;
        }
        // «تحذر الكويت من "هجمات إرهابية"»: a quotation mark may open before a later word of the cue.
        if (t < tokens.Length - 1 && tokens[t].OpensQuote) t++;
        if (t >= tokens.Length || tokens[t].IsPunct) return -1;
        foreach (var r in readings[t])
            if (form.Accepts(w, r.Stem)) return MatchRest(tokens, readings, units, form, w + 1, t + 1);
        return -1;
    }

    private bool Negated(Token[] tokens, TokenReading[][] readings, int i)
    {
        for (var j = i - 1; j >= 0 && i - j <= 2; j--)
        {
            if (tokens[j].IsPunct) return false;
            if (Is(readings[j], WordClass.Negation))
            {
                // «لم ولن»: a double negative of a negative statement («لم ولن تكون وحيدة») is not a negated cue here.
                return true;
            }
        }
        return false;
    }
}
