using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Cli;

namespace KnowledgeGraph.Tests;

/// <summary>Runs the kg command as a user does: in this process (console captured) or as a separate process.</summary>
internal static class Kg
{
    /// <summary>
    /// Through <see cref="KgApp.Run"/> with standard output and error captured. Console is process-wide, so the
    /// test classes that use this are [DoNotParallelize].
    /// </summary>
    public static (int Code, string Out, string Err) InProcess(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (KgApp.Run(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    private static string Dotnet => Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "kg.dll");

    /// <summary>kg as a child process (wide terminal columns; optionally another PATH, standard input, or as another user).</summary>
    public static (int Code, string Out, string Err) Child(string[] args, string? path = null, string? input = null, string? asUser = null)
    {
        var environment = new Dictionary<string, string> { ["COLUMNS"] = "200" };
        if (path is not null) environment["PATH"] = path;
        if (asUser is null) return ChildProcess.Run(Dotnet, [Dll, .. args], environment, input: input);
        environment["HOME"] = Path.GetTempPath();
        return ChildProcess.Run("setpriv", [$"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", Dotnet, Dll, .. args], environment, input: input);
    }

    /// <summary>kg started as a child process with pipes for standard input, output and error, for tests that signal it.</summary>
    public static Process Start(params string[] args)
    {
        // A job started in the background by a script has SIGINT ignored, and its children inherit that (so that Ctrl-C
        // in the shell reaches only the foreground job); kg, like any program, then keeps ignoring it. The tests run kg
        // as a user at a terminal does: through env(1), which execs dotnet with SIGINT at its default.
        var start = new ProcessStartInfo(SigintIgnoredHere ? "env" : Dotnet)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, StandardInputEncoding = new UTF8Encoding(false),
        };
        if (SigintIgnoredHere)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(Dotnet);
        }
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["COLUMNS"] = "200";
        return Process.Start(start)!;
    }

    /// <summary>Whether this test process ignores SIGINT (the SigIgn mask of /proc/self/status; false where there is none).</summary>
    private static bool SigintIgnoredHere
    {
        get
        {
            if (!File.Exists("/proc/self/status")) return false;
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SIGINT - 1))) != 0;
        }
    }

    public const int SIGINT = 2;
    public const int SIGTERM = 15;

    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>Sends a POSIX signal to a process: false when the process had already exited.</summary>
    public static bool Signal(Process process, int signal)
    {
        if (SysKill(process.Id, signal) == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno == NoSuchProcess && process.HasExited) return false;
        throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {errno}");
    }

    /// <summary>What each thread of a running process is doing (name, state, kernel wait channel), for a test that timed out on it.</summary>
    public static string Threads(Process process)
    {
        try
        {
            return string.Join('\n', Directory.GetDirectories($"/proc/{process.Id}/task").Select(task =>
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var state = File.ReadAllLines(Path.Combine(task, "status")).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal))?[6..].Trim();
                var wchan = File.Exists(Path.Combine(task, "wchan")) ? File.ReadAllText(Path.Combine(task, "wchan")) : "?";
                return $"{name}: {state}, waiting in {wchan}";
            }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"(threads not readable: {e.Message})";
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
