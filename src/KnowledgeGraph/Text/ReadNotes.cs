namespace KnowledgeGraph.Text;

/// <summary>
/// What the reader repaired or could not use in one input that it still read (bad bytes replaced, a date it cannot
/// read, a field of the wrong type), gathered so that the input gets one warning, not one per repair.
/// </summary>
internal sealed class ReadNotes
{
    private List<string>? _notes;

    public void Add(string? note)
    {
        if (note is null) return;
        (_notes ??= []).Add(note);
    }

    /// <summary>The notes joined into one line, or null when there are none.</summary>
    public string? Text => _notes is null ? null : string.Join("; ", _notes);
}
