using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>Console plumbing shared by the long-running commands: Spectre output, Ctrl-C, diagnostics, periodic lines.</summary>
internal static class Terminal
{
    /// <summary>A Spectre console on the current <see cref="Console.Out"/> (tests redirect it), plain when redirected.</summary>
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
        Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
    });

    /// <summary>A token cancelled by Ctrl-C (the first press; the process is not killed) until disposed.</summary>
    public sealed class CtrlC : IDisposable
    {
        private readonly CancellationTokenSource _source = new();

        public CtrlC() => Console.CancelKeyPress += OnCancel;

        public CancellationToken Token => _source.Token;

        private void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            _source.Cancel();
        }

        public void Dispose()
        {
            Console.CancelKeyPress -= OnCancel;
            _source.Dispose();
        }
    }

    /// <summary>
    /// Prints reader and extraction diagnostics to standard error, one line each, the first <paramref name="limit"/>
    /// at once (or after the progress display when it is held) and a count of the rest.
    /// </summary>
    public sealed class Diagnostics(int limit = 50)
    {
        private readonly List<InputDiagnostic> _held = [];
        private int _count;

        public bool Hold { get; set; }
        public int Count => _count;

        public void Report(InputDiagnostic diagnostic)
        {
            if (++_count > limit) return;
            if (Hold) _held.Add(diagnostic);
            else Console.Error.WriteLine($"kg: warning: {diagnostic}");
        }

        public void Flush()
        {
            foreach (var d in _held) Console.Error.WriteLine($"kg: warning: {d}");
            _held.Clear();
            if (_count > limit) Console.Error.WriteLine($"kg: warning: … and {_count - limit:N0} more skipped inputs");
        }
    }

    /// <summary>Writes a plain progress line to standard error at most every <paramref name="every"/>.</summary>
    public sealed class PeriodicLines(TimeSpan interval, long? totalBytes)
    {
        private readonly TimeSpan _every = interval;
        private TimeSpan _next = interval;

        public void Report(PipelineProgress p)
        {
            if (p.Elapsed < _next) return;
            _next = p.Elapsed + _every;
            Console.Error.WriteLine(Describe(p, totalBytes));
        }
    }

    public static string Describe(PipelineProgress p, long? totalBytes)
    {
        var seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
        var rate = p.Articles / seconds;
        var line = $"kg: {p.Articles:N0} articles, {p.Sentences:N0} sentences, {rate:N0} articles/s, {p.Skipped + p.Failed:N0} skipped";
        if (totalBytes is > 0 and var total && p.Bytes > 0)
        {
            var eta = TimeSpan.FromSeconds((total - p.Bytes) * seconds / p.Bytes);
            line += $", {100.0 * p.Bytes / total:F0}%, ETA {eta:mm\\:ss}";
        }
        return line;
    }
}
