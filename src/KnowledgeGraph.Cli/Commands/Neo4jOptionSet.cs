using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The Neo4j options, spelt the same in `kg build` and `kg export neo4j`: --neo4j-uri, --neo4j-user,
/// --neo4j-database, --neo4j-batch-size, --neo4j-retries. The older spellings of each command (build's --neo4j;
/// export neo4j's --uri, --user, --database, --batch-size, --retries) are still read but not shown.
/// </summary>
internal sealed class Neo4jOptionSet
{
    public const string DefaultUser = "neo4j";
    public const int DefaultBatchSize = 1000;
    public const int DefaultRetries = 5;

    private readonly Option<string?> _uri = new("--neo4j-uri") { Description = "Neo4j HTTP address, http[s]://host:7474 (password from NEO4J_PASSWORD or a prompt)" };
    private readonly Option<string?> _user = new("--neo4j-user") { Description = $"Neo4j user (default {DefaultUser})" };
    private readonly Option<string?> _database = new("--neo4j-database") { Description = "Neo4j database (4.x/5.x; default: the server's default, neo4j)" };
    private readonly Option<int?> _batchSize = new("--neo4j-batch-size") { Description = $"Rows per transaction (default {DefaultBatchSize})" };
    private readonly Option<int?> _retries = new("--neo4j-retries") { Description = $"Retries of a request after a connection failure, timeout or transient error (default {DefaultRetries})" };
    private readonly List<(Option Current, Option Legacy)> _legacy = [];

    /// <summary>The options of `kg build`, which loads into Neo4j only when --neo4j-uri is given.</summary>
    public static Neo4jOptionSet ForBuild() => new Neo4jOptionSet().Legacy(o => o._uri, "--neo4j");

    /// <summary>The options of `kg export neo4j`.</summary>
    public static Neo4jOptionSet ForExport() => new Neo4jOptionSet()
        .Legacy(o => o._uri, "--uri").Legacy(o => o._user, "--user", "-u").Legacy(o => o._database, "--database", "-d")
        .Legacy(o => o._batchSize, "--batch-size").Legacy(o => o._retries, "--retries");

    private Neo4jOptionSet Legacy<T>(Func<Neo4jOptionSet, Option<T>> current, string name, params string[] aliases)
    {
        _legacy.Add((current(this), new Option<T>(name, aliases) { Hidden = true }));
        return this;
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _uri, _user, _database, _batchSize, _retries }) command.Options.Add(option);
        foreach (var (_, legacy) in _legacy) command.Options.Add(legacy);
    }

    /// <summary>The connection asked for, with the password read now (so a missing one fails before any work); null without a URI.</summary>
    public Neo4jConnection? Connection(ParseResult parse, string? defaultUri = null)
    {
        var uri = Value(parse, _uri) ?? defaultUri;
        if (uri is null) return null;
        return Neo4jExportCommands.Connection(uri, Value(parse, _user) ?? DefaultUser, Value(parse, _database),
            Value(parse, _retries) ?? DefaultRetries);
    }

    public int BatchSize(ParseResult parse) => Value(parse, _batchSize) ?? DefaultBatchSize;

    private T? Value<T>(ParseResult parse, Option<T> current)
    {
        var value = parse.GetValue(current);
        if (value is not null) return value;
        foreach (var (c, legacy) in _legacy)
            if (ReferenceEquals(c, current) && parse.GetValue((Option<T>)legacy) is { } old) return old;
        return default;
    }
}
