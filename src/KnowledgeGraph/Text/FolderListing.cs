namespace KnowledgeGraph.Text;

/// <summary>
/// The article files under a folder, recursively, in ordinal order of their paths, and the folders that could not
/// be listed (with why), so an unreadable folder is reported as such rather than as one with no articles. Hidden
/// files and folders are skipped; a folder reached twice through links is listed once.
/// </summary>
public sealed record FolderListing(IReadOnlyList<string> Files, IReadOnlyList<(string Folder, string Reason)> Unreadable)
{
    public static FolderListing Of(string folder, IReadOnlySet<string> extensions)
    {
        var files = new List<string>();
        var unreadable = new List<(string, string)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                var info = new DirectoryInfo(current);
                if (!visited.Add(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName)) continue;
                foreach (var entry in info.EnumerateFileSystemInfos("*", options))
                {
                    if (entry is DirectoryInfo) pending.Push(Path.Combine(current, entry.Name));
                    else if (extensions.Contains(entry.Extension)) files.Add(Path.Combine(current, entry.Name));
                }
            }
            catch (UnauthorizedAccessException)
            {
                unreadable.Add((current, "folder cannot be read (permission denied), skipped"));
            }
            catch (IOException e)
            {
                unreadable.Add((current, $"folder cannot be read ({e.Message}), skipped"));
            }
        }
        files.Sort(StringComparer.Ordinal);
        unreadable.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new FolderListing(files, unreadable);
    }
}
