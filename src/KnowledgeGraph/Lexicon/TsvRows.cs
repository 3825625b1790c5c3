namespace KnowledgeGraph.Lexicon;

/// <summary>Reads the rows of a data TSV: the first line is a header, '#' lines and empty lines are skipped.</summary>
internal static class TsvRows
{
    public static IEnumerable<(string[] Cols, int Line)> Read(string text, string sourceName)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (lineNumber == 1 || line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            for (var i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            yield return (cols, lineNumber);
        }
    }

    /// <summary>Embedded files under lexicon/&lt;sub&gt;/ plus *.tsv of extra/&lt;sub&gt; when that folder exists.</summary>
    public static List<(string Name, string Text)> Sources(string sub, string? extraFolder)
    {
        var sources = EmbeddedData.List($"lexicon/{sub}/").Select(n => (n, EmbeddedData.ReadText(n))).ToList();
        if (extraFolder is not null)
        {
            var folder = Path.Combine(extraFolder, sub);
            if (Directory.Exists(folder))
                sources.AddRange(Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))));
        }
        return sources;
    }
}
