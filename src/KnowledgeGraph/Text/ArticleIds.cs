namespace KnowledgeGraph.Text;

/// <summary>
/// Where each article id of a run was first read, to report a later article with the same id (two JSONL lines, a
/// file named twice). Kept as a 64-bit hash of the id and a packed (input, line) location: 16 bytes and a dictionary
/// slot per article, not the ids themselves. Two different ids share a hash with probability n²/2⁶⁵ (3·10⁻⁸ for a
/// million articles).
/// </summary>
internal sealed class ArticleIds
{
    private const int LineBits = 40;

    private readonly Dictionary<ulong, long> _first = new();
    private readonly List<string> _paths = [];
    private string? _lastPath;

    /// <summary>Null the first time an id is seen; afterwards "file:line" (or "file") of its first article.</summary>
    public string? FirstSeen(string id, string path, long? line)
    {
        var hash = Hash(id);
        if (_first.TryGetValue(hash, out var where))
        {
            var firstPath = _paths[(int)(where >> LineBits)];
            var firstLine = where & ((1L << LineBits) - 1);
            return firstLine == 0 ? firstPath : $"{firstPath}:{firstLine}";
        }
        if (!ReferenceEquals(path, _lastPath) && (_paths.Count == 0 || _paths[^1] != path)) _paths.Add(path);
        _lastPath = path;
        _first[hash] = ((long)(_paths.Count - 1) << LineBits) | Math.Min(line ?? 0, (1L << LineBits) - 1);
        return null;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then the SplitMix64 finaliser to spread nearby ids.</summary>
    private static ulong Hash(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
