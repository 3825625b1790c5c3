using System.Collections.Concurrent;

namespace KnowledgeGraph.Tests;

/// <summary>
/// What a test needs beyond the repository and the .NET SDK. A test whose need is not met is skipped (inconclusive)
/// with a message that names what is missing and how to get it, so a fresh clone's <c>dotnet test</c> passes.
/// <para>
/// Tools (Debian's networkx/igraph, Graphviz, Chromium, node and the npm packages of tools/ and web/, the test Neo4j) are installed
/// and started by <c>.ci/run</c>, which sets <see cref="StrictVariable"/>: there a missing tool fails the test
/// instead, so CI cannot pass by skipping what it was meant to run. Data kept outside the repository (the 16 MB
/// corpus, the ../shared/gold original) and opt-in runs are skipped in either case.
/// </para>
/// </summary>
internal static class Requires
{
    /// <summary>Set to 1 by .ci/run: a missing tool is a failure, not a skip.</summary>
    public const string StrictVariable = "KG_TESTS_REQUIRE_TOOLS";

    /// <summary>The first words of every skip for a missing tool, which .ci/run also looks for in the report.</summary>
    public const string MissingToolPrefix = "missing tool:";

    public static bool Strict => Environment.GetEnvironmentVariable(StrictVariable) == "1";

    private static readonly ConcurrentDictionary<string, string?> Checked = new();

    /// <summary>Python modules importable by Debian's /usr/bin/python3 (the interpreter apt installs them for).</summary>
    public static void PythonModules(params string[] modules)
    {
        const string install = "apt-get install python3-networkx python3-igraph python3-numpy python3-scipy";
        var missing = Checked.GetOrAdd("python:" + string.Join(",", modules), _ =>
        {
            if (!File.Exists(Analysis.PythonScript.Interpreter)) return $"{Analysis.PythonScript.Interpreter} not found";
            // A module must be a real package (an empty folder of that name imports as a namespace without __file__).
            const string check = "import importlib, sys\nfor m in sys.argv[1:]:\n    if not getattr(importlib.import_module(m), '__file__', None): raise ImportError('No module named ' + m)";
            var (code, _, err) = ChildProcess.Run(Analysis.PythonScript.Interpreter, ["-c", check, .. modules]);
            return code == 0 ? null : $"python3 cannot import {string.Join(", ", modules)} ({LastLine(err)})";
        });
        if (missing is not null) Tool($"{missing}: {install}");
    }

    /// <summary>A program on PATH, with how to install it.</summary>
    public static void Program(string program, string install)
    {
        if (OnPath(program) is null) Tool($"{program} not on PATH: {install}");
    }

    /// <summary>A Graphviz layout program on PATH.</summary>
    public static void Graphviz(string program = "sfdp") => Program(program, "apt-get install graphviz");

    /// <summary>node on PATH and the npm packages of tools/ (Neo4j's Cypher parser, the test server).</summary>
    public static void NodeTools()
    {
        if (OnPath("node") is null) Tool("node not on PATH: apt-get install nodejs npm, then npm ci in tools/");
        var parser = Path.Combine(TestPaths.RepoRoot, "tools", "node_modules", "@neo4j-cypher", "language-support");
        if (!Directory.Exists(parser)) Tool("tools/node_modules not installed: run npm ci in tools/");
    }

    /// <summary>An npm package installed by <c>npm ci</c> in <paramref name="folder"/> (tools/ or web/) of the repository.</summary>
    public static void NpmPackage(string folder, string package)
    {
        if (!Directory.Exists(Path.Combine(TestPaths.RepoRoot, folder, "node_modules", package)))
            Tool($"{folder}/node_modules/{package} not installed: run npm ci in {folder}/");
    }

    /// <summary>Debian's Chromium (or the browser CHROMIUM names) for the browser tests, and node to drive it; its path.</summary>
    public static string Chromium()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) Tool($"{chromium} not found: apt-get install chromium (or set CHROMIUM)");
        Program("node", "apt-get install nodejs npm");
        return chromium;
    }

    /// <summary>The test Neo4j's address and password (scripts/neo4j-test-server.sh start exports them).</summary>
    public static void Neo4jServer(params string[] variables)
    {
        string[] needed = ["NEO4J_URI", "NEO4J_PASSWORD", .. variables];
        var unset = needed.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToArray();
        if (unset.Length > 0)
            Tool($"no test Neo4j ({string.Join(", ", unset)} not set): run npm ci in tools/, then eval \"$(scripts/neo4j-test-server.sh start)\"");
    }

    /// <summary>The 10k-article corpus next to the repository (../shared/corpus/ant-news.jsonl); never in a clone.</summary>
    public static string Corpus()
    {
        if (!File.Exists(TestPaths.Corpus))
            Assert.Inconclusive($"missing data: {TestPaths.Corpus} (the 16 MB ANT news corpus, kept outside the repository; " +
                "see docs/volume.md for where it comes from)");
        return TestPaths.Corpus;
    }

    /// <summary>Skips a test that only runs when asked for (long benchmarks).</summary>
    public static void OptIn(string variable, string what)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1") Assert.Inconclusive($"opt-in: {what} runs only with {variable}=1");
    }

    private static void Tool(string message)
    {
        var text = $"{MissingToolPrefix} {message}";
        if (Strict) Assert.Fail($"{text} ({StrictVariable}=1: .ci/run installs it, so it must be there)");
        Assert.Inconclusive(text);
    }

    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
