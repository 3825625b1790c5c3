using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Text;

namespace KnowledgeGraph;

/// <summary>Threads for extraction (0: one per processor) and how many articles may be between reading and merging.</summary>
public sealed record PipelineOptions(int Threads = 0, int Window = 0)
{
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
    public int EffectiveWindow => Window > 0 ? Window : 64 * EffectiveThreads;
}

/// <summary>Where the pipeline stands: counts so far and the bytes of input consumed.</summary>
public sealed record PipelineProgress(long Articles, long Sentences, long Skipped, long Failed, long Bytes, TimeSpan Elapsed);

/// <summary>
/// What one run did: articles merged, sentences and relations in them, inputs skipped by the reader, articles whose
/// extraction threw, input bytes, and the time spent in each stage (extraction summed over its threads).
/// </summary>
public sealed record PipelineSummary(
    long Articles, long Sentences, long Relations, long Skipped, long Failed, long Bytes,
    TimeSpan Elapsed, TimeSpan ReadTime, TimeSpan ExtractTime, TimeSpan MergeTime);

/// <summary>
/// read → extract → merge. One thread reads articles in input order; <see cref="PipelineOptions.Threads"/> threads
/// extract them in parallel; the calling thread merges the results strictly in input order, so whatever the thread
/// count the merge sees the same sequence and the outputs are byte-identical. At most
/// <see cref="PipelineOptions.EffectiveWindow"/> articles are in flight (bounded queues), so memory does not grow
/// with the corpus. An article whose extraction throws is reported with its id and skipped; reader diagnostics are
/// reported in input order. Cancelling the token stops all threads and throws <see cref="OperationCanceledException"/>
/// from <see cref="Run"/>.
/// </summary>
public sealed class BuildPipeline(IDocumentExtractor extractor, PipelineOptions? options = null)
{
    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    /// <param name="input">Articles and reader diagnostics, e.g. from <see cref="ArticleReader.Read"/>.</param>
    /// <param name="merge">Called on the calling thread for each extracted article, in input order.</param>
    /// <param name="report">Called on the calling thread, in input order, for each skipped input or failed article.</param>
    /// <param name="progress">Called on the calling thread after every 64 inputs and at the end.</param>
    public PipelineSummary Run(
        IEnumerable<ReadItem> input,
        Action<DocumentExtraction> merge,
        Action<InputDiagnostic>? report = null,
        Action<PipelineProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var window = _options.EffectiveWindow;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var pending = new BlockingCollection<Slot>(window);
        using var work = new BlockingCollection<Slot>(window);
        var clock = Stopwatch.StartNew();
        long readTicks = 0, extractTicks = 0, mergeTicks = 0;
        Exception? readerFault = null;

        var reader = new Thread(() =>
        {
            try
            {
                using var items = input.GetEnumerator();
                while (true)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (!items.MoveNext()) break;
                    readTicks += Stopwatch.GetTimestamp() - started;
                    var slot = new Slot(items.Current);
                    pending.Add(slot, stop.Token);
                    if (slot.Item.Article is null) slot.Done.Set();
                    else work.Add(slot, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                readerFault = e;
            }
            finally
            {
                pending.CompleteAdding();
                work.CompleteAdding();
            }
        }) { IsBackground = true, Name = "kg-read" };

        var workers = Enumerable.Range(0, _options.EffectiveThreads).Select(i => new Thread(() =>
        {
            try
            {
                foreach (var slot in work.GetConsumingEnumerable(stop.Token))
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        slot.Result = extractor.Extract(slot.Item.Article!);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        slot.Error = e;
                    }
                    Interlocked.Add(ref extractTicks, Stopwatch.GetTimestamp() - started);
                    slot.Done.Set();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        }) { IsBackground = true, Name = $"kg-extract-{i}" }).ToArray();

        reader.Start();
        foreach (var worker in workers) worker.Start();

        long articles = 0, sentences = 0, relations = 0, skipped = 0, failed = 0, bytes = 0, seen = 0;
        PipelineProgress Snapshot() => new(articles, sentences, skipped, failed, bytes, clock.Elapsed);
        try
        {
            foreach (var slot in pending.GetConsumingEnumerable(stop.Token))
            {
                slot.Done.Wait(stop.Token);
                slot.Done.Dispose();
                bytes += slot.Item.Bytes;
                if (slot.Item.Problem is { } problem)
                {
                    skipped++;
                    report?.Invoke(problem);
                }
                else if (slot.Error is { } error)
                {
                    failed++;
                    var article = slot.Item.Article!;
                    report?.Invoke(new InputDiagnostic(slot.Item.Path, slot.Item.Line, article.Id,
                        $"extraction failed ({error.GetType().Name}: {error.Message}), skipped"));
                }
                else
                {
                    var result = slot.Result!;
                    var started = Stopwatch.GetTimestamp();
                    merge(result);
                    mergeTicks += Stopwatch.GetTimestamp() - started;
                    articles++;
                    sentences += result.SentenceCount;
                    relations += result.Relations.Count;
                }
                if (++seen % 64 == 0) progress?.Invoke(Snapshot());
            }
            cancellation.ThrowIfCancellationRequested();
        }
        finally
        {
            stop.Cancel();
            reader.Join();
            foreach (var worker in workers) worker.Join();
        }
        if (readerFault is IOException or UnauthorizedAccessException)
            throw new IOException($"reading stopped: {readerFault.Message}", readerFault);
        if (readerFault is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(readerFault);
        progress?.Invoke(Snapshot());
        return new PipelineSummary(articles, sentences, relations, skipped, failed, bytes, clock.Elapsed,
            Stopwatch.GetElapsedTime(0, readTicks), Stopwatch.GetElapsedTime(0, extractTicks), Stopwatch.GetElapsedTime(0, mergeTicks));
    }

    private sealed class Slot(ReadItem item)
    {
        public ReadItem Item { get; } = item;
        public ManualResetEventSlim Done { get; } = new(false);
        public DocumentExtraction? Result { get; set; }
        public Exception? Error { get; set; }
    }
}
