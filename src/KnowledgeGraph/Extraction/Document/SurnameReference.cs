using System.Collections.Frozen;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// «إبراهيم كالين … وأضاف كالين», «محمد جواد ظريف … وقال ظريف»: once an article has named a person in full, the last
/// word of one of the person's full names names the person alone in the sentences after. The lexicon does not list
/// such surnames alone because out of context they are ordinary words or rare spellings. A surname two persons named
/// in the article share names neither. Linear in the article's tokens; only sentences holding a surname are parsed again.
/// </summary>
public sealed class SurnameReference
{
    private readonly FrozenDictionary<string, string[]> _surnamesOf;

    public SurnameReference(ActorLexicon lexicon, SentenceParser parser)
    {
        var persons = lexicon.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var n in lexicon.Names)
        {
            if (n.Role != NameRole.Name || !persons.Contains(n.ActorId)) continue;
            var words = n.Form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !parser.CanBeSurname(words[^1])) continue;
            if (!byPerson.TryGetValue(n.ActorId, out var set)) byPerson[n.ActorId] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(words[^1]);
        }
        _surnamesOf = byPerson.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The article's parses with every sentence that names, by surname alone, a person named in full in an earlier
    /// sentence parsed again with those surnames (<paramref name="reparse"/>).
    /// </summary>
    public SentenceParse[] Apply(IReadOnlyList<SentenceParse> parses, Func<string, IReadOnlyDictionary<string, ActorName>, SentenceParse> reparse)
    {
        var result = parses.ToArray();
        var known = new Dictionary<string, ActorName>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Length; i++)
        {
            if (known.Count > 0 && NamesAlone(result[i], known)) result[i] = reparse(result[i].Text, known);
            foreach (var g in result[i].Groups)
            foreach (var a in g.Actors)
            {
                if (a.Kind != ActorKind.Person || !_surnamesOf.TryGetValue(a.Id, out var surnames)) continue;
                foreach (var w in surnames)
                {
                    if (shared.Contains(w)) continue;
                    if (known.TryGetValue(w, out var other) && other.ActorId != a.Id)
                    {
                        known.Remove(w);
                        shared.Add(w);
                    }
                    else known[w] = new ActorName(w, a.Id, NameRole.Name);
                }
            }
        }
        return result;
    }

    /// <summary>Whether a word outside every mention of the sentence is one of the surnames.</summary>
    private static bool NamesAlone(SentenceParse p, Dictionary<string, ActorName> surnames)
    {
        for (var k = 0; k < p.Tokens.Length; k++)
        {
            if (p.Tokens[k].IsPunct || p.InMention(k)) continue;
            foreach (var r in p.Readings[k])
                if (r.Suffix.Length == 0 && surnames.ContainsKey(r.Stem)) return true;
        }
        return false;
    }
}
