namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>The data lines of the embedded lexicon files under a resource prefix: header and '#' comment lines skipped.</summary>
internal static class EmbeddedTsv
{
    public static IEnumerable<(string File, int Line, string[] Cols)> Rows(string prefix) =>
        EmbeddedData.List(prefix).SelectMany(name =>
            EmbeddedData.ReadText(name).Split('\n')
                .Select((line, i) => (File: name, Line: i + 1, Text: line.TrimEnd('\r')))
                .Where(r => r.Line > 1 && r.Text.Length > 0 && !r.Text.StartsWith('#'))
                .Select(r => (r.File, r.Line, r.Text.Split('\t'))));
}
