using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A token trie over the normalised surface forms of the actor lexicon. Matching at a position walks the trie
/// with the token's readings (clitics removed from the first word only), then with the following tokens as
/// written, and returns the longest match. O(L) per position for a name of L words.
/// </summary>
public sealed class ActorTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public ActorName? Name;
    }

    private readonly Node _root = new();

    public ActorTrie(ActorLexicon lexicon)
    {
        foreach (var name in lexicon.Names)
        {
            var node = _root;
            foreach (var word in name.Form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Next.TryGetValue(word, out var child)) node.Next[word] = child = new Node();
                node = child;
            }
            // The first declaration of a form wins; a person's name beats a country sharing it.
            if (node.Name is null || Rank(lexicon, name) > Rank(lexicon, node.Name)) node.Name = name;
        }
    }

    private static int Rank(ActorLexicon lexicon, ActorName n) => n.Role == NameRole.Name ? 2 : 1;

    /// <summary>The longest name starting at token <paramref name="i"/>: its word count, the reading used and the name.</summary>
    /// <summary>Whether some name starts with this word.</summary>
    public bool StartsName(string word) => _root.Next is not null && _root.Next.ContainsKey(word);

    /// <summary>The words some name starts with.</summary>
    public IEnumerable<string> FirstWords => _root.Next?.Keys ?? Enumerable.Empty<string>();

    /// <summary>A quotation mark, bracket or apostrophe: skipped inside a name.</summary>
    private static bool Skipped(Text.Token t) => t.IsQuote || t.Norm is "(" or ")" or "'";

    public (int Length, TokenReading Reading, ActorName Name)? Match(Text.Token[] tokens, TokenReading[][] readings, int i)
    {
        (int, TokenReading, ActorName)? best = null;
        foreach (var reading in readings[i])
        {
            if (reading.Suffix.Length > 0 || (reading.Starts & TokenReading.StartsName) == 0) continue;
            // «كلاوس» is a name, not ك + «لاوس»: the comparative ك is not read before a name.
            if (reading.Prefix.EndsWith('ك')) continue;
            if (_root.Next is null || !_root.Next.TryGetValue(reading.Stem, out var node)) continue;
            var j = i + 1;
            var bestHere = node.Name is null ? 0 : 1;
            var nameHere = node.Name;
            while (node.Next is not null && j < tokens.Length)
            {
                // «تنظيم "القاعدة"», «تنظيم (القاعدة في بلاد المغرب الإسلامي)»: quotes and brackets inside a name are skipped.
                var k = j;
                while (k < tokens.Length && tokens[k].IsPunct && Skipped(tokens[k])) k++;
                if (k >= tokens.Length || tokens[k].IsPunct || !node.Next.TryGetValue(tokens[k].Norm, out var child)) break;
                node = child;
                j = k + 1;
                if (node.Name is not null) { bestHere = j - i; nameHere = node.Name; }
            }
            if (bestHere > 0 && (best is null || bestHere > best.Value.Item1)) best = (bestHere, reading, nameHere!);
        }
        return best;
    }
}
