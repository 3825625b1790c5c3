namespace KnowledgeGraph.Text;

/// <summary>
/// Streams articles from files, folders and standard input, in a fixed order, one input at a time:
/// <list type="bullet">
/// <item><c>.txt</c>: one article; title and date from its first lines (see <see cref="TextHead"/>), the file name
/// without <c>.txt</c> the id.</item>
/// <item><c>.html</c>/<c>.htm</c>: one article; readable text of the page (see <see cref="HtmlText"/>), title from
/// &lt;title&gt; or &lt;h1&gt;, date from its meta tags or else a dateline, id the file name without its extension.</item>
/// <item><c>.jsonl</c>: one article per line (see <see cref="JsonlArticles"/>); <c>-</c> reads JSONL from standard input.</item>
/// <item>A folder: those files under it, recursively, in ordinal order of their paths (hidden files skipped).</item>
/// </list>
/// Text is decoded by <see cref="TextDecoder"/>; dates become <c>YYYY-MM-DD</c> (<see cref="ArticleDates"/>). Nothing
/// a user can give makes it throw: a missing path, an unreadable folder, an unreadable, empty, binary or too large
/// file, a malformed JSONL line, an id already read each yield a <see cref="ReadItem"/> with an
/// <see cref="InputDiagnostic"/> and reading goes on; an article read with a repair carries a warning. Memory is one
/// article (or one JSONL line) at a time, plus 8 bytes of hash and 8 of location per article id for duplicates.
/// </summary>
public static class ArticleReader
{
    public const string StandardInputPath = "-";

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".jsonl",
    };

    /// <summary>The articles of all <paramref name="paths"/> (in the order given), with a diagnostic for each input that fails.</summary>
    public static IEnumerable<ReadItem> Read(IEnumerable<string> paths, ReaderOptions? options = null)
    {
        var ids = new ArticleIds();
        foreach (var item in ReadAll(paths, options ?? ReaderOptions.Default))
        {
            if (item.Article is { } article && ids.FirstSeen(article.Id, item.Path, item.Line) is { } first)
                yield return ReadItem.Skipped(new InputDiagnostic(item.Path, item.Line, article.Id, $"same id as the article at {first}, skipped"), item.Bytes);
            else yield return item;
        }
    }

    private static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options)
    {
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                foreach (var item in ReadStandardInput(options)) yield return item;
            }
            else if (Directory.Exists(path))
            {
                var listing = FolderListing.Of(path, Extensions);
                foreach (var (folder, reason) in listing.Unreadable) yield return Problem(folder, 0, reason);
                if (listing.Files.Count == 0 && listing.Unreadable.Count == 0) yield return Problem(path, 0, "no .txt, .html or .jsonl files in this folder");
                foreach (var file in listing.Files)
                foreach (var item in ReadFile(file, options))
                    yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, options)) yield return item;
            }
            else
            {
                yield return ReadItem.Skipped(new InputDiagnostic(path, null, null, "no such file or folder"), 0);
            }
        }
    }

    /// <summary>The articles only, for callers that do not report problems (tests, the seeds).</summary>
    public static IEnumerable<Article> ReadPaths(IEnumerable<string> paths) =>
        Read(paths).Where(i => i.Article is not null).Select(i => i.Article!);

    /// <summary>Supported files under a folder, recursively, sorted by ordinal path so every run reads them in the same order.</summary>
    public static IReadOnlyList<string> FilesUnder(string folder) => FolderListing.Of(folder, Extensions).Files;

    /// <summary>Total size in bytes of what <paramref name="paths"/> name, or null when standard input is among them.</summary>
    public static long? TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == StandardInputPath) return null;
            if (Directory.Exists(path)) total += FilesUnder(path).Sum(SafeLength);
            else if (File.Exists(path)) total += SafeLength(path);
        }
        return total;
    }

    private static long SafeLength(string file)
    {
        try { return new FileInfo(file).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private static IEnumerable<ReadItem> ReadStandardInput(ReaderOptions options)
    {
        using var stream = options.StandardInput();
        foreach (var item in JsonlArticles.Read(stream, "<stdin>", options)) yield return item;
    }

    private static IEnumerable<ReadItem> ReadFile(string file, ReaderOptions options)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return [Problem(file, 0, $"not a .txt, .html or .jsonl file, skipped")];
        if (extension == ".jsonl") return ReadJsonlFile(file, options);
        return [ReadWholeFile(file, extension, options)];
    }

    private static IEnumerable<ReadItem> ReadJsonlFile(string file, ReaderOptions options)
    {
        var (stream, problem) = Open(file);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }
        using (stream)
        {
            if (stream!.Length == 0)
            {
                yield return Problem(file, 0, "empty file");
                yield break;
            }
            var any = false;
            using var items = JsonlArticles.Read(stream, file, options).GetEnumerator();
            while (true)
            {
                ReadItem? failure = null;
                try
                {
                    if (!items.MoveNext()) break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = Problem(file, 0, $"read error ({e.Message}), rest of the file skipped");
                }
                any = true;
                yield return failure ?? items.Current;
                if (failure is not null) yield break;
            }
            if (!any) yield return Problem(file, stream.Length, "no articles (only blank lines)");
        }
    }

    private static ReadItem ReadWholeFile(string file, string extension, ReaderOptions options)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length == 0) return Problem(file, 0, "empty file");
            if (length > options.MaxInputBytes)
                return Problem(file, length, $"file of {InputDiagnostic.Size(length)} is over the {InputDiagnostic.Size(options.MaxInputBytes)} limit, skipped");
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem(file, 0, Unreadable(e));
        }
        var decoded = TextDecoder.Decode(bytes, options.Encoding);
        if (decoded.Text is not { } text) return Problem(file, bytes.Length, "binary file (not text; UTF-16 needs a byte-order mark), skipped");
        var id = Path.GetFileNameWithoutExtension(file);
        var notes = new ReadNotes();
        notes.Add(decoded.Note);
        var article = extension == ".txt" ? FromText(id, text) : FromHtml(id, text, notes);
        if (article.Text.Trim().Length == 0) return Problem(file, bytes.Length, "no text");
        if (article.Text.Length > options.MaxArticleChars)
            return ReadItem.Skipped(new InputDiagnostic(file, null, id,
                $"text of {article.Text.Length:N0} characters is over the {options.MaxArticleChars:N0} limit, skipped"), bytes.Length);
        var item = ReadItem.Read(article, bytes.Length, file);
        return notes.Text is { } warning ? item with { Warning = new InputDiagnostic(file, null, id, warning) } : item;
    }

    /// <summary>A .txt article: the whole text, with the title and date of its first lines (<see cref="TextHead"/>).</summary>
    public static Article FromText(string id, string text)
    {
        var (title, date) = TextHead.Read(text);
        return new Article(id, title, text, date);
    }

    /// <summary>
    /// An .html article: the page's readable text and title; the date of its best date tag that kg can read (a
    /// note for each one it cannot), else a dateline in the text.
    /// </summary>
    public static Article FromHtml(string id, string html) => FromHtml(id, html, null);

    private static Article FromHtml(string id, string html, ReadNotes? notes)
    {
        var page = HtmlText.Extract(html);
        string? date = null;
        foreach (var candidate in page.Dates)
        {
            date = ArticleDates.Normalize(candidate.Value);
            if (date is not null) break;
            notes?.Add($"date «{candidate.Value}» of {candidate.Where} not understood ({ArticleDates.Understood})");
        }
        date ??= TextHead.Read(page.Text).Date;
        return new Article(id, page.Title, page.Text, date);
    }

    private static (FileStream? Stream, ReadItem? Problem) Open(string file)
    {
        try
        {
            return (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(file, 0, Unreadable(e)));
        }
    }

    private static string Unreadable(Exception e) => e is UnauthorizedAccessException
        ? "cannot be read (permission denied)"
        : $"cannot be read ({e.Message})";

    private static ReadItem Problem(string file, long bytes, string message) =>
        ReadItem.Skipped(new InputDiagnostic(file, null, null, message), bytes);
}
