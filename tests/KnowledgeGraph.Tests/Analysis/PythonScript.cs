using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>
/// Runs a helper script of tests/KnowledgeGraph.Tests/Python with Debian's interpreter, the one apt's
/// python3-networkx and python3-igraph are installed for (the python3 first on PATH may be another one).
/// </summary>
internal static class PythonScript
{
    public const string Interpreter = "/usr/bin/python3";

    public static string PathOf(string script) =>
        Path.Combine(TestPaths.RepoRoot, "tests", "KnowledgeGraph.Tests", "Python", script);

    public static JsonElement RunJson(string script, params string[] args) =>
        JsonDocument.Parse(Run(script, args)).RootElement.Clone();

    public static string Run(string script, params string[] args)
    {
        if (!File.Exists(Interpreter)) Assert.Fail($"{Interpreter} is missing: install python3-networkx python3-igraph python3-numpy python3-scipy with apt");
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PathOf(script));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) Assert.Fail($"{script} exited with {process.ExitCode}: {stderr.Result}\n{stdout}");
        return stdout;
    }
}
