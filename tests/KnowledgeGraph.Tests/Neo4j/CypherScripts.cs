using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Test helpers for Cypher text: splitting scripts as cypher-shell does, and Neo4j's Cypher 5 parser.</summary>
internal static class CypherScripts
{
    /// <summary>
    /// Splits a script into statements at <c>;</c> outside string literals ('…', "…", with backslash escapes),
    /// backtick identifiers and comments (// to end of line, /* … */), as cypher-shell -f does. Comment-only
    /// pieces are dropped; comments stay inside the statements they precede.
    /// </summary>
    public static List<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                var end = i + 1;
                while (end < script.Length && script[end] != c)
                    end += c != '`' && script[end] == '\\' ? 2 : 1;
                current.Append(script, i, Math.Min(end + 1, script.Length) - i);
                hasCode = true;
                i = end;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                var end = script.IndexOf('\n', i);
                if (end < 0) end = script.Length;
                current.Append(script, i, end - i);
                i = end - 1;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? script.Length : end + 2;
                current.Append(script, i, end - i);
                i = end - 1;
            }
            else if (c == ';')
            {
                if (hasCode) statements.Add(current.ToString().Trim());
                current.Clear();
                hasCode = false;
            }
            else
            {
                current.Append(c);
                if (!char.IsWhiteSpace(c)) hasCode = true;
            }
        }
        if (hasCode) statements.Add(current.ToString().Trim());
        return statements;
    }

    /// <summary>The statement without the // comment lines above it.</summary>
    public static string WithoutLeadingComments(string statement)
    {
        var lines = statement.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].TrimStart().StartsWith("//", StringComparison.Ordinal)) first++;
        return string.Join('\n', lines[first..]).Trim();
    }

    public sealed record LintResult(int Index, string[] Errors, string[] Warnings);

    /// <summary>Runs tools/cypher-lint.mjs (Neo4j's parser, Cypher 5) over the statements; inconclusive without node_modules.</summary>
    public static IReadOnlyList<LintResult> Lint(IReadOnlyList<string> statements)
    {
        Requires.NodeTools();
        var tools = Path.Combine(TestPaths.RepoRoot, "tools");
        var run = ChildProcess.Run("node", ["cypher-lint.mjs"], workingDirectory: tools, input: JsonSerializer.Serialize(statements));
        Assert.IsTrue(run.Out.TrimStart().StartsWith('['), "cypher-lint failed: " + run.Err);
        return JsonSerializer.Deserialize<List<LintResult>>(run.Out, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>Fails with the statement and the parser's messages when any statement has a syntax error.</summary>
    public static void AssertValidCypher5(IReadOnlyList<string> statements)
    {
        Assert.IsNotEmpty(statements);
        var results = Lint(statements);
        Assert.HasCount(statements.Count, results);
        var failures = results.Where(r => r.Errors.Length > 0)
            .Select(r => $"{string.Join("; ", r.Errors)}\n  in: {Shorten(statements[r.Index])}")
            .ToList();
        Assert.IsEmpty(failures, "Cypher 5 syntax errors:\n" + string.Join("\n", failures));
    }

    private static string Shorten(string s) => s.Length > 400 ? s[..400] + "…" : s;
}
