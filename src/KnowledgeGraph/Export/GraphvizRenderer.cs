using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Export;

/// <summary>Graphviz is missing or failed; the message says which and what to do.</summary>
public sealed class GraphvizException(string message) : Exception(message);

/// <summary>
/// Draws DOT with Debian's Graphviz in two passes: the chosen layout program places the nodes and routes the edges
/// (<c>-Tdot</c>), then the legend node is pinned to the left of the drawing's bounding box and <c>neato -n2</c>
/// renders the result unchanged as SVG, PNG or PDF. So the key never takes part in the layout, with any program.
/// </summary>
public static partial class GraphvizRenderer
{
    public static readonly string[] Layouts = ["sfdp", "dot", "neato", "fdp", "circo", "twopi"];
    public static readonly string[] Formats = ["svg", "png", "pdf"];

    public static byte[] Render(string dot, string? legend, string layout, string format)
    {
        if (!Layouts.Contains(layout)) throw new ArgumentException($"unknown layout '{layout}'", nameof(layout));
        if (!Formats.Contains(format)) throw new ArgumentException($"unknown format '{format}'", nameof(format));
        var placed = Encoding.UTF8.GetString(Run(layout, ["-Tdot"], dot));
        if (legend is not null) placed = WithLegend(placed, legend);
        return Run("neato", ["-n2", "-T" + (format == "png" ? "png:cairo" : format)], placed);
    }

    /// <summary>Pins the legend to the left of the laid-out drawing, top-aligned, and drops the old bounding box.</summary>
    internal static string WithLegend(string placedDot, string legend)
    {
        var box = BoundingBox().Match(placedDot);
        double Field(int i) => double.Parse(box.Groups[i].Value, CultureInfo.InvariantCulture);
        var (left, top) = box.Success ? (Field(1), Field(4)) : (0, 0);
        var (width, height) = LegendSize(legend);
        var x = left - width / 2 - 36;
        var y = top - height / 2;
        var withoutBox = BoundingBox().Replace(placedDot, "", 1);
        var pin = legend.Replace("legend [", $"legend [pos=\"{x.ToString("0.#", CultureInfo.InvariantCulture)},{y.ToString("0.#", CultureInfo.InvariantCulture)}!\", ", StringComparison.Ordinal);
        var end = withoutBox.LastIndexOf('}');
        return withoutBox[..end] + "  " + pin + "\n}\n";
    }

    /// <summary>A size estimate, in points, of the legend table: rows of about 14 pt, characters of about 5.6 pt.</summary>
    private static (double Width, double Height) LegendSize(string legend)
    {
        var rows = Regex.Matches(legend, "<TR>").Count;
        var longest = Regex.Matches(legend, "<TD ALIGN=\"LEFT\">(?:<B>)?([^<]*)").Select(m => m.Groups[1].Value.Length).DefaultIfEmpty(10).Max();
        return (24 + longest * 5.6, 8 + rows * 14.5);
    }

    [GeneratedRegex("bb=\"(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+)\",?\\s*")]
    private static partial Regex BoundingBox();

    /// <summary>Runs a Graphviz program on DOT text and returns its output.</summary>
    private static byte[] Run(string program, string[] arguments, string input)
    {
        var executable = FindOnPath(program)
            ?? throw new GraphvizException($"Graphviz is not installed (no '{program}' on PATH); install it, e.g. apt-get install graphviz");
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new GraphvizException($"could not start {executable}");
        var stderr = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0 || output.Length == 0)
            throw new GraphvizException($"{program} failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
        return output.ToArray();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
