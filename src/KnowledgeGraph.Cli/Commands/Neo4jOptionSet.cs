using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The Neo4j options, spelt the same in `kg build` and `kg export neo4j`: --neo4j-uri, --neo4j-user,
/// --neo4j-database, --neo4j-batch-size, --neo4j-retries, --neo4j-clear, --neo4j-tag (and --neo4j-tag in
/// `kg export cypher`, whose script is a load too). The older spellings of each command (build's --neo4j;
/// export neo4j's --uri, --user, --database, --batch-size, --retries, --clear, --tag; cypher's --tag) are still
/// read but not shown.
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
    private readonly Option<bool> _clear = new("--neo4j-clear") { Description = "First remove the Actor, Article and Event nodes already in the database (other data stays)" };
    private readonly Option<string?> _tag = new("--neo4j-tag") { Description = "Name this load: appended to the 'loads' list of every node and relationship it writes" };
    private readonly List<Option> _shown;
    private readonly List<(Option Current, Option Legacy)> _legacy = [];

    private Neo4jOptionSet(bool connection) =>
        _shown = connection ? [_uri, _user, _database, _batchSize, _retries, _clear, _tag] : [_tag];

    /// <summary>The options of `kg build`, which loads into Neo4j only when --neo4j-uri is given.</summary>
    public static Neo4jOptionSet ForBuild() => new Neo4jOptionSet(connection: true).Legacy(o => o._uri, "--neo4j");

    /// <summary>The options of `kg export neo4j`.</summary>
    public static Neo4jOptionSet ForExport() => new Neo4jOptionSet(connection: true)
        .Legacy(o => o._uri, "--uri").Legacy(o => o._user, "--user", "-u").Legacy(o => o._database, "--database", "-d")
        .Legacy(o => o._batchSize, "--batch-size").Legacy(o => o._retries, "--retries")
        .Legacy(o => o._clear, "--clear").Legacy(o => o._tag, "--tag");

    /// <summary>The options of `kg export cypher`: only the tag, the script being written rather than run.</summary>
    public static Neo4jOptionSet ForScript() => new Neo4jOptionSet(connection: false).Legacy(o => o._tag, "--tag");

    private Neo4jOptionSet Legacy<T>(Func<Neo4jOptionSet, Option<T>> current, string name, params string[] aliases)
    {
        _legacy.Add((current(this), new Option<T>(name, aliases) { Hidden = true }));
        return this;
    }

    public void AddTo(Command command)
    {
        foreach (var option in _shown) command.Options.Add(option);
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

    /// <summary>What the load does to what the database holds: clear it first, and the tag that names the load (a user error when empty).</summary>
    public (bool Clear, string? Tag) Load(ParseResult parse)
    {
        var tag = Value(parse, _tag);
        if (tag is not null && string.IsNullOrWhiteSpace(tag)) throw new UserError($"{_tag.Name} must not be empty");
        return (Value(parse, _clear), tag);
    }

    /// <summary>The value of the option as given, else of its older spelling; default when neither is on the command line.</summary>
    private T? Value<T>(ParseResult parse, Option<T> current)
    {
        if (parse.GetResult(current) is { Implicit: false }) return parse.GetValue(current);
        foreach (var (c, legacy) in _legacy)
            if (ReferenceEquals(c, current) && parse.GetResult(legacy) is { Implicit: false }) return parse.GetValue((Option<T>)legacy);
        return default;
    }
}
