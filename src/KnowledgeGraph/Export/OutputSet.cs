using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// The files one run writes into a folder, put in place together or not at all, so the folder never holds a mix of
/// two runs' files and never a half-written one:
/// <list type="number">
/// <item><see cref="Begin"/> opens the folder's manifest, <c>.kg-outputs</c> (the names of its last set), for itself
/// alone — the folder's lock: a second kg writing into the same folder stops with a message — and creates a hidden
/// staging folder inside it (same file system, so renames are atomic).</item>
/// <item><see cref="Write"/> writes each file there, to the disk. A full disk, a refused write or an exception of
/// the caller (Ctrl-C, nothing to write) ends the run with the folder as it was: <see cref="Dispose"/> without
/// <see cref="Commit"/> deletes the staging folder.</item>
/// <item><see cref="Commit"/> first writes a marker listing the set (the point of no return), then renames each file
/// over the old one and, for a whole set, removes the files of the previous set that this one does not have and
/// rewrites the manifest. Commit allocates nothing on disk but the marker and needs no cancellation check.</item>
/// </list>
/// A process killed during the renames leaves the marker; the next <see cref="Begin"/> in the folder finishes
/// those renames (<see cref="Recovered"/>) and deletes staging folders without a marker.
/// <para>
/// To add a file to a set — e.g. a relations-only GraphML next to what <c>kg build</c>
/// writes — call <see cref="Write"/> with its name before <see cref="Commit"/>; for <c>kg build</c>, add a
/// <see cref="BuildOutput"/> to <see cref="BuildOutput.Defaults"/> (or to <c>BuildOptions.Outputs</c>), and
/// GraphBuild writes it with the others.
/// </para>
/// </summary>
public sealed class OutputSet : IDisposable
{
    public const string ManifestFile = ".kg-outputs";
    private const string StagingPrefix = ".kg-staging-";
    private const string Marker = "COMMIT";
    private const string WholeSet = "whole set";

    private readonly IOutputFileSystem _fs;
    private readonly Stream _manifest;
    private readonly string _staging;
    private readonly List<string> _names = [];
    private bool _committed;
    private bool _marked;

    /// <summary>What Begin created, and an uncommitted set removes again, so a failed first run leaves no trace.</summary>
    private readonly (bool Folder, bool Manifest) _created;

    private OutputSet(string folder, IOutputFileSystem fs, Stream manifest, (bool, bool) created, string staging, IReadOnlyList<string> recovered)
    {
        (Folder, _fs, _manifest, _created, _staging, Recovered) = (folder, fs, manifest, created, staging, recovered);
    }

    /// <summary>The output folder.</summary>
    public string Folder { get; }

    /// <summary>The files an interrupted earlier run had staged and committed, put in place by <see cref="Begin"/>.</summary>
    public IReadOnlyList<string> Recovered { get; }

