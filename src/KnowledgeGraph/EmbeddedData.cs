using System.Reflection;

namespace KnowledgeGraph;

/// <summary>Reads the data files (graph schema, lexicons) embedded in the library.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Library = typeof(EmbeddedData).Assembly;

    public static string ReadText(string logicalName)
    {
        using var stream = Library.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"embedded data file '{logicalName}' is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Logical names under a prefix such as "lexicon/", in ordinal order so loading is deterministic.</summary>
    public static IReadOnlyList<string> List(string prefix) =>
        Library.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
