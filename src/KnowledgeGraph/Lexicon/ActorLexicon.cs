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
/// declared earlier by repeating the id with empty columns other than forms. A line repeating a person's id with
/// code, office and dates only (kind and names empty) adds an office for that code (<see cref="ActorEntry.CodeOn"/>).
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

                var where = $"{sourceName}:{lineNumber}";
                if (Col(2).Length == 0 && Col(1).Length > 0)
                {
                    actors[id] = WithOffice(actors.GetValueOrDefault(id), id, cols, where);
                    continue;
                }
                if (!actors.ContainsKey(id))
                {
                    if (!Enum.TryParse<ActorKind>(Col(2), ignoreCase: true, out var kind) || kind == ActorKind.Article)
                        throw new LexiconException($"{where}: kind '{Col(2)}' is not one of Country, Organization, Person, NonState, Region");
                    if (Col(1).Length == 0 || Col(3).Length == 0 || Col(4).Length == 0)
                        throw new LexiconException($"{where}: a new actor needs code, name_en and name_ar");
                    actors[id] = new ActorEntry(id, Col(1), kind, Col(3), Col(4),
                        NullIfEmpty(Col(6)), DateOrNull(Col(7), where), DateOrNull(Col(8), where));
                    CheckSpan(actors[id].MainOffice, where);
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

    private static string? DateOrNull(string s, string where) =>
        s.Length == 0 ? null
        : ActorOffice.IsDate(s) ? s
        : throw new LexiconException($"{where}: '{s}' is not a YYYY-MM-DD date");

    private static void CheckSpan(ActorOffice office, string where)
    {
        if (office.Start > office.End)
            throw new LexiconException($"{where}: office_from {office.From} is after office_to {office.To}");
    }

    /// <summary>
    /// An office line: a declared person's id, a code, an office and its dates, the other columns empty. It adds an
    /// office for that code (GCC Secretary-General, then Foreign Minister of Bahrain) after the main line's.
    /// </summary>
    private static ActorEntry WithOffice(ActorEntry? person, string id, string[] cols, string where)
    {
        string Col(int i) => i < cols.Length ? cols[i].Trim() : "";
        if (person is null)
            throw new LexiconException($"{where}: the office line for '{id}' comes before the line that declares it");
        if (person.Kind != ActorKind.Person)
            throw new LexiconException($"{where}: only a person has further offices ('{id}' is {person.Kind})");
        if (Col(3).Length > 0 || Col(4).Length > 0 || Col(5).Length > 0)
            throw new LexiconException($"{where}: an office line has only id, code, office, office_from and office_to (name and forms belong on the main line)");
        if (Col(6).Length == 0)
            throw new LexiconException($"{where}: an office line for '{id}' needs an office");
        var office = new ActorOffice(Col(1), Col(6), DateOrNull(Col(7), where), DateOrNull(Col(8), where));
        CheckSpan(office, where);
        return person with { FurtherOffices = [.. person.FurtherOffices, office] };
    }
}

public sealed class LexiconException(string message) : Exception(message);
