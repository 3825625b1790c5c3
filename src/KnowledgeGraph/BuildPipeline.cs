using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Text;

namespace KnowledgeGraph;

/// <summary>
/// Threads for extraction (0: one per processor), how many articles may be between reading and merging, and how
/// many consecutive articles travel together (one hand-over per batch instead of per article).
/// </summary>
public sealed record PipelineOptions(int Threads = 0, int Window = 0, int Batch = 16)
{
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
    public int EffectiveBatch => Math.Max(1, Batch);
    public int EffectiveWindow => Window > 0 ? Window : 4 * EffectiveBatch * EffectiveThreads;
}

/// <summary>Where the pipeline stands: counts so far and the bytes of input consumed.</summary>
public sealed record PipelineProgress(long Articles, long Sentences, long Skipped, long Failed, long Bytes, TimeSpan Elapsed);

/// <summary>
/// What one run did: articles merged, sentences and relations in them, inputs skipped by the reader, articles whose
/// extraction threw, input bytes, and the time spent in each stage (extraction summed over its threads).
/// <see cref="Warnings"/> counts the articles merged with a reader warning (a repair, a date left empty).
/// </summary>
public sealed record PipelineSummary(
    long Articles, long Sentences, long Relations, long Skipped, long Failed, long Bytes,
    TimeSpan Elapsed, TimeSpan ReadTime, TimeSpan ExtractTime, TimeSpan MergeTime)
{
    public long Warnings { get; init; }
}

/// <summary>
/// read → extract → merge. One thread reads articles in input order; <see cref="PipelineOptions.Threads"/> threads
/// extract them in parallel; the calling thread merges the results strictly in input order, so whatever the thread
/// count the merge sees the same sequence and the outputs are byte-identical. Articles travel in batches of
/// consecutive inputs; at most <see cref="PipelineOptions.EffectiveWindow"/> articles (rounded up to whole batches)
/// are queued, plus the batch being read and the one being merged (bounded queues), so memory does not grow
/// with the corpus. An article whose extraction throws is reported with its id and skipped; reader diagnostics and
/// warnings are reported in input order, one per input. Cancelling the token stops all threads and throws <see cref="OperationCanceledException"/>
/// from <see cref="Run"/>.
/// </summary>
public sealed class BuildPipeline(IDocumentExtractor extractor, PipelineOptions? options = null)
{
    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    /// <summary>How long a cancelled or failed run waits for the reading thread to notice.</summary>
    private static readonly TimeSpan AbandonReaderAfter = TimeSpan.FromSeconds(2);

