using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// The real file system, made to fail as a full disk does (ENOSPC once a number of bytes has been written in all),
/// to refuse creating files, or to stop dead at the n-th rename as a killed process would.
/// </summary>
internal sealed class FaultyFileSystem : IOutputFileSystem
{
    private readonly IOutputFileSystem _real = IOutputFileSystem.Real;
    private long _written;

    /// <summary>Bytes that fit on the "disk" (across all files written through this instance); null: no limit.</summary>
    public long? Capacity { get; init; }

    /// <summary>Files created fail with permission denied.</summary>
    public bool RefuseCreate { get; init; }

    /// <summary>The 1-based rename at which the "process" is killed (throws <see cref="Killed"/>); null: never.</summary>
    public int? KillAtMove { get; init; }

    private int _moves;

    /// <summary>Stands for the process dying: not an IOException, so nothing treats it as a write failure.</summary>
    public sealed class Killed : Exception;

    public void CreateDirectory(string path) => _real.CreateDirectory(path);

    public Stream Create(string path)
    {
        if (RefuseCreate) throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
        return new Limited(_real.Create(path), this);
    }

    public void Move(string from, string to)
    {
        if (++_moves == KillAtMove) throw new Killed();
        _real.Move(from, to);
    }

    public bool FileExists(string path) => _real.FileExists(path);
    public bool DirectoryExists(string path) => _real.DirectoryExists(path);
    public void DeleteFile(string path) => _real.DeleteFile(path);
    public void DeleteDirectory(string path) => _real.DeleteDirectory(path);
    public void DeleteEmptyDirectory(string path) => _real.DeleteEmptyDirectory(path);
    public IEnumerable<string> Directories(string folder, string pattern) => _real.Directories(folder, pattern);
    public string ReadAllText(string path) => _real.ReadAllText(path);
    public Stream OpenExclusive(string path) => _real.OpenExclusive(path);
    public void Flush(Stream stream) => _real.Flush(stream is Limited limited ? limited.Inner : stream);

    private sealed class Limited(Stream inner, FaultyFileSystem fs) : WriteOnlyStream(inner)
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (fs.Capacity is { } capacity && fs._written + buffer.Length > capacity)
            {
                var fits = (int)Math.Max(0, capacity - fs._written);
                Inner.Write(buffer[..fits]);
                fs._written = capacity;
                throw new IOException("No space left on device : '" + ((FileStream)Inner).Name + "'", 28);
            }
            Inner.Write(buffer);
            fs._written += buffer.Length;
        }
    }
}
