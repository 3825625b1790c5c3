namespace KnowledgeGraph.Export;

/// <summary>
/// The file operations that writing outputs needs, so tests can stand in a full disk, a folder that refuses writes
/// or a rename that fails. <see cref="Real"/> is the machine's file system.
/// </summary>
public interface IOutputFileSystem
{
    void CreateDirectory(string path);

    /// <summary>A new file to write (it must not exist).</summary>
    Stream Create(string path);

    /// <summary>Renames a file over <paramref name="to"/> in one step (rename(2) within a folder).</summary>
    void Move(string from, string to);

    bool FileExists(string path);
    bool DirectoryExists(string path);
    void DeleteFile(string path);
    void DeleteDirectory(string path);

    /// <summary>Deletes a folder only when it holds nothing.</summary>
    void DeleteEmptyDirectory(string path);
    IEnumerable<string> Directories(string folder, string pattern);
    string ReadAllText(string path);

    /// <summary>
    /// Opens (creating it when missing) a file for reading and writing that no other process can open until the
    /// stream is disposed; throws <see cref="IOException"/> when another process has it open.
    /// </summary>
    Stream OpenExclusive(string path);

    /// <summary>Forces a written file's data to the disk before it is renamed into place.</summary>
    void Flush(Stream stream);

    public static IOutputFileSystem Real { get; } = new RealOutputFileSystem();
}

internal sealed class RealOutputFileSystem : IOutputFileSystem
{
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public Stream Create(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

    public void Move(string from, string to) => File.Move(from, to, overwrite: true);

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public void DeleteFile(string path) => File.Delete(path);

    public void DeleteDirectory(string path) => Directory.Delete(path, recursive: true);

    public void DeleteEmptyDirectory(string path)
    {
        if (!Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path);
    }

    public IEnumerable<string> Directories(string folder, string pattern) =>
        Directory.EnumerateDirectories(folder, pattern, new EnumerationOptions { AttributesToSkip = 0 });

    public string ReadAllText(string path) => File.ReadAllText(path);

    // FileShare.None takes an advisory lock (flock) on Unix and a share lock on Windows: other kg processes cannot open it.
    public Stream OpenExclusive(string path) => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    public void Flush(Stream stream)
    {
        if (stream is FileStream file) file.Flush(flushToDisk: true);
        else stream.Flush();
    }
}
