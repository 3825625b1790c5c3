using System.Diagnostics;

namespace KnowledgeGraph;

/// <summary>
/// Peak working set of this process. On Linux the kernel's high-water mark (VmHWM in /proc/self/status) can be reset
/// by writing 5 to /proc/self/clear_refs, which gives a peak per stage; elsewhere the peak is the process's since start.
/// </summary>
public static class PeakMemory
{
    /// <summary>Starts a new measurement; false when the platform only offers the peak since process start.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Peak resident bytes since the last <see cref="Reset"/> (or since start).</summary>
    public static long Bytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
