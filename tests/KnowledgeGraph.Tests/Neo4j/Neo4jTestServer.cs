using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// The Neo4j started by scripts/neo4j-test-server.sh (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; NEO4J_TEST_HOME,
/// NEO4J_TEST_PIDFILE and NEO4J_IMPORT_DIR for restarts and LOAD CSV). Tests that need it are skipped when the
/// variables are unset, and fail instead under .ci/run (see <see cref="Requires"/>).
/// </summary>
internal static class Neo4jTestServer
{
    public static Neo4jConnection Connection(int maxRetries = 5, TimeSpan? requestTimeout = null)
    {
        Requires.Neo4jServer();
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        return new Neo4jConnection
        {
            Uri = new Uri(uri!), User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Password = password!,
            MaxRetries = maxRetries, InitialBackoff = TimeSpan.FromMilliseconds(200),
            RequestTimeout = requestTimeout ?? TimeSpan.FromMinutes(2),
        };
    }

    public static string ImportFolder()
    {
        Requires.Neo4jServer("NEO4J_IMPORT_DIR");
        return Environment.GetEnvironmentVariable("NEO4J_IMPORT_DIR")!;
    }

    public static async Task<Neo4jHttpClient> ClientAsync() => await Neo4jHttpClient.ConnectAsync(Connection());

    /// <summary>
    /// A client for long LOAD CSV statements: no retries and a long timeout, because a statement retried while the
    /// server still runs the first attempt would MERGE the same rows in two transactions at once.
    /// </summary>
    public static async Task<Neo4jHttpClient> LoadCsvClientAsync() =>
        await Neo4jHttpClient.ConnectAsync(Connection(maxRetries: 0, requestTimeout: TimeSpan.FromMinutes(30)));

    /// <summary>
    /// Deletes every relationship, then every node, in small transactions: a big one would not fit the 512 MB heap
    /// again when the server replays its log after being killed.
    /// </summary>
    public static async Task ClearAsync(Neo4jHttpClient client)
    {
        foreach (var statement in new[] { "MATCH ()-[r]->() WITH r LIMIT 5000 DELETE r RETURN count(*)", "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*)" })
            while ((await client.RunAsync(statement, null)).Rows[0][0].GetInt64() > 0) { }
    }

    /// <summary>The plan of a statement (EXPLAIN, nothing runs) as the 3.x transaction endpoint returns it, as JSON text.</summary>
    public static async Task<string> PlanAsync(string statement)
    {
        var connection = Connection();
        using var http = new HttpClient();
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}"));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", basic);
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = "EXPLAIN " + statement } } });
        using var response = await http.PostAsync(new Uri(connection.Uri, "/db/data/transaction/commit"), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.IsFalse(text.Contains("\"code\"", StringComparison.Ordinal), $"EXPLAIN failed: {text}");
        return text;
    }

    /// <summary>Kills the server's java process (pid file of the script) with SIGKILL.</summary>
    public static void Kill()
    {
        Requires.Neo4jServer("NEO4J_TEST_PIDFILE");
        var pidFile = Environment.GetEnvironmentVariable("NEO4J_TEST_PIDFILE");
        var pid = int.Parse(File.ReadAllText(pidFile!).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(30_000);
    }

    /// <summary>Starts the server again through the script (same data, port and password) and waits for HTTP.</summary>
    public static void Restart()
    {
        var script = Path.Combine(TestPaths.RepoRoot, "scripts", "neo4j-test-server.sh");
        var start = new ProcessStartInfo(script, "restart") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "restart failed: " + stderr.Result);
    }
}

/// <summary>
/// The whole database as canonical text (nodes by id with sorted labels and properties, relationships by
/// (source, type, target)), and the same text computed from a graph without a server, so an export can be
/// compared with what it should have written, byte for byte. Numbers carry their type (i: or d:).
/// </summary>
internal sealed record Neo4jSnapshot(int Nodes, int Relationships, string Text)
{
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    public static async Task<Neo4jSnapshot> ReadAsync(Neo4jHttpClient client, string? exceptLabel = null)
    {
        var nodes = await client.RunAsync(
            "MATCH (n) " + (exceptLabel is null ? "" : $"WHERE NOT n:{Neo4jStatements.Identifier(exceptLabel)} ") + "RETURN n.id, labels(n), properties(n)", null);
        var relationships = await client.RunAsync("MATCH (s)-[r]->(t) RETURN s.id, type(r), t.id, properties(r)", null);
        return Build(
            nodes.Rows.Select(r => (r[0].GetString()!, r[1].EnumerateArray().Select(l => l.GetString()!).ToArray(), Canonical(r[2]))),
            relationships.Rows.Select(r => (r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, Canonical(r[3]))));
    }

    /// <summary>What one load of <paramref name="graph"/> into an empty database gives (tagged: every element's loads = [tag]).</summary>
    public static Neo4jSnapshot Expected(RelationGraph graph, string? tag = null)
    {
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        var nodeParameters = Neo4jStatements.NodeParameters(rows.Nodes);
        return Build(
            rows.Nodes.Select((n, i) => (n.Id, n.IsActor ? new[] { Neo4jRows.ActorLabel, n.Label } : [n.Label], Canonical(ToJson(Tagged(nodeParameters[i]["props"], tag))))),
            rows.Relationships.Select(r => (r.Source, r.Type, r.Target, Canonical(ToJson(Tagged(r.Properties, tag))))));
    }

    private static object Tagged(object properties, string? tag)
    {
        if (tag is null) return properties;
        var copy = ((IReadOnlyDictionary<string, object>)properties).ToDictionary(p => p.Key, p => p.Value);
        copy["loads"] = new[] { tag };
        return copy;
    }

    private static Neo4jSnapshot Build(
        IEnumerable<(string Id, string[] Labels, string Properties)> nodes,
        IEnumerable<(string Source, string Type, string Target, string Properties)> relationships)
    {
        var sb = new StringBuilder();
        var nodeList = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        foreach (var n in nodeList)
            sb.Append("N ").Append(JsonSerializer.Serialize(n.Id)).Append(' ')
              .Append(string.Join(':', n.Labels.Order(StringComparer.Ordinal))).Append(' ').Append(n.Properties).Append('\n');
        var relationshipList = relationships
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .ToList();
        foreach (var r in relationshipList)
            sb.Append("R ").Append(JsonSerializer.Serialize(r.Source)).Append(' ').Append(r.Type).Append(' ')
              .Append(JsonSerializer.Serialize(r.Target)).Append(' ').Append(r.Properties).Append('\n');
        return new Neo4jSnapshot(nodeList.Count, relationshipList.Count, sb.ToString());
    }

    private static JsonElement ToJson(object value) => JsonSerializer.SerializeToElement(value, Neo4jHttpClient.ParameterJson);

    private static string Canonical(JsonElement e)
    {
        var sb = new StringBuilder();
        Append(sb, e);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    sb.Append(JsonSerializer.Serialize(p.Name)).Append(':');
                    Append(sb, p.Value);
                    sb.Append(',');
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                foreach (var item in e.EnumerateArray())
                {
                    Append(sb, item);
                    sb.Append(',');
                }
                sb.Append(']');
                break;
            case JsonValueKind.Number:
                var raw = e.GetRawText();
                sb.Append(raw.IndexOfAny(['.', 'e', 'E']) >= 0
                    ? "d:" + e.GetDouble().ToString("R", CultureInfo.InvariantCulture)
                    : "i:" + e.GetInt64().ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                sb.Append(JsonSerializer.Serialize(e.GetString()));
                break;
            default:
                sb.Append(e.GetRawText());
                break;
        }
    }
}
