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

    /// <summary>
    /// Marks the calling test inconclusive (skipped) when the interpreter or one of <paramref name="modules"/> is
    /// missing, naming what is missing and the Debian package that brings it (python3-MODULE).
    /// </summary>
    public static void Require(params string[] modules)
    {
        if (!File.Exists(Interpreter)) Assert.Inconclusive($"{Interpreter} is missing: install python3 {string.Join(" ", modules.Select(m => "python3-" + m))} with apt");
        var missing = modules.Where(m => !Importable.GetOrAdd(m, CanImport)).ToArray();
        if (missing.Length > 0)
            Assert.Inconclusive($"python module {string.Join(", ", missing)} is missing: install {string.Join(" ", missing.Select(m => "python3-" + m))} with apt");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Importable = new();

    private static bool CanImport(string module) => ChildProcess.Run(Interpreter, ["-c", "import " + module]).Code == 0;

    public static JsonElement RunJson(string script, params string[] args) =>
        JsonDocument.Parse(Run(script, args)).RootElement.Clone();

    public static string Run(string script, params string[] args)
    {
        Requires.PythonModules("networkx", "igraph", "numpy", "scipy");
        var (code, stdout, stderr) = ChildProcess.Run(Interpreter, [PathOf(script), .. args],
            new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" });
        if (code != 0) Assert.Fail($"{script} exited with {code}: {stderr}\n{stdout}");
        return stdout;
    }
}
