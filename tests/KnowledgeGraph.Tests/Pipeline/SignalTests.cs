using System.Text.Json;
using KnowledgeGraph.Tests.Export;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>
/// kg build stopped by a real SIGINT (Ctrl-C) or SIGTERM in each phase of a run: the output folder holds the
/// previous build's files or this build's, never a mix, and the message says which. (The same at every step, without
/// signals and without timing, is in Export/OutputSetTests.)
/// </summary>
[TestClass]
public sealed class SignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>The dev articles five times over with new ids: enough that each phase takes a moment.</summary>
    private static string Input() => string.Join('\n', Enumerable.Range(1, 5).SelectMany(pass => RealArticles.JsonLines().Select(line =>
    {
        var article = JsonDocument.Parse(line).RootElement;
        return JsonSerializer.Serialize(new
        {
            id = $"{article.GetProperty("id").GetString()}-{pass}", title = article.GetProperty("title").GetString(),
            date = article.GetProperty("date").GetString(), text = article.GetProperty("text").GetString(),
        });
    }))) + "\n";

    private static void SkipOffUnix()
    {
        if (OperatingSystem.IsWindows()) Assert.Inconclusive("POSIX signals");
    }

    /// <summary>A folder holding the outputs of a build of the seeds: the "earlier outputs".</summary>
    private static string EarlierOutputs()
    {
        var outDir = TestPaths.TempFolder();
        GraphBuild.Run(ArticleReader.Read([TestPaths.Seeds]), new BuildOptions(outDir, Threads: 2));
        return outDir;
    }

    private sealed record Outcome(int Code, IReadOnlyList<string> Err);

    /// <summary>
    /// Runs kg build on the input from standard input and sends <paramref name="signal"/> once standard error shows
    /// <paramref name="trigger"/> (or, for null, while kg still waits for more input).
    /// </summary>
    private static Outcome BuildAndSignal(string input, string outDir, string? trigger, int signal)
    {
        using var kg = Kg.Start("build", "-", "--out", outDir, "--threads", "2");
        var lines = new List<string>();
        var seen = new ManualResetEventSlim();
        kg.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
            if (trigger is not null && e.Data == trigger) seen.Set();
        };
        kg.OutputDataReceived += (_, _) => { };
        kg.BeginErrorReadLine();
        kg.BeginOutputReadLine();
        var half = input.Length / 2;
        kg.StandardInput.Write(input[..half]);
        kg.StandardInput.Flush();
        if (trigger is null)
        {
            // kg is reading and waiting for the rest of its input.
            Thread.Sleep(TimeSpan.FromSeconds(1));
            Assert.IsTrue(Kg.Signal(kg, signal), $"kg exited before all its input was written:\n{string.Join('\n', lines)}");
        }
        else
        {
            kg.StandardInput.Write(input[half..]);
            // Past two seconds kg prints a line as it enters each step.
            Thread.Sleep(TimeSpan.FromSeconds(2.5));
            kg.StandardInput.Close();
            Assert.IsTrue(seen.Wait(Patience), $"never saw «{trigger}»:\n{string.Join('\n', lines)}");
            // kg may finish between printing the step and the signal: then it was too late to stop, as below.
            Kg.Signal(kg, signal);
        }
        if (!kg.WaitForExit(Patience))
        {
            var threads = Kg.Threads(kg);
            kg.Kill();
            lock (lines) Assert.Fail($"kg did not stop within {Patience}; its threads:\n{threads}\nits standard error:\n{string.Join('\n', lines)}");
        }
        kg.WaitForExit();
        lock (lines) return new Outcome(kg.ExitCode, lines.ToArray());
    }

    [TestMethod]
    public void Ctrl_c_or_sigterm_while_reading_exits_130_or_143_and_changes_nothing()
    {
        SkipOffUnix();
        var outDir = EarlierOutputs();
        var before = OutputSetTests.Snapshot(outDir);
        foreach (var (signal, code, name) in new[] { (Kg.SIGINT, 130, "interrupted"), (Kg.SIGTERM, 143, "terminated (SIGTERM)") })
        {
            var outcome = BuildAndSignal(Input(), outDir, trigger: null, signal);
            Assert.AreEqual(code, outcome.Code, string.Join('\n', outcome.Err));
            Assert.AreEqual($"kg: {name} while reading and extracting; nothing in {outDir} was changed", outcome.Err[^1]);
            Assert.IsFalse(outcome.Err.Any(l => l.Contains("   at ")));
            CollectionAssert.AreEquivalent(before, OutputSetTests.Snapshot(outDir));
        }
    }

    [TestMethod]
    public void Ctrl_c_in_every_later_phase_leaves_one_whole_set_and_says_which()
    {
        SkipOffUnix();
        var input = Input();
        var reference = TestPaths.TempFolder();
        var (code, _, err) = Kg.Child(["build", "-", "--out", reference, "--threads", "2"], input: input);
        Assert.AreEqual(0, code, err);
        var newSet = OutputSetTests.Snapshot(reference);
        // Every step after reading, in the order a build takes them (one per default output file).
        string[] steps = ["analysing the graph", .. KnowledgeGraph.Export.BuildOutput.Defaults.Select(o => $"writing {o.Name}"), "putting the outputs in place"];
        var hits = new List<string>();
        foreach (var step in steps)
        {
            var outDir = EarlierOutputs();
            var before = OutputSetTests.Snapshot(outDir);
            var outcome = BuildAndSignal(input, outDir, $"kg: {step} …", Kg.SIGINT);
            var last = outcome.Err[^1];
            var after = OutputSetTests.Snapshot(outDir);
            Assert.IsFalse(outcome.Err.Any(l => l.Contains("   at ")), string.Join('\n', outcome.Err));
            if (outcome.Code == 130 && last.StartsWith("kg: interrupted while ", StringComparison.Ordinal))
            {
                Assert.AreEqual($"nothing in {outDir} was changed", last.Split("; ")[1]);
                var stoppedIn = last["kg: interrupted while ".Length..last.IndexOf(';')];
                Assert.IsGreaterThanOrEqualTo(Array.IndexOf(steps, step), Array.IndexOf(steps, stoppedIn), $"{stoppedIn} after «{step}»");
                CollectionAssert.AreEquivalent(before, after, $"signalled at «{step}»");
                hits.Add($"{step} → interrupted while {stoppedIn}");
            }
            else
            {
                // Too late to stop: the new set is in place, all of it.
                Assert.IsTrue(outcome.Code == 0 || last == $"kg: interrupted after the new outputs were put in place in {outDir}; summary skipped",
                    $"exit {outcome.Code}: {last}");
                CollectionAssert.AreEquivalent(newSet, after, $"signalled at «{step}»");
                hits.Add($"{step} → completed");
            }
        }
        Console.WriteLine(string.Join('\n', hits));
    }
}
