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

    /// <summary>Skips (fails under .ci/run) the calling test unless Debian's interpreter imports <paramref name="modules"/>.</summary>
    public static void Require(params string[] modules) => Requires.PythonModules(modules);

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
