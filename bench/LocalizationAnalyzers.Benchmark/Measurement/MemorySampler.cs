namespace LocalizationAnalyzers.Benchmark.Measurement;

/// <summary>
/// Samples the GC heap and the process working set every few milliseconds on its own thread, so a
/// measured phase can report the peak it reached (GC.GetTotalMemory alone only tells the present).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peakHeap;
    private long _peakWorkingSet;

    public MemorySampler()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    /// <summary>Starts a new phase: the peaks become the present values.</summary>
    /// <returns>The GC heap at the start of the phase.</returns>
    public long Reset()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        Interlocked.Exchange(ref _peakHeap, heap);
        Interlocked.Exchange(ref _peakWorkingSet, Environment.WorkingSet);
        return heap;
    }

    /// <summary>The peaks since the last <see cref="Reset"/>, the present included.</summary>
    public (long Heap, long WorkingSet) Peaks()
    {
        Sample();
        return (Interlocked.Read(ref _peakHeap), Interlocked.Read(ref _peakWorkingSet));
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Loop()
    {
        while (!_stopped)
        {
            Sample();
            Thread.Sleep(5);
        }
    }

    private void Sample()
    {
        Max(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        Max(ref _peakWorkingSet, Environment.WorkingSet);
    }

    private static void Max(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
