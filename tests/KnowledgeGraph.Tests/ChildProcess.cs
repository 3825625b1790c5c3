using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Tests;

/// <summary>Runs a program to completion (optionally feeding it standard input) and returns its exit code, stdout and stderr.</summary>
internal static class ChildProcess
{
    public static (int Code, string Out, string Err) Run(string program, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, string? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = input is null ? null : new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
