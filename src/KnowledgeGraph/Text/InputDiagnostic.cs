namespace KnowledgeGraph.Text;

/// <summary>
/// Why one input (a file, a JSONL line, an article) was skipped: the path, the 1-based line for JSONL, the article
/// id when known, and a one-line message. <see cref="ToString"/> is the line printed to the user.
/// </summary>
public sealed record InputDiagnostic(string Path, long? Line, string? ArticleId, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}" : Path;
        return ArticleId is null ? $"{where}: {Message}" : $"{where}: article {ArticleId}: {Message}";
    }

    /// <summary>A size for messages: bytes, KB or MB with one decimal.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / 1048576.0:0.#} MB",
        >= 1 << 10 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}

/// <summary>
/// One step of reading: an article, or the diagnostic of an input that could not be read. <see cref="Bytes"/> is
/// the size of the input it came from (the file, or the JSONL line with its newline), for progress and MB/s.
/// </summary>
public sealed record ReadItem(Article? Article, InputDiagnostic? Problem, long Bytes, string Path, long? Line)
{
    /// <summary>For an article that was read: what was repaired or left out on the way (one line), else null.</summary>
    public InputDiagnostic? Warning { get; init; }

    public static ReadItem Read(Article article, long bytes, string path, long? line = null) => new(article, null, bytes, path, line);

    public static ReadItem Skipped(InputDiagnostic problem, long bytes) => new(null, problem, bytes, problem.Path, problem.Line);
}

/// <summary>Limits of the reader. Articles longer than <see cref="MaxArticleChars"/> are skipped with a diagnostic.</summary>
public sealed record ReaderOptions(int MaxArticleChars = 5_000_000)
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// Files and JSONL lines larger than this are skipped without being decoded, so one huge input cannot take the
    /// memory: 4 bytes per character covers UTF-8 Arabic (2 bytes), HTML markup and JSON escapes of a text at the limit.
    /// </summary>
    public long MaxInputBytes => 4L * MaxArticleChars;

    /// <summary>The encoding of inputs without a byte-order mark (<c>--encoding</c>); null to decide on the evidence of each input.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>What <c>-</c> reads (JSONL); the process's standard input unless a test supplies a stream.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;
}
