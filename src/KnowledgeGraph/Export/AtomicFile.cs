namespace KnowledgeGraph.Export;

/// <summary>
/// Writes one file under a temporary name in the same folder and renames it into place when the write completed,
/// so an interrupted run never leaves a half-written output and never clobbers the previous complete one. For
/// several files that belong together (the outputs of a build), use an <see cref="OutputSet"/>. Failures of the
/// file system become an <see cref="OutputException"/> that names the file, not the temporary one.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full)) throw new OutputException($"{path}: is a folder, not a file; give a file name");
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        const string outcome = "the file was left as it was";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Writing(path, e, outcome);
        }
        finally
        {
            try { if (File.Exists(temp)) File.Delete(temp); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