    /// <summary>The files written so far, in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Where each written file will be after <see cref="Commit"/>.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Opens a set in <paramref name="folder"/> (created when missing). Throws <see cref="OutputException"/> when it cannot be written.</summary>
    public static OutputSet Begin(string folder, IOutputFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? IOutputFileSystem.Real;
        const string untouched = "nothing was written";
        if (fs.FileExists(folder))
            throw new OutputException($"{folder}: is a file, not a folder; give an output folder (it is created when missing)");
        var createdFolder = !fs.DirectoryExists(folder);
        try
        {
            fs.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Writing(folder, e, untouched);
        }
        var createdManifest = !fs.FileExists(Path.Combine(folder, ManifestFile));
        Stream manifest;
        try
        {
            manifest = fs.OpenExclusive(Path.Combine(folder, ManifestFile));
        }
        catch (UnauthorizedAccessException e)
        {
            throw OutputException.Writing(folder, e, untouched);
        }
        catch (IOException e) when (!OutputException.IsDiskFull(e))
        {
            throw new OutputException($"{folder}: another kg is writing outputs into this folder; wait for it to finish or choose another output folder", e);
        }
        catch (IOException e)
        {
            throw OutputException.Writing(folder, e, untouched);
        }
        try
        {
            var recovered = Recover(folder, fs, manifest);
            var staging = Path.Combine(folder, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
            fs.CreateDirectory(staging);
            return new OutputSet(folder, fs, manifest, (createdFolder, createdManifest), staging, recovered);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            manifest.Dispose();
            throw OutputException.Writing(folder, e, untouched);
        }
        catch
        {
            manifest.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="name"/> into the staging folder. Failures of the file system become an
    /// <see cref="OutputException"/> naming the output; exceptions of <paramref name="write"/> itself pass through.
    /// </summary>
    public void Write(string name, Action<Stream> write)
    {
        if (_committed) throw new InvalidOperationException("the set is already committed");
        if (_names.Contains(name)) throw new InvalidOperationException($"{name} is already in the set");
        var target = PathOf(name);
        var staged = Path.Combine(_staging, name);
        var outcome = $"nothing in {Folder} was changed";
        Stream file;
        try
        {
            file = _fs.Create(staged);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Writing(target, e, outcome);
        }
        using (var guarded = new GuardedStream(file, target, outcome))
        {
            write(guarded);
            try
            {
                _fs.Flush(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OutputException.Writing(target, e, outcome);
            }
        }
        _names.Add(name);
    }

    /// <summary>
    /// Puts every written file in place. <paramref name="wholeSet"/>: this run's files replace the folder's previous
    /// set, whose files this run did not write are removed (a build); otherwise only the written files are replaced
    /// (an update of some files of a set, as <c>kg analyze</c> does).
    /// </summary>
    public void Commit(bool wholeSet = true)
    {
        if (_committed) throw new InvalidOperationException("the set is already committed");
        var outcome = $"nothing in {Folder} was changed";
        try
        {
            // The point of no return: from here on, an interrupted commit is completed by the next Begin.
            using var marker = _fs.Create(Path.Combine(_staging, Marker));
            marker.Write(Encoding.UTF8.GetBytes((wholeSet ? WholeSet + "\n" : "") + string.Join('\n', _names) + "\n"));
            _fs.Flush(marker);
            _marked = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Writing(Folder, e, outcome);
        }
        try
        {
            Complete(Folder, _staging, _fs, _manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Writing(Folder, e, "the outputs are partly in place; the next kg run writing into this folder completes them");
        }
        _committed = true;
    }

    public void Dispose()
    {
        try
        {
            // A marked set that failed half-way through its renames stays staged for the next Begin to complete.
            if (!_committed && !_marked)
            {
                if (_fs.DirectoryExists(_staging)) _fs.DeleteDirectory(_staging);
                if (_created.Manifest) _fs.DeleteFile(Path.Combine(Folder, ManifestFile));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next Begin in this folder, which deletes staging folders without a marker.
        }
        finally
        {
            _manifest.Dispose();
        }
        try
        {
            if (!_committed && !_marked && _created.Folder) _fs.DeleteEmptyDirectory(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty folder is harmless.
        }
    }

    /// <summary>Finishes the committed staging folders an interrupted run left, and deletes the others.</summary>
    private static IReadOnlyList<string> Recover(string folder, IOutputFileSystem fs, Stream manifest)
    {
        var recovered = new List<string>();
        foreach (var staging in fs.Directories(folder, StagingPrefix + "*").Order(StringComparer.Ordinal).ToArray())
        {
            if (fs.FileExists(Path.Combine(staging, Marker))) recovered.AddRange(Complete(folder, staging, fs, manifest));
            else fs.DeleteDirectory(staging);
        }
        return recovered;
    }

    /// <summary>The renames of a committed staging folder, each done once even when repeated after a crash; returns the names.</summary>
    private static IReadOnlyList<string> Complete(string folder, string staging, IOutputFileSystem fs, Stream manifest)
    {
        var lines = fs.ReadAllText(Path.Combine(staging, Marker)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var wholeSet = lines.Length > 0 && lines[0] == WholeSet;
        var names = wholeSet ? lines[1..] : lines;
        foreach (var name in names)
        {
            var staged = Path.Combine(staging, name);
            if (fs.FileExists(staged)) fs.Move(staged, Path.Combine(folder, name));
        }
        if (wholeSet)
        {
            foreach (var stale in ReadManifest(manifest).Except(names))
            {
                var path = Path.Combine(folder, stale);
                if (fs.FileExists(path)) fs.DeleteFile(path);
            }
            manifest.SetLength(0);
            manifest.Write(Encoding.UTF8.GetBytes(string.Join('\n', names) + "\n"));
            fs.Flush(manifest);
        }
        fs.DeleteDirectory(staging);
        return names;
    }

    /// <summary>The names of the folder's last whole set; only plain file names, so a damaged manifest cannot reach outside the folder.</summary>
    private static string[] ReadManifest(Stream manifest)
    {
        manifest.Position = 0;
        var text = new StreamReader(manifest, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true).ReadToEnd();
        manifest.Position = 0;
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n == Path.GetFileName(n) && !n.StartsWith('.')).ToArray();
    }

    /// <summary>A staged file's stream whose own failures (disk full, write refused) become an <see cref="OutputException"/> naming the output.</summary>
    private sealed class GuardedStream(Stream inner, string target, string outcome) : WriteOnlyStream(inner)
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try { Inner.Write(buffer); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw OutputException.Writing(target, e, outcome); }
        }

        public override void Flush()
        {
            try { Inner.Flush(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw OutputException.Writing(target, e, outcome); }
        }

        protected override void Dispose(bool disposing)
        {
            try { base.Dispose(disposing); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw OutputException.Writing(target, e, outcome); }
        }
    }
}
