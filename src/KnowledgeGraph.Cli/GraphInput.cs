using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>
/// How every command that reads a built graph names it: a positional argument, by default the graph of
/// `kg build` (out/graph.json). `--graph`/`-g`, the older spelling of some commands, is still read but not shown.
/// Files a command writes default to the graph's folder, not the working directory.
/// </summary>
internal sealed record GraphInput(Argument<string?> Argument, Option<string?> Legacy)
{
    public static readonly string DefaultPath = Path.Combine("out", GraphBuild.JsonFile);

    public static GraphInput Create() => new(
        new Argument<string?>("graph") { Description = $"graph.json written by kg build (default: {DefaultPath})", Arity = ArgumentArity.ZeroOrOne },
        new Option<string?>("--graph", "-g") { Hidden = true });

    public void AddTo(Command command)
    {
        command.Arguments.Add(Argument);
        command.Options.Add(Legacy);
    }

    /// <summary>The graph's path; a user error when it is given twice or does not exist.</summary>
    public string Resolve(ParseResult parse)
    {
        var positional = parse.GetValue(Argument);
        var legacy = parse.GetValue(Legacy);
        if (positional is not null && legacy is not null && positional != legacy)
            throw new UserError($"two graphs given ({positional} and --graph {legacy}); give one");
        var path = positional ?? legacy ?? DefaultPath;
        if (!File.Exists(path))
            throw new UserError(positional is null && legacy is null
                ? $"{path}: no such file (build one with kg build INPUT --out out, or name a graph.json)"
                : $"{path}: no such file");
        return path;
    }

    /// <summary>A file of this name in the graph's folder.</summary>
    public static string Beside(string graphPath, string fileName) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(graphPath))!, fileName);

    /// <summary>A title for pictures of the graph: its folder's name.</summary>
    public static string TitleOf(string graphPath) => Export.HtmlViewOptions.TitleFor(Path.GetDirectoryName(Path.GetFullPath(graphPath))!);
}