    /// <param name="input">Articles and reader diagnostics, e.g. from <see cref="ArticleReader.Read"/>.</param>
    /// <param name="merge">Called on the calling thread for each extracted article, in input order.</param>
    /// <param name="report">Called on the calling thread, in input order, for each skipped input, failed article or article read with a warning.</param>
    /// <param name="progress">Called on the calling thread after every 64 inputs and at the end.</param>
    public PipelineSummary Run(
        IEnumerable<ReadItem> input,
        Action<DocumentExtraction> merge,
        Action<InputDiagnostic>? report = null,
        Action<PipelineProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var batchSize = _options.EffectiveBatch;
        var batches = Math.Max(1, (_options.EffectiveWindow + batchSize - 1) / batchSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var pending = new BlockingCollection<Batch>(batches);
        using var work = new BlockingCollection<Batch>(batches);
        var clock = Stopwatch.StartNew();
        long readTicks = 0, extractTicks = 0, mergeTicks = 0;
        Exception? readerFault = null;

        var reader = new Thread(() =>
        {
            try
            {
                using var items = input.GetEnumerator();
                var more = true;
                while (more)
                {
                    var started = Stopwatch.GetTimestamp();
                    var batch = new List<ReadItem>(batchSize);
                    while (batch.Count < batchSize && (more = items.MoveNext())) batch.Add(items.Current);
                    readTicks += Stopwatch.GetTimestamp() - started;
                    if (batch.Count == 0) break;
                    var slot = new Batch(batch);
                    pending.Add(slot, stop.Token);
                    work.Add(slot, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                readerFault = e;
            }
            finally
            {
                try
                {
                    pending.CompleteAdding();
                    work.CompleteAdding();
                }
                catch (ObjectDisposedException)
                {
                    // The run ended without this thread (see below); nobody is waiting for more.
                }
            }
        }) { IsBackground = true, Name = "kg-read" };

        var workers = Enumerable.Range(0, _options.EffectiveThreads).Select(i => new Thread(() =>
        {
            try
            {
                foreach (var batch in work.GetConsumingEnumerable(stop.Token))
                {
                    var started = Stopwatch.GetTimestamp();
                    for (var j = 0; j < batch.Items.Count; j++)
                    {
                        if (batch.Items[j].Article is not { } article) continue;
                        try
                        {
                            batch.Results[j] = extractor.Extract(article);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            batch.Errors[j] = e;
                        }
                    }
                    Interlocked.Add(ref extractTicks, Stopwatch.GetTimestamp() - started);
                    batch.Done.Set();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        }) { IsBackground = true, Name = $"kg-extract-{i}" }).ToArray();

        reader.Start();
        foreach (var worker in workers) worker.Start();

        long articles = 0, sentences = 0, relations = 0, skipped = 0, failed = 0, warnings = 0, bytes = 0, seen = 0;
        PipelineProgress Snapshot() => new(articles, sentences, skipped, failed, bytes, clock.Elapsed);
        var finished = false;
        try
        {
            foreach (var batch in pending.GetConsumingEnumerable(stop.Token))
            {
                batch.Done.Wait(stop.Token);
                batch.Done.Dispose();
                for (var j = 0; j < batch.Items.Count; j++)
                {
                    var item = batch.Items[j];
                    bytes += item.Bytes;
                    if (item.Problem is { } problem)
                    {
                        skipped++;
                        report?.Invoke(problem);
                    }
                    else if (batch.Errors[j] is { } error)
                    {
                        failed++;
                        var also = item.Warning is { } noted ? $"; also {noted.Message}" : "";
                        report?.Invoke(new InputDiagnostic(item.Path, item.Line, item.Article!.Id,
                            $"extraction failed ({error.GetType().Name}: {JsonlArticles.FirstLine(error.Message)}), skipped{also}"));
                    }
                    else
                    {
                        if (item.Warning is { } warning)
                        {
                            warnings++;
                            report?.Invoke(warning);
                        }
                        var result = batch.Results[j]!;
                        var started = Stopwatch.GetTimestamp();
                        merge(result);
                        mergeTicks += Stopwatch.GetTimestamp() - started;
                        articles++;
                        sentences += result.SentenceCount;
                        relations += result.Relations.Count;
                    }
                    if (++seen % 64 == 0) progress?.Invoke(Snapshot());
                }
            }
            cancellation.ThrowIfCancellationRequested();
            finished = true;
        }
        finally
        {
            stop.Cancel();
            foreach (var worker in workers) worker.Join();
            // A reader blocked in a read that never returns (a stalled pipe on standard input) must not hold up a
            // cancelled or failed run; it is a background thread and ends with the process.
            reader.Join(finished ? Timeout.InfiniteTimeSpan : AbandonReaderAfter);
        }
        if (readerFault is IOException or UnauthorizedAccessException)
            throw new IOException($"reading stopped: {readerFault.Message}", readerFault);
        if (readerFault is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(readerFault);
        progress?.Invoke(Snapshot());
        return new PipelineSummary(articles, sentences, relations, skipped, failed, bytes, clock.Elapsed,
            Stopwatch.GetElapsedTime(0, readTicks), Stopwatch.GetElapsedTime(0, extractTicks), Stopwatch.GetElapsedTime(0, mergeTicks))
        {
            Warnings = warnings,
        };
    }

    /// <summary>Consecutive inputs extracted by one thread; <see cref="Done"/> is set when all are extracted.</summary>
    private sealed class Batch(List<ReadItem> items)
    {
        public List<ReadItem> Items { get; } = items;
        public DocumentExtraction?[] Results { get; } = new DocumentExtraction?[items.Count];
        public Exception?[] Errors { get; } = new Exception?[items.Count];
        public ManualResetEventSlim Done { get; } = new(false);
    }
}
