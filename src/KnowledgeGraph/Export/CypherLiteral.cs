using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Cypher literals for the offline script: strings in single quotes with every quote, backslash and control
/// character escaped (Cypher string escapes \\ \' \" \n \r \t \b \f \uXXXX), so no value can end its literal;
/// floats always with a fraction or exponent so they stay floats; lists and maps built from those.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendString(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(Float(d)); break;
            case IReadOnlyDictionary<string, object> map: AppendMap(sb, map); break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, item);
                }
                sb.Append(']');
                break;
            default: throw new ArgumentException($"no Cypher literal for {value.GetType().Name}");
        }
    }

    /// <summary>A double as Cypher and JSON read it back as the same float: "5.0", not "5".</summary>
    public static string Float(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException($"{d} has no Cypher literal");
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    if (char.IsControl(c)) sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Key(key)).Append(": ");
            Append(sb, value);
        }
        sb.Append('}');
    }

    /// <summary>A map key: bare when it is a plain identifier, else in backticks with backticks doubled.</summary>
    public static string Key(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? key
            : "`" + key.Replace("`", "``") + "`";
}
