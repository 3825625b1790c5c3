using KnowledgeGraph.Export;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Cli;

/// <summary>An error in what the user gave (a path, a file, an option) rather than a fault of the program.</summary>
public sealed class UserError(string message) : Exception(message)
{
    public const int ExitCode = KgApp.ExitCodes.BadInput;

    /// <summary>The one-line message for an exception that is the user's to fix, or null for a program fault.</summary>
    public static string? Describe(Exception e) => e switch
    {
        UserError or GraphFormatException or LexiconException => e.Message,
        GraphvizException => "render: " + e.Message,
        FileNotFoundException f => $"{f.FileName ?? "file"}: no such file",
        DirectoryNotFoundException d => d.Message,
        UnauthorizedAccessException u => u.Message,
        IOException io => io.Message,
        _ => null,
    };
}
