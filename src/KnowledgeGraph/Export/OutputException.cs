namespace KnowledgeGraph.Export;

/// <summary>
/// An output could not be written: the disk is full, the folder refuses writes, --out names a file. The message is
/// one line naming the output (never a temporary file) and what to do; nothing half-written was left behind.
/// </summary>
public sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The one-line message for a failure of the file system while writing <paramref name="target"/>.</summary>
    public static OutputException Writing(string target, Exception e, string outcome) => new(e switch
    {
        UnauthorizedAccessException => $"{target}: cannot write here (permission denied); {outcome}; choose another output folder or fix its permissions",
        IOException io when IsDiskFull(io) => $"{target}: disk full ({Reason(io)}); {outcome}; free some space or write elsewhere",
        _ => $"{target}: cannot be written ({Reason(e)}); {outcome}",
    }, e);

    /// <summary>ENOSPC or EDQUOT on Unix, ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27
        || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("quota", StringComparison.OrdinalIgnoreCase);

    /// <summary>The system's reason without the path it names (which may be a temporary file's).</summary>
    private static string Reason(Exception e)
    {
        var message = e.Message.Split('\n')[0].Trim();
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        if (path > 0) message = message[..path];
        return message.TrimEnd('.');
    }
}
