using System.Runtime.InteropServices;
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

    /// <summary>
    /// A token cancelled by the first SIGINT (Ctrl-C) or SIGTERM, until disposed; the process is not killed, so the
    /// run can stop cleanly. A second signal is left to its default action and ends the process at once (outputs
    /// being staged are cleaned up by the next run in that folder).
    /// </summary>
    public sealed class Interrupt : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private readonly PosixSignalRegistration[] _registrations;
        private int _signal;

        public Interrupt()
        {
            _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        }

        public CancellationToken Token => _source.Token;

        /// <summary>The exit code for the signal received: 128 + its number (130 for SIGINT, 143 for SIGTERM).</summary>
        public int ExitCode => _signal == (int)PosixSignal.SIGTERM ? 143 : 130;

        /// <summary>How the signal is named in messages.</summary>
        public string Name => _signal == (int)PosixSignal.SIGTERM ? "terminated (SIGTERM)" : "interrupted";

        private void OnSignal(PosixSignalContext context)
        {
            if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0) return;
            context.Cancel = true;
            _source.Cancel();
        }

        public void Dispose()
        {
            foreach (var registration in _registrations) registration.Dispose();
            _source.Dispose();
        }
    }

    /// <summary>
    /// Prints reader and extraction diagnostics to standard error, one line each, the first <paramref name="limit"/>
    /// at once (or after the progress display when it is held) and a count of the rest.
    /// </summary>
    public sealed class Diagnostics(int limit = Diagnostics.DefaultLimit)
    {
        public const int DefaultLimit = 50;

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
            if (_count > limit) Console.Error.WriteLine($"kg: warning: … and {_count - limit:N0} more (--max-warnings shows more)");
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

        /// <summary>A line as a long run enters a new step ("kg: writing graph.json …"), once the run has lasted one interval.</summary>
        public void Enter(BuildStep step, TimeSpan elapsed)
        {
            if (elapsed >= _every && step.Phase is not (BuildPhase.Reading or BuildPhase.Done)) Console.Error.WriteLine($"kg: {step} …");
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
