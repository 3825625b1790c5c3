
namespace KnowledgeGraph.Tests;

/// <summary>
/// A real, small file system (tmpfs) mounted for one test, to fill up. Mounting needs root (or CAP_SYS_ADMIN);
/// without it the test is skipped, and the full disk is still tested through an injected file system
/// (Export/OutputSetTests).
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    public string Path { get; }

    private SmallDisk(string path) => Path = path;

    public static SmallDisk Mount(long bytes)
    {
        if (!OperatingSystem.IsLinux()) Assert.Inconclusive("a tmpfs needs Linux; the injected full disk of OutputSetTests covers the rest");
        var path = TestPaths.TempFolder();
        var (code, _, err) = Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "kg-test-disk", path);
        if (code != 0)
            Assert.Inconclusive($"cannot mount a tmpfs here ({err.Trim()}; it needs root): the injected full disk of OutputSetTests covers the same failure");
        return new SmallDisk(path);
    }

    public void Dispose() => Run("umount", Path);

    private static (int Code, string Out, string Err) Run(string program, params string[] args)
    {
        try
        {
            return ChildProcess.Run(program, args);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", $"{program}: {e.Message}");
        }
    }
}
