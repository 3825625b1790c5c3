using System.Collections.Frozen;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>
/// The actor gazetteer: actors and the surface forms that name them, read from TSV data files.
/// The files embedded in the library (src/KnowledgeGraph/Lexicon/data/actors/*.tsv) are the default; an analyst
/// extends them without touching code by passing a folder of further *.tsv files in the same format.
/// </summary>
/// <remarks>
/// Format, one actor a line, tab-separated, '#' starts a comment line, the first line is the header:
/// <c>id  code  kind  name_en  name_ar  forms  office  office_from  office_to</c>.
/// <c>forms</c> is a '|'-separated list; a bare form is a name, a prefixed one says its role:
/// <c>nisba:روسي</c> (a masculine singular nisba; its feminine, dual, plural and definite forms are generated),
/// <c>plural:الروس</c> (a people's plural or another adjective form, taken as written),
/// <c>capital:موسكو</c>, <c>seat:الكرملين</c>. name_ar is always a name too. Later files may add forms to an id
/// declared earlier by repeating the id with empty columns other than forms.
/// </remarks>
public sealed class ActorLexicon
{
    public IReadOnlyList<ActorEntry> Actors { get; }
    public IReadOnlyList<ActorName> Names { get; }
    private readonly FrozenDictionary<string, ActorEntry> _byId;

    public ActorLexicon(IReadOnlyList<ActorEntry> actors, IReadOnlyList<ActorName> names)
    {
        Actors = actors;
        Names = names;
        _byId = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public ActorEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The embedded lexicon.</summary>
    public static ActorLexicon Default => LazyDefault.Value;
    private static readonly Lazy<ActorLexicon> LazyDefault = new(() => Load(extraFolder: null));

    /// <summary>The embedded lexicon plus every *.tsv in <paramref name="extraFolder"/> (its actors subfolder if it has one).</summary>
    public static ActorLexicon Load(string? extraFolder)
    {
        var sources = EmbeddedData.List("lexicon/actors/")
            .Select(name => (Name: name, Text: EmbeddedData.ReadText(name)))
            .ToList();
        if (extraFolder is not null)
        {
            var folder = Directory.Exists(Path.Combine(extraFolder, "actors")) ? Path.Combine(extraFolder, "actors") : extraFolder;
            if (!Directory.Exists(folder))
                throw new LexiconException($"lexicon folder '{extraFolder}' does not exist");
            sources.AddRange(Directory.EnumerateFiles(folder, "*.tsv")
                .Order(StringComparer.Ordinal)
                .Select(path => (Name: path, Text: File.ReadAllText(path))));
        }
        return Parse(sources);
    }

    public static ActorLexicon Parse(IEnumerable<(string Name, string Text)> sources)
    {
        var actors = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        var names = new List<ActorName>();
        var seen = new HashSet<(string, string, NameRole)>();

        void AddName(string form, string id, NameRole role)
        {
            var normal = ArabicNormalizer.Normalize(form).Trim();
            if (normal.Length > 0 && seen.Add((normal, id, role)))
                names.Add(new ActorName(normal, id, role));
        }

        foreach (var (sourceName, text) in sources)
        {
            var lineNumber = 0;
            foreach (var rawLine in text.Split('\n'))
            {
                lineNumber++;
                var line = rawLine.TrimEnd('\r');
                if (lineNumber == 1 || line.Length == 0 || line.StartsWith('#')) continue;
                var cols = line.Split('\t');
                string Col(int i) => i < cols.Length ? cols[i].Trim() : "";
                var id = Col(0);
                if (id.Length == 0) throw new LexiconException($"{sourceName}:{lineNumber}: the id column is empty");

                if (!actors.ContainsKey(id))
                {
                    if (!Enum.TryParse<ActorKind>(Col(2), ignoreCase: true, out var kind) || kind == ActorKind.Article)
                        throw new LexiconException($"{sourceName}:{lineNumber}: kind '{Col(2)}' is not one of Country, Organization, Person, NonState, Region");
                    if (Col(1).Length == 0 || Col(3).Length == 0 || Col(4).Length == 0)
                        throw new LexiconException($"{sourceName}:{lineNumber}: a new actor needs code, name_en and name_ar");
                    actors[id] = new ActorEntry(id, Col(1), kind, Col(3), Col(4),
                        NullIfEmpty(Col(6)), NullIfEmpty(Col(7)), NullIfEmpty(Col(8)));
                    order.Add(id);
                    AddName(Col(4), id, NameRole.Name);
                }

                foreach (var item in Col(5).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = item.IndexOf(':');
                    var (prefix, form) = colon > 0 ? (item[..colon], item[(colon + 1)..]) : ("", item);
                    switch (prefix)
                    {
                        case "": AddName(form, id, NameRole.Name); break;
                        case "nisba": foreach (var f in NisbaForms.Inflect(form)) AddName(f, id, NameRole.Nisba); break;
                        case "plural": AddName(form, id, NameRole.Nisba); break;
                        case "capital": AddName(form, id, NameRole.Capital); break;
                        case "seat": AddName(form, id, NameRole.Seat); break;
                        default: throw new LexiconException($"{sourceName}:{lineNumber}: unknown form prefix '{prefix}:' (use nisba:, plural:, capital:, seat: or none)");
                    }
                }
            }
        }
        return new ActorLexicon(order.Select(id => actors[id]).ToArray(), names);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

public sealed class LexiconException(string message) : Exception(message);
