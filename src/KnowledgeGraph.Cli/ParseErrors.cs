using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Command-line mistakes as one line each in the user's terms: the option, the value given and what it should be
/// (never a .NET type name), and where to read more.
/// </summary>
internal static class ParseErrors
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var help = $"see {CommandPath(parse.CommandResult)} --help";
        foreach (var error in parse.Errors)
            yield return $"{Describe(error, parse.CommandResult)}; {help}";
    }

    private static string Describe(ParseError error, CommandResult command)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens),
            ArgumentResult a => (a.Argument.Name, a.Argument.ValueType, a.Tokens),
            _ => (null, null, null),
        };
        if (error.Message.StartsWith("Required argument missing", StringComparison.Ordinal))
            return $"missing {string.Join(" ", command.Command.Arguments.Select(a => $"<{a.Name}>"))}";
        if (error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            return "no command given";
        var given = tokens is { Count: > 0 } ? tokens[^1].Value : null;
        if (name is null || given is null || !error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
            return error.Message.TrimEnd('.');
        var element = type is { IsArray: true } ? type.GetElementType()! : type!;
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element.IsEnum) return $"{name} '{given}': not one of {string.Join(", ", Enum.GetNames(element))}";
        if (element == typeof(int) || element == typeof(long)) return $"{name} '{given}': not a whole number";
        if (element == typeof(double) || element == typeof(float)) return $"{name} '{given}': not a number";
        if (element == typeof(bool)) return $"{name} '{given}': not true or false";
        return $"{name} '{given}': not a valid value";
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult c; result = c.Parent)
            if (c.Parent is not null) names.Insert(0, c.Command.Name);
        return string.Join(' ', ["kg", .. names]);
    }
}
